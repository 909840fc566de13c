import { afterEach, describe, expect, it, vi } from "vitest";
import { Hono } from "hono";
import { onError } from "../../src/routes/problem";

describe("an unexpected error", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers a plain 500 problem and logs neither its message nor the request", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    const app = new Hono();
    app.post("/boom", async (c) => {
      const body = await c.req.json();
      throw new TypeError(`cannot use ${body.name} ${body.idNumber}`);
    });
    app.onError(onError);
    const res = await app.request("/boom", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "张三", idNumber: "11010519491231002X" }),
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const text = await res.text();
    expect(text).not.toContain("张三");
    expect(logged.join("\n")).toContain("TypeError");
    expect(logged.join("\n")).not.toMatch(/张三|11010519491231002X/);
  });
});
