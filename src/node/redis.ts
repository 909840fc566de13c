/**
 * A small Redis client for what the Node server needs (shared rate limits): one connection, RESP2 commands
 * and replies, `redis://[user:password@]host[:port][/db]` and `rediss://` (TLS) URLs.
 *
 * Why not a package: the server needs five commands on one connection, and a client that fails fast. When
 * Redis is down the limiter must let requests through at once (as the Workers binding does when it
 * fails), not queue them behind reconnect loops: a command fails if no connection comes within
 * `connectTimeoutMs` or no reply within `commandTimeoutMs`, and after a failure new commands fail at once
 * for `retryDelayMs`, then one tries to connect again. Nothing here logs; callers decide what to say.
 */
import { connect as connectTcp, type Socket } from "node:net";
import { connect as connectTls } from "node:tls";

export type RespValue = string | number | null | RespValue[] | RedisReplyError;

/** An error reply (`-ERR …`, `-NOSCRIPT …`): Redis answered, the command failed. */
export class RedisReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RedisReplyError";
  }
}

/** Redis could not be reached, or did not answer in time. */
export class RedisUnavailableError extends Error {
  constructor(reason: string) {
    super(`redis unavailable: ${reason}`);
    this.name = "RedisUnavailableError";
  }
}

export interface RedisOptions {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** After a failure, how long commands fail at once before the next attempt to connect. */
  retryDelayMs?: number;
}

interface Pending {
  resolve(value: RespValue): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Encodes a command as a RESP array of bulk strings. */
export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(String(arg), "utf8");
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

/**
 * Parses one reply from `buffer` at `offset`: the value and where the next reply starts, or undefined
 * when the buffer does not hold a whole reply yet.
 */
export function parseReply(buffer: Buffer, offset = 0): { value: RespValue; next: number } | undefined {
  const lineEnd = buffer.indexOf("\r\n", offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[offset]);
  const line = buffer.toString("utf8", offset + 1, lineEnd);
  const after = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: line, next: after };
    case "-":
      return { value: new RedisReplyError(line), next: after };
    case ":":
      return { value: Number(line), next: after };
    case "$": {
      const length = Number(line);
      if (length < 0) return { value: null, next: after };
      if (buffer.length < after + length + 2) return undefined;
      return { value: buffer.toString("utf8", after, after + length), next: after + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: null, next: after };
      const items: RespValue[] = [];
      let next = after;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new RedisReplyError(`unexpected reply type ${JSON.stringify(type)}`);
  }
}

interface Target {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  db?: number;
}

/** Reads a redis:// or rediss:// URL; throws on anything else (the server refuses to start). */
export function parseRedisUrl(value: string): Target {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("REDIS_URL must be a redis:// or rediss:// URL");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") throw new Error("REDIS_URL must be a redis:// or rediss:// URL");
  const db = url.pathname.replace(/^\//, "");
  if (db && !/^\d+$/.test(db)) throw new Error("REDIS_URL's path must be a database number, e.g. redis://127.0.0.1:6379/0");
  return {
    host: url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: url.port ? Number(url.port) : 6379,
    tls: url.protocol === "rediss:",
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: db ? Number(db) : undefined,
  };
}

export class RedisClient {
  private readonly target: Target;
  private readonly connectTimeoutMs: number;
  private readonly commandTimeoutMs: number;
  private readonly retryDelayMs: number;
  private socket: Socket | undefined;
  private ready: Promise<Socket> | undefined;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failedAt = -Infinity;
  private closed = false;

  constructor(url: string, options: RedisOptions = {}) {
    this.target = parseRedisUrl(url);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 500;
    this.commandTimeoutMs = options.commandTimeoutMs ?? 500;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
  }

  /** Sends one command; resolves with its reply, rejects with RedisReplyError or RedisUnavailableError. */
  async command(args: readonly (string | number)[]): Promise<RespValue> {
    const socket = await this.connection();
    return this.send(socket, args);
  }

  /** Closes the connection; later commands fail. */
  close(): void {
    this.closed = true;
    this.drop(new RedisUnavailableError("client closed"));
  }

  private connection(): Promise<Socket> {
    if (this.closed) return Promise.reject(new RedisUnavailableError("client closed"));
    if (this.ready) return this.ready;
    if (Date.now() - this.failedAt < this.retryDelayMs) return Promise.reject(new RedisUnavailableError("failed recently"));
    this.ready = this.open().catch((error: Error) => {
      this.fail(error);
      throw error instanceof RedisReplyError ? error : new RedisUnavailableError(error.message);
    });
    return this.ready;
  }

  private async open(): Promise<Socket> {
    const { host, port, tls } = this.target;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = tls ? connectTls({ host, port, servername: host }) : connectTcp({ host, port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error("connect timeout"));
      }, this.connectTimeoutMs);
      s.once(tls ? "secureConnect" : "connect", () => {
        clearTimeout(timer);
        s.off("error", onError);
        resolve(s);
      });
      const onError = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      s.once("error", onError);
    });
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("connection closed")));
    this.socket = socket;
    const { username, password, db } = this.target;
    if (password) this.check(await this.send(socket, username ? ["AUTH", username, password] : ["AUTH", password]));
    if (db !== undefined) this.check(await this.send(socket, ["SELECT", db]));
    return socket;
  }

  private check(reply: RespValue): void {
    if (reply instanceof RedisReplyError) throw reply;
  }

  private send(socket: Socket, args: readonly (string | number)[]): Promise<RespValue> {
    return new Promise<RespValue>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error("reply timeout")), this.commandTimeoutMs);
      this.pending.push({ resolve, reject, timer });
      socket.write(encodeCommand(args));
    }).then((reply) => {
      if (reply instanceof RedisReplyError) throw reply;
      return reply;
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    for (;;) {
      let parsed;
      try {
        parsed = parseReply(this.buffer, offset);
      } catch (error) {
        this.fail(error as Error);
        return;
      }
      if (!parsed) break;
      offset = parsed.next;
      const waiter = this.pending.shift();
      if (!waiter) continue;
      clearTimeout(waiter.timer);
      waiter.resolve(parsed.value);
    }
    this.buffer = offset >= this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
  }

  /** A broken connection: every waiting command fails, the next command waits `retryDelayMs`, then reconnects. */
  private fail(error: Error): void {
    if (!this.socket && !this.ready && !this.pending.length) return;
    this.failedAt = Date.now();
    this.drop(new RedisUnavailableError(error.message));
  }

  private drop(error: Error): void {
    const socket = this.socket;
    this.socket = undefined;
    this.ready = undefined;
    this.buffer = Buffer.alloc(0);
    socket?.removeAllListeners("data");
    socket?.destroy();
    for (const waiter of this.pending.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }
}
