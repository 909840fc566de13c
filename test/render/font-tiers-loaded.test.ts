/**
 * Which font files a letter makes the Worker fetch (issue 13: the first letter of an isolate pays for every
 * megabyte it loads). A Simplified letter must not ask for the Traditional tier just because the layout
 * could draw 頁 in a Traditional letter's page numbers.
 */
import { describe, expect, it } from "vitest";
import deferralRequest from "../../src/letters/deferral-request";
import type { LetterType } from "../../src/letters/types";
import { exampleClock, prepareLetter, renderPdf } from "../../src/pipeline";
import { clearFontCache, type FontFileLoader } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText } from "../helpers/pdf-tools";

const type = deferralRequest as unknown as LetterType;
const now = exampleClock(deferralRequest.example);

/** The example with `changes`, rendered in an isolate with no font loaded yet: the files asked for, the text. */
async function render(changes: (body: Record<string, any>) => void) {
  clearFontCache();
  const asked: string[] = [];
  const loader: FontFileLoader = (file) => (asked.push(file), nodeFontLoader(file));
  const body: Record<string, any> = structuredClone(deferralRequest.example);
  changes(body);
  const pdf = await renderPdf(prepareLetter(type, body, { now }), loader);
  return { asked: asked.sort(), text: pdfToText(pdf) };
}

describe("the font files a letter loads", () => {
  it("a Simplified letter: the core tier of each face (2.1 + 0.9 MB), not the Traditional tier", async () => {
    const { asked, text } = await render((body) => (body.locale = "zh-Hans"));
    expect(asked).toEqual(["NotoSerifSC-Bold.core.ttf", "NotoSerifSC-Regular.core.ttf"]);
    expect(text).toMatch(/第 ?1 ?页 ?共 ?\d+ ?页/);
    expect(text).not.toContain("頁");
  });

  it("a Traditional letter: the core tiers too (they hold the Traditional text Shuhan prints), and its page numbers say 頁", async () => {
    const { asked, text } = await render((body) => (body.locale = "zh-Hant"));
    expect(asked).toEqual(["NotoSerifSC-Bold.core.ttf", "NotoSerifSC-Regular.core.ttf"]);
    expect(text).toMatch(/第 ?1 ?頁 ?共 ?\d+ ?頁/);
  });

  it("a name with a level-2 hanzi (王璐) adds the body face's common tier", async () => {
    const { asked, text } = await render((body) => (body.borrower.name = "王璐"));
    expect(asked).toEqual(["NotoSerifSC-Bold.core.ttf", "NotoSerifSC-Regular.common.ttf", "NotoSerifSC-Regular.core.ttf"]);
    expect(text).toContain("申请人：王璐");
  });
});
