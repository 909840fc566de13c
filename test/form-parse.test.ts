/**
 * src/form/parse.ts: form strings → the API's body types, empty fields and rows dropped, error paths mapped
 * back to form rows. And src/form/fields.ts against the schemas: every form field is a body field, every
 * option an enum value, and each type's example survives the trip through the form unchanged.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findFormSpec, formSpecs, type Field, type FormSpec } from "../src/form/fields";
import {
  convertField,
  fieldsOf,
  formPath,
  formToBody,
  listsOf,
  locate,
  normaliseDate,
  normaliseInteger,
  normaliseMoney,
  readFormValues,
  rowFieldName,
  toHalfWidth,
} from "../src/form/parse";
import { findLetterType, letterTypes } from "../src/letters";
import { prepareLetter } from "../src/pipeline";

const spec = (type: string) => findFormSpec(type)!;
const parse = (type: string, entries: [string, string][]) => formToBody(spec(type), readFormValues(spec(type), entries));
const field = (kind: Field["kind"]) => ({ kind, name: "x", label: "x" }) as Field;

describe("readFormValues", () => {
  it("keeps only the form's own names, in order, with repeats", () => {
    const values = readFormValues(spec("collection-objection"), [
      ["borrower.name", "张三"],
      ["action", "add-incident"],
      ["borrower.nickname", "x"],
      ["__proto__.polluted", "1"],
      ["constructor", "1"],
      ["incidents.0.conducts", "threats"],
      ["incidents.0.conducts", "insults"],
      ["incidents.100.date", "2026-01-01"], // past the schema's 100 incidents
      ["incidents.x.date", "2026-01-01"],
      ["incidents.0.nope", "1"],
      ["evidence.2", "录音"],
    ]);
    expect([...values]).toEqual([
      ["borrower.name", ["张三"]],
      ["incidents.0.conducts", ["threats", "insults"]],
      ["evidence.2", ["录音"]],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("locates list fields by row", () => {
    const ref = locate(spec("collection-objection"), "incidents.7.channel")!;
    expect(ref.list?.name).toBe("incidents");
    expect(ref.index).toBe(7);
    expect(ref.field.name).toBe("channel");
    expect(locate(spec("collection-objection"), "attachments.3")?.index).toBe(3);
    expect(locate(spec("collection-objection"), "attachments.30")).toBeUndefined();
  });
});

describe("converting one field", () => {
  it("normalises what a Chinese keyboard types, and leaves validity to the schema", () => {
    expect(toHalfWidth("１２３．５０，ＡＢ　")).toBe("123.50,AB ");
    expect(normaliseMoney("¥35,000.00元")).toBe("35000.00");
    expect(normaliseMoney("￥ ３５０００")).toBe("35000");
    expect(normaliseMoney("人民币1，200.5")).toBe("1200.5");
    expect(normaliseMoney("about 12")).toBe("about12"); // not an amount: the schema says so
    expect(normaliseDate("2026/3/5")).toBe("2026-03-05");
    expect(normaliseDate("2026年3月5日")).toBe("2026-03-05");
    expect(normaliseDate("２０２６-１２-０１")).toBe("2026-12-01");
    expect(normaliseDate("next week")).toBe("next week");
    expect(normaliseInteger("２４")).toBe(24);
    expect(normaliseInteger(" 6 ")).toBe(6);
    expect(normaliseInteger("6.5")).toBe("6.5");
    expect(normaliseInteger("十二")).toBe("十二");
  });

  it("gives each kind its body type; empty is undefined, a checkbox is never empty", () => {
    expect(convertField(field("text"), ["  张三 "])).toBe("张三");
    expect(convertField(field("text"), ["   "])).toBeUndefined();
    expect(convertField(field("text"), [])).toBeUndefined();
    expect(convertField(field("textarea"), ["第一段\r\n第二段\r\n"])).toBe("第一段\n第二段");
    expect(convertField(field("integer"), ["12"])).toBe(12);
    expect(convertField(field("money"), ["1,000"])).toBe("1000");
    expect(convertField(field("id-number"), ["110105 19491231 002x"])).toBe("11010519491231002X");
    expect(convertField(field("tel"), ["１３８１２３４５６７８"])).toBe("13812345678");
    expect(convertField(field("checkbox"), ["true"])).toBe(true);
    expect(convertField(field("checkbox"), [])).toBe(false);
    expect(convertField(field("checkboxes"), ["a", "b", "a", ""])).toEqual(["a", "b"]);
    expect(convertField(field("checkboxes"), [])).toBeUndefined();
  });
});

describe("formToBody", () => {
  it("drops empty optional fields, keeps required objects as {} and required choices as []", () => {
    const { body } = parse("installment-request", [
      ["borrower.name", "张三"],
      ["borrower.idNumber", ""],
      ["borrower.phone", " "],
      ["account.product", ""],
      ["plan.months", ""],
      ["privacy.maskIdNumber", "true"],
      ["locale", "zh-Hans"],
    ]);
    expect(body).toEqual({
      locale: "zh-Hans",
      borrower: { name: "张三" },
      privacy: { maskIdNumber: true },
      plan: { freezeInterest: false, waivePenalty: false },
      hardship: { reasons: [] },
      lender: {},
      debt: {},
      // An unticked box is an answer too: the borrower has not acknowledged the limitation risk.
      acknowledgeLimitationRisk: false,
    });
  });

  it("converts an unchecked checkbox to false (the ID number is then printed in full)", () => {
    expect(parse("deferral-request", []).body.privacy).toEqual({ maskIdNumber: false });
  });

  it("drops empty rows and remembers which form row each item came from", () => {
    const { body, rows } = parse("collection-objection", [
      ["incidents.0.date", ""],
      ["incidents.0.channel", ""],
      ["incidents.1.date", "2026-10-01"],
      ["incidents.1.channel", "phone"],
      ["incidents.1.conducts", "threats"],
      ["incidents.2.date", ""],
      ["incidents.3.description", "半夜来电"],
      ["attachments.0", ""],
      ["attachments.1", "身份证复印件"],
      ["attachments.2", "  "],
      ["evidence.0", ""],
    ]);
    expect(body.incidents).toEqual([
      { date: "2026-10-01", channel: "phone", conducts: ["threats"] },
      { description: "半夜来电", conducts: [] }, // a started row: its required choices are kept, so the schema names them
    ]);
    expect(rows.incidents).toEqual([1, 3]);
    expect(body.attachments).toEqual(["身份证复印件"]);
    expect(rows.attachments).toEqual([1]);
    expect(body).not.toHaveProperty("evidence");
    expect(body).not.toHaveProperty("debt"); // optional in this letter, and nothing was typed
    expect(body).not.toHaveProperty("collector");
    expect(body).not.toHaveProperty("contactPreference");
  });

  it("keeps a required list as [] when every row is empty", () => {
    expect(parse("collection-objection", [["incidents.0.date", ""]]).body.incidents).toEqual([]);
  });

  it("maps error paths back to the form's rows", () => {
    const rows = { incidents: [1, 3], attachments: [2] };
    expect(formPath("incidents.1.date", rows)).toBe("incidents.3.date");
    expect(formPath("incidents.0.conducts.2", rows)).toBe("incidents.1.conducts.2");
    expect(formPath("attachments.0", rows)).toBe("attachments.2");
    expect(formPath("incidents", rows)).toBe("incidents");
    expect(formPath("borrower.name", rows)).toBe("borrower.name");
    expect(formPath("incidents.9.date", rows)).toBe("incidents.9.date");
  });
});

// ---- the form against the schemas ----

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: unknown[]; anyOf?: JsonSchema[]; required?: string[] };

function inputSchema(type: string): JsonSchema {
  return z.toJSONSchema(findLetterType(type)!.schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** The schema of a dotted path ("incidents.*.conducts"), or undefined. */
