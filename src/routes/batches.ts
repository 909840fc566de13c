/**
 * /v1/batches: one borrower's letters to many creditors in one request. Every item is validated before
 * any is rendered (one 422 names `items.<index>.<field>` for each problem); the answer is a ZIP of PDFs
 * named by creditor (default, `Accept: application/zip` or `?format=zip`) or one merged PDF
 * (`Accept: application/pdf` or `?format=pdf`), or each letter's facts as JSON (`Accept: application/json` or
 * `?format=json`, no font loaded). The body limit is the batch's own, 512 KB.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, AppOptions } from "../env";
import { ShuhanError } from "../errors";
import {
  batchSchema,
  exampleBatch,
  MAX_BATCH_BODY_BYTES,
  MAX_BATCH_ITEMS,
  prepareBatch,
  renderBatch,
  type BatchFormat,
} from "../batches";
import { readJsonBody } from "./body";
import { negotiate } from "./accept";
import { attachmentDisposition } from "./content-disposition";

/** `?format=` wins; otherwise the Accept header (by q); a ZIP by default. */
export function chooseBatchFormat(format: string | undefined, accept: string | undefined): BatchFormat | "json" {
  if (format) {
    if (format === "zip" || format === "pdf" || format === "json") return format;
    throw new ShuhanError({
      status: 400,
      code: "INVALID_FORMAT_PARAMETER",
      title: { zh: "format 参数无效", en: "Invalid format parameter" },
      detail: { zh: "批量信函的 format 可选 zip、pdf、json", en: "a batch's format must be zip, pdf or json" },
    });
  }
  return negotiate<BatchFormat | "json">(
    accept,
    { "application/pdf": "pdf", "application/zip": "zip", "application/x-zip-compressed": "zip", "application/json": "json" },
    "zip",
  );
}

/** JSON Schema of the batch body (input side), as `GET /v1/letters/{type}/schema` gives for a letter. */
export function batchSchemaJson() {
  return {
    ...z.toJSONSchema(batchSchema, { io: "input", unrepresentable: "any" }),
    title: "批量信函 / Batch",
    description:
      `一位借款人致多家债权机构的信函，最多 ${MAX_BATCH_ITEMS} 项，请求体不超过 ${MAX_BATCH_BODY_BYTES / 1024} KB。` +
      `共同字段写在顶层，各项可覆盖。 / One borrower's letters to many creditors: at most ${MAX_BATCH_ITEMS} items, ` +
      `a body of at most ${MAX_BATCH_BODY_BYTES / 1024} KB. Shared fields at the top; an item's own fields win.`,
  };
}

export function batchRoutes(options: AppOptions) {
  const routes = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date());

  routes.get("/schema", (c) => c.json(batchSchemaJson()));

  routes.get("/example", (c) => c.json(exampleBatch()));

  routes.post("/", async (c) => {
    const format = chooseBatchFormat(c.req.query("format"), c.req.header("accept"));
    const body = await readJsonBody(c, MAX_BATCH_BODY_BYTES);
    const at = now();
    const batch = prepareBatch(body, { now: at });
    if (format === "json") {
      const items = batch.items.map((item) => ({ index: item.index, type: item.type.id, facts: item.prepared.letter.facts }));
      const codes = [...new Set(items.flatMap((item) => item.facts.warnings.map((w) => w.code)))];
      return new Response(JSON.stringify({ items }), {
        headers: {
          "content-type": "application/json; charset=utf-8",
          "cache-control": "no-store",
          ...(codes.length ? { "shuhan-warnings": codes.join(", ") } : {}),
        },
      });
    }
    const output = await renderBatch(batch, format, options.fontLoader(c.env ?? {}), { now: at });
    // The bytes are our own ArrayBuffer (never a SharedArrayBuffer): TypeScript's DOM types cannot tell.
    return new Response(output.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": output.contentType,
        "content-disposition": attachmentDisposition(output.fileName),
        "content-length": String(output.bytes.byteLength),
        // Letters carry names, ID numbers and debts: no shared cache may keep them.
        "cache-control": "no-store",
        "x-shuhan-letter-count": String(batch.items.length),
      },
    });
  });

  return routes;
}
