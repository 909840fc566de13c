/**
 * `shuhan`: the letter pipeline on the command line, offline — the same validation, templates, layout and
 * fonts as the API, for counsellors who script their letters or cannot send personal data to a server.
 *
 *   shuhan render <type> <input.json|-> [-o <file|->] [--format pdf|html|text] [--locale zh-Hans|zh-Hant]
 *   shuhan batch <input.json|-> [-o <file|->] [--format zip|pdf]
 *   shuhan example <type|batch>      shuhan schema <type|batch>      shuhan types
 *
 * Exit codes: 0 done; 2 invalid input or usage (the field paths and bilingual messages on stderr);
 * 1 anything else (an unwritable output, a missing font file, a bug).
 */
import { parseArgs } from "node:util";
import { exampleBatch, prepareBatch, renderBatch, type BatchFormat } from "../batches";
import { ShuhanError } from "../errors";
import { findLetterType, letterTypes } from "../letters";
import type { LetterType } from "../letters/types";
import { LOCALES } from "../letters/types";
import { prepareLetter, renderHtml, renderPdf, renderText } from "../pipeline";
import type { FontFileLoader } from "../render/fonts";
import { nodeFontLoader } from "../render/fonts/node-loader";
import { OutputClosedError, readJsonInput, UsageError, writeOutput, type CliIo } from "./io";
import { formatProblem, helpText, versionText } from "./messages";

/** For the built CLI (dist/package/cli.mjs): bin/shuhan.mjs points it at the package's own fonts. */
export { createNodeFontLoader } from "../render/fonts/node-loader";

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_INVALID = 2;

export interface CliOptions {
  /** The clock (tests): the default letter date is today in Asia/Shanghai. */
  now?: () => Date;
  fontLoader?: FontFileLoader;
}

type LetterFormat = "pdf" | "html" | "text";

const OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  locale: { type: "string", short: "l" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function letterTypeOrUsage(id: string | undefined): LetterType {
  const ids = letterTypes.map((t) => t.id).join(", ");
  if (!id) throw new UsageError(`请指定信函类型 / give a letter type: ${ids}`);
  const type = findLetterType(id);
  if (!type) throw new UsageError(`没有「${id}」这种信函 / no letter type "${id}". 可选 / available: ${ids}`);
  return type;
}

/** `--format`, else the output file's extension, else the default. */
function chooseFormat<F extends string>(given: string | undefined, output: string | undefined, allowed: readonly F[], byExtension: Record<string, F>, fallback: F): F {
  if (given !== undefined) {
    if ((allowed as readonly string[]).includes(given)) return given as F;
    throw new UsageError(`--format 可选 / must be one of: ${allowed.join(", ")}`);
  }
  const extension = output && output !== "-" ? /\.([a-z0-9]+)$/i.exec(output)?.[1]?.toLowerCase() : undefined;
  return (extension && byExtension[extension]) || fallback;
}

function checkLocale(locale: string | undefined): string | undefined {
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale))
    throw new UsageError(`--locale 可选 / must be one of: ${LOCALES.join(", ")}`);
  return locale;
}

function withLocale(body: unknown, locale: string | undefined): unknown {
  if (locale === undefined || body === null || typeof body !== "object" || Array.isArray(body)) return body;
  return { ...(body as Record<string, unknown>), locale };
}

function refuseBinaryOnTerminal(output: string, format: string, io: CliIo): void {
  if (output === "-" && io.stdout.isTTY && (format === "pdf" || format === "zip"))
    throw new UsageError(`不向终端输出 ${format.toUpperCase()} / refusing to write ${format.toUpperCase()} to a terminal: use -o <file>`);
}

function describeWritten(where: string, bytes: number, io: CliIo): void {
  if (where !== "stdout") io.stderr.write(`已生成 / wrote ${where} (${Math.max(1, Math.round(bytes / 1024))} KB)\n`);
}

async function renderCommand(positionals: string[], values: Record<string, unknown>, io: CliIo, options: CliOptions): Promise<number> {
  const [typeId, input] = positionals;
  const type = letterTypeOrUsage(typeId);
  if (!input) throw new UsageError("请指定输入文件，或用 - 表示标准输入 / give an input file, or - for stdin");
  const outputArg = values.output as string | undefined;
  const format = chooseFormat<LetterFormat>(values.format as string | undefined, outputArg, ["pdf", "html", "text"], { pdf: "pdf", html: "html", htm: "html", txt: "text", text: "text" }, "pdf");
  const locale = checkLocale(values.locale as string | undefined);
  const body = withLocale(await readJsonInput(input, io), locale);

  const prepared = prepareLetter(type, body, { now: (options.now ?? (() => new Date()))() });
  // Without -o: a PDF goes to a file named like the API's download; text and HTML go to stdout.
  const output = outputArg ?? (format === "pdf" ? `${prepared.letter.fileName}.pdf` : "-");
  refuseBinaryOnTerminal(output, format, io);
  const data =
    format === "pdf"
      ? await renderPdf(prepared, options.fontLoader ?? nodeFontLoader)
      : format === "html"
        ? renderHtml(prepared)
        : renderText(prepared);
  const where = await writeOutput(output, data, io);
  describeWritten(where, typeof data === "string" ? new TextEncoder().encode(data).byteLength : data.byteLength, io);
  return EXIT_OK;
}

