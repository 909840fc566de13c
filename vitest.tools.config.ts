import { defineConfig } from "vitest/config";

/**
 * Tests that run external tools as subprocesses: the package test (npm pack, an install from the registry,
 * tsc, the built server) and the OpenAPI tools (redocly lint, openapi-typescript + tsc). Their own run,
 * after the Node suite, so that the tools' CPU does not slow the Node suite's tests.
 */
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts", "test/openapi-tools.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
