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
 *   the rate limiter falls back to its in-memory counters.
 */
import type { AddressInfo } from "node:net";
import type { IncomingMessage } from "node:http";
import { serve, type HttpBindings, type ServerType } from "@hono/node-server";
import { createApp } from "../app";
import type { Bindings } from "../env";
import type { FontFileLoader } from "../render/fonts";
import { createNodeFontLoader, nodeFontLoader } from "../render/fonts/node-loader";
import { CLIENT_IP_HEADER, clientAddress } from "./client-ip";

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
  /** The environment the bindings are read from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The app to serve (default: createApp with the Node font loader); tests pass their own. */
  app?: FetchApp;
  /** The clock (tests). */
  now?: () => Date;
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
  const bindings = bindingsFromEnv(options.env ?? process.env);
  const fontLoader: FontFileLoader = options.fontsDir ? createNodeFontLoader(options.fontsDir) : nodeFontLoader;
  const app: FetchApp = options.app ?? createApp({ fontLoader: () => fontLoader, now: options.now });

  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request: Request, node: HttpBindings | unknown) => {
          const { incoming, outgoing } = node as HttpBindings;
          // The Node request and response stay reachable for Node-only middleware, as @hono/node-server gives them.
          return app.fetch(withClientAddress(request, incoming, trustedProxies), { ...bindings, incoming, outgoing });
        },
        port: options.port,
        hostname: options.hostname ?? "127.0.0.1",
      },
      (info: AddressInfo) => {
        server.off("error", reject);
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({ server, url: `http://${host}:${info.port}`, port: info.port, close: (graceMs) => closeServer(server, graceMs) });
      },
    );
    server.once("error", reject);
  });
}

/**
 * Graceful stop: no new connections, idle keep-alive connections closed now, requests in flight allowed
 * to finish; after `graceMs` the remaining connections are cut.
 */
export function closeServer(server: ServerType, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const http = server as import("node:http").Server;
    const deadline = setTimeout(() => http.closeAllConnections?.(), graceMs);
    // A keep-alive connection turns idle when its last response is sent: close it then, not after keepAliveTimeout.
    const sweep = setInterval(() => http.closeIdleConnections?.(), 50);
    deadline.unref();
    sweep.unref();
    server.close(() => {
      clearTimeout(deadline);
      clearInterval(sweep);
      resolve();
    });
    http.closeIdleConnections?.();
  });
}
