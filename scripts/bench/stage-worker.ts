/**
 * A bench-only Worker (scripts/bench/wrangler.toml, run by `wrangler dev`): `GET /?upto=<stage>&n=<N>&letter=
 * bench|largest` runs the letter pipeline N times up to and including one stage (none, prepare, fonts,
 * layout, pdf), exactly as renderPdf runs it. workerd's clocks do not advance during CPU work, so the bench
 * reads the process's CPU time around each request instead: the difference between two stages is the later
 * stage's cost in the runtime users deploy.
 */
import { findLetterType } from "../../src/letters";
import { pdfStages, prepareLetter } from "../../src/pipeline";
import { loadFontSet, type FontFileLoader } from "../../src/render/fonts";
import { layoutDocument } from "../../src/render/layout";
import { writePdf } from "../../src/render/pdf";
import { largestLetterBody, largestLetterType } from "./largest";
import { benchLetterBody, benchLetterType } from "./letter";

interface Env {
  FONTS: { fetch(input: RequestInfo | URL): Promise<Response> };
}

const STAGES = ["none", "prepare", "fonts", "layout", "pdf"] as const;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const upto = STAGES.indexOf((url.searchParams.get("upto") ?? "none") as (typeof STAGES)[number]);
    const n = Math.max(1, Math.min(500, Number(url.searchParams.get("n") ?? 1)));
    const largest = url.searchParams.get("letter") === "largest";
    const type = findLetterType(largest ? largestLetterType : benchLetterType)!;
    const body = largest ? largestLetterBody : benchLetterBody;
    const loader: FontFileLoader = async (file) => (await env.FONTS.fetch(new Request(`https://assets.invalid/${file}`))).arrayBuffer();
    let size = 0;
    for (let i = 0; i < n; i++) {
      if (upto < 1) continue;
      const prepared = prepareLetter(type, body);
      if (upto < 2) continue;
      const stages = pdfStages(prepared);
      const fonts = await loadFontSet(stages.usage, loader);
      if (upto < 3) continue;
      const layout = layoutDocument(prepared.blocks, fonts, stages.layout);
      if (upto < 4) continue;
      size = (await writePdf(layout, fonts, stages.meta, stages.pdf)).byteLength;
    }
    return new Response(String(size));
  },
};
