/** Content-Disposition for downloads with Chinese file names (RFC 6266, RFC 8187). */

/** RFC 8187 ext-value: percent-encoded UTF-8; `'()*`, which encodeURIComponent leaves, are not attr-chars. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename*=UTF-8''<中文名>`, exactly as the API contract (design.md) writes it. No ASCII
 * `filename=` fallback: every browser and HTTP client in use reads RFC 8187 `filename*`, and a second
 * parameter only gives naive parsers something to trip over.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
