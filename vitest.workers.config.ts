import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-plugin";

/** The same app inside workerd, the runtime users deploy: bindings, Static Assets fonts, no eval. */
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
  test: {
    include: ["test/workers/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
