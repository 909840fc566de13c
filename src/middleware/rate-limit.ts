/**
 * Rate limits for /v1/* (and the web form's POSTs): per API key, and per client IP for requests without one,
 * announced to clients in the `RateLimit-Policy` and `RateLimit` fields of the IETF httpapi draft
 * (draft-ietf-httpapi-ratelimit-headers, Structured Fields, RFC 9651):
 *
 *   RateLimit-Policy: "key";q=120;w=60      the policy: 120 requests in any 60 seconds, per API key
 *   RateLimit: "key";r=119;t=60             what is left: 119 more now; t seconds until one more frees up
 *
 * Where the counters live:
 * - On Cloudflare, the Workers Rate Limiting bindings `RATE_LIMITER` and `IP_RATE_LIMITER` (wrangler.toml
 *   [[ratelimits]], counted per Cloudflare location). A binding answers only success or failure, so the
 *   service sends the policy, and `r=0` on a 429 — nothing it does not know.
 * - On Node with `REDIS_URL`, a sliding window in Redis shared by every process (src/node/redis-rate-limiter.ts).
 * - Otherwise (Node, one process), `MemoryRateLimiter`: a sliding window in this process's memory.
 * Both sliding windows keep the time of each admitted request, so no 60-second span ever admits more than
 * the limit (a fixed window admits twice the limit across a window's edge).
 *
 * The limiter key of an authenticated request is `key:` + the first 16 hex digits of the key's SHA-256 (never
 * the key); otherwise `ip:` + `cf-connecting-ip`, which Cloudflare sets on every request (and the Node server
 * sets from the socket or a trusted proxy). A request with neither is not limited: no other header is trusted
 * for the client's address. A loopback address counts like any other.
 *
 * Past the limit: 429 problem+json with `Retry-After` in seconds (RFC 9110 §10.2.3). A limiter that fails
 * (the binding, Redis) lets the request through, and says so in the log without request data.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv, Bindings, RateLimitBinding } from "../env";
import { ShuhanError } from "../errors";
import { errorSummary, log, requestLogContext } from "../log";

export interface LimitPolicy {
  /** Requests allowed in any span of `period` seconds. */
  limit: number;
  /** Window length in seconds (the binding accepts 10 or 60). */
  period: number;
}

/** The same numbers as wrangler.toml (the bindings' own), for the headers and the Node limiters. */
export const KEY_POLICY: LimitPolicy = { limit: 120, period: 60 };
export const IP_POLICY: LimitPolicy = { limit: 60, period: 60 };

/** What a counting limiter knows after counting a request; a binding knows `success` only. */
export interface LimitOutcome {
  success: boolean;
  /** Requests still allowed now. */
  remaining?: number;
  /** Whole seconds until one more request is allowed (at least 1). */
  reset?: number;
}

/** A limiter that knows its policy and what is left: in memory, or Redis. */
export interface CountingRateLimiter extends RateLimitBinding {
  readonly policy: LimitPolicy;
  limit(options: { key: string }): Promise<LimitOutcome>;
}

/** A sliding window per key in this process's memory: the time of each admitted request in the window. */
export class MemoryRateLimiter implements CountingRateLimiter {
  private readonly admitted = new Map<string, number[]>();

  constructor(
    readonly policy: LimitPolicy,
    private readonly now: () => number = Date.now,
    /** Past this many keys, keys with nothing left in their window are swept, so the map stays bounded. */
    private readonly sweepAbove = 10_000,
  ) {}

  async limit({ key }: { key: string }): Promise<LimitOutcome> {
    const now = this.now();
    const periodMs = this.policy.period * 1000;
    let times = this.admitted.get(key);
    if (!times) {
      if (this.admitted.size >= this.sweepAbove) this.sweep(now);
      times = [];
      this.admitted.set(key, times);
    }
    // Times are in order: drop those that left the window (a request at now - period is out).
    let expired = 0;
    while (expired < times.length && times[expired] <= now - periodMs) expired++;
    if (expired) times.splice(0, expired);
    const success = times.length < this.policy.limit;
    if (success) times.push(now);
    const reset = Math.max(1, Math.ceil((times[0] + periodMs - now) / 1000));
    return { success, remaining: this.policy.limit - times.length, reset };
  }

  /** How many keys it holds (tests). */
  get size(): number {
    return this.admitted.size;
  }

  private sweep(now: number): void {
    const periodMs = this.policy.period * 1000;
    for (const [key, times] of this.admitted) if (!times.length || times[times.length - 1] <= now - periodMs) this.admitted.delete(key);
  }
}

