import { findLetterType } from "../src/letters";
import { prepareLetter, renderPdf } from "../src/pipeline";
import { nodeFontLoader } from "../src/render/fonts/node-loader";
import { benchLetterBody, benchLetterType } from "./bench/letter";
const t = findLetterType(benchLetterType)!;
for (let i = 0; i < 300; i++) await renderPdf(prepareLetter(t, benchLetterBody), nodeFontLoader);
const t0 = performance.now();
for (let i = 0; i < 1500; i++) await renderPdf(prepareLetter(t, benchLetterBody), nodeFontLoader);
console.log("per letter", ((performance.now() - t0) / 1500).toFixed(3));
