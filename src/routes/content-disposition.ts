/** Content-Disposition for downloads with Chinese file names (RFC 6266, RFC 8187). */

/** RFC 8187 ext-value: percent-encoded UTF-8; `'()*`, which encodeURIComponent leaves, are not attr-chars. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RFC 6266: an ASCII fallback for old clients, then the UTF-8 Chinese name. */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
