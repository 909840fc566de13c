/**
 * zh-Hant letters are derived from the zh-Hans templates at build time (scripts/traditional.mjs). The
 * reference is the Traditional script the project wrote by hand for the first three letters
 * (test/fixtures/hand-written-templates): converting those zh-Hans sources must give exactly the hand-written
 * zh-Hant, character for character.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without types
import { PHRASES, simplifiedOnlyCharacters, toTaiwanCharacters, toTraditional } from "../../scripts/traditional.mjs";
import { SIMPLIFIED_ONLY } from "../../src/text/simplified-only.gen";
import { templateNames } from "../../src/render/template";
import installmentRequest from "../../src/letters/installment-request";
import { postJson } from "../helpers/app";

const FIXTURES = join(import.meta.dirname, "../fixtures/hand-written-templates");
const names = readdirSync(join(FIXTURES, "zh-Hans")).filter((f) => f.endsWith(".hbs"));

describe("the zh-Hant templates derived with OpenCC", () => {
  it.each(names)("%s converts to exactly the hand-written Traditional template", (file) => {
    const hans = readFileSync(join(FIXTURES, "zh-Hans", file), "utf8");
    const hant = readFileSync(join(FIXTURES, "zh-Hant", file), "utf8");
    expect(toTraditional(hans).replaceAll("zh-Hans/", "zh-Hant/")).toBe(hant);
  });

  it("needs every entry of the phrase table: OpenCC alone gets each one wrong in these letters", () => {
    const sources = names.map((file) => readFileSync(join(FIXTURES, "zh-Hans", file), "utf8")).join("\n");
    const raw = toTaiwanCharacters(sources);
    for (const [from, to] of PHRASES as [string, string, string][]) {
      expect(raw, from).toContain(from);
      expect(toTraditional(sources), to).toContain(to);
      expect(toTraditional(sources)).not.toContain(from);
    }
  });

  it("derives a zh-Hant template for every zh-Hans template", () => {
    const all = templateNames();
    for (const name of all.filter((n) => n.startsWith("zh-Hans/"))) expect(all).toContain(name.replace("zh-Hans/", "zh-Hant/"));
  });

  it("never converts the values: the borrower's words are printed as typed", async () => {
    const body = { ...installmentRequest.example, locale: "zh-Hant", borrower: { ...installmentRequest.example.borrower, name: "张发" } };
    const res = await postJson("/v1/letters/installment-request?format=text", body);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("申請人張發".slice(0, 3)); // the template's own words are Traditional …
    expect(text).toContain("张发"); // … the name is as typed
    expect(text).not.toContain("張發");
    expect(res.headers.get("shuhan-warnings")).toContain("MIXED_SCRIPT");
  });
});

describe("the Simplified-only characters", () => {
  it("lists characters only Simplified script uses, and none that Traditional text uses too", () => {
    const set = new Set(SIMPLIFIED_ONLY);
    for (const ch of "张发边这个们说还债务书时") expect(set.has(ch), ch).toBe(true);
    // Converted by OpenCC, but Traditional characters in their own right (干擾, 皇后, 鄰里, 臺/台, 剩餘/余).
    for (const ch of "干后里台余系了面") expect(set.has(ch), ch).toBe(false);
    for (const ch of "張發邊這個們說還債務書時") expect(set.has(ch), ch).toBe(false);
  });

  it("is what the build script computes", () => {
    expect(SIMPLIFIED_ONLY).toBe((simplifiedOnlyCharacters() as string[]).join(""));
  });
});
