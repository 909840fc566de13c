/**
 * Self-hosting on Node: the same Hono app as the Worker, served by @hono/node-server, with fonts read from
 * disk. For services that must keep personal data in mainland China (《个人信息保护法》第三章, the rules on
 * providing personal information abroad; a borrower's financial accounts are sensitive personal information,
 * 第二十八条) and so cannot route letters through Cloudflare: run this on a server there, behind nginx or Caddy. `npm run serve` starts it (src/node/main.ts reads PORT, HOST, TRUST_PROXY).
 *
 * What differs from the Worker, and only here:
 * - fonts come from the file system (src/render/fonts/node-loader.ts), not Static Assets;
 * - `CF-Connecting-IP`, which the rate limiter reads, is always set by this server: the socket's peer, or
 *   the reverse proxy's view of the client when TRUST_PROXY says one stands in front (src/node/client-ip.ts);
 * - the app's bindings (`c.env`) are the configuration variables of `process.env` (NODE_BINDING_VARS);
 *   the rate limiters are Redis's when `REDIS_URL` is set (shared by every process), else in memory;
 * - connections: a 413 says `Connection: close` and the socket is closed cleanly (lingering close), and
 *   a stop lets requests in flight finish and flush (trackConnections).
 */
import type { AddressInfo, Socket } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { serve, type HttpBindings, type ServerType } from "@hono/node-server";
import { createApp } from "../app";
import type { Bindings } from "../env";
import type { FontFileLoader } from "../render/fonts";
import { createNodeFontLoader, nodeFontLoader } from "../render/fonts/node-loader";
import { IP_POLICY, KEY_POLICY } from "../middleware/rate-limit";
import { CLIENT_IP_HEADER, clientAddress } from "./client-ip";
import { RedisClient } from "./redis";
import { RedisRateLimiter } from "./redis-rate-limiter";

/** The string variables the app reads from its bindings; on Node they come from the environment. */
export const NODE_BINDING_VARS = ["API_KEY_HASHES", "CORS_ORIGINS", "SHUHAN_VERSION"] as const;

/** Something with the Hono app's `fetch`: the real app, or a test's. */
export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export interface NodeServerOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to listen on. 127.0.0.1 (the default) serves a reverse proxy on the same machine only. */
  hostname?: string;
  /** Reverse proxies in front whose X-Forwarded-For is trusted (0: none, see src/node/client-ip.ts). */
  trustedProxies?: number;
  /** Directory of the font files (default: the repository's fonts/). */
  fontsDir?: string;
  /** The environment the bindings are read from (default: process.env). REDIS_URL is read from it too. */
  env?: Record<string, string | undefined>;
  /** The app to serve (default: createApp with the Node font loader); tests pass their own. */
  app?: FetchApp;
  /** The clock (tests). */
  now?: () => Date;
  /** Bindings that win over the environment's (tests, and `npm run fuzz`'s unlimited rate limiters). */
  bindings?: Partial<Bindings>;
}

export interface RunningServer {
  server: ServerType;
  /** e.g. "http://127.0.0.1:3000". */
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish, then resolves; past `graceMs` it cuts connections. */
  close(graceMs?: number): Promise<void>;
}

/** The bindings the app sees on Node: configuration from the environment, nothing else of it. */
export function bindingsFromEnv(env: Record<string, string | undefined>): Bindings {
  const bindings: Record<string, string> = {};
  for (const name of NODE_BINDING_VARS) {
    const value = env[name];
    if (value !== undefined) bindings[name] = value;
  }
  return bindings as Bindings;
}

/** The limiters of `REDIS_URL`, as the bindings the rate-limit middleware asks; none without it. */
export function redisLimiters(url: string | undefined): { bindings: Partial<Bindings>; redis?: RedisClient } {
  if (!url) return { bindings: {} };
  const redis = new RedisClient(url);
  return {
    redis,
    bindings: {
      RATE_LIMITER: new RedisRateLimiter(redis, KEY_POLICY, "key"),
      IP_RATE_LIMITER: new RedisRateLimiter(redis, IP_POLICY, "ip"),
    },
  };
}

/** Replaces any client-sent CF-Connecting-IP with the address this server vouches for. */
function withClientAddress(request: Request, incoming: IncomingMessage, trustedProxies: number): Request {
  const address = clientAddress(incoming.socket?.remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies);
  request.headers.delete(CLIENT_IP_HEADER);
  request.headers.set(CLIENT_IP_HEADER, address);
  return request;
}

