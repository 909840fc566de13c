/**
 * What the browser tests measure on every page of a borrower's journey, and the journey itself:
 *
 * - interactions: every click and every field filled, counted by the `Borrower` who performs them;
 * - height at 360 × 740 (at most two screens), horizontal overflow (none);
 * - weight: the page's HTML, stylesheet and script as gzip would send them (each page under 30 KB);
 * - axe-core (from npm, injected) with 0 violations — with the page's script running, and on the page as a
 *   browser without JavaScript shows it (the same HTML, loaded with /form.js blocked: axe needs script itself).
 *
 * The journeys are written as a borrower acts: by the words on the page (labels, buttons, links).
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import type { Browser, Download, Locator, Page, Response } from "playwright-core";

const AXE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

export const PHONE = { width: 360, height: 740 };

export interface PageReport {
  name: string;
  js: boolean;
  url: string;
  height: number;
  screens: number;
  overflow: number;
  /** gzip bytes: the HTML, and with the stylesheet and (when it runs) the script. */
  htmlGzip: number;
  totalGzip: number;
  violations: string[];
}

/** Counts what a borrower does: every click, every field filled or box ticked. */
export class Borrower {
  interactions = 0;
  readonly log: string[] = [];
  constructor(readonly page: Page) {}

  private count(what: string) {
    this.interactions++;
    this.log.push(what);
  }
  async click(target: Locator, what: string) {
    this.count(`click ${what}`);
    await target.click();
  }
  async fill(target: Locator, value: string, what: string) {
    this.count(`fill ${what}`);
    await target.fill(value);
  }
  async check(target: Locator, what: string) {
    this.count(`tick ${what}`);
    await target.check();
  }
  /** A click that starts a download; resolves to it. */
  async download(target: Locator, what: string): Promise<Download> {
    this.count(`click ${what}`);
    const [download] = await Promise.all([this.page.waitForEvent("download"), target.click()]);
    return download;
  }
}

/** Measures pages as they come: the last document response of the page is the one measured. */
export class Meter {
  readonly reports: PageReport[] = [];
  private last?: Response;
  private assets = new Map<string, number>();

  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly baseUrl: string,
    private readonly js: boolean,
  ) {
    page.on("response", (response) => {
      if (response.request().resourceType() === "document" && response.frame() === page.mainFrame()) this.last = response;
    });
  }

  private async assetGzip(path: string): Promise<number> {
    if (!this.assets.has(path)) {
      const res = await fetch(`${this.baseUrl}${path}`);
      this.assets.set(path, gzipSync(new Uint8Array(await res.arrayBuffer())).byteLength);
    }
    return this.assets.get(path)!;
  }

  /** Axe on the page as it is now (script running) or as a browser without JavaScript shows it. */
  private async axe(html: string): Promise<string[]> {
    const run = async (page: Page) => {
      await page.evaluate(AXE);
      const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run());
      return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    };
    if (this.js) return run(this.page);
    // The no-JS DOM is the server's HTML: load it in a page whose own script is blocked, so only axe runs.
    const context = await this.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    try {
      const page = await context.newPage();
      await page.route("**/form.js*", (route) => route.abort());
      await page.goto(`${this.baseUrl}/healthz`);
      await page.setContent(html, { waitUntil: "load" });
      return await run(page);
    } finally {
      await context.close();
    }
  }

  async measure(name: string): Promise<PageReport> {
    await this.page.waitForLoadState("load");
    const response = this.last!;
    const body = await response.body();
    const html = body.toString("utf8");
    const dims = await this.page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    const scripted = this.js && /<script src="\/form\.js/.test(html);
    const css = /href="(\/form\.css[^"]*)"/.exec(html)?.[1];
    const script = /src="(\/form\.js[^"]*)"/.exec(html)?.[1];
    const htmlGzip = gzipSync(body).byteLength;
    const totalGzip = htmlGzip + (css ? await this.assetGzip(css) : 0) + (scripted && script ? await this.assetGzip(script) : 0);
    const report: PageReport = {
      name,
      js: this.js,
      url: this.page.url().replace(this.baseUrl, ""),
      height: dims.height,
      screens: Math.round((dims.height / PHONE.height) * 100) / 100,
      overflow: Math.max(0, dims.width - dims.viewport),
      htmlGzip,
      totalGzip,
      violations: await this.axe(html),
    };
    this.reports.push(report);
    return report;
  }
}

