/**
 * The borrower's journey in real Chromium against `wrangler dev` (the Workers runtime), at 360 × 740 as on a
 * phone: from the start page's situations to a downloaded letter, with JavaScript, without it, and inside
 * WeChat; every page measured (height, sideways overflow, gzip weight, axe-core with and without the page's
 * script) and photographed under /tmp/shuhan-screens/ for a person to look at, with a report.json of the
 * numbers. The interactions (clicks and fields filled) from the start page to the downloaded installment
 * request for one 借呗 debt are counted.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { pdfToText } from "../helpers/pdf-tools";
import { launchChromium } from "./browser";
import { Borrower, isoDate, Meter, PHONE, installmentJourney, type PageReport } from "./journey";

const baseUrl = inject("baseUrl");
const SCREENS = process.env.SHUHAN_SCREENS_DIR ?? "/tmp/shuhan-screens";
const TWO_SCREENS = PHONE.height * 2;
const MAX_GZIP = 30 * 1024;
const WECHAT =
  "Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN";

let browser: Browser;
const allReports: (PageReport & { journey: string })[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  writeFileSync(`${SCREENS}/report.json`, JSON.stringify(allReports, null, 2));
});

interface Run {
  page: Page;
  context: BrowserContext;
  borrower: Borrower;
  meter: Meter;
  measure: (name: string) => Promise<PageReport>;
}

/** A phone-sized context (its own localStorage), every page measured and photographed; no script errors. */
async function withPhone<T>(journey: string, options: { js?: boolean; userAgent?: string }, fn: (run: Run) => Promise<T>): Promise<T> {
  const js = options.js ?? true;
  const context = await browser.newContext({
    javaScriptEnabled: js,
    locale: "zh-CN",
    viewport: PHONE,
    acceptDownloads: true,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (/status of 422/.test(text)) return; // the inline check's answer, not a fault
    if (message.type() === "error" || /Content Security Policy/i.test(text)) problems.push(text);
  });
  const meter = new Meter(browser, page, baseUrl, js);
  let n = 0;
  const measure = async (name: string) => {
    const report = await meter.measure(name);
    allReports.push({ ...report, journey });
    await page.screenshot({ path: `${SCREENS}/${journey}-${String(n++).padStart(2, "0")}.png`, fullPage: true });
    return report;
  };
  try {
    const result = await fn({ page, context, borrower: new Borrower(page), meter, measure });
    expect(problems, "no script errors, no CSP violations").toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Every page: at most two screens at 360 × 740, nothing sideways, under 30 KB gzip, no axe violation. A page
 * showing mistakes or a warning on top of its step (named 「（有误）」, 「（超出收支）」) may be half a screen longer.
 */
function expectPhoneFriendly(reports: readonly PageReport[]) {
  for (const r of reports) {
    expect(r.violations, `${r.name}: axe`).toEqual([]);
    expect(r.overflow, `${r.name}: horizontal overflow`).toBe(0);
    expect(r.totalGzip, `${r.name}: gzip weight`).toBeLessThan(MAX_GZIP);
    const limit = /（有误）|（超出收支）/.test(r.name) ? TWO_SCREENS + PHONE.height / 2 : TWO_SCREENS;
    expect(r.height, `${r.name}: height at 360 × 740`).toBeLessThanOrEqual(limit);
  }
}

async function pdfText(download: Download): Promise<string> {
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  expect(new TextDecoder("latin1").decode(bytes.subarray(0, 5))).toBe("%PDF-");
  return pdfToText(bytes).replace(/\s+/g, "");
}

const next = (page: Page) => page.getByRole("button", { name: /^下一步/ });

describe("one 借呗 debt, from the start page to the installment request", () => {
  it("with JavaScript: counted interactions, every page phone-friendly, the PDF with what was typed", async () => {
    await withPhone("js", {}, async ({ borrower, measure, page }) => {
      const download = await installmentJourney(borrower, measure, { baseUrl, download: "review" });
      writeFileSync(`${SCREENS}/interactions-js.txt`, `${borrower.interactions}\n${borrower.log.join("\n")}\n`);
      expect(borrower.interactions).toBeLessThanOrEqual(20);
      expect(download!.suggestedFilename()).toMatch(/^分期还款申请书_王小明_重庆蚂蚁消费金融有限公司\.pdf$/);
      const text = await pdfText(download!);
      for (const typed of ["王小明", "重庆蚂蚁消费金融有限公司", "借呗", "2026年8月公司裁员", "每月收支情况说明", "1,285.71"]) expect(text).toContain(typed);
      await expect.poll(() => page.locator("#status").textContent()).toContain("已下载");
      expect(await page.getByRole("heading", { name: "防骗提示" }).isVisible()).toBe(true);
    });
    expectPhoneFriendly(allReports.filter((r) => r.journey === "js"));
  });

  it("without JavaScript: every step a plain form post, the download from the finished page", async () => {
    await withPhone("nojs", { js: false }, async ({ borrower, measure, page }) => {
      const download = await installmentJourney(borrower, measure, { baseUrl, download: "done" });
      writeFileSync(`${SCREENS}/interactions-nojs.txt`, `${borrower.interactions}\n${borrower.log.join("\n")}\n`);
      expect(borrower.interactions).toBeLessThanOrEqual(21);
      const text = await pdfText(download!);
      for (const typed of ["王小明", "借呗", "1,285.71"]) expect(text).toContain(typed);
      expect(await page.locator("#saved").isHidden()).toBe(true); // local saving needs the script
    });
    expectPhoneFriendly(allReports.filter((r) => r.journey === "nojs"));
  });

  it("in WeChat: how to open the phone's browser, and the letter shown inline instead of saved", async () => {
    await withPhone("wechat", { userAgent: WECHAT }, async ({ borrower, measure, page, context }) => {
      let downloads = 0;
      page.on("download", () => downloads++);
      await installmentJourney(borrower, measure, { baseUrl, download: false });
      expect(downloads, "nothing is saved inside WeChat").toBe(0);
      expect(await page.locator("#status").textContent()).not.toContain("已下载");
      expect(await page.getByText("你正在微信里打开书函").isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "下载 PDF" }).count()).toBe(0);
      const [letter] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "在页面中查看信函" }).click()]);
      await letter.waitForLoadState();
      expect(await letter.locator("article.letter").textContent()).toContain("王小明");
      const [pdf] = await Promise.all([
        context.waitForEvent("response", (r) => r.request().method() === "POST" && r.url().endsWith("/form/installment-request")),
        page.getByRole("button", { name: "打开 PDF" }).click(),
      ]);
      expect(pdf.headers()["content-disposition"]).toMatch(/^inline; filename\*=UTF-8''/);
    });
    expectPhoneFriendly(allReports.filter((r) => r.journey === "wechat"));
  });
});