/** Starts the server and resolves once it listens. */
export function startServer(options: NodeServerOptions): Promise<RunningServer> {
  const trustedProxies = options.trustedProxies ?? 0;
  const env = options.env ?? process.env;
  const limiters = redisLimiters(env.REDIS_URL || undefined);
  const bindings = { ...bindingsFromEnv(env), ...limiters.bindings, ...options.bindings };
  const fontLoader: FontFileLoader = options.fontsDir ? createNodeFontLoader(options.fontsDir) : nodeFontLoader;
  const app: FetchApp = options.app ?? createApp({ fontLoader: () => fontLoader, now: options.now });

  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: async (request: Request, node: HttpBindings | unknown) => {
          const { incoming, outgoing } = node as HttpBindings;
          // The Node request and response stay reachable for Node-only middleware, as @hono/node-server gives them.
          const response = await app.fetch(withClientAddress(request, incoming, trustedProxies), { ...bindings, incoming, outgoing });
          // A 413 refused the body: the rest of it (past the limit, perhaps without end, perhaps half read and
          // cancelled) is not worth reading to keep the connection. Say Connection: close and close the socket
          // cleanly (lingerOnClose); otherwise the adapter would drain it for 500 ms and then cut a connection
          // the client believes it may reuse, failing the client's next request on it.
          if (response.status === 413) {
            try {
              response.headers.set("connection", "close");
            } catch {
              // Immutable headers (a fetched Response): Node's own drain and close apply.
            }
          }
          return response;
        },
        port: options.port,
        hostname: options.hostname ?? "127.0.0.1",
      },
      (info: AddressInfo) => {
        server.off("error", reject);
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          server,
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: async (graceMs) => {
            await connections.close(graceMs);
            limiters.redis?.close();
          },
        });
      },
    );
    const connections = trackConnections(server as Server);
    // Keep-alive longer than a reverse proxy's (nginx keeps upstream connections 60 s): the proxy, not this
    // server, then closes an idle connection, so it never sends a request on one this server is closing.
    (server as Server).keepAliveTimeout = KEEP_ALIVE_MS;
    (server as Server).headersTimeout = KEEP_ALIVE_MS + 1_000;
    server.once("error", reject);
  });
}

/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_MS = 65_000;

/** How long a closing connection keeps reading (and discarding) what the client still sends. */
const LINGER_MS = 2_000;

/**
 * Closes a socket the way RFC 9112 §9.6 asks: first our side (FIN, after the response is flushed), then
 * read and discard what the client still sends until it closes its side too, or `LINGER_MS` pass. Closing
 * at once with unread data would send a TCP reset, and the client could lose the answer it was reading.
 * Node calls `destroySoon` when a response with `Connection: close` has finished.
 */
function lingerOnClose(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.destroyed) return;
    if (this.writable) this.end();
    // Not unref'd: a stop waits for lingering sockets too, at most LINGER_MS.
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    this.once("close", () => clearTimeout(timer));
    this.once("end", () => this.destroy());
    this.resume();
  };
}

/**
 * Keeps count of each connection's requests in flight, for a stop that cuts nothing:
 * - the server stops listening (new connections are refused);
 * - idle keep-alive connections are closed now (ended, so nothing buffered is lost);
 * - a connection with a request in flight gets `Connection: close` on its answer and is ended once the
 *   answer is written — whether it is still arriving or still flushing a 5 MB batch to a slow reader;
 * - after `graceMs`, whatever is left is cut.
 * Node's own `closeIdleConnections` (which `server.close()` calls) destroys a socket as soon as its response
 * has called end(), while the data may still be flushing: it is replaced by the ending version here.
 */
function trackConnections(server: Server) {
  const inFlight = new Map<Socket, number>();
  let stopping = false;

  server.on("connection", (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once("close", () => inFlight.delete(socket));
    lingerOnClose(socket);
  });

  const unanswered = new Set<ServerResponse>();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (stopping) res.setHeader("connection", "close");
    else unanswered.add(res);
    res.once("close", () => {
      unanswered.delete(res);
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (stopping && left === 0 && !socket.destroyed) socket.end();
    });
  });

  const endIdle = () => {
    for (const [socket, count] of inFlight) if (count === 0 && !socket.destroyed) socket.end();
  };
  server.closeIdleConnections = endIdle;

  return {
    close(graceMs = 10_000): Promise<void> {
      stopping = true;
      // Answers still being worked on tell their clients not to send another request on this connection.
      for (const res of unanswered) if (!res.headersSent) res.setHeader("connection", "close");
      unanswered.clear();
      return new Promise((resolve) => {
        // Not unref'd: close() settles by the deadline even if no socket keeps the event loop alive.
        const deadline = setTimeout(() => {
          for (const socket of inFlight.keys()) socket.destroy();
        }, graceMs);
        server.close(() => {
          clearTimeout(deadline);
          resolve();
        });
        endIdle();
      });
    },
  };
}
