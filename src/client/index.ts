/**
 * A typed client for TypeScript integrators (legal-aid clinics, debt counsellors' case systems): every letter
 * body is typed from the zod schema that validates it on the server (`z.input<typeof schema>`), so an editor
 * completes `plan.months` and flags a misspelt `idNumber` before a request is sent.
 *
 * Why not Hono's `hc`: its types come from routes declared with Hono validators and `c.json()` answers. Our
 * routes read bodies through one strict reader (415/413/400 as problem+json) and answer PDFs, ZIPs and text,
 * so `hc` would type neither the bodies nor the answers. This client imports the schemas' *types* only
 * (`import type`, erased at compile time): at run time it is `fetch` and nothing else, in a browser, Node,
 * Deno or a Worker.
 *
 *   const shuhan = createClient({ baseUrl: "https://letters.example.org", apiKey: process.env.SHUHAN_API_KEY });
 *   const { bytes, fileName } = await shuhan.renderPdf("installment-request", body);
 */
import type { z } from "zod";
import type { FieldError } from "../errors";
import type { RegisteredLetterTypes } from "../letters";

/**
 * The request body of each letter type, as the API accepts it (money as number or decimal string, dates
 * YYYY-MM-DD), by type id: derived from the registry, so a new letter type is typed without touching this file.
 */
export type LetterBodies = { [T in RegisteredLetterTypes as T["id"]]: z.input<T["schema"]> };

export type LetterTypeId = keyof LetterBodies;
export type LetterBody<T extends LetterTypeId = LetterTypeId> = LetterBodies[T];

/** Fields a batch may give once for every item (src/batches/schema.ts, SHARED_FIELDS). */
type SharedKey = "locale" | "date" | "attachments" | "hardship" | "contactPreference";
/** Fields only the batch has: one borrower. */
type BatchOnlyKey = "borrower" | "privacy";

type Optionalize<T, K extends PropertyKey> = Omit<T, K> & Partial<Pick<T, Extract<keyof T, K>>>;

/** One creditor of a batch: the letter body without the borrower; shared fields optional (the batch's apply). */
export type BatchItem<T extends LetterTypeId = LetterTypeId> = {
  [K in T]: { type?: K } & Optionalize<Omit<LetterBodies[K], BatchOnlyKey>, SharedKey>;
}[T];

/** A field's type in the letter types that have it (the shared fields are the same in each). */
type Shared<K extends string> = {
  [T in LetterTypeId]: K extends keyof LetterBodies[T] ? Exclude<LetterBodies[T][K], undefined> : never;
}[LetterTypeId];

/** The body of POST /v1/batches: one borrower, 1 to 50 creditors (src/batches/schema.ts). */
export interface BatchBody {
  /** The letter type of every item that does not name its own. */
  type?: LetterTypeId;
  locale?: Shared<"locale">;
  date?: Shared<"date">;
  borrower: Shared<"borrower">;
  privacy?: Shared<"privacy">;
  attachments?: Shared<"attachments">;
  hardship?: Shared<"hardship">;
  contactPreference?: Shared<"contactPreference">;
  items: BatchItem[];
}

/** An RFC 9457 problem as the API sends it (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  /** Each invalid field: `path` into the body (`items.3.plan.months`), a stable `code`, `message.zh` / `message.en`. */
  errors?: FieldError[];
}

