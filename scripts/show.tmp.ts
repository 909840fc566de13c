import { findLetterType } from "../src/letters";
import { prepareLetter, renderText } from "../src/pipeline";
const [id, patch] = process.argv.slice(2);
const type = findLetterType(id)!;
const body = { ...structuredClone(type.example as any), ...(patch ? JSON.parse(patch) : {}) };
console.log(renderText(prepareLetter(type, body, { now: new Date("2026-11-23T04:00:00Z") })));
