import { defineConfig } from "vitest/config";

/**
 * The package test alone (test/package): `npm pack`, an install from the registry, tsc and the built server.
 * Its own run, after the Node suite, so that its subprocesses' CPU does not slow the Node suite's tests.
 */
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
