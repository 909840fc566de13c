/**
 * One error type for everything a client can be told about (RFC 9457 problem details).
 * Deep code throws `ShuhanError`; `app.onError` maps it to `application/problem+json` in one place.
 * Messages are bilingual: borrowers read Chinese, integrators often read English.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldError {
  /** Dotted path into the request body, e.g. "borrower.idNumber" or "incidents.3.date". */
  path: string;
  /** Stable machine-readable code, e.g. "INVALID_ID_NUMBER". */
  code: string;
  message: Bilingual;
}

export interface ProblemInit {
  status: number;
  /** Stable code; also the last segment of the problem `type` URI. */
  code: string;
  title: Bilingual;
  detail?: Bilingual;
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
}

export class ShuhanError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: Bilingual;
  readonly detail?: Bilingual;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(init: ProblemInit) {
    super(init.title.en, { cause: init.cause });
    this.name = "ShuhanError";
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers;
  }

  /** The RFC 9457 body. `title` and `detail` are strings (Chinese, then English) for generic clients. */
  toProblem(instance?: string): Record<string, unknown> {
    return {
      type: `https://shuhan.dev/problems/${this.code.toLowerCase().replaceAll("_", "-")}`,
      title: `${this.title.zh} / ${this.title.en}`,
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: `${this.detail.zh} / ${this.detail.en}` } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/**
 * Bilingual message for a zod refinement: zod keeps `message` (English) and `params`,
 * which src/validation.ts turns into a FieldError. Use as `.refine(ok, bilingual("CODE", "中文", "English"))`.
 */
export function bilingual(code: string, zh: string, en: string) {
  ownMessages.set(en, { code, zh });
  return { message: en, params: { code, zh } };
}

/**
 * zod keeps `params` only on custom issues; for built-in checks given a `bilingual(...)` message
 * (`.min(1, bilingual(...))`) the English text is the key back to its code and Chinese.
 */
const ownMessages = new Map<string, { code: string; zh: string }>();

export function bilingualMessage(en: string): { code: string; zh: string } | undefined {
  return ownMessages.get(en);
}
