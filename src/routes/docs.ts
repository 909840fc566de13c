/**
 * GET /docs: the API reference page, rendered on the server from the OpenAPI document (src/docs/page.ts).
 * Open without an API key; cached per isolate by version and origin (the examples name the origin).
 */
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { renderDocsPage } from "../docs/page";
import { openApiDocumentFor, type OpenApiRouteOptions } from "./openapi";

export function docsRoutes(options: OpenApiRouteOptions) {
  const routes = new Hono<AppEnv>();
  const documentFor = openApiDocumentFor(options);
  const pages = new Map<string, string>();
  routes.get("/docs", (c) => {
    const document = documentFor(c);
    const origin = new URL(c.req.url).origin;
    const cacheKey = `${(document.info as { version: string }).version} ${origin}`;
    let page = pages.get(cacheKey);
    if (!page) {
      page = renderDocsPage(document, { baseUrl: origin });
      if (pages.size > 32) pages.clear(); // origins are few; a Host header a client makes up must not grow this
      pages.set(cacheKey, page);
    }
    c.header("cache-control", "public, max-age=300");
    return c.html(page);
  });
  return routes;
}
