/**
 * Starts Debian's `redis-server` on a free loopback port for a test (no persistence, no config file), and
 * stops it. `.ci/run` installs the package; a machine without it fails the test with the reason.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startRedis(): Promise<TestRedis> {
  if (spawnSync("redis-server", ["--version"]).error)
    throw new Error("redis-server is not installed (apt-get install redis-server; .ci/run does this)");
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // Ready when it answers PING (it writes nothing at loglevel warning).
  const { RedisClient } = await import("../../src/node/redis");
  const client = new RedisClient(`redis://127.0.0.1:${port}`, { retryDelayMs: 0 });
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited ${child.exitCode}: ${output}`);
    try {
      if ((await client.command(["PING"])) === "PONG") break;
    } catch (error) {
      if (attempt > 200) throw new Error(`redis-server did not answer: ${(error as Error).message} ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  client.close();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