/** A calendar date `days` from today (UTC; far enough from midnight in Shanghai for these tests). */
export function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const next = (page: Page) => page.getByRole("button", { name: /^下一步/ });

/**
 * The measured journey: a frightened first-time borrower with one 借呗 debt, from the start page to the
 * downloaded installment request, giving what a real case needs (name, phone, amount owed, since when,
 * why, in their own words, and three budget lines) and accepting the plan proposed from the budget.
 * `measure` is called on every page; resolves to the download (or undefined when `download` is false).
 */
export async function installmentJourney(
  borrower: Borrower,
  measure: (name: string) => Promise<unknown>,
  options: { baseUrl: string; download: "review" | "done" | false },
): Promise<Download | undefined> {
  const page = borrower.page;
  await page.goto(`${options.baseUrl}/`);
  await measure("start");
  await borrower.check(page.getByLabel("每月还不上，想分期慢慢还"), "situation 每月还不上");
  await borrower.click(page.getByRole("button", { name: "看看该写哪封信" }), "看看该写哪封信");
  await page.waitForURL(/\?s=cannot-pay/);
  await measure("start: recommendations");
  await borrower.click(page.getByRole("region", { name: /建议你写这些信/ }).getByRole("link", { name: "个性化分期还款申请书" }), "the recommended letter");
  await page.waitForURL(/\/form\/installment-request/);

  await measure("1 你的信息");
  await borrower.fill(page.getByLabel("姓名"), "王小明", "姓名");
  await borrower.fill(page.getByLabel("手机号码"), "13812345678", "手机号码");
  await borrower.click(next(page), "下一步");

  await page.getByRole("heading", { name: "欠哪家，欠多少", level: 1 }).waitFor();
  await measure("2 欠哪家，欠多少");
  await borrower.click(page.getByRole("button", { name: "借呗" }), "借呗");
  await borrower.fill(page.getByLabel("本金（元）"), "18000", "本金");
  await borrower.fill(page.getByLabel("开始逾期的日期"), isoDate(-100), "开始逾期的日期");
  await borrower.click(next(page), "下一步");

  await page.getByRole("heading", { name: "为什么还不上", level: 1 }).waitFor();
  await measure("3 为什么还不上");
  await borrower.check(page.getByLabel("失业", { exact: true }), "失业");
  await borrower.fill(page.getByLabel("用自己的话说明情况"), "2026年8月公司裁员，至今在找工作。", "说明情况");
  await borrower.click(next(page), "下一步");

  await page.getByRole("heading", { name: "每月收支（可不填）", level: 1 }).waitFor();
  await measure("4 每月收支");
  await borrower.fill(page.getByLabel("工资（元）"), "4000", "工资");
  await borrower.fill(page.getByLabel("房租或房贷（元）"), "1500", "房租");
  await borrower.fill(page.getByLabel("伙食（元）"), "1200", "伙食");
  await borrower.click(next(page), "下一步");

  await page.getByRole("heading", { name: "打算怎么还", level: 1 }).waitFor();
  await measure("5 打算怎么还");
  await borrower.click(next(page), "下一步：检查（the proposed plan accepted）");

  await page.getByRole("heading", { name: "检查填写的内容", level: 1 }).waitFor();
  await measure("检查填写的内容");
  if (options.download === "review") {
    const download = await borrower.download(page.getByRole("button", { name: "生成信函" }), "生成信函");
    await page.getByRole("heading", { name: "信写好了", level: 1 }).waitFor();
    await measure("信写好了");
    return download;
  }
  await borrower.click(page.getByRole("button", { name: "生成信函" }), "生成信函");
  await page.getByRole("heading", { name: "信写好了", level: 1 }).waitFor();
  await measure("信写好了");
  if (options.download === "done") return borrower.download(page.getByRole("button", { name: "下载 PDF" }), "下载 PDF");
  return undefined;
}
