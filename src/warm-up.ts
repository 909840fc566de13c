/**
 * Warms a Worker isolate when it starts, so that its first letter runs code V8 has already compiled.
 *
 * Why: the first letter of a fresh isolate ran every function of the pipeline for the first time — V8
 * compiles a function when it is first called and interprets it until it is called often — and cost
 * 110–120 ms of CPU in workerd against 4 ms for the next letters (npm run bench), over the Workers Free
 * plan's 10 ms per request. A Worker's global scope runs at startup, under its own limit (1 s of startup
 * time on every plan), outside any request's CPU time; so the Worker entry (src/index.ts) awaits this there.
 *
 * What runs: one letter through the whole pipeline (validate, view model, template, blocks, layout, PDF),
 * typeset in two tiny subsets of the shipped faces that the Worker bundle carries
 * (src/render/fonts/warm-up-fonts.ts, ~28 KB each in base64), every character the subsets lack mapped onto
 * one they have. Global scope can do no I/O, so the real font files cannot be read there; the first letter
 * still fetches them. Afterwards every isolate-wide cache the warm-up filled with the tiny fonts is emptied
 * (the parsed fonts, the per-face glyph tables, the compressed pieces), so that no letter can ever be drawn
 * with a warm-up glyph, and the type's shared glyph list (computed under the global scope's clock, 1970):
 * test/warm-up.test.ts warms up with the clock at 1970, renders every example and compares the bytes.
 *
 * Nothing of a request is involved: the letter is a letter type's own example. Failing, it only costs speed
 * (and logs a warning). Global scope also forbids random values and timers, so the warm-up cannot go
 * through the app itself (its request IDs are random): the middleware and routes still run cold once.
 */
import { inflateSync } from "node:zlib";
import { findLetterType } from "./letters";
import { errorSummary, log } from "./log";
import { clearSharedGlyphs, exampleClock, prepareLetter, renderPdf, type PreparedLetter } from "./pipeline";
import { clearFontCache, faceTiers, type FontFileLoader } from "./render/fonts";
import { WARM_UP_CHARACTERS, WARM_UP_FONTS } from "./render/fonts/warm-up-fonts";
import { clearPieceCaches } from "./render/pdf/piece-cache";
import type { FaceId } from "./render/types";

/**
 * The letter type whose example is typeset: the installment request, the letter Shuhan began with. Not the
 * bench's letter (a deferral request), so that the bench measures what warming does for another type.
 */
const WARM_UP_TYPE = "installment-request";

const drawable = new Set([...WARM_UP_CHARACTERS].map((ch) => ch.codePointAt(0)!));
const hanzi = [...WARM_UP_CHARACTERS].filter((ch) => ch.codePointAt(0)! >= 0x4e00);

/** A character the warm-up fonts draw in place of `ch`: itself, a hanzi for CJK, "x" for other scripts. */
function substitute(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (drawable.has(cp) || ch === "\n") return ch;
  return cp >= 0x3000 ? hanzi[cp % hanzi.length] : "x";
}

/** The blocks with every `text` string rewritten in the warm-up fonts' characters (structure unchanged). */
function inWarmUpCharacters(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inWarmUpCharacters);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = key === "text" && typeof field === "string" ? Array.from(field, substitute).join("") : inWarmUpCharacters(field);
  }
  return out;
}

/**
 * The example without ID numbers: at startup a Worker's clock reads 1970-01-01 (it advances only with I/O),
 * and an ID number's birth date is checked against today (src/text/id-number.ts).
 */
function withoutIdNumbers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdNumbers);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "idNumber").map(([key, v]) => [key, withoutIdNumbers(v)]));
}

/** Serves the warm-up subset of a face for any of its tier files. */
function warmUpFonts(): FontFileLoader {
  const files = new Map<string, Uint8Array>();
  for (const [face, packed] of Object.entries(WARM_UP_FONTS)) {
    const binary = atob(packed);
    const deflated = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) deflated[i] = binary.charCodeAt(i);
    const bytes = new Uint8Array(inflateSync(deflated));
    for (const tier of faceTiers(face as FaceId)) files.set(tier.file, bytes);
  }
  return async (fileName) => {
    const bytes = files.get(fileName);
    if (!bytes) throw new Error(`no warm-up font for ${fileName}`);
    return bytes;
  };
}

/**
 * Typesets the warm-up letter `rounds` times (V8 compiles a function on its first call and optimises it after
 * many; a second round lets more of the pipeline leave the interpreter), then empties the caches it filled.
 * Resolves true if every round made a PDF.
 */
export async function warmUp(rounds = 1): Promise<boolean> {
  try {
    const type = findLetterType(WARM_UP_TYPE);
    if (!type) return false;
    const example = withoutIdNumbers(type.example) as Record<string, unknown>;
    const now = exampleClock(example);
    const loader = warmUpFonts();
    for (let round = 0; round < rounds; round++) {
      const prepared = prepareLetter(type, example, { now });
      const warm: PreparedLetter = { ...prepared, blocks: inWarmUpCharacters(prepared.blocks) as PreparedLetter["blocks"] };
      await renderPdf(warm, loader);
    }
    return true;
  } catch (error) {
    // Only speed is lost, but an operator should know (the error's class and place, never a message).
    log("warn", `startup warm-up failed, the first letter of this isolate will be slower: ${errorSummary(error)}`);
    return false;
  } finally {
    clearFontCache();
    clearPieceCaches();
    clearSharedGlyphs();
  }
}
