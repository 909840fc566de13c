/**
 * What the Node server does with connections, seen from the client's side of a real socket: a stop that
 * cuts nothing in flight, a 413 before the body arrived that closes its connection cleanly, and a client
 * that gives up mid-upload, which is not an error.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Hono } from "hono";
import { createApp } from "../../src/app";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { setLogSink } from "../../src/log";
import { startServer, type FetchApp, type RunningServer } from "../../src/node/server";
import { FIXED_NOW } from "../helpers/app";

const BIG = 5 * 1024 * 1024;

const once = <T = void>(emitter: NodeJS.EventEmitter, event: string) => new Promise<T>((resolve) => emitter.once(event, resolve as never));

/** Reads one HTTP/1.1 response with a Content-Length off a raw socket. */
function readResponse(socket: Socket): Promise<{ head: string; body: string }> {
  return new Promise((resolve) => {
    let data = "";
    const onData = (chunk: Buffer) => {
      data += chunk.toString("latin1");
      const end = data.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(data.slice(0, end))?.[1] ?? 0);
      if (data.length >= end + 4 + length) {
        socket.off("data", onData);
        resolve({ head: data.slice(0, end), body: data.slice(end + 4, end + 4 + length) });
      }
    };
    socket.on("data", onData);
  });
}

let running: RunningServer | undefined;
let restoreLog: (() => void) | undefined;
afterEach(async () => {
  restoreLog?.();
  vi.restoreAllMocks();
  await running?.close(100);
  running = undefined;
});

describe("stopping the Node server (SIGTERM)", () => {
  it("lets a 5 MB answer that is still flushing to a slow reader finish, closes idle connections, refuses new ones", async () => {
    const payload = new Uint8Array(BIG).fill(0x61);
    const app = new Hono().get("/big", (c) => c.body(payload, 200, { "content-type": "application/octet-stream" })).get("/small", (c) => c.text("ok"));
    running = await startServer({ port: 0, app, env: {} });
    const { port } = running;

    // An idle keep-alive connection: one request answered, the socket left open.
    const idle = connect(port, "127.0.0.1");
    await once(idle, "connect");
    idle.write("GET /small HTTP/1.1\r\nHost: x\r\n\r\n");
    expect((await readResponse(idle)).body).toBe("ok");
    const idleClosed = once(idle, "close");

    // A big answer the client does not read yet: most of it waits in the server's buffers.
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      httpRequest({ port, host: "127.0.0.1", path: "/big", agent: false }, resolve).on("error", reject).end(),
    );
    response.pause();

    const stopped = running.close(60_000);
    let stoppedYet = false;
    void stopped.then(() => (stoppedYet = true));
    await idleClosed;

    const refused = await new Promise<string>((resolve) => {
      const late = connect(port, "127.0.0.1");
      late.once("connect", () => (late.destroy(), resolve("accepted")));
      late.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(refused).toBe("ECONNREFUSED");
    expect(stoppedYet).toBe(false);

    let received = 0;
    let aborted = false;
    response.on("data", (chunk: Buffer) => (received += chunk.byteLength));
    response.on("aborted", () => (aborted = true));
    response.resume();
    await once(response, "end");
    expect(aborted).toBe(false);
    expect(received).toBe(BIG);
    await stopped;
    running = undefined;
  });
});

describe("an answer sent before the request body arrived whole", () => {
  it("a chunked upload past 64 KB gets its 413 with Connection: close, then a clean close (no reset), and the next request works", async () => {
    running = await startServer({ port: 0, env: {}, now: () => FIXED_NOW });
    const socket = connect(running.port, "127.0.0.1");
    await once(socket, "connect");
    let error: Error | undefined;
    socket.on("error", (e) => (error = e));
    socket.write("POST /v1/letters/installment-request HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const chunk = `${(8192).toString(16)}\r\n${"a".repeat(8192)}\r\n`;
    // Keep uploading, as a naive client does, until the server has closed its side; then a few chunks more.
    let serverEnded = false;
    socket.once("end", () => (serverEnded = true));
    const answer = readResponse(socket);
    await new Promise<void>((resolve) => {
      const pump = () => {
        if (serverEnded) return resolve();
        socket.write(chunk, () => setImmediate(pump));
      };
      pump();
    });
    const { head } = await answer;
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    for (let i = 0; i < 4; i++) socket.write(chunk);
    socket.end("0\r\n\r\n");
    const hadError = await once<boolean>(socket, "close");
    expect(error).toBeUndefined();
    expect(hadError).toBe(false);

    const next = await fetch(`${running.url}/healthz`);
    expect(next.status).toBe(200);
  });

  it("a chunked body past 64 KB sent whole at once gets its 413 with Connection: close too, and the server closes cleanly", async () => {
    // The adapter used to keep this connection alive, then cut it 500 ms later, failing the next request on it.
    running = await startServer({ port: 0, env: {}, now: () => FIXED_NOW });
    const socket = connect(running.port, "127.0.0.1");
    await once(socket, "connect");
    let error: Error | undefined;
    socket.on("error", (e) => (error = e));
    const chunk = `${(8192).toString(16)}\r\n${"a".repeat(8192)}\r\n`;
    socket.write(
      "POST /v1/letters/installment-request HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
        chunk.repeat(12) +
        "0\r\n\r\n",
    );
    const { head } = await readResponse(socket);
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    await once(socket, "end");
    socket.end();
    expect(await once<boolean>(socket, "close")).toBe(false);
    expect(error).toBeUndefined();
  });

  it("a body that arrived whole keeps its connection alive", async () => {
    running = await startServer({ port: 0, env: {}, now: () => FIXED_NOW });
    const socket = connect(running.port, "127.0.0.1");
    await once(socket, "connect");
    socket.write("POST /v1/letters/installment-request HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi");
    const first = await readResponse(socket);
    expect(first.head).toMatch(/^HTTP\/1\.1 415 /);
    expect(first.head).not.toMatch(/connection: close/i);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    expect((await readResponse(socket)).head).toMatch(/^HTTP\/1\.1 200 /);
    socket.destroy();
  });
});

describe("a client that closes the connection mid-upload", () => {
  it("is not an error: no log line, no 500", async () => {
    const lines: string[] = [];
    restoreLog = setLogSink((line) => lines.push(line));
    const consoleError = vi.spyOn(console, "error");
    const real = createApp({ fontLoader: () => nodeFontLoader, now: () => FIXED_NOW });
    let answered!: (status: number) => void;
    const status = new Promise<number>((resolve) => (answered = resolve));
    const app: FetchApp = {
      fetch: async (request, env) => {
        const res = await real.fetch(request, env as never);
        answered(res.status);
        return res;
      },
    };
    running = await startServer({ port: 0, app, env: {} });
    const socket = connect(running.port, "127.0.0.1");
    await once(socket, "connect");
    socket.write("POST /v1/letters/installment-request HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
    socket.write('{"borrower":{"name":"张三","idNumber":"11010519491231002X"', () => setImmediate(() => socket.destroy()));
    expect(await status).toBeLessThan(500);
    expect(lines).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
