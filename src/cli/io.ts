/**
 * The CLI's input and output: a file or `-` (stdin/stdout), JSON parsing with a clear error, and the
 * streams injected so tests can run the CLI in-process as well as a subprocess.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  cwd: string;
}

/** A problem the user can fix (bad arguments, unreadable or malformed input): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads `path` (or stdin for `-`) as UTF-8 JSON. */
export async function readJsonInput(path: string, io: CliIo): Promise<unknown> {
  let bytes: Uint8Array;
  const label = path === "-" ? "stdin" : path;
  if (path === "-") bytes = await readStream(io.stdin);
  else {
    try {
      bytes = await readFile(resolve(io.cwd, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT" ? `找不到输入文件 / input file not found: ${path}` : `无法读取 / cannot read ${path}: ${(error as Error).message}`,
      );
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UsageError(`${label} 不是 UTF-8 文本 / ${label} is not UTF-8 text`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label} 不是有效的 JSON / ${label} is not valid JSON: ${(error as Error).message}`);
  }
}

/** stdout was closed by its reader (EPIPE): not an error, the CLI stops quietly with exit code 0. */
export class OutputClosedError extends Error {
  constructor() {
    super("stdout was closed");
    this.name = "OutputClosedError";
  }
}

/** Writes `data` to `path`, or to stdout for `-`; returns where it went, for the message. */
export async function writeOutput(path: string, data: Uint8Array | string, io: CliIo): Promise<string> {
  if (path === "-") {
    await new Promise<void>((done, fail) =>
      io.stdout.write(data, (error) =>
        error ? fail((error as NodeJS.ErrnoException).code === "EPIPE" ? new OutputClosedError() : error) : done(),
      ),
    );
    return "stdout";
  }
  const target = resolve(io.cwd, path);
  await writeFile(target, data);
  return path;
}
