#!/usr/bin/env node
/**
 * `shuhan` (npx shuhan …): runs the TypeScript CLI in src/cli/ through tsx's loader, so the CLI is always
 * the code in the tree, with no build step to forget. The precompiled templates (src/templates.gen.ts,
 * not committed) are regenerated first when missing or older than a template; the generator's chatter is
 * kept off stdout, which may carry a PDF.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 6)) {
  process.stderr.write(`shuhan: Node.js 20.6 or newer is needed (this is ${process.versions.node})\n`);
  process.exit(1);
}

function newestTemplate(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestTemplate(path) : name.endsWith(".hbs") ? stat.mtimeMs : 0);
  }
  return newest;
}

const generated = join(root, "src", "templates.gen.ts");
if (!existsSync(generated) || statSync(generated).mtimeMs < newestTemplate(join(root, "templates"))) {
  const result = spawnSync(process.execPath, [join(root, "scripts", "precompile-templates.mjs")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) {
    process.stderr.write("shuhan: could not precompile the templates (scripts/precompile-templates.mjs)\n");
    process.exit(1);
  }
}

const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
