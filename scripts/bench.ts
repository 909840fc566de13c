/**
 * `npm run bench`: what a letter costs.
 *  1. Node, in-process: cold (a fresh process: module load + font load + first letter), warm median/p95,
 *     the time of each stage, PDF size, memory held by the fonts and a letter.
 *  2. The same letter through `wrangler dev` (the real Workers runtime, loopback, sequential requests):
 *     the first letter after the Worker starts, then warm median/p95 (workerd's clocks do not advance
 *     during CPU work, so this is wall time measured by the client).
 *  3. The same letter typeset by Typst (typst-ts-node-compiler) in the same run, for a ratio.
 * Options: --quick (fewer iterations), --no-wrangler, --no-typst.
 */
import { spawn, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { benchLetterBody, benchLetterType } from "./bench/letter";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const WARM = quick ? 50 : 300;
const WORKER_REQUESTS = quick ? 20 : 60;

const ms = (n: number) => `${n.toFixed(2)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs in a child process (`--cold-child`): the first letter of a fresh process, module load included. */
async function coldChild() {
  const t0 = performance.now();
  const { prepareLetter, renderPdf } = await import("../src/pipeline");
  const { findLetterType } = await import("../src/letters");
  const { nodeFontLoader } = await import("../src/render/fonts/node-loader");
  const tImport = performance.now();
  const prepared = prepareLetter(findLetterType(benchLetterType)!, benchLetterBody);
  const pdf = await renderPdf(prepared, nodeFontLoader);
  const t1 = performance.now();
  process.stdout.write(JSON.stringify({ total: t1 - t0, imports: tImport - t0, letter: t1 - tImport, size: pdf.byteLength }));
}

async function benchNode() {
  const { prepareLetter, faceUsage } = await import("../src/pipeline");
  const { findLetterType } = await import("../src/letters");
  const { loadFontSet } = await import("../src/render/fonts");
  const { nodeFontLoader } = await import("../src/render/fonts/node-loader");
  const { layoutDocument } = await import("../src/render/layout");
  const { writePdf } = await import("../src/render/pdf");
  const type = findLetterType(benchLetterType)!;

  const cold = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--cold-child"], { cwd: root }).toString(),
  );

  global.gc?.();
  const before = process.memoryUsage();
  const stages = { prepare: [] as number[], fonts: [] as number[], layout: [] as number[], pdf: [] as number[], total: [] as number[] };
  let size = 0;
  let pages = 0;
  let characters = 0;
  let distinct = 0;
  for (let i = 0; i < WARM + 5; i++) {
    const t0 = performance.now();
    const prepared = prepareLetter(type, benchLetterBody);
    const t1 = performance.now();
    const fonts = await loadFontSet(faceUsage(prepared.blocks), nodeFontLoader);
    const t2 = performance.now();
    const layout = layoutDocument(prepared.blocks, fonts);
    const t3 = performance.now();
    const pdf = await writePdf(layout, fonts, { title: prepared.letter.meta.title, author: prepared.letter.meta.author, language: "zh-CN" });
    const t4 = performance.now();
    if (i < 5) continue; // warm-up
    stages.prepare.push(t1 - t0);
    stages.fonts.push(t2 - t1);
    stages.layout.push(t3 - t2);
    stages.pdf.push(t4 - t3);
    stages.total.push(t4 - t0);
    size = pdf.byteLength;
    pages = layout.pages.length;
    const text = layout.pages.flatMap((p) => p.items.flatMap((it) => (it.kind === "text" ? [it.text] : []))).join("");
    characters = [...text].length;
    distinct = new Set(text).size;
  }
  global.gc?.();
  const after = process.memoryUsage();
  return { cold, stages, size, pages, characters, distinct, before, after };
}

async function benchTypst(paragraphs: string[], title: string) {
  const { NodeCompiler } = await import("@myriaddreamin/typst-ts-node-compiler");
  const fontDir = join(root, "node_modules/@expo-google-fonts/noto-serif-sc");
  const fontBlobs = [
    readFileSync(join(fontDir, "400Regular/NotoSerifSC_400Regular.ttf")),
    readFileSync(join(fontDir, "700Bold/NotoSerifSC_700Bold.ttf")),
  ];
  const str = (s: string) => JSON.stringify(s);
  const source = [
    `#set page(paper: "a4", margin: (x: 25mm, y: 25mm), footer: context align(center)[#text(size: 9pt)[第 #counter(page).display() 页 共 #counter(page).final().first() 页]])`,
    `#set text(font: "Noto Serif SC", size: 12pt, lang: "zh")`,
    `#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.7em)`,
    `#align(center)[#text(size: 19pt, weight: "bold")[#${str(title)}]]`,
    ...paragraphs.map((p) => `#${str(p)}\n`),
  ].join("\n\n");
  const tCreate = performance.now();
  const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs }] });
  const first = compiler.pdf({ mainFileContent: source });
  const cold = performance.now() - tCreate;
  // A new letter each time: Typst memoizes layout across compilations (comemo), so without eviction a
  // repeated letter is mostly a cache hit. evictCache(0) drops the memoized work; parsed fonts stay loaded.
  const samples: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < (quick ? 20 : 60); i++) {
    compiler.evictCache(0);
    let t0 = performance.now();
    compiler.pdf({ mainFileContent: source + `\n\n#"${i}"` });
    samples.push(performance.now() - t0);
    t0 = performance.now();
    compiler.pdf({ mainFileContent: source + `\n\n#"${i}."` });
    cached.push(performance.now() - t0);
  }
  return { cold, warm: stats(samples), cached: stats(cached), size: first.byteLength };
}

