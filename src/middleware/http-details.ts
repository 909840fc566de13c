/**
 * Small HTTP rules every route follows, kept out of the routes:
 *
 * - `405 Method Not Allowed` with `Allow` (RFC 9110 §15.5.6) for a known path asked with a method it does not
 *   serve, as problem+json, where Hono alone would answer 404. Built on hono/method-not-allowed, which reads
 *   the app's own route table (so a new route needs nothing here); HEAD is allowed wherever GET is.
 * - `Cache-Control: no-store` (RFC 9111 §5.2.2.5) on every answer to a POST: letters, previews, batches,
 *   form posts and their problems carry names, ID numbers and debts, and no browser or shared cache may
 *   keep them. GET answers are the service's own public data (types, schemas, examples, docs).
 */
import type { Hono, MiddlewareHandler } from "hono";
import { methodNotAllowed } from "hono/method-not-allowed";
import { ShuhanError } from "../errors";
import { problemResponse } from "../routes/problem";

export const methodNotAllowedProblem = (path: string, methods: readonly string[]) =>
  new ShuhanError({
    status: 405,
    code: "METHOD_NOT_ALLOWED",
    title: { zh: "不支持该请求方法", en: "Method not allowed" },
    detail: { zh: `${path} 只接受 ${methods.join("、")} 请求`, en: `${path} accepts ${methods.join(", ")} only` },
    headers: { allow: methods.join(", ") },
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function allowedMethods(app: Hono<any, any, any>): MiddlewareHandler {
  return methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) => {
      const path = new URL(c.req.url).pathname;
      return problemResponse(methodNotAllowedProblem(path, methods), path);
    },
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function noStoreForPosts(): MiddlewareHandler {
  return async function noStore(c, next) {
    await next();
    if (!SAFE_METHODS.has(c.req.method)) c.res.headers.set("cache-control", "no-store");
  };
}
