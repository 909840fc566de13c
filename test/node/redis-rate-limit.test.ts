/**
 * Several Node processes behind one proxy share their rate limits through Redis (REDIS_URL): two servers,
 * one Redis, one limit. Redis down: requests are let through and the outage is logged without request data.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/node/server";
import { encodeCommand, parseRedisUrl, parseReply, RedisClient, RedisReplyError } from "../../src/node/redis";
import { setLogSink } from "../../src/log";
import { FIXED_NOW } from "../helpers/app";
import { startRedis, type TestRedis } from "../helpers/redis-server";

describe("two Node servers sharing one Redis", () => {
  let redis: TestRedis;
  let servers: RunningServer[] = [];
  let restoreLog: (() => void) | undefined;

  beforeAll(async () => {
    redis = await startRedis();
    servers = await Promise.all([0, 1].map(() => startServer({ port: 0, env: { REDIS_URL: redis.url }, now: () => FIXED_NOW })));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close(1000)));
    await redis?.stop();
  });
  afterEach(() => restoreLog?.());

  it("enforce one per-IP limit together: 60 a minute across both, then 429 from either", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 60; i++) {
      last = await fetch(`${servers[i % 2].url}/v1/letters`);
      statuses.push(last.status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(last!.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    expect(last!.headers.get("ratelimit")).toMatch(/^"ip";r=0;t=(59|60)$/);
    for (const server of servers) {
      const res = await fetch(`${server.url}/v1/letters`);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(res.headers.get("ratelimit")).toBe(`"ip";r=0;t=${res.headers.get("retry-after")}`);
    }
  });

  it("keep no client address in Redis: keys are hashes", async () => {
    const client = new RedisClient(redis.url);
    try {
      const keys = (await client.command(["KEYS", "*"])) as string[];
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key).toMatch(/^shuhan:rl:(ip|key):[0-9a-f]{32}$/);
      const members = (await client.command(["ZRANGE", keys[0], 0, -1])) as string[];
      expect(members.join()).not.toContain("127.0.0.1");
      expect(Number(await client.command(["PTTL", keys[0]]))).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });

  it("let requests through when Redis is down, and log it without request data", async () => {
    const lines: string[] = [];
    restoreLog = setLogSink((line) => lines.push(line));
    await redis.stop();
    for (const server of servers) {
      const res = await fetch(`${server.url}/v1/letters/installment-request?format=text`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "redis-down-1" },
        body: JSON.stringify({ borrower: { name: "张三", phone: "13800138000" } }),
      });
      expect(res.status).toBe(422); // through the limiter, to validation
      expect(res.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    }
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const line = JSON.parse(lines[0]) as Record<string, string>;
    expect(line).toMatchObject({ level: "error", requestId: "redis-down-1" });
    expect(line.message).toMatch(/rate limiter failed, request let through: RedisUnavailableError/);
    expect(lines.join("\n")).not.toMatch(/张三|13800138000|127\.0\.0\.1/);
  });
});

describe("the RESP client", () => {
  it("encodes commands as arrays of bulk strings (UTF-8 lengths in bytes)", () => {
    expect(encodeCommand(["SET", "k", "书"]).toString()).toBe("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\n书\r\n");
  });

  it("parses every reply type, and waits for a reply that has not arrived whole", () => {
    const wire = Buffer.from("+OK\r\n-NOSCRIPT No matching script\r\n:42\r\n$3\r\n书\r\n$-1\r\n*2\r\n:1\r\n$2\r\nab\r\n");
    const values = [];
    for (let offset = 0, reply; (reply = parseReply(wire, offset)); offset = reply.next) values.push(reply.value);
    expect(values.slice(0, 1)).toEqual(["OK"]);
    expect(values[1]).toBeInstanceOf(RedisReplyError);
    expect(values.slice(2)).toEqual([42, "书", null, [1, "ab"]]);
    expect(parseReply(Buffer.from("*2\r\n:1\r\n$2\r\na"))).toBeUndefined();
  });

  it("reads redis:// and rediss:// URLs, refuses others", () => {
    expect(parseRedisUrl("redis://:p%40ss@cache.internal:6380/2")).toEqual({
      host: "cache.internal",
      port: 6380,
      tls: false,
      username: undefined,
      password: "p@ss",
      db: 2,
    });
    expect(parseRedisUrl("rediss://user:pw@[::1]")).toMatchObject({ host: "::1", port: 6379, tls: true, username: "user" });
    expect(() => parseRedisUrl("http://x")).toThrow(/REDIS_URL/);
    expect(() => parseRedisUrl("redis://x/abc")).toThrow(/database number/);
  });
});
