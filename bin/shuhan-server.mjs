#!/usr/bin/env node
/**
 * `shuhan-server` (npx shuhan-server): the Node server from the package's built JavaScript
 * (dist/package/server.mjs), with the fonts shipped beside it unless FONTS_DIR says otherwise. The settings
 * are the environment variables of src/node/main.ts (PORT, HOST, TRUST_PROXY, REDIS_URL, …; see the README).
 * In the repository, `npm run serve` runs the TypeScript instead.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(`shuhan-server: Node.js 22 or newer is needed (this is ${process.versions.node})\n`);
  process.exit(1);
}
const server = join(root, "dist", "package", "server.mjs");
if (!existsSync(server)) {
  process.stderr.write("shuhan-server: dist/package/server.mjs is missing: run `npm run build:package` (or use `npm run serve`)\n");
  process.exit(1);
}
process.env.FONTS_DIR ||= join(root, "fonts");
await import(pathToFileURL(server).href);
