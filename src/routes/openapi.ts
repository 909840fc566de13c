/**
 * GET /openapi.json: the OpenAPI 3.1 document (src/openapi/document.ts), built once per isolate and version,
 * with the origin it was asked from as its server. Open without an API key, like /docs.
 */
import { Hono, type Context } from "hono";
import type { AppEnv, AppOptions } from "../env";
import { letterTypes } from "../letters";
import { buildOpenApiDocument, type OpenApiDocument } from "../openapi/document";

export interface OpenApiRouteOptions extends Pick<AppOptions, "version"> {
  /** The version when neither the options nor the SHUHAN_VERSION var give one (app.ts passes VERSION). */
  defaultVersion: string;
}

/** Built documents by version: the document is a pure function of the version and the letter registry. */
const byVersion = new Map<string, OpenApiDocument>();

export function openApiDocumentFor(options: OpenApiRouteOptions) {
  return function documentFor(c: Context<AppEnv>): OpenApiDocument {
    const version = options.version ?? c.env?.SHUHAN_VERSION ?? options.defaultVersion;
    let document = byVersion.get(version);
    if (!document) {
      document = buildOpenApiDocument({ version, letterTypes });
      byVersion.set(version, document);
    }
    return { ...document, servers: [{ url: new URL(c.req.url).origin }] };
  };
}

export function openApiRoutes(options: OpenApiRouteOptions) {
  const routes = new Hono<AppEnv>();
  const documentFor = openApiDocumentFor(options);
  routes.get("/openapi.json", (c) => {
    c.header("cache-control", "public, max-age=300");
    return c.json(documentFor(c));
  });
  return routes;
}
