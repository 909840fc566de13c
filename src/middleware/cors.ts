/**
 * CORS for /v1/* and /openapi.json (Fetch standard, "CORS protocol"), from an allow-list in the var
 * `CORS_ORIGINS`: comma-separated origins such as "https://help.example.org"; "" (the default) sends no CORS
 * headers, so browsers keep other sites out; "*" allows any origin (an open local setup).
 *
 * Requests carry API keys in `Authorization`, never cookies, so credentials are not allowed and "*" is safe to
 * offer. A preflight is answered here, before the API key check: browsers send it without `Authorization`.
 * An origin not on the list gets no `Access-Control-Allow-Origin`, so the browser refuses the response.
 */
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env";

/** Headers a browser client may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = [
  "Content-Disposition",
  "Retry-After",
  "WWW-Authenticate",
  "Accept-Post",
  "Allow",
  "X-Shuhan-Letter-Count",
  "X-Request-Id",
  "RateLimit",
  "RateLimit-Policy",
  "Shuhan-Warnings",
];
const ALLOWED_HEADERS = ["Authorization", "Content-Type", "Accept", "X-Request-Id"];

/** "https://A.example/ , https://b.example" → ["https://a.example", "https://b.example"]; "*" stays "*". */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, "").toLowerCase())
    .filter(Boolean);
}

export interface CorsOptions {
  /** How long a browser may cache a preflight, in seconds. */
  maxAge?: number;
}

export function corsFromEnv(options: CorsOptions = {}): MiddlewareHandler<AppEnv> {
  const maxAge = options.maxAge ?? 600;
  // Built once per distinct CORS_ORIGINS value (vars arrive with each request but rarely change).
  let cached: { source: string; handler: MiddlewareHandler | undefined } | undefined;

  function handlerFor(source: string): MiddlewareHandler | undefined {
    const origins = parseOrigins(source);
    if (origins.length === 0) return undefined;
    const allowed = new Set(origins);
    return cors({
      origin: allowed.has("*") ? "*" : (origin) => (allowed.has(origin.toLowerCase()) ? origin : null),
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      maxAge,
      credentials: false,
    });
  }

  return async function corsAllowList(c, next) {
    const source = c.env?.CORS_ORIGINS ?? "";
    if (cached?.source !== source) cached = { source, handler: handlerFor(source) };
    if (!cached.handler) return next();
    return cached.handler(c, next);
  };
}
