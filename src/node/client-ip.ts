/**
 * Who is the client, for the per-IP rate limit, when the app runs on Node rather than behind Cloudflare.
 *
 * Cloudflare sets `CF-Connecting-IP` itself; on Node a client could send that header, so the Node server
 * always replaces it: with the socket's peer address, or — only when the operator says a reverse proxy
 * stands in front (`TRUST_PROXY`) — with the address that proxy saw, read from `X-Forwarded-For`.
 * `X-Forwarded-For` is a list each proxy appends to, so only its right end is trustworthy: with N trusted
 * proxies the client is the N-th address from the right, counting the socket's peer as the last proxy.
 * Anything further left was written by the client and is ignored.
 */
import { isIP } from "node:net";

/** The header the app's middleware reads the client address from, on Workers and on Node alike. */
export const CLIENT_IP_HEADER = "cf-connecting-ip";

/**
 * `TRUST_PROXY`: unset, "", "0", "false" → 0 (no proxy: the socket's peer is the client);
 * "1", "true" → 1 (one reverse proxy, e.g. nginx or Caddy); "2" … → that many proxies in a chain.
 */
export function parseTrustProxy(value: string | undefined): number {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "0" || text === "false" || text === "no") return 0;
  if (text === "true" || text === "yes") return 1;
  const hops = Number(text);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`TRUST_PROXY must be 0, 1 (one reverse proxy) or the number of proxies in front, not "${value}"`);
  return hops;
}

/** `::ffff:203.0.113.7` → `203.0.113.7`; `[2001:db8::1]:443` or `203.0.113.7:51234` → the address; else null. */
export function normalizeAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(text)) text = text.slice(7);
  return isIP(text) ? text.toLowerCase() : null;
}

/**
 * The client's address. `peer` is the socket's remote address; `forwardedFor` the X-Forwarded-For header
 * as received (several headers joined with ", "); `trustedProxies` from `parseTrustProxy`.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined, trustedProxies: number): string {
  const socket = normalizeAddress(peer) ?? "unknown";
  if (trustedProxies <= 0 || !forwardedFor) return socket;
  // The chain as the last proxy passed it on: X-Forwarded-For, then the peer that connected to us.
  const chain = [...forwardedFor.split(",").map((part) => part.trim()).filter(Boolean), socket];
  const position = chain.length - 1 - trustedProxies;
  // Fewer entries than trusted proxies: the leftmost is the best we know (it was added by a trusted proxy).
  const candidate = chain[Math.max(0, position)];
  return normalizeAddress(candidate) ?? socket;
}