function schemaAt(root: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const key of path.split(".")) {
    if (!node) return undefined;
    node = key === "*" ? node.items : node.properties?.[key];
  }
  return node;
}

/** Every leaf of the body ("borrower.name", "incidents.*.date", "attachments.*"). */
function leaves(node: JsonSchema, prefix = ""): string[] {
  if (node.properties)
    return Object.entries(node.properties).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  if (node.items?.properties) return leaves(node.items, `${prefix}.*`);
  if (node.items && !node.items.enum) return [`${prefix}.*`];
  return [prefix];
}

function formNames(spec: FormSpec): string[] {
  return [
    ...fieldsOf(spec).map((f) => f.name),
    ...listsOf(spec).flatMap((list) => list.item.map((f) => (f.name ? `${list.name}.*.${f.name}` : `${list.name}.*`))),
  ];
}

function allFields(spec: FormSpec): { path: string; field: Field }[] {
  return [
    ...fieldsOf(spec).map((field) => ({ path: field.name, field })),
    ...listsOf(spec).flatMap((list) => list.item.map((field) => ({ path: field.name ? `${list.name}.*.${field.name}` : `${list.name}.*`, field }))),
  ];
}

/** What a person would type to reproduce `body`: the form's entries (checkbox defaults as a fresh form has them). */
function bodyToEntries(spec: FormSpec, body: Record<string, any>): [string, string][] {
  const at = (path: string) => path.split(".").reduce<any>((node, key) => node?.[key], body);
  const entries: [string, string][] = [];
  const push = (name: string, f: Field, value: unknown) => {
    if (f.kind === "checkbox") {
      if (value === true || (value === undefined && f.default)) entries.push([name, "true"]);
    } else if (Array.isArray(value)) value.forEach((v) => entries.push([name, String(v)]));
    else if (value !== undefined) entries.push([name, String(value)]);
  };
  for (const f of fieldsOf(spec)) push(f.name, f, at(f.name));
  for (const list of listsOf(spec)) {
    // An item whose label is a preset goes into that preset's row (its label is the form's own); the others
    // into the rows the borrower labels, after the presets — as a borrower would fill them in.
    const presets = list.presets ?? [];
    let free = presets.length;
    (at(list.name) ?? []).forEach((item: any) => {
      const preset = presets.indexOf(item?.[list.item[0].name]);
      const row = preset >= 0 ? preset : free++;
      for (const f of list.item) {
        if (preset >= 0 && f === list.item[0]) continue;
        push(rowFieldName(list, row, f), f, f.name ? item[f.name] : item);
      }
    });
  }
  return entries;
}