async function batchCommand(positionals: string[], values: Record<string, unknown>, io: CliIo, options: CliOptions): Promise<number> {
  const [input] = positionals;
  if (!input) throw new UsageError("请指定输入文件，或用 - 表示标准输入 / give an input file, or - for stdin");
  const outputArg = values.output as string | undefined;
  const format = chooseFormat<BatchFormat>(values.format as string | undefined, outputArg, ["zip", "pdf"], { zip: "zip", pdf: "pdf" }, "zip");
  const locale = checkLocale(values.locale as string | undefined);
  const body = withLocale(await readJsonInput(input, io), locale);
  const now = (options.now ?? (() => new Date()))();
  const batch = prepareBatch(body, { now });
  const rendered = await renderBatch(batch, format, options.fontLoader ?? nodeFontLoader, { now });
  const output = outputArg ?? rendered.fileName;
  refuseBinaryOnTerminal(output, format, io);
  const where = await writeOutput(output, rendered.bytes, io);
  describeWritten(where, rendered.bytes.byteLength, io);
  if (where !== "stdout") for (const entry of rendered.entries) io.stderr.write(`  ${entry}\n`);
  return EXIT_OK;
}

async function printJson(value: unknown, io: CliIo): Promise<number> {
  await writeOutput("-", `${JSON.stringify(value, null, 2)}\n`, io);
  return EXIT_OK;
}

/**
 * The description's first clause: up to the first "." or ":" that ends a clause, never one inside brackets
 * ("(e.g. a clause …)" stays whole) — a line of `shuhan types` says when to use the letter.
 */
function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "." || c === ":") && (i + 1 === text.length || /\s/.test(text[i + 1]))) return text.slice(0, i);
  }
  return text;
}

async function typesCommand(io: CliIo): Promise<number> {
  const width = Math.max(...letterTypes.map((t) => t.id.length), "batch".length);
  const lines = letterTypes.map((t) => `${t.id.padEnd(width)}  ${t.title["zh-Hans"]}  ${firstClause(t.description.en)}`);
  lines.push(`${"batch".padEnd(width)}  批量信函  (shuhan batch) one borrower's letters to many creditors, as a ZIP or one PDF`);
  await writeOutput("-", `${lines.join("\n")}\n`, io);
  return EXIT_OK;
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit (the caller sets the code). */
export async function main(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.version) {
      await writeOutput("-", `${await versionText()}\n`, io);
      return EXIT_OK;
    }
    if (values.help || !command || command === "help") {
      await writeOutput("-", await helpText(), io);
      return command || values.help ? EXIT_OK : EXIT_INVALID;
    }
    switch (command) {
      case "render":
        return await renderCommand(rest, values, io, options);
      case "batch":
        return await batchCommand(rest, values, io, options);
      case "example":
        if (rest[0] === "batch") return await printJson(exampleBatch(), io);
        return await printJson(letterTypeOrUsage(rest[0]).example, io);
      case "schema":
        // The JSON Schemas live with the routes (they import Hono): loaded only for this command.
        if (rest[0] === "batch") return await printJson((await import("../routes/batches")).batchSchemaJson(), io);
        return await printJson((await import("../routes/letters")).letterSchemaJson(letterTypeOrUsage(rest[0])), io);
      case "types":
        return await typesCommand(io);
      default:
        throw new UsageError(`不认识的命令 / unknown command "${command}" (shuhan --help)`);
    }
  } catch (error) {
    // The reader closed the pipe (`shuhan schema … | head -1`): it has what it wanted.
    if (error instanceof OutputClosedError) return EXIT_OK;
    if (error instanceof UsageError) {
      io.stderr.write(`shuhan: ${error.message}\n`);
      return EXIT_INVALID;
    }
    if (error instanceof ShuhanError) {
      io.stderr.write(formatProblem(error));
      return error.status >= 400 && error.status < 500 ? EXIT_INVALID : EXIT_ERROR;
    }
    const err = error as Error;
    io.stderr.write(`shuhan: ${err?.name ?? "Error"}: ${err?.message ?? String(error)}\n`);
    return EXIT_ERROR;
  }
}
