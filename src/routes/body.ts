/**
 * Reads a JSON request body the strict way: 415 for another media type or a content coding the server does
 * not decode, 413 past the size limit, 400 for malformed JSON. Validation (422) is the pipeline's job.
 * A client that goes away while its body is arriving is not an error (`ClientAbortedError`, never logged).
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

/**
 * The client closed the connection before its body arrived whole: nobody is left to answer, and nothing
 * went wrong on our side. `onError` answers it quietly (no log line, no 500).
 */
export class ClientAbortedError extends Error {
  constructor() {
    super("the client closed the connection while sending its body");
    this.name = "ClientAbortedError";
  }
}

/**
 * RFC 9110 §8.4 and §15.5.16: a body in a content coding the server does not decode (gzip, br, …) is a 415,
 * with `Accept-Encoding: identity` to say what would do. Only `identity` (the same as none) is read.
 */
export function checkContentEncoding(request: Request): void {
  const codings = (request.headers.get("content-encoding") ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== "identity");
  if (codings.length === 0) return;
  throw new ShuhanError({
    status: 415,
    code: "UNSUPPORTED_CONTENT_ENCODING",
    title: { zh: "不支持的内容编码", en: "Unsupported content encoding" },
    detail: {
      zh: "请求内容请勿压缩（不要设置 Content-Encoding），服务器只接受未压缩的内容",
      en: "Send the body uncompressed, without Content-Encoding: the server does not decode content codings",
    },
    headers: { "accept-encoding": "identity" },
  });
}

/** Reads at most `limit` bytes; throws 413 past it, whatever Content-Length claimed. */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  checkContentEncoding(request);
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The Node adapter errors the body stream (ECONNRESET) and aborts the request's signal when the
      // client goes away mid-upload; Workers abort the signal too. Anything else is a real failure.
      if (request.signal?.aborted || (error as { code?: string })?.code === "ECONNRESET") throw new ClientAbortedError();
      throw error;
    }
    const { done, value } = chunk;
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
  checkContentEncoding(c.req.raw);
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
