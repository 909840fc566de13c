/**
 * The one place errors become responses: RFC 9457 `application/problem+json`.
 * Unknown errors are logged by class and place only, with the request ID (never the message, the request
 * body or personal data), and masked as 500. A client that went away mid-upload is no error: not logged.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ShuhanError } from "../errors";
import { errorSummary, log, requestLogContext } from "../log";
import { ClientAbortedError } from "./body";

export function problemResponse(error: ShuhanError, instance?: string): Response {
  return new Response(JSON.stringify(error.toProblem(instance)), {
    status: error.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...error.headers },
  });
}

export const notFound = (what: { zh: string; en: string }) =>
  new ShuhanError({ status: 404, code: "NOT_FOUND", title: { zh: "未找到", en: "Not found" }, detail: what });

export function onError(error: Error, c: Context): Response {
  const instance = new URL(c.req.url).pathname;
  if (error instanceof ShuhanError) return problemResponse(error, instance);
  if (error instanceof ClientAbortedError) {
    // Nobody reads this answer; it is a 400, never a 500, so that no metric counts it as a fault.
    return problemResponse(
      new ShuhanError({
        status: 400,
        code: "CLIENT_CLOSED_REQUEST",
        title: { zh: "客户端在发送完请求之前断开了连接", en: "The client closed the connection before sending its whole body" },
      }),
      instance,
    );
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    return problemResponse(
      new ShuhanError({
        status,
        code: status === 413 ? "BODY_TOO_LARGE" : `HTTP_${status}`,
        title: status === 413 ? { zh: "请求内容过大", en: "Request body too large" } : { zh: "请求错误", en: error.message || "Request error" },
      }),
      instance,
    );
  }
  log("error", `unhandled error: ${errorSummary(error)}`, requestLogContext(c));
  return problemResponse(
    new ShuhanError({ status: 500, code: "INTERNAL", title: { zh: "服务器内部错误", en: "Internal server error" } }),
    instance,
  );
}
