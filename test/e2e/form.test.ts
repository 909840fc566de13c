/**
 * The web form in real Chromium against `wrangler dev` (the Workers runtime): a borrower fills each letter
 * type by its labels, as a person would, and gets a PDF whose text holds what they typed; with and without
 * JavaScript; a wrong ID number; input kept across a reload and cleared; the accessibility basics; and
 * screenshots at 360 px and 1280 px (saved under /tmp/shuhan-screens/ for a person to look at).
 */
import { readFileSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { pdfToText } from "../helpers/pdf-tools";
import { launchChromium } from "./browser";
import { letterTypes } from "../../src/letters";

const baseUrl = inject("baseUrl");
const SCREENS = process.env.SHUHAN_SCREENS_DIR ?? "/tmp/shuhan-screens";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A calendar date `days` from today (UTC; far enough from midnight in Shanghai for these tests). */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A new context (its own localStorage) with Chinese locale; closed after the test body. */
async function withPage<T>(options: { javaScriptEnabled?: boolean; width?: number }, fn: (page: Page, context: BrowserContext) => Promise<T>) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: "zh-CN",
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // Chromium logs every non-2xx fetch; a 422 from /preview is the form's answer, not a fault.
    if (/status of 422/.test(text)) return;
    if (message.type() === "error" || /Content Security Policy/i.test(text)) problems.push(text);
  });
  try {
    const result = await fn(page, context);
    expect(problems, "no script errors, no CSP violations").toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** What pdftotext reads, without the line breaks and spaces the layout put in. */
async function downloadedText(download: Download): Promise<string> {
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  expect(new TextDecoder("latin1").decode(bytes.subarray(0, 5))).toBe("%PDF-");
  return pdfToText(bytes).replace(/\s+/g, "");
}

/** The fields every letter shares, filled by label. */
async function fillBorrowerAndLender(page: Page, lender = "招商银行信用卡中心") {
  await page.getByLabel("姓名").fill("王小明");
  await page.getByLabel("身份证号码", { exact: true }).fill("11010519491231002X");
  await page.getByLabel("手机号码").fill("138 1234 5678");
  await page.getByLabel("通讯地址").fill("北京市朝阳区建国路1号");
  await page.getByLabel(/^机构名称/).fill(lender);
}

async function fillDebtAndHardship(page: Page) {
  await page.getByLabel("产品名称").fill("经典白金卡");
  await page.getByLabel("本金（元）").fill("35,000");
  await page.getByLabel("利息（元）").fill("1200.50");
  await page.getByLabel("失业", { exact: true }).check();
  await page.getByLabel("本人或家人生病").check();
  await page.getByLabel("用自己的话说明情况").fill("2026年3月公司裁员，至今仍在找工作，母亲住院需要照顾。");
}

describe("GET /", () => {
  it("lists every registered letter, each with when to use it, and links to its form", async () => {
    await withPage({ javaScriptEnabled: false, width: 360 }, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      const links = page.locator(".cards h2 a");
      expect(await links.allTextContents()).toEqual(letterTypes.map((type) => type.title["zh-Hans"]));
      await expect.poll(() => page.locator(".cards").textContent()).toContain("每月还不上");
      await page.getByRole("link", { name: "关于停止不当催收行为的告知函" }).click();
      await page.waitForURL(`${baseUrl}/form/collection-objection`);
      expect(await page.locator("h1").textContent()).toBe("关于停止不当催收行为的告知函");
    });
  });
});

