#!/usr/bin/env node
/**
 * `shuhan` (npx shuhan …). Installed from the package, it runs the built CLI (dist/package/cli.mjs, made by
 * scripts/build-package.mjs) with the fonts shipped beside it: plain Node, no TypeScript loader. In the
 * repository (src/ is there) it runs the TypeScript in src/cli/ through tsx, so the CLI is always the code in
 * the tree; the precompiled templates (src/templates.gen.ts, not committed) are regenerated first when missing
 * or older than a template, with the generator's chatter kept off stdout, which may carry a PDF.
 *
 * A closed stdout (`shuhan schema installment-request | head -1`) is the reader's choice, not an error:
 * the CLI stops quietly with exit code 0.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(`shuhan: Node.js 22 or newer is needed (this is ${process.versions.node})\n`);
  process.exit(1);
}

process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

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

async function loadCli() {
  if (!existsSync(join(root, "src"))) {
    const cli = await import(pathToFileURL(join(root, "dist", "package", "cli.mjs")).href);
    return { main: cli.main, fontLoader: cli.createNodeFontLoader(join(root, "fonts")) };
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
  return { main: (await import("../src/cli/main.ts")).main, fontLoader: undefined };
}

const { main, fontLoader } = await loadCli();
process.exitCode = await main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
  fontLoader ? { fontLoader } : {},
);
