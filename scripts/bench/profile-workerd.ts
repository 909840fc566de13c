/**
 * A CPU profile of the Worker inside workerd, through wrangler dev's inspector (Chrome DevTools Protocol):
 *
 *   node --import tsx scripts/bench/profile-workerd.ts [cold|warm|batch] [out.cpuprofile] [--dev]
 *
 * The deployed bundle in workerd alone (startBundledWorker), or with --dev the Worker under wrangler dev.
 *
 * cold: the first letter after the Worker starts; warm: 50 bench letters after 20 of warm-up; batch: 3
 * batches of 50 letters (ZIP) after one of warm-up. Writes a
 * .cpuprofile (open it in Chrome DevTools) and prints the functions by self and inclusive time.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { batchBody } from "./batch";
import { benchLetterBody, benchLetterType } from "./letter";
import { startBundledWorker, startWorker } from "./workerd";

const root = fileURLToPath(new URL("../..", import.meta.url));
const mode = (["cold", "warm", "batch"] as const).find((m) => m === process.argv[2]) ?? "warm";
const out = process.argv.slice(3).find((a) => !a.startsWith("--")) ?? `/tmp/shuhan-workerd-${mode}.cpuprofile`;
const underDev = process.argv.includes("--dev");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const inspectorPort = 9300 + Math.floor(Math.random() * 100);
  const worker = underDev
    ? await startWorker(root, ["--inspector-port", String(inspectorPort)], "/healthz", 40)
    : await startBundledWorker(root, 40, inspectorPort);
  try {
    // wrangler's inspector proxy (workerd's own inspector takes one client, and wrangler is it) accepts a
    // WebSocket from a localhost Origin; workerd alone lists its isolates at /json/list.
    const init = { headers: { Origin: "http://localhost" } } as unknown as string[];
    const url = underDev
      ? `ws://127.0.0.1:${inspectorPort}/ws`
      : ((await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[])[0].webSocketDebuggerUrl;
    const ws = new WebSocket(url, init);
    ws.binaryType = "arraybuffer";
    await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
    let id = 0;
    const pending = new Map<number, (value: unknown) => void>();
    ws.onmessage = (event) => {
      const text = typeof event.data === "string" ? event.data : new TextDecoder().decode(event.data as ArrayBuffer);
      const message = JSON.parse(text);
      if (message.id && pending.has(message.id)) pending.get(message.id)!(message.result);
    };
    const send = (method: string, params: object = {}) =>
      new Promise<any>((resolve) => {
        pending.set(++id, resolve);
        ws.send(JSON.stringify({ id, method, params }));
      });
    const batch = JSON.stringify(batchBody(50));
    let posted = 0;
    const post = async () => {
      const res = await fetch(`${worker.base}/${mode === "batch" ? "v1/batches" : `v1/letters/${benchLetterType}`}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${worker.keys[posted++ % worker.keys.length]}` },
        body: mode === "batch" ? batch : JSON.stringify(benchLetterBody),
      });
      if (res.status !== 200) throw new Error(`answered ${res.status}`);
      await res.arrayBuffer();
    };
    await send("Profiler.enable");
    await send("Profiler.setSamplingInterval", { interval: mode === "cold" ? 50 : 100 });
    if (mode !== "cold") for (let i = 0; i < (mode === "warm" ? 300 : 1); i++) await post();
    await send("Profiler.start");
    for (let i = 0; i < (mode === "warm" ? 200 : mode === "batch" ? 3 : 1); i++) await post();
    const { profile } = (await send("Profiler.stop")) as { profile: Profile };
    writeFileSync(out, JSON.stringify(profile));
    ws.close();
    report(profile);
    console.log(`\nprofile written to ${out}`);
  } finally {
    worker.stop();
  }
}

function report(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber}`;
  const selfBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  let total = 0;
  const walk = (n: ProfileNode, stack: Set<string>): number => {
    const key = name(n);
    let sum = self.get(n.id) ?? 0;
    total += sum;
    selfBy.set(key, (selfBy.get(key) ?? 0) + sum);
    const fresh = !stack.has(key);
    if (fresh) stack.add(key);
    for (const c of n.children ?? []) sum += walk(byId.get(c)!, stack);
    if (fresh) {
      stack.delete(key);
      inclBy.set(key, (inclBy.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(profile.nodes[0], new Set());
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`));
  console.log(`${mode}: ${(total / 1000).toFixed(1)} ms sampled`);
  console.log("self:");
  top(selfBy, 25);
  console.log("inclusive:");
  top(inclBy, 40);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