/** Thrown for every answer that is not a success; `problem` is the API's problem document. */
export class ShuhanApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait before retrying (429), from Retry-After. */
  readonly retryAfter?: number;

  constructor(problem: Problem, retryAfter?: number) {
    super(`${problem.status} ${problem.code}: ${problem.title}`);
    this.name = "ShuhanApiError";
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** A file the API answered with. */
export interface Download {
  bytes: Uint8Array;
  contentType: string;
  /** The Chinese file name from Content-Disposition (`filename*`), e.g. 个性化分期还款申请书_张三_招商银行信用卡中心.pdf. */
  fileName?: string;
}

export interface LetterTypeInfo {
  id: LetterTypeId;
  title: string;
  titles: Record<"zh-Hans" | "zh-Hant", string>;
  description: string;
  descriptions: { zh: string; en: string };
  locales: ("zh-Hans" | "zh-Hant")[];
  links: { render: string; schema: string; example: string };
}

export interface ShuhanClientOptions {
  /** Where the service runs, e.g. "https://letters.example.org" or "http://127.0.0.1:3000". */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>` when the service requires keys. */
  apiKey?: string;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** A fetch of your own (a proxy agent, a test's `app.request`); default the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
}

export interface ShuhanClient {
  health(): Promise<{ status: string; version: string }>;
  letterTypes(): Promise<LetterTypeInfo[]>;
  example<T extends LetterTypeId>(type: T): Promise<LetterBodies[T]>;
  schema(type: LetterTypeId | "batch"): Promise<Record<string, unknown>>;
  renderPdf<T extends LetterTypeId>(type: T, body: LetterBodies[T]): Promise<Download>;
  renderText<T extends LetterTypeId>(type: T, body: LetterBodies[T]): Promise<string>;
  renderHtml<T extends LetterTypeId>(type: T, body: LetterBodies[T]): Promise<string>;
  /** A ZIP of PDFs named by creditor (default) or one merged PDF. */
  renderBatch(body: BatchBody, options?: { format?: "zip" | "pdf" }): Promise<Download>;
  batchExample(): Promise<BatchBody>;
}

/** The UTF-8 name of `filename*=UTF-8''…` (RFC 6266, RFC 8187), else the plain `filename`. */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1];
}

async function problemOf(response: Response): Promise<ShuhanApiError> {
  const retry = Number(response.headers.get("retry-after"));
  let problem: Problem;
  try {
    problem = (await response.json()) as Problem;
  } catch {
    problem = { type: "about:blank", title: response.statusText || "HTTP error", status: response.status, code: `HTTP_${response.status}` };
  }
  return new ShuhanApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
}

export function createClient(options: ShuhanClientOptions): ShuhanClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const send = options.fetch ?? ((request: Request) => fetch(request));

  async function call(path: string, init: { method?: string; body?: unknown; accept: string }): Promise<Response> {
    const headers = new Headers(options.headers);
    headers.set("accept", init.accept);
    if (options.apiKey) headers.set("authorization", `Bearer ${options.apiKey}`);
    if (init.body !== undefined) headers.set("content-type", "application/json");
    const response = await send(
      new Request(`${base}${path}`, {
        method: init.method ?? "GET",
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  const json = async <T>(path: string): Promise<T> => (await call(path, { accept: "application/json" })).json() as Promise<T>;

  async function download(path: string, body: unknown, accept: string): Promise<Download> {
    const response = await call(path, { method: "POST", body, accept });
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get("content-type") ?? accept,
      fileName: fileNameFromDisposition(response.headers.get("content-disposition")),
    };
  }

  const letterPath = (type: string) => `/v1/letters/${encodeURIComponent(type)}`;

  return {
    health: () => json("/healthz"),
    letterTypes: () => json("/v1/letters"),
    example: (type) => json(`${letterPath(type)}/example`),
    schema: (type) => json(type === "batch" ? "/v1/batches/schema" : `${letterPath(type)}/schema`),
    renderPdf: (type, body) => download(letterPath(type), body, "application/pdf"),
    renderText: async (type, body) => (await call(`${letterPath(type)}?format=text`, { method: "POST", body, accept: "text/plain" })).text(),
    renderHtml: async (type, body) => (await call(`${letterPath(type)}?format=html`, { method: "POST", body, accept: "text/html" })).text(),
    renderBatch: (body, batchOptions = {}) => {
      const format = batchOptions.format ?? "zip";
      return download(`/v1/batches?format=${format}`, body, format === "pdf" ? "application/pdf" : "application/zip");
    },
    batchExample: () => json("/v1/batches/example"),
  };
}
