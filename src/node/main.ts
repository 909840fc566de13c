/**
 * `npm run serve` (or `shuhan-server` from the package): the Node server from the environment.
 *
 *   PORT=3000            TCP port (default 3000, beside wrangler dev's 8787)
 *   HOST=127.0.0.1       interface (default loopback: put nginx or Caddy in front; 0.0.0.0 in a container)
 *   TRUST_PROXY=1        a reverse proxy stands in front: take the client address from its X-Forwarded-For
 *                        (a number: that many proxies in a chain; unset or 0: the socket's peer is the client)
 *   REDIS_URL=redis://…  share rate limits with the other processes through Redis (default: in memory)
 *   FONTS_DIR=…          the font files (default: the package's fonts/)
 *   SHUTDOWN_GRACE_MS    how long requests in flight may finish after SIGTERM/SIGINT (default 10000)
 *   API_KEY_HASHES, CORS_ORIGINS, SHUHAN_VERSION   the app's configuration, as on Cloudflare (see README)
 *
 * Log lines are JSON on stderr (src/log.ts).
 */
import { log } from "../log";
import { parseTrustProxy } from "./client-ip";
import { parseRedisUrl } from "./redis";
import { startServer } from "./server";

function fail(message: string): never {
  log("error", `shuhan serve: ${message}`);
  process.exit(1);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${value}"`);
  return port;
}

async function main(): Promise<void> {
  let trustedProxies: number;
  try {
    trustedProxies = parseTrustProxy(process.env.TRUST_PROXY);
    if (process.env.REDIS_URL) parseRedisUrl(process.env.REDIS_URL);
  } catch (error) {
    fail((error as Error).message);
  }
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
  const running = await startServer({
    port: parsePort(process.env.PORT),
    hostname: process.env.HOST || "127.0.0.1",
    trustedProxies,
    fontsDir: process.env.FONTS_DIR || undefined,
  }).catch((error: NodeJS.ErrnoException) => fail(`cannot listen: ${error.code ?? ""} ${error.message}`));

  const proxyNote = trustedProxies ? `, trusting X-Forwarded-For from ${trustedProxies} proxy hop(s)` : "";
  const limitNote = process.env.REDIS_URL ? ", rate limits shared through Redis" : ", rate limits in memory";
  log("info", `书函 Shuhan listening on ${running.url}${proxyNote}${limitNote}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log("error", `shuhan serve: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    log("info", `shuhan serve: ${signal}, finishing requests in flight…`);
    running.close(Number.isFinite(grace) && grace >= 0 ? grace : 10_000).then(() => {
      log("info", "shuhan serve: stopped");
      process.exit(0);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
