/**
 * File names for a batch: one PDF per creditor, named so that a counsellor can find a letter by its
 * creditor and order (`01_招商银行信用卡中心_个性化分期还款申请书.pdf`), safe on Windows, macOS and Linux,
 * and unique within the archive.
 */

/** Characters no file system or archive tool handles well: Windows' reserved set, path separators, controls. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional and zero-width format characters: they can disguise a name (`…fdp.exe` shown as `…exe.pdf`). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * One component of a file name: NFC, no unsafe or invisible characters, whitespace runs as one `_`,
 * no leading or trailing dots, at most `max` characters (code points, so a surrogate pair is never cut).
 */
export function sanitizeFileNamePart(text: string, max = 40, fallback = "未命名"): string {
  const cleaned = text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(UNSAFE, "_")
    .replace(/\s+/gu, "_")
    .replace(/_+/g, "_")
    .replace(/^[._]+|[._]+$/g, "");
  const cut = [...cleaned].slice(0, max).join("").replace(/[._]+$/g, "");
  return cut || fallback;
}

/** Zero-padded 1-based position: `01` … `50` (at least two digits, so the names sort in order). */
export function ordinal(index: number, count: number): string {
  return String(index + 1).padStart(Math.max(2, String(count).length), "0");
}

/**
 * `NN_<creditor>_<letter title>.<ext>`, unique within `taken` (compared case-insensitively, as Windows and
 * macOS file systems do); a repeat gets ` (2)`, ` (3)`, ….
 */
export function letterFileName(
  index: number,
  count: number,
  creditor: string,
  title: string,
  extension: string,
  taken: Set<string>,
): string {
  const base = `${ordinal(index, count)}_${sanitizeFileNamePart(creditor, 40, "债权人")}_${sanitizeFileNamePart(title, 30, "信函")}`;
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
