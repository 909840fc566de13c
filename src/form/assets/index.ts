/** The form's script and stylesheet, and a version derived from their bytes so a change busts caches. */
import { FORM_CSS } from "./form-css";
import { FORM_JS } from "./form-js";

export { FORM_CSS, FORM_JS };

/** FNV-1a over the UTF-16 code units: tiny, synchronous, stable across runtimes. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const ASSET_VERSION = fnv1a(FORM_JS + FORM_CSS);