describe("installment-request (JavaScript on)", () => {
  it("is filled by label, shows the live preview and downloads the PDF with what was typed", async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/form/installment-request`);
      await fillBorrowerAndLender(page);
      await page.getByLabel("银行信用卡").check();
      await fillDebtAndHardship(page);
      await page.getByLabel("分几期（月）").fill("２４"); // full-width digits, as a Chinese keyboard types them
      await page.getByLabel("第一期还款日期").fill(isoDate(20));
      await page.getByLabel("首付金额（元）").fill("¥1,000");
      await page.getByLabel("请求分期期间停止计息（停息）").check();
      await page.getByLabel("附件 1").fill("失业证明复印件");

      // The live preview: the letter's own HTML, in a sandboxed iframe.
      const frame = page.frameLocator("#preview-frame");
      await expect.poll(() => frame.locator("body").textContent(), { timeout: 10_000 }).toContain("王小明");
      expect(await page.locator("#preview-frame").getAttribute("sandbox")).toBe("");
      expect(await frame.locator("body").textContent()).toContain("失业证明复印件");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "生成申请书（PDF）" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^个性化分期还款申请书.*王小明.*\.pdf$/);
      const text = await downloadedText(download);
      for (const typed of ["王小明", "招商银行信用卡中心", "经典白金卡", "2026年3月公司裁员", "失业证明复印件", "13812345678", "北京市朝阳区建国路1号"])
        expect(text).toContain(typed);
      expect(text).toContain("11010519491231002X"); // in full by default: the letter goes to the creditor itself
      expect(text).toMatch(/36,200\.50/); // 35,000 + 1,200.50
      await expect.poll(() => page.locator("#status").textContent()).toContain("已生成并下载");
    });
  });
});

describe("deferral-request (JavaScript off)", () => {
  it("posts the plain form and receives the PDF as an attachment", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl}/form/deferral-request`);
      expect(await page.locator("#preview").isHidden()).toBe(true); // the preview needs the script
      await fillBorrowerAndLender(page, "重庆蚂蚁消费金融有限公司");
      await page.getByLabel("消费金融公司（如花呗、借呗）").check();
      await page.getByLabel("产品名称").fill("借呗");
      await page.getByLabel("本金（元）").fill("18000");
      await page.getByLabel("收入减少（降薪、停发工资）").check();
      await page.getByLabel("用自己的话说明情况").fill("工厂停工，工资停发四个月。");
      await page.getByLabel("延期几个月").fill("6");
      await page.getByLabel("请求延期期间停止计息（停息挂账）").check();
      await page.getByLabel("繁體中文").check();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "生成申请书（PDF）" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/王小明.*\.pdf$/);
      const text = await downloadedText(download);
      for (const typed of ["王小明", "重庆蚂蚁消费金融有限公司", "借呗", "工厂停工，工资停发四个月"]) expect(text).toContain(typed);
      expect(text).toMatch(/申請書/); // zh-Hant was chosen
    });
  });
});

