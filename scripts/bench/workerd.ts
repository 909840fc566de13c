/**
 * Running a Worker under `wrangler dev` for the bench and reading what it costs: the CPU time of the
 * workerd process that runs the Worker, from /proc/<pid>/stat (utime + stime, all threads, in clock ticks)
 * and, finer, the sum of /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU).
 *
 * wrangler dev starts two workerd processes: a proxy bound to the public port, and the one that runs the
 * Worker (bound to an ephemeral port, with the inspector). The bench meters the second.
 */
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
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
  stop(): void;
}

/** Starts `wrangler dev` (with `args`, e.g. a config) and waits until `readyPath` answers. */
export async function startWorker(root: string, args: string[], readyPath = "/healthz", keyCount = 0): Promise<RunningWorker> {
  const port = 8790 + Math.floor(Math.random() * 200);
  const keys = Array.from({ length: keyCount }, () => `bench-${randomUUID()}`);
  const vars = keys.length ? ["--var", `API_KEY_HASHES:${keys.map((k) => createHash("sha256").update(k).digest("hex")).join(",")}`] : [];
  const child = spawn(join(root, "node_modules/.bin/wrangler"), ["dev", ...args, "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", ...vars], {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      WRANGLER_SEND_METRICS: "false",
      CI: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
  };
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  try {
    for (;;) {
      if (performance.now() - started > 90_000) throw new Error("wrangler dev did not start in 90 s");
      try {
        if ((await fetch(`${base}${readyPath}`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    const readyMs = performance.now() - started;
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
    return { base, pid: runner, keys, readyMs, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
