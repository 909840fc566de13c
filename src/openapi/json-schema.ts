/**
 * JSON Schema helpers for the OpenAPI document: zod 4 emits JSON Schema draft 2020-12, which is OpenAPI 3.1's
 * schema dialect, so a zod schema goes in as it is, minus the parts that only make sense at a document's root.
 */
import { z } from "zod";

export type JsonSchema = { [key: string]: unknown };

/** "installment-request" → "InstallmentRequest": a component name (OpenAPI 3.1 §4.8.7: ^[a-zA-Z0-9.\-_]+$). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

/** The JSON Schema of what a client sends (`io: "input"`): defaults are optional, transforms invisible. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/**
 * Makes a standalone JSON Schema fit under `components.schemas.<name>`: drops `$schema` (the document's
 * dialect applies) and moves `$defs` beside it as `<name>.<def>`, rewriting `#/$defs/…` and the root `#`,
 * which inside an OpenAPI document would resolve against the document, not the schema.
 */
export function toComponent(
  name: string,
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  /** Where the schema itself will live, for its root `#` refs (default: components.schemas.<name>). */
  rootRef = `#/components/schemas/${name}`,
  /** Whether the schema itself goes into `components` too (not for a request body's schema). */
  store = true,
): JsonSchema {
  const { $schema: _dialect, $defs, ...rest } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== "object") return value;
    const out: JsonSchema = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") {
        if (item === "#") out[key] = rootRef;
        else if (item.startsWith("#/$defs/")) out[key] = `#/components/schemas/${name}.${item.slice("#/$defs/".length)}`;
        else out[key] = item;
      } else {
        out[key] = rewrite(item);
      }
    }
    return out;
  };
  for (const [defName, def] of Object.entries($defs ?? {})) components[`${name}.${defName}`] = rewrite(def) as JsonSchema;
  const component = rewrite(rest) as JsonSchema;
  if (store) components[name] = component;
  return component;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
