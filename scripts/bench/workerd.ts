/**
 * Running a Worker under `wrangler dev` for the bench and reading what it costs: the CPU time of the
 * workerd process that runs the Worker, from /proc/<pid>/stat (utime + stime, all threads, in clock ticks)
 * and, finer, the sum of /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU).
 *
 * wrangler dev starts two workerd processes: a proxy bound to the public port, and the one that runs the
 * Worker (bound to an ephemeral port, with the inspector). The bench meters the second.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLOCK_TICK_MS = 10; // USER_HZ = 100 on Linux

export interface CpuReading {
  /** utime + stime from /proc/<pid>/stat, ms (10 ms resolution). */
  stat: number;
  /** Σ schedstat over the process's threads, ms. */
  sched: number;
}

export function readCpu(pid: number): CpuReading {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const stat = (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // a thread that ended between readdir and read
    }
  }
  return { stat, sched: ns / 1e6 };
}

export const cpuDelta = (a: CpuReading, b: CpuReading): CpuReading => ({ stat: b.stat - a.stat, sched: b.sched - a.sched });

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.split(") ")[1].split(" ")[1]) === pid) out.push(Number(entry));
    } catch {}
  }
  return out;
}

function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = children(queue.shift()!);
    all.push(...next);
    queue.push(...next);
  }
  return all;
}

export interface RunningWorker {
  base: string;
  /** The workerd process that runs the Worker. */
  pid: number;
  /** Bearer tokens accepted by the Worker (each has its own rate-limit bucket). */
  keys: string[];
  readyMs: number;
  /**
   * CPU of that process until it first answered: workerd's own start, compiling the script, its global
   * scope (with the warm-up, src/warm-up.ts) and one GET /healthz. Workers allow 1 s of startup.
   */
  startupCpu: number;
  /** What the process wrote to stderr so far (the Worker's log lines; empty under wrangler dev, which shows its own). */
  output(): string;
  stop(): void;
}

const toolEnv = (root: string) => ({
  ...process.env,
  PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
});

const keyHashes = (keys: readonly string[]) => keys.map((k) => createHash("sha256").update(k).digest("hex")).join(",");

/** Polls `readyPath` every 100 ms; the milliseconds until it answered 2xx. */
async function waitUntilReady(base: string, readyPath: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (performance.now() - started > 90_000) throw new Error(`${base}${readyPath} did not answer in 90 s`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return performance.now() - started;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The deployed bundle in workerd alone: what `wrangler deploy` would upload (`wrangler deploy --dry-run
 * --outdir`), served by the workerd binary wrangler ships, with the font files as a disk service behind the
 * FONTS binding. Unlike `wrangler dev`, nothing runs in the process but the Worker: no dev-only middleware
 * (wrangler's facade chain, its JSON error page, the request-body drain) and no simulated Rate Limiting
 * binding, whose JavaScript runs in the Worker's process under wrangler dev while on Cloudflare the limiter
 * is a service outside the isolate. Without the bindings the Worker counts with its in-memory limiter
 * (src/middleware/rate-limit.ts), which costs about what a binding call does in the isolate.
 */
export async function startBundledWorker(root: string, keyCount = 0, inspectorPort?: number): Promise<RunningWorker> {
  const dir = mkdtempSync(join(tmpdir(), "shuhan-workerd-"));
  execFileSync(join(root, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", join(dir, "bundle")], {
    cwd: root,
    env: toolEnv(root),
    stdio: ["ignore", "ignore", "inherit"],
  });
  copyFileSync(join(dir, "bundle/index.js"), join(dir, "index.js"));
  const port = 8790 + Math.floor(Math.random() * 200);
  const keys = Array.from({ length: keyCount }, () => `bench-${randomUUID()}`);
  const config = readFileSync(join(root, "wrangler.toml"), "utf8");
  /** A quoted string setting of wrangler.toml (compatibility_date, a [vars] entry). */
  const setting = (name: string) => new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m").exec(config)?.[1] ?? "";
  const text = (name: string, value: string) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`;
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .shuhan), (name = "fonts", disk = (path = ${JSON.stringify(join(root, "fonts"))}, writable = false)) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const shuhan :Workerd.Worker = (
  modules = [ (name = "index.js", esModule = embed "index.js") ],
  compatibilityDate = ${JSON.stringify(setting("compatibility_date"))},
  compatibilityFlags = ["nodejs_compat"],
  bindings = [
    (name = "FONTS", service = "fonts"),
    ${text("SHUHAN_VERSION", setting("SHUHAN_VERSION"))},
    ${text("CORS_ORIGINS", "")}${keys.length ? `,\n    ${text("API_KEY_HASHES", keyHashes(keys))}` : ""}
  ],
);
`,
  );
  const child = spawn(join(root, "node_modules/workerd/bin/workerd"), ["serve", join(dir, "config.capnp"), ...(inspectorPort ? [`--inspector-addr=127.0.0.1:${inspectorPort}`] : [])], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const stop = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitUntilReady(base, "/healthz");
    return { base, pid: child.pid!, keys, readyMs, startupCpu: readCpu(child.pid!).sched, output: () => stderr, stop };
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${stderr.slice(0, 2000)}`);
  }
}

/** Starts `wrangler dev` (with `args`, e.g. a config) and waits until `readyPath` answers. */
export async function startWorker(root: string, args: string[], readyPath = "/healthz", keyCount = 0): Promise<RunningWorker> {
  const port = 8790 + Math.floor(Math.random() * 200);
  const keys = Array.from({ length: keyCount }, () => `bench-${randomUUID()}`);
  const vars = keys.length ? ["--var", `API_KEY_HASHES:${keyHashes(keys)}`] : [];
  const child = spawn(join(root, "node_modules/.bin/wrangler"), ["dev", ...args, "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", ...vars], {
    cwd: root,
    env: toolEnv(root),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitUntilReady(base, readyPath);
    const workerds = descendants(child.pid!).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd";
      } catch {
        return false;
      }
    });
    const args = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const runner = workerds.find((pid) => !args(pid).some((a) => a.includes(`entry=127.0.0.1:${port}`))) ?? workerds.at(-1);
    if (!runner) throw new Error("no workerd process under wrangler dev");
    return { base, pid: runner, keys, readyMs, startupCpu: readCpu(runner).sched, output: () => "", stop };
  } catch (error) {
    stop();
    throw error;
  }
}
