/**
 * Debian's Chromium through playwright-core (never `playwright install`), with the project's launch flags.
 *
 * The test machines have no CJK system font, so Chinese would draw as empty boxes in screenshots. Chromium
 * gets a fontconfig that adds the repository's own fonts/ (Noto Serif SC, OFL) to the system's: the pages
 * then render legibly (in a serif face; phones use their own CJK sans). Tests never depend on it: they find
 * elements by their text in the DOM.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const FONTS_DIR = resolve(import.meta.dirname, "../../fonts");

function fontconfigWithProjectFonts(): string {
  const dir = mkdtempSync(join(tmpdir(), "shuhan-e2e-fonts-"));
  const file = join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${FONTS_DIR}</dir>\n` +
      `  <cachedir>${join(dir, "cache")}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithProjectFonts() },
  });
}
