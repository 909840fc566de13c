/**
 * A group of fields (an object or a list) sent as the wrong JSON type (`"borrower": []`) gets one answer:
 * INVALID_TYPE at the group.
 * No cross-field check may then ask for a field inside it ("give borrower.address") — the borrower cannot
 * fill in a field of something that is not an object, and the answer would send them the wrong way.
 */
import { describe, expect, it } from "vitest";
import { letterTypes } from "../../src/letters";
import { prepareLetter } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";

const NOW = new Date("2026-11-30T04:00:00Z");

/** The dotted paths of every object and array inside the example, at any depth. */
function groupPaths(value: unknown, path: string[] = []): string[] {
  if (!value || typeof value !== "object") return [];
  const here = path.length === 0 ? [] : [path.join(".")];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [...here, ...entries.flatMap(([k, v]) => groupPaths(v, [...path, k]))];
}

function replaced(example: unknown, path: string, value: unknown): Record<string, unknown> {
  const body = structuredClone(example) as Record<string, any>;
  const keys = path.split(".");
  let node = body;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]] = value;
  return body;
}

function errorsOf(type: (typeof letterTypes)[number], body: unknown) {
  try {
    prepareLetter(type, body, { now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    return (error as ShuhanError).errors ?? [];
  }
  throw new Error("expected a 422");
}

describe.each(letterTypes.map((t) => [t.id, t] as const))("%s: a group of fields of the wrong type", (_id, type) => {
  const paths = groupPaths(type.example);
  it.each(paths)("%s of another type, a string or a number: INVALID_TYPE there and nothing asked inside it", (path) => {
    const given = path.split(".").reduce<any>((node, key) => node[key], type.example);
    for (const wrong of [Array.isArray(given) ? {} : [], "x", 1]) {
      const errors = errorsOf(type, replaced(type.example, path, wrong));
      expect(errors.find((e) => e.path === path)?.code, `${path} = ${JSON.stringify(wrong)}`).toBe("INVALID_TYPE");
      expect(
        errors.filter((e) => e.path.startsWith(`${path}.`)).map((e) => e.path),
        `${path} = ${JSON.stringify(wrong)}`,
      ).toEqual([]);
    }
  });
});

describe("court documents without an ID number: the defendant's particulars", () => {
  const civilDefence = letterTypes.find((t) => t.id === "civil-defence")!;
  const withoutId = () => {
    const body = structuredClone(civilDefence.example) as Record<string, any>;
    delete body.borrower.idNumber;
    return body;
  };

  it("are asked for when the defendant group is given without them", () => {
    const body = withoutId();
    body.defendant = {};
    expect(errorsOf(civilDefence, body).map((e) => e.path)).toEqual(expect.arrayContaining(["defendant.sex", "defendant.birthDate"]));
  });

  it("are not asked for inside a defendant of the wrong type", () => {
    const body = withoutId();
    body.defendant = ["女"];
    const errors = errorsOf(civilDefence, body);
    expect(errors.find((e) => e.path === "defendant")?.code).toBe("INVALID_TYPE");
    expect(errors.filter((e) => e.path.startsWith("defendant.")).map((e) => e.path)).toEqual([]);
  });
});
