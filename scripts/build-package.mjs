/**
 * `npm run build:package` (and `prepack`, so `npm pack` always ships a fresh build): what the package needs
 * to run outside the repository, with no TypeScript loader at run time.
 *
 *   dist/package/cli.mjs       the CLI (src/cli/main.ts), bundled by esbuild (wrangler's own esbuild)
 *   dist/package/server.mjs    the Node server (src/node/main.ts), bundled likewise
 *   dist/package/client.mjs    the typed client (src/client/index.ts), plain fetch
 *   dist/package/types/…       its declarations, emitted by tsc (relative imports carry .js, so they resolve
 *                              under moduleResolution node16/nodenext as well as bundler)
 *
 * The precompiled templates (src/templates.gen.ts) are regenerated first and bundled in; so are handlebars'
 * runtime and pdf-lib. The fonts ship beside dist/ in fonts/, and bin/ points the code at them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "dist", "package");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build-package: ${[command, ...args].join(" ")} failed`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
run(process.execPath, [join(root, "scripts", "precompile-templates.mjs")]);

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts", server: "src/node/main.ts", client: "src/client/index.ts" },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // ESM packages with an exports map stay external (they are the package's dependencies); the CommonJS
  // ones whose subpaths Node's ESM loader cannot resolve (handlebars/runtime) or name-import (pdf-lib) are
  // bundled in.
  external: ["hono", "hono/*", "@hono/node-server", "zod", "fflate"],
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});

run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);

/** `from "../errors"` → `from "../errors.js"` (or `/index.js` for a folder) in every emitted declaration. */
function fixSpecifiers(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      fixSpecifiers(path);
      continue;
    }
    if (!name.endsWith(".d.ts")) continue;
    const text = readFileSync(path, "utf8").replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']+)\2/g, (whole, lead, quote, spec) => {
      const target = resolve(dirname(path), spec);
      if (existsSync(`${target}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
      if (existsSync(join(target, "index.d.ts"))) return `${lead}${quote}${spec}/index.js${quote}`;
      return whole;
    });
    writeFileSync(path, text);
  }
}
fixSpecifiers(join(out, "types"));

console.log("build-package: dist/package/{cli,server,client}.mjs and dist/package/types/");