describe("enter yourself once, and what comes after the letter", () => {
  it("keeps the borrower's details for the next letter (this browser only), copies the text, clears on request", async () => {
    await withPhone("after", {}, async ({ borrower, measure, page, context }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
      await installmentJourney(borrower, async () => undefined, { baseUrl, download: false });
      await page.getByRole("button", { name: "复制全文" }).click();
      await expect.poll(() => page.locator(".copy-status").textContent()).toContain("已复制");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("分期还款申请书");

      await page.getByRole("button", { name: "信封单：收件人和寄件人" }).click();
      await page.getByRole("heading", { name: "信封单", level: 1 }).waitFor();
      await measure("信封单");
      expect(await page.locator(".to").textContent()).toContain("重庆蚂蚁消费金融有限公司");

      // A second letter: the borrower's name and phone are already there.
      await page.goto(`${baseUrl}/form/deferral-request`);
      expect(await page.getByLabel("姓名").inputValue()).toBe("王小明");
      expect(await page.getByLabel("手机号码").inputValue()).toBe("13812345678");
      await measure("deferral 1 你的信息（已填入）");
      page.once("dialog", (dialog) => dialog.accept());
      await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "清除" }).click()]);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("shuhan.")))).toEqual([]);
      expect(await page.getByLabel("姓名").inputValue()).toBe("");
    });
    expectPhoneFriendly(allReports.filter((r) => r.journey === "after"));
  });
});

