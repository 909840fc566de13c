import { defineConfig } from "vitest/config";

/**
 * Tests that run external tools as subprocesses: the package test (npm pack, an install from the registry,
 * tsc, the built server), the OpenAPI tools (redocly lint, openapi-typescript + tsc) and the deployed bundle
 * in workerd (wrangler deploy --dry-run, test/worker-bundle.test.ts). Their own run,
 * after the Node suite, so that the tools' CPU does not slow the Node suite's tests.
 */
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts", "test/openapi-tools.test.ts", "test/worker-bundle.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
