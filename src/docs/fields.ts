/**
 * Flattens a JSON Schema (as the OpenAPI document holds it) into the rows of a field table: the dotted path
 * ("borrower.idNumber", "incidents[].conducts"), the type, whether it is required, its description, enum values
 * and constraints. `$ref`s resolve against the document (any JSON Pointer, RFC 6901).
 */
import type { JsonSchema } from "../openapi/json-schema";

export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description?: string;
  enumValues?: unknown[];
  defaultValue?: unknown;
  /** Bilingual constraint notes, e.g. "长度 / length 1–40". */
  constraints: string[];
}

/** Resolves "#/a/b~1c" in `root` (RFC 6901); undefined when it points nowhere. */
export function resolvePointer(root: unknown, ref: string): JsonSchema | undefined {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === "object" ? (node as JsonSchema) : undefined;
}

/** Follows `$ref` chains; keywords beside a `$ref` (a description) override the target's. */
export function deref(schema: JsonSchema | undefined, root: unknown, depth = 0): JsonSchema {
  if (!schema) return {};
  const target = typeof schema.$ref === "string" && depth < 16 ? resolvePointer(root, schema.$ref) : undefined;
  if (!target) return schema;
  const { $ref: _ref, ...siblings } = schema;
  return { ...deref(target, root, depth + 1), ...siblings };
}

const members = (s: JsonSchema): JsonSchema[] =>
  ((s.anyOf ?? s.oneOf ?? []) as JsonSchema[]);

function range(min: unknown, max: unknown): string | undefined {
  const hasMin = typeof min === "number";
  const hasMax = typeof max === "number";
  if (hasMin && hasMax) return min === max ? `${min}` : `${min}–${max}`;
  if (hasMin) return `≥ ${min}`;
  if (hasMax) return `≤ ${max}`;
  return undefined;
}

/** The type as a reader wants it: "string", "number | string", "array<object>", "const ok". */
export function typeLabel(s: JsonSchema, root: unknown): string {
  if (s.const !== undefined) return `const ${JSON.stringify(s.const)}`;
  const union = members(s);
  if (union.length) return [...new Set(union.map((m) => typeLabel(deref(m, root), root)))].join(" | ");
  if (s.type === "array") return `array<${s.items ? typeLabel(deref(s.items as JsonSchema, root), root) : "any"}>`;
  if (Array.isArray(s.type)) return s.type.join(" | ");
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.enum)) return "enum";
  if (s.properties) return "object";
  return "any";
}

function constraintsOf(s: JsonSchema, root: unknown): string[] {
  const notes: string[] = [];
  const length = range(s.minLength, s.maxLength);
  if (length) notes.push(`长度 / length ${length}`);
  const value = range(s.minimum ?? s.exclusiveMinimum, s.maximum ?? s.exclusiveMaximum);
  if (value) notes.push(`范围 / range ${value}${s.exclusiveMinimum !== undefined || s.exclusiveMaximum !== undefined ? " (exclusive)" : ""}`);
  const items = range(s.minItems, s.maxItems);
  if (items) notes.push(`项数 / items ${items}`);
  if (s.uniqueItems) notes.push("不可重复 / unique items");
  if (typeof s.format === "string") notes.push(`格式 / format ${s.format}`);
  if (typeof s.pattern === "string" && s.format === undefined) notes.push(`pattern ${s.pattern}`);
  if (s.additionalProperties === false && s.properties) notes.push("不接受其他字段 / no other fields");
  for (const member of members(s)) for (const note of constraintsOf(deref(member, root), root)) if (!notes.includes(note)) notes.push(note);
  if (s.type === "array" && s.items) {
    const item = deref(s.items as JsonSchema, root);
    if (!item.properties) for (const note of constraintsOf(item, root)) notes.push(`每项 / each: ${note}`);
  }
  return notes;
}

function enumOf(s: JsonSchema, root: unknown): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  if (s.type === "array" && s.items) return enumOf(deref(s.items as JsonSchema, root), root);
  return undefined;
}

/** Every field of `schema`, depth first, parents before children. */
export function schemaFields(schema: JsonSchema, root: unknown, maxDepth = 8): FieldRow[] {
  const rows: FieldRow[] = [];

  function walk(raw: JsonSchema, path: string, required: boolean, depth: number): void {
    const s = deref(raw, root);
    if (path) {
      rows.push({
        path,
        type: typeLabel(s, root),
        required,
        ...(typeof s.description === "string" ? { description: s.description } : {}),
        ...(enumOf(s, root) ? { enumValues: enumOf(s, root) } : {}),
        ...(s.default !== undefined ? { defaultValue: s.default } : {}),
        constraints: constraintsOf(s, root),
      });
    }
    if (depth >= maxDepth) return;
    const children = (object: JsonSchema, prefix: string) => {
      const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
      const requiredKeys = new Set((object.required ?? []) as string[]);
      for (const [key, child] of Object.entries(properties))
        walk(child, prefix ? `${prefix}.${key}` : key, requiredKeys.has(key), depth + 1);
    };
    if (s.properties) children(s, path);
    for (const member of members(s)) {
      const m = deref(member, root);
      if (m.properties) children(m, path);
    }
    if (s.type === "array" && s.items) {
      const item = deref(s.items as JsonSchema, root);
      if (item.properties) children(item, `${path}[]`);
      for (const member of members(item)) {
        const m = deref(member, root);
        if (m.properties) children(m, `${path}[]`);
      }
    }
  }

  walk(schema, "", true, 0);
  // An object reached through several union members lists a field once.
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.path) ? false : (seen.add(row.path), true)));
}
