import { writeFileSync } from "node:fs";
import { findLetterType } from "../src/letters";
import { prepareLetter, renderPdf } from "../src/pipeline";
import { nodeFontLoader } from "../src/render/fonts/node-loader";
const [id, out, patch] = process.argv.slice(2);
const type = findLetterType(id)!;
const body = { ...structuredClone(type.example as any), ...(patch ? JSON.parse(patch) : {}) };
const pdf = await renderPdf(prepareLetter(type, body, { now: new Date("2026-11-23T04:00:00Z") }), nodeFontLoader);
writeFileSync(out, pdf);
