/**
 * The part of the `cloudflare:workers` module the workerd tests use (the vitest plugin provides it at run
 * time): the Worker's own entry as a service, and its bindings from wrangler.toml.
 */
declare module "cloudflare:workers" {
  export const exports: { default: { fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> } };
  export const env: import("../../src/env").Bindings & Record<string, unknown>;
}
