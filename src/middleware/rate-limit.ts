/**
 * Rate limits for /v1/* (and the web form's POSTs): per API key, and per client IP for requests without one.
 *
 * On Cloudflare the counters are the Workers Rate Limiting bindings `RATE_LIMITER` and `IP_RATE_LIMITER`
 * (wrangler.toml [[ratelimits]]; their limits live there, counted per Cloudflare location). Without a binding
 * (Node self-hosting, or a config that lacks one) an in-memory fixed window with the same interface takes its
 * place: it counts per process, so several processes behind a balancer each allow the full limit.
 *
 * The limiter key of an authenticated request is `key:` + the first 16 hex digits of the key's SHA-256 (never
 * the key); otherwise `ip:` + `cf-connecting-ip`, which Cloudflare sets on every request. A request with
 * neither (no key configured and not through Cloudflare, e.g. local tests) is not limited: no other header is
 * trusted for the client's address, since a client can write any header it likes. A loopback address counts
 * like any other: `wrangler dev` reports 127.0.0.1, so the local runtime shows the same 429 as production
 * (the benchmark sends its requests with an API key, which has the larger per-key limit).
 *
 * Past the limit: 429 problem+json with `Retry-After` in seconds (RFC 9110 §10.2.3). The binding does not say
 * when its window ends, so it answers with the whole period; the in-memory window knows its reset time.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv, Bindings, RateLimitBinding } from "../env";
import { ShuhanError } from "../errors";
import { errorSummary, log, requestLogContext } from "../log";

export interface LimitPolicy {
  /** Requests allowed per period. */
  limit: number;
  /** Window length in seconds (the binding accepts 10 or 60). */
  period: number;
}

/** The same numbers as wrangler.toml, for the in-memory fallback. */
export const KEY_POLICY: LimitPolicy = { limit: 120, period: 60 };
export const IP_POLICY: LimitPolicy = { limit: 60, period: 60 };

/** A fixed-window counter per key, in this process's memory; the Rate Limiting binding's interface. */
export class MemoryRateLimiter implements RateLimitBinding {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly policy: LimitPolicy,
    private readonly now: () => number = Date.now,
    /** Past this many keys, ended windows are swept so the map stays bounded under many clients. */
    private readonly sweepAbove = 10_000,
  ) {}

  async limit({ key }: { key: string }): Promise<{ success: boolean }> {
    const now = this.now();
    const periodMs = this.policy.period * 1000;
    let window = this.windows.get(key);
    if (!window || now - window.start >= periodMs) {
      if (this.windows.size >= this.sweepAbove) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return { success: window.count <= this.policy.limit };
  }

  /** Whole seconds until `key`'s window ends (at least 1). */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    if (!window) return 1;
    const left = window.start + this.policy.period * 1000 - this.now();
    return Math.max(1, Math.ceil(left / 1000));
  }

  private sweep(now: number): void {
    const periodMs = this.policy.period * 1000;
    for (const [key, window] of this.windows) if (now - window.start >= periodMs) this.windows.delete(key);
  }
}

export interface RateLimitOptions {
  /** Fallback policies when a binding is absent (default: KEY_POLICY, IP_POLICY). */
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

const tooManyRequests = (retryAfter: number) =>
  new ShuhanError({
    status: 429,
    code: "RATE_LIMITED",
    title: { zh: "请求过于频繁", en: "Too many requests" },
    detail: { zh: `请在 ${retryAfter} 秒后重试`, en: `Retry after ${retryAfter} seconds` },
    headers: { "retry-after": String(retryAfter) },
  });

/** Counts each request against the key's or the IP's limiter; 429 past the limit. */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const fallbackByKey = new MemoryRateLimiter(options.keyPolicy ?? KEY_POLICY, options.now);
  const fallbackByIp = new MemoryRateLimiter(options.ipPolicy ?? IP_POLICY, options.now);
  const bindingRetryAfter = options.bindingRetryAfter ?? 60;

  function choose(env: Bindings, apiKeyId: string | undefined, ip: string | undefined) {
    if (apiKeyId && !options.ipOnly) return { limiter: env.RATE_LIMITER ?? fallbackByKey, key: `key:${apiKeyId}` };
    if (ip) return { limiter: env.IP_RATE_LIMITER ?? fallbackByIp, key: `ip:${ip}` };
    return undefined;
  }

  return async function limitRequests(c, next) {
    if (options.applies && !options.applies(c)) return next();
    const chosen = choose(c.env ?? {}, c.get("apiKeyId"), c.req.header("cf-connecting-ip")?.trim() || undefined);
    if (!chosen) return next();
    let success: boolean;
    try {
      ({ success } = await chosen.limiter.limit({ key: chosen.key }));
    } catch (error) {
      // A limiter outage must not take the API down: let the request through and say so (no request data).
      log("error", `rate limiter failed: ${errorSummary(error)}`, requestLogContext(c));
      return next();
    }
    if (!success) {
      const limiter = chosen.limiter;
      throw tooManyRequests(limiter instanceof MemoryRateLimiter ? limiter.retryAfter(chosen.key) : bindingRetryAfter);
    }
    return next();
  };
}