async function benchWrangler() {
  const port = 8790 + Math.floor(Math.random() * 100);
  // Requests carry an API key: the per-key limit (120 a minute) admits the bench's 61 letters, the per-IP one would not.
  const apiKey = `bench-${crypto.randomUUID()}`;
  const keyHash = createHash("sha256").update(apiKey).digest("hex");
  const wranglerArgs = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", "--var", `API_KEY_HASHES:${keyHash}`];
  const child = spawn(join(root, "node_modules/.bin/wrangler"), wranglerArgs, {
    cwd: root,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", CI: "true" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const started = performance.now();
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error("wrangler dev did not start in 60 s");
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    const ready = performance.now() - started;
    const post = async () => {
      const t0 = performance.now();
      const res = await fetch(`${base}/v1/letters/${benchLetterType}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify(benchLetterBody),
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`wrangler dev answered ${res.status}: ${new TextDecoder().decode(bytes).slice(0, 300)}`);
      return { time: performance.now() - t0, size: bytes.byteLength };
    };
    const first = await post();
    const samples: number[] = [];
    for (let i = 0; i < WORKER_REQUESTS; i++) samples.push((await post()).time);
    // What wrangler dev's own proxy and loopback cost, for reference: a request that does no work.
    const baseline: number[] = [];
    for (let i = 0; i < WORKER_REQUESTS; i++) {
      const t0 = performance.now();
      await (await fetch(`${base}/healthz`)).text();
      baseline.push(performance.now() - t0);
    }
    return { ready, first: first.time, warm: stats(samples), baseline: stats(baseline), size: first.size };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
  }
}

async function main() {
  if (args.has("--cold-child")) return coldChild();
  console.log(`Shuhan bench — ${benchLetterType}, Node ${process.version}, ${WARM} warm letters\n`);
  const node = await benchNode();
  const s = node.stages;
  console.log("Node pipeline (in-process)");
  console.log(`  letter: ${node.pages} pages, ${node.characters} characters drawn, ${node.distinct} distinct, PDF ${kb(node.size)}`);
  console.log(`  cold (fresh process: imports ${ms(node.cold.imports)} + first letter incl. font load ${ms(node.cold.letter)}): ${ms(node.cold.total)}`);
  console.log(`  warm: median ${ms(stats(s.total).median)}, p95 ${ms(stats(s.total).p95)}`);
  for (const stage of ["prepare", "fonts", "layout", "pdf"] as const)
    console.log(`    ${stage.padEnd(8)} median ${ms(stats(s[stage]).median)}  p95 ${ms(stats(s[stage]).p95)}`);
  console.log(`    (prepare = validate + view model + template + blocks; fonts = font set for the letter (parsed fonts cached); pdf = subset + deflate + write)`);
  console.log(
    `  memory: rss ${mb(node.after.rss)}; heap ${mb(node.after.heapUsed)} + array buffers ${mb(node.after.arrayBuffers)} ` +
      `(fonts + letters since start: ${mb(node.after.heapUsed + node.after.arrayBuffers - node.before.heapUsed - node.before.arrayBuffers)} after warm loop)`,
  );

  let typst: Awaited<ReturnType<typeof benchTypst>> | undefined;
  if (!args.has("--no-typst")) {
    const { prepareLetter, renderText } = await import("../src/pipeline");
    const { findLetterType } = await import("../src/letters");
    const prepared = prepareLetter(findLetterType(benchLetterType)!, benchLetterBody);
    const lines = renderText(prepared).split("\n").filter((l) => l.trim());
    typst = await benchTypst(lines.slice(1), lines[0]);
    console.log("\nTypst (typst-ts-node-compiler 0.7.0, same text, full Noto Serif SC)");
    console.log(`  cold (compiler + fonts + first PDF): ${ms(typst.cold)}; PDF ${kb(typst.size)}`);
    console.log(`  warm, a new letter (memo cache evicted): median ${ms(typst.warm.median)}, p95 ${ms(typst.warm.p95)}`);
    console.log(`  warm, the same letter again (memo cache hit): median ${ms(typst.cached.median)}`);
    console.log(`  ratio: Shuhan warm is ${(typst.warm.median / stats(s.total).median).toFixed(1)}× faster than Typst`);
  }

  if (!args.has("--no-wrangler")) {
    const worker = await benchWrangler();
    console.log("\nThrough wrangler dev (local workerd, loopback, sequential)");
    console.log(`  wrangler dev ready in ${ms(worker.ready)}`);
    console.log(`  first letter after start (font fetch + parse in the isolate): ${ms(worker.first)}`);
    console.log(`  warm: median ${ms(worker.warm.median)}, p95 ${ms(worker.warm.p95)} (${WORKER_REQUESTS} requests); PDF ${kb(worker.size)}`);
    console.log(`  baseline GET /healthz through the same proxy: median ${ms(worker.baseline.median)} (the letter's own share ≈ ${ms(worker.warm.median - worker.baseline.median)})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
