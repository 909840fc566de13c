/**
 * Reads a JSON request body the strict way: 415 for another media type, 413 past the size limit,
 * 400 for malformed JSON. Validation (422) is the pipeline's job.
 */
import type { Context } from "hono";
import { ShuhanError } from "../errors";

export const MAX_BODY_BYTES = 64 * 1024;

export const tooLarge = (limit: number) =>
  new ShuhanError({
    status: 413,
    code: "BODY_TOO_LARGE",
    title: { zh: "请求内容过大", en: "Request body too large" },
    detail: { zh: `请求内容不能超过 ${limit / 1024} KB`, en: `The body must not exceed ${limit / 1024} KB` },
  });

export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

/** Reads at most `limit` bytes; throws 413 past it, whatever Content-Length claimed. */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ShuhanError({
      status: 400,
      code: "MALFORMED_BODY",
      title: { zh: "请求内容不是有效的 UTF-8", en: "The body is not valid UTF-8" },
    });
  }
}

export async function readJsonBody(c: Context, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(c.req.header("content-type"))) {
    throw new ShuhanError({
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      title: { zh: "不支持的内容类型", en: "Unsupported media type" },
      detail: { zh: "请以 Content-Type: application/json 发送 JSON", en: "Send JSON with Content-Type: application/json" },
      headers: { "accept-post": "application/json" },
    });
  }
  const text = await readLimitedText(c.req.raw, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new ShuhanError({
      status: 400,
      code: "MALFORMED_JSON",
      title: { zh: "JSON 格式错误", en: "Malformed JSON" },
      detail: { zh: "请求内容无法解析为 JSON", en: "The body is not valid JSON" },
    });
  }
}
