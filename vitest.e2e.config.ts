import { defineConfig } from "vitest/config";

/**
 * Browser tests: real Chromium (Debian's /usr/bin/chromium through playwright-core) against the app in
 * `wrangler dev` (the Workers runtime), started once by test/e2e/global-setup.ts.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
