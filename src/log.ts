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
