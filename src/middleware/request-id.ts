/**
 * Request IDs: an incoming `X-Request-Id` that is a safe token (1–128 characters of `A–Z a–z 0–9 . _ : -`)
 * is kept, so a proxy's or a client's ID follows the request through; anything else (absent, too long, with
 * spaces, quotes, control characters or non-ASCII, which could forge log lines or carry personal data) is
 * replaced by a new `crypto.randomUUID()`. The ID is `c.get("requestId")`, goes into every log line
 * (src/log.ts), comes back in the `X-Request-Id` response header of every response, and in every
 * problem+json body as `requestId` (RFC 9457 §3.2 allows extension members), whoever wrote the problem.
 *
 * Not hono/request-id: its token pattern (`[\w=-]`) refuses `.` and `:`, common in tracing IDs, and it
 * leaves problem bodies alone.
 */
import type { MiddlewareHandler } from "hono";

declare module "hono" {
  interface ContextVariableMap {
    /** This request's ID: the client's safe X-Request-Id, or a new UUID. */
    requestId: string;
  }
}

export const REQUEST_ID_HEADER = "X-Request-Id";

const SAFE_TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's ID when it is a safe token, else undefined. */
export function safeRequestId(value: string | undefined | null): string | undefined {
  return value && SAFE_TOKEN.test(value) ? value : undefined;
}

export interface RequestIdOptions {
  /** Makes a new ID (tests fix it); default crypto.randomUUID(). */
  generate?: () => string;
}

const isProblem = (contentType: string | null) => /^application\/problem\+json\b/i.test(contentType ?? "");

export function requestId(options: RequestIdOptions = {}): MiddlewareHandler {
  const generate = options.generate ?? (() => crypto.randomUUID());
  return async function tagRequest(c, next) {
    const id = safeRequestId(c.req.header(REQUEST_ID_HEADER)) ?? generate();
    c.set("requestId", id);
    await next();
    let response = c.res;
    if (isProblem(response.headers.get("content-type")) && response.body) {
      // A problem written anywhere (onError, notFound, a route's own) gets the ID as a member too.
      const text = await response.text();
      let body = text;
      try {
        const problem = JSON.parse(text) as unknown;
        if (problem && typeof problem === "object" && !Array.isArray(problem) && !("requestId" in problem))
          body = JSON.stringify({ ...problem, requestId: id });
      } catch {
        // Not JSON after all: pass it on as it was.
      }
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      response = new Response(body, { status: response.status, statusText: response.statusText, headers });
      c.res = undefined;
      c.res = response;
    }
    c.res.headers.set(REQUEST_ID_HEADER, id);
  };
}
