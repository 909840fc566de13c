/** Bindings and options shared by the Worker entry, the Node server and the tests. */
import type { FontFileLoader } from "./render/fonts";

export interface Bindings {
  /** Static Assets binding that serves fonts/ (wrangler.toml [assets]). */
  FONTS?: { fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> };
  SHUHAN_VERSION?: string;
  /**
   * Secret: lowercase hex SHA-256 of each API key, separated by commas or whitespace (never the keys).
   * Unset or blank: the API is open (local use). See src/middleware/api-keys.ts, scripts/hash-key.mjs.
   */
  API_KEY_HASHES?: string;
  /** Origins allowed to call /v1/* from a browser, comma-separated; "" = no CORS headers; "*" = any. */
  CORS_ORIGINS?: string;
  /** Workers Rate Limiting bindings (wrangler.toml [[ratelimits]]): per API key, and per client IP. */
  RATE_LIMITER?: RateLimitBinding;
  IP_RATE_LIMITER?: RateLimitBinding;
}

/** The Workers Rate Limiting binding's interface (also implemented in memory for Node). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export type AppEnv = { Bindings: Bindings };

export interface AppOptions {
  /** How this runtime reads a font file: Static Assets in Workers, the file system in Node. */
  fontLoader: (env: Bindings) => FontFileLoader;
  /** The clock (tests fix it): decides the default letter date, today in Asia/Shanghai. */
  now?: () => Date;
  version?: string;
}