describe("collection-objection", () => {
  it("adds an incident row in place (JavaScript on), drops the empty rows and downloads the PDF", async () => {
    await withPage({ width: 360 }, async (page) => {
      await page.goto(`${baseUrl}/form/collection-objection`);
      await fillBorrowerAndLender(page, "重庆蚂蚁消费金融有限公司");
      await page.getByLabel("消费金融公司（如花呗、借呗）").check();
      await page.getByLabel("催收机构名称").fill("某某信息咨询有限公司");

      const first = page.getByRole("group", { name: "第 1 次" });
      await first.getByLabel("日期").fill(isoDate(-10));
      await first.getByLabel("时间").fill("23:30");
      await first.getByLabel("方式").selectOption({ label: "电话" });
      await first.getByLabel("对方号码或账号").fill("17000000000");
      await first.getByLabel("联系与债务无关的第三人").check();
      await first.getByLabel("夜间（22:00至次日08:00）催收").check();
      await first.getByLabel("经过").fill("对方深夜给我母亲打电话，说我不还钱就要坐牢。");

      // With the script, one row shows and rows are added in place (no round trip); the new row gets the focus.
      expect(await page.locator("[data-list=incidents] .rows > *").count()).toBe(1);
      await page.getByRole("button", { name: "再加一次催收经过" }).click();
      await page.getByRole("button", { name: "再加一次催收经过" }).click();
      const third = page.getByRole("group", { name: "第 3 次" });
      await expect.poll(() => third.getByLabel("日期").evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByRole("group", { name: "第 2 次" }).getByLabel("经过").inputValue()).toBe(""); // left empty: dropped
      await third.getByLabel("日期").fill(isoDate(-3));
      await third.getByLabel("方式").selectOption({ label: "短信" });
      await third.getByLabel("辱骂", { exact: false }).check();
      await third.getByLabel("经过").fill("短信辱骂，称要到单位张贴欠款信息。");

      await page.getByLabel("停止联系与债务无关的第三人").check();
      await page.getByLabel("今后以书面方式与本人沟通").check();
      await page.getByLabel("证据 1").fill("通话录音3段");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "生成告知函（PDF）" }).click(),
      ]);
      const text = await downloadedText(download);
      for (const typed of ["王小明", "某某信息咨询有限公司", "重庆蚂蚁消费金融有限公司", "对方深夜给我母亲打电话", "短信辱骂，称要到单位张贴欠款信息", "通话录音3段"])
        expect(text).toContain(typed);
    });
  });

  it("without JavaScript, 「再加一次」 re-renders the form with one more row and the input kept", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl}/form/collection-objection`);
      await page.getByLabel("姓名").fill("李四");
      const first = page.getByRole("group", { name: "第 1 次" });
      await first.getByLabel("日期").fill(isoDate(-5));
      await first.getByLabel("威胁、恐吓").check();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "再加一次催收经过" }).click(),
      ]);
      expect(response.status()).toBe(200);
      await page.waitForLoadState();
      expect(await page.locator("[data-list=incidents] .rows > *").count()).toBe(4);
      await expect.poll(() => page.getByRole("group", { name: "第 4 次" }).getByLabel("日期").evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByLabel("姓名").inputValue()).toBe("李四");
      expect(await page.getByRole("group", { name: "第 1 次" }).getByLabel("日期").inputValue()).toBe(isoDate(-5));
      expect(await page.getByRole("group", { name: "第 1 次" }).getByLabel("威胁、恐吓").isChecked()).toBe(true);
      expect(await page.locator(".error-summary").isHidden()).toBe(true); // adding a row is not a failed submit
    });
  });
});

describe("a wrong ID number", () => {
  async function fillValidInstallment(page: Page) {
    await fillBorrowerAndLender(page);
    await fillDebtAndHardship(page);
    await page.getByLabel("分几期（月）").fill("24");
    await page.getByLabel("第一期还款日期").fill(isoDate(20));
  }

  it("without JavaScript: the form comes back (422) with the message next to the field and the input kept", async () => {
    await withPage({ javaScriptEnabled: false, width: 360 }, async (page) => {
      await page.goto(`${baseUrl}/form/installment-request`);
      await fillValidInstallment(page);
      await page.getByLabel("身份证号码", { exact: true }).fill("110105194912310021");
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "生成申请书（PDF）" }).click(),
      ]);
      expect(response.status()).toBe(422);
      await page.waitForLoadState();

      const id = page.getByLabel("身份证号码", { exact: true });
      expect(await id.inputValue()).toBe("110105194912310021");
      expect(await id.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await id.getAttribute("aria-describedby"))!.split(" ");
      expect(describedBy).toContain("f-borrower-idNumber-error");
      expect(await page.locator("#f-borrower-idNumber-error").textContent()).toContain("校验位");
      // The message sits next to the field, inside the same field block.
      expect(await page.locator("[data-field='borrower.idNumber'] .error").isVisible()).toBe(true);

      const summary = page.getByRole("alert");
      expect(await summary.textContent()).toContain("有 1 处需要修改");
      expect(await summary.getByRole("link").getAttribute("href")).toBe("#f-borrower-idNumber");
      expect(await page.title()).toMatch(/^有 1 处需要修改/);

      // Everything else is kept.
      expect(await page.getByLabel("姓名").inputValue()).toBe("王小明");
      expect(await page.getByLabel(/^机构名称/).inputValue()).toBe("招商银行信用卡中心");
      expect(await page.getByLabel("本金（元）").inputValue()).toBe("35,000");
      expect(await page.getByLabel("失业", { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel("用自己的话说明情况").inputValue()).toContain("公司裁员");
      expect(await page.getByLabel("分几期（月）").inputValue()).toBe("24");
      expect(await page.getByLabel("信中隐藏身份证号码和卡号的中间几位").isChecked()).toBe(false);
    });
  });

  it("with JavaScript: the message appears next to the field as soon as it is left, and the download waits", async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/form/installment-request`);
      await fillValidInstallment(page);
      const id = page.getByLabel("身份证号码", { exact: true });
      await id.fill("110105194912310021");
      await id.blur();
      await expect.poll(() => page.locator("#f-borrower-idNumber-error").textContent(), { timeout: 10_000 }).toContain("校验位");
      expect(await id.getAttribute("aria-invalid")).toBe("true");
      // Fields not yet touched show nothing; the summary waits for a submit.
      expect(await page.locator(".error:visible").count()).toBe(1);
      expect(await page.locator("#error-summary").isHidden()).toBe(true);

      let downloaded = false;
      page.on("download", () => (downloaded = true));
      await page.getByRole("button", { name: "生成申请书（PDF）" }).click();
      await expect.poll(() => page.locator("#error-summary").isVisible()).toBe(true);
      expect(await page.locator("#error-summary").evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByRole("link", { name: /身份证号码/ }).click();
      expect(await id.evaluate((el) => el === document.activeElement)).toBe(true);

      await id.fill("11010519491231002X");
      await expect.poll(() => page.locator("#f-borrower-idNumber-error").isHidden(), { timeout: 10_000 }).toBe(true);
      expect(downloaded).toBe(false);
    });
  });
});

