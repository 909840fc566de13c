import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import installmentRequest from "../../src/letters/installment-request";
import { clientAddress, normalizeAddress, parseTrustProxy } from "../../src/node/client-ip";
import { bindingsFromEnv, startServer, type RunningServer } from "../../src/node/server";
import { FIXED_NOW } from "../helpers/app";
import { pdfToText } from "../helpers/pdf-tools";
import { tenCreditorBatch } from "../batches/fixtures";

const ROOT = new URL("../..", import.meta.url).pathname;
const flat = (text: string) => text.replace(/\s+/g, "");

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("the Node server (in-process, random loopback port)", () => {
  let running: RunningServer;

  beforeAll(async () => {
    running = await startServer({ port: 0, hostname: "127.0.0.1", now: () => FIXED_NOW, env: {} });
  });
  afterAll(() => running?.close(1000));

  it("listens on loopback and answers /healthz", async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${running.url}/healthz`);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it("renders a letter with fonts read from disk: the PDF's text is right", async () => {
    const res = await post(`${running.url}/v1/letters/installment-request`, installmentRequest.example);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const text = flat(pdfToText(new Uint8Array(await res.arrayBuffer())));
    expect(text.startsWith("个性化分期还款申请书")).toBe(true);
    expect(text).toContain("招商银行信用卡中心");
    expect(text).toContain("¥50,034.56");
    expect(text).toContain("张三");
  });

  it("renders a batch", async () => {
    const res = await post(`${running.url}/v1/batches`, tenCreditorBatch(), { accept: "application/pdf" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-shuhan-letter-count")).toBe("10");
  });

  it("answers problems as problem+json", async () => {
    const res = await post(`${running.url}/v1/letters/installment-request`, { borrower: {} });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
});

describe("the Node server: the client address the rate limiter sees", () => {
  const echo = new Hono().get("/ip", (c) => c.text(c.req.header("cf-connecting-ip") ?? "none"));

  async function seen(trustedProxies: number, headers: Record<string, string>) {
    const running = await startServer({ port: 0, app: echo, trustedProxies, env: {} });
    try {
      return await (await fetch(`${running.url}/ip`, { headers })).text();
    } finally {
      await running.close(1000);
    }
  }

  it("without TRUST_PROXY: the socket's peer, whatever the client claims", async () => {
    expect(await seen(0, { "cf-connecting-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2" })).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY=1: the address the proxy appended, never one the client wrote further left", async () => {
    expect(await seen(1, { "x-forwarded-for": "198.51.100.66, 203.0.113.9", "cf-connecting-ip": "198.51.100.1" })).toBe("203.0.113.9");
    expect(await seen(1, {})).toBe("127.0.0.1");
  });

  it("picks the right hop in a chain and ignores garbage", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "203.0.113.9, 10.0.0.1", 1)).toBe("10.0.0.1");
    expect(clientAddress("::ffff:10.0.0.2", "not-an-ip", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "[2001:db8::1]:4711", 1)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.2", "203.0.113.9:51234", 1)).toBe("203.0.113.9");
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });

  it("reads TRUST_PROXY strictly", () => {
    expect([undefined, "", "0", "false", "1", "true", "2"].map(parseTrustProxy)).toEqual([0, 0, 0, 0, 1, 1, 2]);
    expect(() => parseTrustProxy("yes please")).toThrow(/TRUST_PROXY/);
  });
});

describe("the Node server: configuration from the environment", () => {
  it("passes only the app's variables as bindings", () => {
    expect(bindingsFromEnv({ API_KEY_HASHES: "x", CORS_ORIGINS: "*", PATH: "/bin", HOME: "/root" })).toEqual({
      API_KEY_HASHES: "x",
      CORS_ORIGINS: "*",
    });
  });

  it("enforces API keys from API_KEY_HASHES, as on Cloudflare", async () => {
    const key = "test-key-for-node-server-0123456789";
    const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key))).toString("hex");
    const running = await startServer({ port: 0, env: { API_KEY_HASHES: digest }, now: () => FIXED_NOW });
    try {
      const without = await fetch(`${running.url}/v1/letters`);
      expect(without.status).toBe(401);
      const withKey = await fetch(`${running.url}/v1/letters`, { headers: { authorization: `Bearer ${key}` } });
      expect(withKey.status).toBe(200);
    } finally {
      await running.close(1000);
    }
  });
});

describe("npm run serve (src/node/main.ts as a process)", () => {
  function start(env: Record<string, string>): { child: ChildProcess; output: () => string; listening: Promise<string> } {
    // What `npm run serve` runs (without its template precompile, which the test run has done already).
    const child = spawn(process.execPath, ["--import", "tsx", "src/node/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const listening = new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
        if (match) resolve(match[1]);
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    return { child, output: () => out, listening };
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

  it("serves, and on SIGTERM finishes the request in flight before it exits 0", async () => {
    const { child, output, listening } = start({});
    try {
      const url = await listening;
      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify(installmentRequest.example);
      const half = Math.floor(body.length / 2);
      const response = new Promise<{ status: number; text: string; connection?: string }>((resolve, reject) => {
        const req = httpRequest(`${url}/v1/letters/installment-request?format=text`, {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        });
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text, connection: res.headers.connection }));
        });
        req.on("error", reject);
        req.write(body.slice(0, half));
        setTimeout(() => {
          child.kill("SIGTERM");
          setTimeout(() => req.end(body.slice(half)), 200);
        }, 200);
      });
      const { status, text, connection } = await response;
      expect(status).toBe(200);
      // The answer tells the client not to send another request on this connection: the server is stopping.
      expect(connection).toBe("close");
      expect(text).toContain("招商银行信用卡中心");
      expect(await exited(child)).toBe(0);
      expect(output()).toMatch(/SIGTERM, finishing requests in flight/);
      expect(output()).toMatch(/stopped/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("refuses a TRUST_PROXY it cannot read, with exit code 1", async () => {
    const { child, listening } = start({ TRUST_PROXY: "maybe" });
    await expect(listening).rejects.toThrow(/TRUST_PROXY/);
    expect(await exited(child)).toBe(1);
  });
});
