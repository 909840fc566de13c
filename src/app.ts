/**
 * Builds the Hono app: middleware, routes, the one error mapping. Runtime-free: the Worker entry
 * (src/index.ts), the Node server and the tests each pass how their runtime reads fonts.
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv, AppOptions } from "./env";
import { lettersRoutes } from "./routes/letters";
import { batchRoutes } from "./routes/batches";
import { notFound, onError, problemResponse } from "./routes/problem";
import { openApiRoutes } from "./routes/openapi";
import { docsRoutes } from "./routes/docs";
import { corsFromEnv } from "./middleware/cors";
import { apiKeys } from "./middleware/api-keys";
import { rateLimit } from "./middleware/rate-limit";
import { formRoutes } from "./routes/form";
import { requestId } from "./middleware/request-id";
import { allowedMethods, noStoreForPosts } from "./middleware/http-details";

export const VERSION = "0.1.0";

export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();

  // Outermost: the request ID (every response and problem carries it, every log line names it), then the
  // rules every response follows: no-store on answers to POSTs, 405 with Allow for a known path.
  app.use(requestId());
  app.use(noStoreForPosts());
  app.use(allowedMethods(app));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginResourcePolicy: "same-origin",
    }),
  );

  // ── /v1/* middleware (CORS, API keys, rate limits) ──
  // CORS first, so a preflight is answered without a key; then the key; then the limit (per key, else per IP).
  const corsAllowList = corsFromEnv();
  app.use("/v1/*", corsAllowList);
  app.use("/openapi.json", corsAllowList);
  app.use("/v1/*", apiKeys());
  app.use("/v1/*", rateLimit());
  // The web form has no keys: its POSTs that make a document count per IP, in its own routes (src/routes/form.ts),
  // which answer a limited plain post with a page that keeps the input.

  app.get("/healthz", (c) => c.json({ status: "ok", version: options.version ?? c.env?.SHUHAN_VERSION ?? VERSION }));

  app.route("/v1/letters", lettersRoutes(options));

  // ── further routes (batches, OpenAPI and docs, the web form) ──
  app.route("/", openApiRoutes({ version: options.version, defaultVersion: VERSION }));
  app.route("/", docsRoutes({ version: options.version, defaultVersion: VERSION }));
  app.route("/v1/batches", batchRoutes(options));
  app.route("/", formRoutes(options));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    return problemResponse(notFound({ zh: `没有这个地址：${path}`, en: `No route for ${c.req.method} ${path}` }), path);
  });
  app.onError(onError);
  return app;
}