describe("input kept in this browser", () => {
  it("survives a reload, and 「清除已保存的内容」 removes it", async () => {
    await withPage({}, async (page, context) => {
      const url = `${baseUrl}/form/collection-objection`;
      await page.goto(url);
      await page.getByLabel("姓名").fill("赵六");
      await page.getByLabel("繁體中文").check();
      await page.getByRole("button", { name: "再加一次催收经过" }).click();
      await page.getByRole("button", { name: "再加一次催收经过" }).click();
      const third = page.getByRole("group", { name: "第 3 次" });
      await third.getByLabel("经过").fill("第三条记录");
      await third.getByLabel("冒充公检法或政府机关").check();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem("shuhan.form.collection-objection") ?? ""))
        .toContain("第三条记录");

      // A new page in the same browser (a reload that the browser's own form restoration cannot help).
      const again = await context.newPage();
      await again.goto(url);
      expect(await again.getByLabel("姓名").inputValue()).toBe("赵六");
      expect(await again.getByLabel("繁體中文").isChecked()).toBe(true);
      const restored = again.getByRole("group", { name: "第 3 次" });
      expect(await restored.getByLabel("经过").inputValue()).toBe("第三条记录");
      expect(await restored.getByLabel("冒充公检法或政府机关").isChecked()).toBe(true);
      expect(await again.locator("#status").textContent()).toContain("已恢复");

      // Nothing of it went to any other origin, and it is only in this origin's storage.
      again.once("dialog", (dialog) => dialog.accept());
      await Promise.all([again.waitForNavigation(), again.getByRole("button", { name: "清除已保存的内容" }).click()]);
      expect(await again.evaluate(() => localStorage.getItem("shuhan.form.collection-objection"))).toBeNull();
      expect(await again.getByLabel("姓名").inputValue()).toBe("");
      expect(await again.getByLabel("简体中文").isChecked()).toBe(true);
      await again.reload();
      expect(await again.getByLabel("姓名").inputValue()).toBe("");
    });
  });
});

