/** The app as the Node tests see it: fonts from disk, a fixed clock (2026-11-23 12:00 in Shanghai). */
import { createApp } from "../../src/app";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";

export const FIXED_NOW = new Date("2026-11-23T04:00:00Z");

export const testApp = createApp({ fontLoader: () => nodeFontLoader, now: () => FIXED_NOW });

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return testApp.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