export interface RateLimitOptions {
  /** Policies when a binding is absent, and the ones announced for the bindings (default: KEY_POLICY, IP_POLICY). */
  keyPolicy?: LimitPolicy;
  ipPolicy?: LimitPolicy;
  /** Seconds to announce in Retry-After when a binding refuses (default: the binding's period, 60 s). */
  bindingRetryAfter?: number;
  /** Which requests count (default: all that reach the middleware). */
  applies?: (c: Context<AppEnv>) => boolean;
  /** Use only the per-IP limiter (the web form has no API keys). */
  ipOnly?: boolean;
  /** Clock for the in-memory fallback (tests). */
  now?: () => number;
}

const tooManyRequests = (retryAfter: number, headers: Record<string, string>) =>
  new ShuhanError({
    status: 429,
    code: "RATE_LIMITED",
    title: { zh: "请求过于频繁", en: "Too many requests" },
    detail: { zh: `请在 ${retryAfter} 秒后重试`, en: `Retry after ${retryAfter} seconds` },
    headers: { ...headers, "retry-after": String(retryAfter) },
  });

/** `"key";q=120;w=60` (a Structured Field list member: a String with Integer parameters). */
export const policyField = (name: string, policy: LimitPolicy) => `"${name}";q=${policy.limit};w=${policy.period}`;

const isCounting = (limiter: RateLimitBinding): limiter is CountingRateLimiter =>
  typeof (limiter as Partial<CountingRateLimiter>).policy === "object";

/** A limiter outage is logged at most once per this many ms per middleware, with how many were let through. */
const OUTAGE_LOG_INTERVAL_MS = 10_000;

/** Counts each request against the key's or the IP's limiter; 429 past the limit; RateLimit fields always. */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const keyPolicy = options.keyPolicy ?? KEY_POLICY;
  const ipPolicy = options.ipPolicy ?? IP_POLICY;
  const fallbackByKey = new MemoryRateLimiter(keyPolicy, options.now);
  const fallbackByIp = new MemoryRateLimiter(ipPolicy, options.now);
  const bindingRetryAfter = options.bindingRetryAfter ?? 60;
  let outage = { loggedAt: -Infinity, unlogged: 0 };

  function choose(env: Bindings, apiKeyId: string | undefined, ip: string | undefined) {
    if (apiKeyId && !options.ipOnly)
      return { name: "key", policy: keyPolicy, limiter: env.RATE_LIMITER ?? fallbackByKey, key: `key:${apiKeyId}` };
    if (ip) return { name: "ip", policy: ipPolicy, limiter: env.IP_RATE_LIMITER ?? fallbackByIp, key: `ip:${ip}` };
    return undefined;
  }

  function logOutage(c: Context, error: unknown): void {
    const now = Date.now();
    if (now - outage.loggedAt < OUTAGE_LOG_INTERVAL_MS) {
      outage.unlogged++;
      return;
    }
    const more = outage.unlogged ? ` (and ${outage.unlogged} more let through since the last line)` : "";
    log("error", `rate limiter failed, request let through${more}: ${errorSummary(error)}`, requestLogContext(c));
    outage = { loggedAt: now, unlogged: 0 };
  }

  return async function limitRequests(c, next) {
    if (options.applies && !options.applies(c)) return next();
    const chosen = choose(c.env ?? {}, c.get("apiKeyId"), c.req.header("cf-connecting-ip")?.trim() || undefined);
    if (!chosen) return next();
    const policy = isCounting(chosen.limiter) ? chosen.limiter.policy : chosen.policy;
    const fields: Record<string, string> = { "ratelimit-policy": policyField(chosen.name, policy) };
    let outcome: LimitOutcome;
    try {
      outcome = await chosen.limiter.limit({ key: chosen.key });
    } catch (error) {
      // A limiter outage must not take the API down: let the request through and say so (no request data).
      logOutage(c, error);
      await next();
      c.res.headers.set("ratelimit-policy", fields["ratelimit-policy"]);
      return;
    }
    if (outcome.remaining !== undefined && outcome.reset !== undefined)
      fields.ratelimit = `"${chosen.name}";r=${outcome.remaining};t=${outcome.reset}`;
    else if (!outcome.success) fields.ratelimit = `"${chosen.name}";r=0`;
    if (!outcome.success) throw tooManyRequests(outcome.reset ?? bindingRetryAfter, fields);
    await next();
    for (const [name, value] of Object.entries(fields)) c.res.headers.set(name, value);
  };
}