describe("accessibility and weight", () => {
  const pages = ["/", "/form/installment-request", "/form/deferral-request", "/form/collection-objection"];

  it.each(pages)("%s: lang, labels, unique ids, no sideways scrolling at 360 px, under 100 KB", async (path) => {
    await withPage({ width: 360 }, async (page) => {
      let bytes = 0;
      page.on("response", async (response) => {
        bytes += (await response.body().catch(() => Buffer.alloc(0))).byteLength;
      });
      const response = await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState("networkidle");
      const csp = response!.headers()["content-security-policy"];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      const report = await page.evaluate(() => {
        const controls = [...document.querySelectorAll<HTMLInputElement>("input, select, textarea")];
        const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
        return {
          unlabelled: controls.filter((el) => el.type !== "hidden" && !(el.labels && el.labels.length)).map((el) => el.name),
          duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
          scrollWidth: document.documentElement.scrollWidth,
          inlineScripts: [...document.scripts].filter((s) => !s.src).length,
        };
      });
      expect(report.unlabelled).toEqual([]);
      expect(report.duplicateIds).toEqual([]);
      expect(report.inlineScripts).toBe(0);
      expect(report.scrollWidth).toBeLessThanOrEqual(360);
      expect(bytes).toBeLessThan(100 * 1024);
    });
  });

  it("is usable by keyboard with a visible focus ring, and its text has a contrast of at least 4.5:1", async () => {
    await withPage({ width: 1280 }, async (page) => {
      await page.goto(`${baseUrl}/form/installment-request`);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到正文");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab"); // brand, back link, then the first field
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { name: (el as HTMLInputElement).name, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focused.name).toBe("borrower.name");
      expect(focused.outline).not.toBe("none");
      expect(focused.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.type("王小明");
      expect(await page.getByLabel("姓名").inputValue()).toBe("王小明");

      const ratios = await page.evaluate(() => {
        const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const c = [r, g, b].map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        };
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const [r, g, b, a = 1] = rgb(getComputedStyle(el).backgroundColor);
            if (a > 0) return [r, g, b];
          }
          return [255, 255, 255];
        };
        const ratio = (el: Element) => {
          const l1 = luminance(rgb(getComputedStyle(el).color));
          const l2 = luminance(background(el));
          return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        };
        const selectors = ["h1", ".lead", ".hint", "label", ".req", ".primary", ".secondary", ".back a", ".advice li", "header.site .brand", "footer.site p"];
        return Object.fromEntries(selectors.map((s) => [s, ratio(document.querySelector(s)!)]));
      });
      for (const [selector, ratio] of Object.entries(ratios)) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    });
  });
});

describe("screenshots", () => {
  it("saves the pages at 360 px and 1280 px wide under /tmp/shuhan-screens/", async () => {
    mkdirSync(SCREENS, { recursive: true });
    for (const width of [360, 1280]) {
      await withPage({ width }, async (page) => {
        await page.goto(`${baseUrl}/`);
        await page.screenshot({ path: `${SCREENS}/start-${width}.png`, fullPage: true });
        for (const type of ["installment-request", "deferral-request", "collection-objection"]) {
          await page.goto(`${baseUrl}/form/${type}`);
          await page.screenshot({ path: `${SCREENS}/${type}-${width}.png`, fullPage: true });
        }
        // Filled in, with the live preview.
        await page.goto(`${baseUrl}/form/installment-request`);
        await page.evaluate(() => localStorage.clear());
        await fillBorrowerAndLender(page);
        await fillDebtAndHardship(page);
        await page.getByLabel("分几期（月）").fill("24");
        await page.getByLabel("第一期还款日期").fill(isoDate(20));
        await page.getByLabel("第一期还款日期").blur();
        await expect.poll(() => page.frameLocator("#preview-frame").locator("body").textContent(), { timeout: 10_000 }).toContain("王小明");
        await page.locator("#s-plan").scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SCREENS}/installment-request-filled-${width}.png` });
        await page.locator("#preview").scrollIntoViewIfNeeded();
        await page.waitForTimeout(500); // let the off-screen iframe paint
        await page.screenshot({ path: `${SCREENS}/installment-request-preview-${width}.png` });
        await page.evaluate(() => localStorage.clear());
      });
      // The 422 re-render of a plain post with a wrong ID number and a missing field.
      await withPage({ width, javaScriptEnabled: false }, async (page) => {
        await page.goto(`${baseUrl}/form/installment-request`);
        await page.getByLabel("姓名").fill("王小明");
        await page.getByLabel("身份证号码", { exact: true }).fill("110105194912310021");
        await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "生成申请书（PDF）" }).click()]);
        await page.screenshot({ path: `${SCREENS}/installment-request-errors-${width}.png` });
        await page.locator("[data-field='borrower.idNumber']").scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SCREENS}/installment-request-error-field-${width}.png` });
      });
    }
  });
});
