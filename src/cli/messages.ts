/** What the CLI prints for help and for a problem: every field path, with its Chinese and English message. */
import type { ShuhanError } from "../errors";

/** The app's version (src/app.ts), imported only when asked: the app module pulls in every route. */
async function version(): Promise<string> {
  return (await import("../app")).VERSION;
}

export async function versionText(): Promise<string> {
  return `shuhan ${await version()}`;
}

export async function helpText(): Promise<string> {
  return HELP.replace("{version}", await version());
}

const HELP = `书函 Shuhan {version}: JSON → formal Chinese letters (PDF), offline.

Usage:
  shuhan render <type> <input.json|-> [-o <file|->] [--format pdf|html|text] [--locale zh-Hans|zh-Hant]
      Render one letter. Without -o a PDF is written to the letter's own file name in the current
      directory (e.g. 个性化分期还款申请书_张三_招商银行信用卡中心.pdf); HTML and text go to stdout.
      "-" reads the input from stdin / writes the output to stdout. The format follows -o's extension
      (.pdf, .html, .txt) unless --format says otherwise.
  shuhan batch <input.json|-> [-o <file|->] [--format zip|pdf]
      One borrower's letters to many creditors (the body of POST /v1/batches): a ZIP of PDFs named by
      creditor, or one PDF in which every letter starts on a new page.
  shuhan example <type|batch>     print a valid example body (start from it: shuhan example … > body.json)
  shuhan schema <type|batch>      print the JSON Schema of the body
  shuhan types                    list the letter types
  shuhan --help | --version

Exit codes: 0 done, 2 invalid input or usage (each problem with its field path), 1 other errors.

Examples:
  shuhan example installment-request > body.json
  shuhan render installment-request body.json -o letter.pdf
  shuhan render installment-request body.json --format text
  cat body.json | shuhan render installment-request - --locale zh-Hant -o - > letter.pdf
`;

/** A problem as lines on stderr: its title, then `path  中文 / English [CODE]` for each field. */
export function formatProblem(error: ShuhanError): string {
  const lines = [`shuhan: ${error.title.zh} / ${error.title.en}`];
  if (error.detail && !error.errors?.length) lines.push(`  ${error.detail.zh} / ${error.detail.en}`);
  const errors = error.errors ?? [];
  const width = Math.min(40, Math.max(0, ...errors.map((e) => e.path.length)));
  for (const e of errors) lines.push(`  ${(e.path || "(body)").padEnd(width)}  ${e.message.zh} / ${e.message.en} [${e.code}]`);
  return `${lines.join("\n")}\n`;
}
