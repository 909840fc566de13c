/**
 * `npm run fuzz [-- URL] [--count 10000] [--seed 20261201] [--concurrency 8] [--api-key KEY]`: sends the
 * fuzz stream of scripts/fuzz/cases.ts to a running server and prints how many answers came back with each
 * status. Without a URL it starts the Node server itself on a free loopback port, with rate limits lifted (a
 * fuzz run is one client sending thousands of requests). Exits 1 if any answer is a 5xx or a request fails.
 * Loopback only unless you name a server of your own.
 */
import { parseArgs } from "node:util";
import { formatCounts, fuzzCase, type FuzzCase, type Json } from "./fuzz/cases";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "20261201" },
    concurrency: { type: "string", default: "8" },
    "api-key": { type: "string" },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const concurrency = Math.max(1, Number(values.concurrency));

let baseUrl = positionals[0]?.replace(/\/+$/, "");
let stop: (() => Promise<void>) | undefined;
if (!baseUrl) {
  const { startServer } = await import("../src/node/server");
  const unlimited = { limit: async () => ({ success: true }) };
  const running = await startServer({ port: 0, env: {}, bindings: { RATE_LIMITER: unlimited, IP_RATE_LIMITER: unlimited } });
  baseUrl = running.url;
  stop = () => running.close(5_000);
  console.error(`fuzz: started the Node server on ${baseUrl}`);
}

const auth: Record<string, string> = values["api-key"] ? { authorization: `Bearer ${values["api-key"]}` } : {};
const json = async (path: string) => (await (await fetch(`${baseUrl}${path}`, { headers: auth })).json()) as Json;
const types = ((await json("/v1/letters")) as { id: string }[]).map((t) => t.id);
const seeds = {
  letters: Object.fromEntries(await Promise.all(types.map(async (id) => [id, await json(`/v1/letters/${id}/example`)]))),
  batch: await json("/v1/batches/example"),
};

function requestBody(fuzz: FuzzCase): BodyInit | undefined {
  if (fuzz.body === undefined) return undefined;
  if (!fuzz.chunked) return fuzz.body as BodyInit;
  const bytes = typeof fuzz.body === "string" ? new TextEncoder().encode(fuzz.body) : fuzz.body;
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16_384) controller.enqueue(bytes.subarray(at, at + 16_384));
      controller.close();
    },
  });
}

const counts = new Map<number, number>();
const failures: string[] = [];
const serverErrors: string[] = [];
let next = 0;
const started = Date.now();

async function worker(): Promise<void> {
  for (let index = next++; index < count; index = next++) {
    const fuzz = fuzzCase(seeds, seed, index);
    try {
      const res = await fetch(`${baseUrl}${fuzz.path}`, {
        method: fuzz.method,
        headers: { ...fuzz.headers, ...auth },
        body: requestBody(fuzz),
        duplex: "half",
      } as RequestInit);
      await res.arrayBuffer();
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      if (res.status >= 500) serverErrors.push(`#${index} ${fuzz.kind}: ${fuzz.method} ${fuzz.path} → ${res.status} (${res.headers.get("x-request-id")})`);
    } catch (error) {
      // A server may rightly close the connection on a body it refused (413 before the upload ended).
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      if (fuzz.chunked) counts.set(0, (counts.get(0) ?? 0) + 1);
      else failures.push(`#${index} ${fuzz.kind}: ${fuzz.method} ${fuzz.path} → ${cause}`);
    }
    if ((index + 1) % 1000 === 0) console.error(`fuzz: ${index + 1} / ${count}`);
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
await stop?.();

const fivexx = [...counts.entries()].filter(([status]) => status >= 500).reduce((n, [, c]) => n + c, 0);
console.log(`fuzz: ${count} requests to ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
console.log(formatCounts(counts).replace(/^0 ×/m, "closed before an answer (chunked upload past the limit) ×"));
console.log(`5xx: ${fivexx}; failed requests: ${failures.length}`);
for (const line of [...serverErrors, ...failures].slice(0, 20)) console.log(`  ${line}`);
process.exit(fivexx || failures.length ? 1 : 0);
