/**
 * The service's log lines: one JSON object per line on stderr, `{"level","requestId"?,"message"}`, so a
 * self-hoster's log collector can read them and an operator can find the line of the request a client
 * reports by its `X-Request-Id`.
 *
 * What may be logged is narrow: the request ID, which part of the service speaks, and an error's class and
 * where it was thrown (`errorSummary`). Never an error's message, which can quote request data (a parser's
 * message, a value in a TypeError), and never the request: the service logs no bodies, names, ID numbers,
 * phone numbers, API keys or client addresses.
 */
import type { Context } from "hono";

export type LogLevel = "error" | "warn" | "info";

export interface LogContext {
  /** The request's ID (src/middleware/request-id.ts), when the line is about a request. */
  requestId?: string;
}

/** Where lines go (tests replace it); default: console.error, i.e. stderr, for every level. */
let sink: (line: string) => void = (line) => console.error(line);

export function setLogSink(next: (line: string) => void): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

/** Writes one line. `message` must be the service's own words, never request data. */
export function log(level: LogLevel, message: string, context: LogContext = {}): void {
  const line: Record<string, string> = { level };
  if (context.requestId) line.requestId = context.requestId;
  line.message = message;
  sink(JSON.stringify(line));
}

/** The log context of a request: its ID, nothing else of it. */
export function requestLogContext(c: Context): LogContext {
  const requestId = c.get("requestId") as string | undefined;
  return requestId ? { requestId } : {};
}

/**
 * What the service may log about an error: its class and where it was thrown. Never its message, which can
 * quote request data (a parser's message, a value in a TypeError), and never the request: the service logs
 * no bodies, names, ID numbers or phone numbers.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const where = error.stack
    ?.split("\n")
    .find((line) => line.trim().startsWith("at "))
    ?.trim()
    .replace(/^at /, "");
  return `${error.constructor.name}${where ? ` at ${where}` : ""}`;
}