describe("the other letters, step by step, with and without JavaScript", () => {
  for (const js of [true, false]) {
    it(`collection-objection from 「催收打电话给我的家人」 (${js ? "JS" : "no JS"})`, async () => {
      const journey = `objection-${js ? "js" : "nojs"}`;
      await withPhone(journey, { js }, async ({ page, measure }) => {
        await page.goto(`${baseUrl}/`);
        await page.getByLabel("催收打电话给我的家人、同事或朋友").check();
        await page.getByRole("button", { name: "看看该写哪封信" }).click();
        await page.getByRole("region", { name: /建议你写这些信/ }).getByRole("link", { name: "关于停止不当催收行为的告知函" }).click();
        await measure("1 你的信息");
        await page.getByLabel("姓名").fill("李四");
        await next(page).click();
        await page.getByRole("heading", { name: "谁在催收，欠的是哪家" }).waitFor();
        await measure("2 谁在催收");
        await page.getByRole("button", { name: "花呗" }).click();
        await next(page).click();
        await measure("3 欠款情况");
        await next(page).click();
        await page.getByRole("heading", { name: "催收经过" }).waitFor();
        await measure("4 催收经过");
        const first = page.getByRole("group", { name: "第 1 次" });
        expect(await first.getByLabel("联系与债务无关的第三人").isChecked()).toBe(true); // from the situation
        await first.getByLabel("日期").fill(isoDate(-5));
        await first.getByLabel("方式").selectOption({ label: "电话" });
        await next(page).click();
        await page.getByRole("heading", { name: "你的要求" }).waitFor();
        await measure("5 你的要求");
        expect(await page.getByLabel("停止联系与债务无关的第三人").isChecked()).toBe(true);
        await next(page).click();
        await measure("6 证据和附件");
        await next(page).click();
        await page.getByRole("heading", { name: "检查填写的内容" }).waitFor();
        await measure("检查填写的内容");
        if (js) {
          const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "生成信函" }).click()]);
          expect(await pdfText(download)).toContain("李四");
        } else await page.getByRole("button", { name: "生成信函" }).click();
        await page.getByRole("heading", { name: "信写好了" }).waitFor();
        await measure("信写好了");
      });
      expectPhoneFriendly(allReports.filter((r) => r.journey === journey));
    });

    it(`deferral-request, its steps and the errors a person meets (${js ? "JS" : "no JS"})`, async () => {
      const journey = `deferral-${js ? "js" : "nojs"}`;
      await withPhone(journey, { js }, async ({ page, measure }) => {
        await page.goto(`${baseUrl}/form/deferral-request`);
        await page.getByLabel("姓名").fill("赵六");
        await page.getByLabel("身份证号码", { exact: true }).fill("110105194912310021");
        await next(page).click();
        await page.locator("#error-summary:not([hidden])").waitFor();
        await measure("1 你的信息（有误）");
        expect(await page.locator("#error-summary").textContent()).toContain("校验位");
        await page.getByLabel("身份证号码", { exact: true }).fill("11010519491231002X");
        await page.getByLabel("手机号码").fill("13900000000");
        await next(page).click();
        await page.getByRole("heading", { name: "欠哪家，欠多少" }).waitFor();
        await measure("2 欠哪家，欠多少");
        await page.getByRole("button", { name: "借呗" }).click();
        await page.getByLabel("本金（元）").fill("30000");
        await page.getByText("更多（可不填）：卡号或账号").click();
        await page.getByLabel("最后一次还款的日期").fill("2021-02-01");
        await next(page).click();
        await page.getByRole("heading", { name: "这笔债可能已过诉讼时效" }).waitFor();
        await measure("诉讼时效的问题");
        await page.getByLabel(/^我已了解/).check();
        await page.getByRole("button", { name: /^继续写/ }).click();
        await page.getByRole("heading", { name: "为什么还不上" }).waitFor();
        await measure("3 为什么还不上");
        await page.getByLabel("生意失败、经营亏损").check();
        await next(page).click();
        await measure("4 每月收支");
        await page.getByLabel("工资（元）").fill("2000");
        await next(page).click();
        await page.getByRole("heading", { name: "想延期多久" }).waitFor();
        await measure("5 想延期多久");
        await page.getByLabel("延期几个月").fill("6");
        await page.getByLabel("延期期间每月能还多少（元）").fill("3000");
        await next(page).click();
        await page.locator(".warning-box").first().waitFor();
        await measure("5 想延期多久（超出收支）");
        expect(await page.locator(".warning-box").first().textContent()).toContain("超过了收支情况中每月可用于还款的¥2,000.00");
        await next(page).click();
        await page.getByRole("heading", { name: "检查填写的内容" }).waitFor();
        await measure("检查填写的内容");
        expect(await page.locator(".warnings").first().textContent()).toContain("超过了收支情况");
      });
      expectPhoneFriendly(allReports.filter((r) => r.journey === journey));
    });
  }
});

describe("accessibility basics", () => {
  it("CSP without inline scripts; keyboard focus visible; lang zh-CN", async () => {
    await withPhone("basics", {}, async ({ page }) => {
      const response = await page.goto(`${baseUrl}/form/installment-request`);
      const csp = response!.headers()["content-security-policy"];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length)).toBe(0);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到正文");
      await page.getByLabel("姓名").focus();
      const focused = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focused.outline).not.toBe("none");
      expect(focused.width).toBeGreaterThanOrEqual(2);
    });
  });
});
