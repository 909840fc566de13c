/**
 * Rate limits shared by several Node processes (or machines) through Redis, when `REDIS_URL` is set: the
 * same sliding window as the in-memory limiter (src/middleware/rate-limit.ts), kept in one sorted set per
 * client, updated atomically by one Lua script, timed by Redis's own clock so that the processes' clocks
 * need not agree. Every process behind the proxy then enforces one limit together.
 *
 * Redis never sees a client's address or key prefix: its key is `shuhan:rl:<policy>:` + a SHA-256 of the
 * limiter key, and each set expires with its window. When Redis cannot be reached the limiter throws
 * (RedisUnavailableError) and the middleware lets the request through and logs it without request data,
 * as it does when the Workers binding fails.
 */
import { createHash, randomUUID } from "node:crypto";
import type { CountingRateLimiter, LimitOutcome, LimitPolicy } from "../middleware/rate-limit";
import { RedisClient, RedisReplyError } from "./redis";

/**
 * KEYS[1] the client's set; ARGV: window in ms, limit, a unique member. Drops entries older than the
 * window, admits the request if fewer than `limit` remain, and answers {admitted, remaining, ms until
 * the oldest entry leaves the window}. Rejected requests are not recorded.
 */
export const SLIDING_WINDOW_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local admitted = 0
if count < limit then
  redis.call('ZADD', KEYS[1], now, now .. '-' .. ARGV[3])
  count = count + 1
  admitted = 1
end
redis.call('PEXPIRE', KEYS[1], window)
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local reset = window
if oldest[2] then reset = tonumber(oldest[2]) + window - now end
return {admitted, limit - count, reset}
`;

const SCRIPT_SHA = createHash("sha1").update(SLIDING_WINDOW_SCRIPT).digest("hex");

export class RedisRateLimiter implements CountingRateLimiter {
  constructor(
    private readonly redis: RedisClient,
    readonly policy: LimitPolicy,
    /** Names the policy in Redis keys, so two policies never share a set. */
    private readonly name: string,
  ) {}

  async limit({ key }: { key: string }): Promise<LimitOutcome> {
    const redisKey = `shuhan:rl:${this.name}:${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
    const args = [1, redisKey, this.policy.period * 1000, this.policy.limit, randomUUID()];
    let reply;
    try {
      reply = await this.redis.command(["EVALSHA", SCRIPT_SHA, ...args]);
    } catch (error) {
      if (!(error instanceof RedisReplyError && error.message.startsWith("NOSCRIPT"))) throw error;
      reply = await this.redis.command(["EVAL", SLIDING_WINDOW_SCRIPT, ...args]);
    }
    const [admitted, remaining, resetMs] = reply as number[];
    return { success: admitted === 1, remaining: Math.max(0, remaining), reset: Math.max(1, Math.ceil(resetMs / 1000)) };
  }
}
