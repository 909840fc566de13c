import { defineConfig } from "vitest/config";

/** Fast tests in plain Node: pure helpers, the render pipeline and the app through app.request(). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/workers/**", "test/e2e/**", "test/package/**", "test/openapi-tools.test.ts", "test/worker-bundle.test.ts", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
