/**
 * The Cloudflare Worker entry. Fonts come from Static Assets (wrangler.toml [assets], binding FONTS),
 * outside the script bundle, and are parsed once per isolate by src/render/fonts.
 */
import { createApp } from "./app";
import type { Bindings } from "./env";
import type { FontFileLoader } from "./render/fonts";
import { warmUp } from "./warm-up";

/** Reads fonts/<file> through the Static Assets binding. */
function assetsFontLoader(env: Bindings): FontFileLoader {
  return async (fileName) => {
    if (!env.FONTS) throw new Error("the FONTS assets binding is missing (wrangler.toml [assets])");
    const response = await env.FONTS.fetch(new Request(`https://assets.invalid/${fileName}`));
    if (!response.ok) throw new Error(`font ${fileName}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
}

const app = createApp({ fontLoader: assetsFontLoader });

// At startup, outside any request's CPU time: the isolate's first letter then runs compiled code (src/warm-up.ts).
// Two rounds: the second took ~6 ms more off the first letter; a third, nothing the bench could see.
await warmUp(2);

export default app;
