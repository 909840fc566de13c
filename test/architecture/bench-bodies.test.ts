/**
 * `npm run bench` times these bodies; a rule added to a letter must not turn the bench into a 422 that no
 * test sees (the 100-incident objection met CONDUCT_NEEDS_VISIT that way). Each body must build as it stands.
 */
import { describe, expect, it } from "vitest";
import { findLetterType } from "../../src/letters";
import { buildLetter } from "../../src/pipeline";
import { batchBody } from "../../scripts/bench/batch";
import { largestLetterBody, largestLetterType } from "../../scripts/bench/largest";
import { benchLetterBody, benchLetterType } from "../../scripts/bench/letter";
import { variedDeferralBody } from "../../scripts/bench/variants";

const now = new Date("2026-11-23T04:00:00Z");
const build = (type: string, body: unknown) => buildLetter(findLetterType(type)!, body, { now });

describe("the bench's bodies are valid letters", () => {
  it("the bench letter, the 50 varied letters and the largest letter build", () => {
    expect(build(benchLetterType, benchLetterBody).meta.title).toBe("延期还款（停息挂账）申请书");
    for (let i = 0; i < 50; i++) expect(() => build(benchLetterType, variedDeferralBody(i))).not.toThrow();
    const largest = build(largestLetterType, largestLetterBody);
    expect((largestLetterBody.incidents as unknown[]).length).toBe(100);
    expect(largest.meta.title).toBe("关于停止不当催收行为的告知函");
  });

  it("every item of the 50-letter batch builds with the batch's shared fields", () => {
    const { type, items, ...shared } = batchBody(50);
    expect(items).toHaveLength(50);
    for (const item of items) expect(() => build(type, { ...shared, ...item })).not.toThrow();
  });
});
