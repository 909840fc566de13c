/**
 * Deeply nested bodies: 422 TOO_DEEP, never a stack overflow (500), and in time linear in the body.
 * The 64 KB limit allows ~32,000 nested arrays and the batch's 512 KB ~260,000.
 */
import { describe, expect, it } from "vitest";
import { postJson } from "../helpers/app";
import { findForbiddenKeys, MAX_BODY_DEPTH } from "../../src/validation";

const arrays = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

async function expectTooDeep(res: Response) {
  expect(res.status).toBe(422);
  const problem = (await res.json()) as { code: string; errors: { path: string; code: string; message: { zh: string; en: string } }[] };
  expect(problem.code).toBe("INVALID_BODY");
  expect(problem.errors).toHaveLength(1);
  expect(problem.errors[0].code).toBe("TOO_DEEP");
  expect(problem.errors[0].message.zh).toContain(String(MAX_BODY_DEPTH));
  expect(problem.errors[0].message.en).toContain(String(MAX_BODY_DEPTH));
  return problem.errors[0];
}

describe("deeply nested bodies", () => {
  it.each([
    ["4,500 nested arrays", `{"borrower":${arrays(4_500)}}`, "0"],
    ["6,000 nested objects", `{"borrower":${objects(6_000)}}`, "a"],
    ["30,000 nested arrays (as deep as 64 KB allows)", `{"borrower":${arrays(30_000)}}`, "0"],
  ])("%s answer 422 TOO_DEEP at the first level too deep", async (_what, body, step) => {
    const error = await expectTooDeep(await postJson("/v1/letters/installment-request", body));
    expect(error.path).toBe(["borrower", ...Array(MAX_BODY_DEPTH - 1).fill(step)].join("."));
  });

  it("a batch as deep as 512 KB allows answers 422, not 500", async () => {
    await expectTooDeep(await postJson("/v1/batches", `{"items":[${arrays(250_000)}]}`));
  });

  it("the depth bound leaves every real body alone (the limit is exactly MAX_BODY_DEPTH levels)", () => {
    const nest = (depth: number): unknown => (depth === 0 ? 1 : [nest(depth - 1)]);
    expect(findForbiddenKeys(nest(MAX_BODY_DEPTH))).toEqual([]);
    expect(findForbiddenKeys(nest(MAX_BODY_DEPTH + 1)).map((e) => e.code)).toEqual(["TOO_DEEP"]);
  });

  it("finds forbidden keys at every level up to the bound, each with its full path", () => {
    const body: Record<string, unknown> = {};
    let at = body;
    for (let i = 0; i < MAX_BODY_DEPTH - 2; i++) {
      at.sibling = { constructor: 1 };
      at = (at.next = {}) as Record<string, unknown>;
    }
    const errors = findForbiddenKeys(body, ["items", "0"]);
    expect(errors).toHaveLength(MAX_BODY_DEPTH - 2);
    expect(errors[0].path).toBe("items.0.sibling.constructor");
    expect(errors.at(-1)!.path).toBe(`items.0.${"next.".repeat(MAX_BODY_DEPTH - 3)}sibling.constructor`);
  });

  it("still reports prototype-polluting keys in the body's order", async () => {
    const res = await postJson("/v1/letters/installment-request", '{"borrower":{"__proto__":{"x":1}},"constructor":1}');
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors.map((e) => [e.path, e.code])).toEqual([
      ["borrower.__proto__", "FORBIDDEN_KEY"],
      ["constructor", "FORBIDDEN_KEY"],
    ]);
  });
});