describe.each(formSpecs().map((s) => s.type))("the %s form and its schema", (type) => {
  const root = inputSchema(type);
  const formSpec = spec(type);

  it("names only body fields, and every body field has a form field", () => {
    const names = formNames(formSpec);
    for (const name of names) expect(schemaAt(root, name), name).toBeDefined();
    expect(leaves(root).filter((leaf) => !names.includes(leaf))).toEqual([]);
  });

  it("offers exactly the schema's enum values", () => {
    for (const { path, field } of allFields(formSpec)) {
      if (field.kind !== "radio" && field.kind !== "select" && field.kind !== "checkboxes") continue;
      const node = schemaAt(root, path)!;
      const values = (field.kind === "checkboxes" ? node.items : node)?.enum;
      expect(field.options.map((o) => o.value).sort(), path).toEqual([...(values ?? [])].sort());
    }
  });

  it("marks as required what the schema requires, and keeps required objects", () => {
    for (const { path, field } of allFields(formSpec)) {
      const parts = path.split(".");
      const parent = schemaAt(root, parts.slice(0, -1).join(".")) ?? root;
      const parentPath = parts.slice(0, -1).join(".");
      const parentRequired = !parentPath || parentPath.endsWith("*") || formSpec.requiredObjects.includes(parentPath);
      const required = (parts.length === 1 ? root : parent).required?.includes(parts.at(-1)!) ?? false;
      if (field.kind === "checkbox") continue; // always sent
      expect(Boolean(field.required), path).toBe(required && parentRequired && !(field.kind === "radio" && "default" in field && field.default));
    }
    for (const object of formSpec.requiredObjects) expect(root.required, object).toContain(object);
  });

  it("carries the example body through the form unchanged (the same letter)", () => {
    const letterType = findLetterType(type)!;
    const example = letterType.example as Record<string, any>;
    const { body } = formToBody(formSpec, readFormValues(formSpec, bodyToEntries(formSpec, example)));
    const now = new Date("2026-11-23T04:00:00Z");
    expect(prepareLetter(letterType, body, { now }).html).toBe(prepareLetter(letterType, example, { now }).html);
  });
});

it("has a form for every letter type", () => {
  expect(formSpecs().map((s) => s.type)).toEqual(letterTypes.map((t) => t.id));
});
