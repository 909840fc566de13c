/**
 * The OpenAPI 3.1 document of the public API (design.md, "Public API contract (v1)"), built from the same zod
 * schemas that validate requests: each letter type's request body is `z.toJSONSchema(schema, { io: "input" })`,
 * the very JSON that GET /v1/letters/{type}/schema serves, so the document cannot drift from the validation.
 *
 * No OpenAPI library: zod 4 already speaks JSON Schema 2020-12 (OpenAPI 3.1's dialect), the routes are plain
 * Hono and belong to several engineers, and @hono/zod-openapi would mean rewriting every route around it.
 * What is left to write by hand — paths, responses, the Problem shape, the facts (src/openapi/facts.ts) — is
 * data, and it is below.
 *
 * Request bodies live in `components.requestBodies` (`InstallmentRequest`, `Batch`, …), schema and example
 * together: generators read a field with a `default` as optional there (openapi-typescript does, without
 * flags), which is what `io: "input"` means, where under `components.schemas` it would read as required.
 * Every 4xx and 5xx is a Problem; every response carries `X-Request-Id`, and /v1/* ones the RateLimit fields.
 */
import type { LetterType } from "../letters/types";
import { letterSchemaJson } from "../routes/letters";
import { MAX_BODY_BYTES } from "../routes/body";
import { batchSchemaJson } from "../routes/batches";
import { exampleBatch, MAX_BATCH_BODY_BYTES, MAX_BATCH_ITEMS } from "../batches";
import { IP_POLICY, KEY_POLICY } from "../middleware/rate-limit";
import { pascalCase, ref, toComponent, type JsonSchema } from "./json-schema";
import { factSchemas } from "./facts";

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: JsonSchema;
  servers?: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    parameters: Record<string, JsonSchema>;
    requestBodies: Record<string, RequestBody>;
    headers: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Record<string, string[]>[];
  parameters?: JsonSchema[];
  requestBody?: RequestBody | { $ref: string };
  responses: Record<string, JsonSchema>;
};

export type RequestBody = { required?: boolean; description?: string; content: Record<string, MediaType> };

export type MediaType = { schema?: JsonSchema; example?: unknown; examples?: Record<string, JsonSchema> };

export interface OpenApiOptions {
  version: string;
  letterTypes: readonly LetterType[];
  /** The origin the document is served from; the document lists it as its server. */
  serverUrl?: string;
}

export const SECURITY_SCHEME = "ApiKey";
const WITH_KEY = [{ [SECURITY_SCHEME]: [] }];
const OPEN: Record<string, string[]>[] = [];

const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const requestBodyRef = (name: string) => ({ $ref: `#/components/requestBodies/${name}` });
/** The schema inside a request body component, as a JSON Pointer (RFC 6901: "/" in a key is "~1"). */
export const requestSchemaRef = (name: string) => ({ $ref: `#/components/requestBodies/${name}/content/application~1json/schema` });

/** A problem+json response with a typical body. */
function problemResponse(description: string, example: JsonSchema, headers?: JsonSchema): JsonSchema {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { "application/problem+json": { schema: ref("Problem"), example } },
  };
}

const problemExample = (status: number, code: string, zh: string, en: string, extra: JsonSchema = {}) => ({
  type: `https://shuhan.dev/problems/${code.toLowerCase().replaceAll("_", "-")}`,
  title: `${zh} / ${en}`,
  status,
  code,
  ...extra,
});

function components(letterTypes: readonly LetterType[]): OpenApiDocument["components"] {
  const kb = MAX_BODY_BYTES / 1024;
  return {
    securitySchemes: {
      [SECURITY_SCHEME]: {
        type: "http",
        scheme: "bearer",
        description:
          "API 密钥：Authorization: Bearer <密钥>。服务端只保存密钥的 SHA-256（机密 API_KEY_HASHES）；未配置时（本地使用）接口不需要密钥。\n\n" +
          "API key as `Authorization: Bearer <key>`. The server keeps only SHA-256 digests (secret `API_KEY_HASHES`); " +
          "an instance without configured keys (local use) does not ask for one.",
      },
    },
    headers: {
      "X-Request-Id": {
        description:
          "请求编号：客户端发送的安全标记（1–128 个 A–Z a–z 0–9 . _ : -）原样返回，否则为新生成的 UUID；日志的每一行都带有它 / " +
          "the request's ID: the client's X-Request-Id when it is a safe token (1–128 of A–Z a–z 0–9 . _ : -), else a new UUID; every log line names it",
        schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$" },
      },
      "RateLimit-Policy": {
        description:
          `限流策略（IETF httpapi ratelimit-headers 草案）/ the quota policy (IETF httpapi ratelimit-headers draft): ` +
          `"key";q=${KEY_POLICY.limit};w=${KEY_POLICY.period} per API key, "ip";q=${IP_POLICY.limit};w=${IP_POLICY.period} per IP without one`,
        schema: { type: "string", examples: [`"key";q=${KEY_POLICY.limit};w=${KEY_POLICY.period}`] },
      },
      RateLimit: {
        description:
          "剩余额度：r 为现在还可发送的请求数，t 为再多一个额度所需的秒数；Cloudflare 上只在 429 时发送 r=0 / " +
          "what is left: r requests allowed now, t seconds until one more frees up; on Cloudflare, whose limiter says only yes or no, r=0 on a 429 only",
        schema: { type: "string", examples: ['"key";r=119;t=60'] },
      },
      "Shuhan-Warnings": {
        description:
          "信函的提示代码，逗号分隔（无提示时不发送），详见 ?format=json 的 warnings / the letter's warning codes, comma-separated, absent when none; " +
          "?format=json gives their messages",
        schema: { type: "string", examples: ["OVER_BUDGET,MIXED_SCRIPT"] },
      },
      "Cache-Control": {
        description: "no-store：含个人信息的响应不得缓存 / no-store: answers that carry personal data must not be cached",
        schema: { const: "no-store" },
      },
      Allow: { description: "该地址接受的请求方法 / the methods the path accepts (RFC 9110 §10.2.1)", schema: { type: "string" } },
      "Retry-After": { description: "秒 / seconds to wait", schema: { type: "integer", minimum: 1 } },
      "WWW-Authenticate": { description: 'Bearer realm="shuhan" (RFC 6750 §3)', schema: { type: "string" } },
      "Content-Disposition": {
        description: "attachment; filename*=UTF-8''<中文文件名>.pdf (RFC 6266)",
        schema: { type: "string" },
      },
    },
    parameters: {
      RequestId: {
        name: "X-Request-Id",
        in: "header",
        required: false,
        description:
          "可选：你自己的请求编号，安全标记会原样返回并写入日志 / optional: your own ID for the request; a safe token is echoed and logged",
        schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$" },
      },
      LetterType: {
        name: "type",
        in: "path",
        required: true,
        description: "信函类型 / letter type",
        schema: { type: "string", enum: letterTypes.map((t) => t.id) },
      },
      Format: {
        name: "format",
        in: "query",
        required: false,
        description:
          "输出格式，优先于 Accept 请求头 / output format; wins over the Accept header " +
          "(Accept: application/pdf | text/html | text/plain | application/json; default PDF). " +
          "json 返回信函的计算结果（LetterFacts）而非文件 / json answers the letter's computed facts (LetterFacts) instead of a document",
        schema: { type: "string", enum: ["pdf", "html", "text", "json"], default: "pdf" },
      },
    },
    schemas: {
      Problem: {
        type: "object",
        description: "RFC 9457 problem details; title and detail read 中文 / English.",
        required: ["type", "title", "status", "code"],
        properties: {
          type: { type: "string", format: "uri", description: "问题类型 URI / problem type URI" },
          title: { type: "string", description: "标题（中文 / English）/ title (Chinese / English)" },
          status: { type: "integer", minimum: 400, maximum: 599, description: "HTTP 状态码 / HTTP status" },
          code: { type: "string", description: "稳定的错误代码 / stable error code, e.g. INVALID_BODY" },
          detail: { type: "string", description: "说明（中文 / English）/ explanation" },
          instance: { type: "string", description: "请求路径 / the request path" },
          requestId: { type: "string", description: "请求编号，同 X-Request-Id 响应头 / the request's ID, as in the X-Request-Id header" },
          errors: { type: "array", items: ref("FieldError"), description: "逐字段的错误 / one entry per field" },
        },
      },
      FieldError: {
        type: "object",
        required: ["path", "code", "message"],
        properties: {
          path: { type: "string", description: "字段路径 / dotted field path, e.g. borrower.idNumber, items.3.debt.principal" },
          code: { type: "string", description: "错误代码 / error code, e.g. INVALID_ID_NUMBER, REQUIRED, UNKNOWN_FIELD" },
          message: ref("BilingualMessage"),
        },
      },
      BilingualMessage: {
        type: "object",
        required: ["zh", "en"],
        properties: { zh: { type: "string", description: "中文" }, en: { type: "string", description: "English" } },
      },
      ...factSchemas(letterTypes.map((t) => t.id)),
      Health: {
        type: "object",
        required: ["status", "version"],
        properties: { status: { const: "ok" }, version: { type: "string" } },
      },
      LetterTypeSummary: {
        type: "object",
        required: ["id", "title", "description", "locales"],
        properties: {
          id: { type: "string", enum: letterTypes.map((t) => t.id), description: "信函类型 / letter type id" },
          title: { type: "string", description: "中文标题 / title in zh-Hans" },
          titles: { type: "object", additionalProperties: { type: "string" }, description: "各语言标题 / title per locale" },
          description: { type: "string", description: "中文说明 / description in Chinese" },
          descriptions: ref("BilingualMessage"),
          locales: { type: "array", items: { type: "string", enum: ["zh-Hans", "zh-Hant"] } },
          links: {
            type: "object",
            properties: { render: { type: "string" }, schema: { type: "string" }, example: { type: "string" } },
          },
        },
      },
    },
    responses: {
      BadRequest: problemResponse(
        "JSON 格式错误或参数无效 / malformed JSON or an invalid parameter",
        problemExample(400, "MALFORMED_JSON", "JSON 格式错误", "Malformed JSON", {
          detail: "请求内容无法解析为 JSON / The body is not valid JSON",
        }),
      ),
      Unauthorized: problemResponse(
        "缺少或无效的 API 密钥 / missing or invalid API key",
        problemExample(401, "INVALID_API_KEY", "API 密钥无效", "Invalid API key"),
        { "WWW-Authenticate": { $ref: "#/components/headers/WWW-Authenticate" } },
      ),
      NotFound: problemResponse(
        "没有这种信函或这个地址 / unknown letter type or route",
        problemExample(404, "NOT_FOUND", "未找到", "Not found", {
          detail: '没有「x」这种信函。 / No letter type "x".',
        }),
      ),
      PayloadTooLarge: problemResponse(
        `请求内容过大：单封信函 ${kb} KB，批量 ${MAX_BATCH_BODY_BYTES / 1024} KB / body over ${kb} KB (batches: ${MAX_BATCH_BODY_BYTES / 1024} KB)`,
        problemExample(413, "BODY_TOO_LARGE", "请求内容过大", "Request body too large"),
      ),
      UnsupportedMediaType: problemResponse(
        "请以 Content-Type: application/json 发送，且不压缩（Content-Encoding 会得到 415，附 Accept-Encoding: identity）/ " +
          "send Content-Type: application/json, uncompressed (a Content-Encoding gets 415 UNSUPPORTED_CONTENT_ENCODING with Accept-Encoding: identity)",
        problemExample(415, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", "Unsupported media type"),
        { "Accept-Post": { description: "application/json", schema: { type: "string" } }, "Accept-Encoding": { description: "identity", schema: { type: "string" } } },
      ),
      UnprocessableContent: problemResponse(
        "字段无效、嵌套过深（TOO_DEEP），或含字体无法显示的字符 / invalid fields, a body nested too deep (TOO_DEEP), or characters the fonts cannot draw",
        problemExample(422, "INVALID_BODY", "请求内容有误", "The request body is invalid", {
          detail: "共 1 处错误，见 errors / 1 problem, see errors",
          errors: [
            {
              path: "borrower.idNumber",
              code: "INVALID_ID_NUMBER",
              message: { zh: "身份证号码校验位不正确", en: "the ID number's check digit is wrong" },
            },
          ],
        }),
      ),
      TooManyRequests: problemResponse(
        "请求过于频繁 / rate limited",
        problemExample(429, "RATE_LIMITED", "请求过于频繁", "Too many requests", {
          detail: "请在 60 秒后重试 / Retry after 60 seconds",
        }),
        { "Retry-After": { $ref: "#/components/headers/Retry-After" } },
      ),
      InternalError: problemResponse(
        "服务器内部错误 / internal error",
        problemExample(500, "INTERNAL", "服务器内部错误", "Internal server error"),
      ),
      ClientError: problemResponse(
        "客户端错误，均为 problem+json，例如对该地址使用了不支持的方法（405，附 Allow）/ " +
          "a client error, always problem+json, e.g. a method the path does not serve (405, with Allow)",
        problemExample(405, "METHOD_NOT_ALLOWED", "不支持该请求方法", "Method not allowed"),
        { Allow: { $ref: "#/components/headers/Allow" } },
      ),
    },
    requestBodies: {},
  };
}

/** 200 with the letter as PDF (default), HTML preview, plain text, or its facts as JSON. */
const letterOutput = () => ({
  description:
    "信函：PDF（默认）、HTML 预览、纯文本，或计算结果（JSON）/ the letter: PDF (default), HTML preview, plain text, or its computed facts (JSON)",
  headers: {
    "Content-Disposition": { $ref: "#/components/headers/Content-Disposition" },
    "Shuhan-Warnings": { $ref: "#/components/headers/Shuhan-Warnings" },
    "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
  },
  content: {
    "application/pdf": { schema: { type: "string", format: "binary" } },
    "text/html": { schema: { type: "string" } },
    "text/plain": { schema: { type: "string" } },
    "application/json": { schema: ref("LetterFacts") },
  },
});

const v1Errors = (...statuses: string[]) => {
  const names: Record<string, string> = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "404": "NotFound",
    "413": "PayloadTooLarge",
    "415": "UnsupportedMediaType",
    "422": "UnprocessableContent",
    "429": "TooManyRequests",
    "500": "InternalError",
  };
  return Object.fromEntries(statuses.map((s) => [s, problemRef(names[s])]));
};

/** An operation's request body, following its `$ref` into components.requestBodies. */
export function requestBodyOf(document: Pick<OpenApiDocument, "components">, operation: Operation): RequestBody | undefined {
  const body = operation.requestBody;
  if (!body) return undefined;
  if ("$ref" in body) return document.components.requestBodies[body.$ref.split("/").pop()!];
  return body;
}

/** A request body component: the JSON Schema (its `$defs` moved to components.schemas) and its example. */
function requestBodyComponent(name: string, schema: JsonSchema, example: unknown, schemas: Record<string, JsonSchema>): RequestBody {
  const bodySchema = toComponent(name, schema, schemas, requestSchemaRef(name).$ref, false);
  return { required: true, content: { "application/json": { schema: bodySchema, example } } };
}

/**
 * What every operation shares, added in one pass: the X-Request-Id parameter and response header, the
 * RateLimit fields on /v1/* answers, and a 4XX (every client error is a Problem) where none is listed.
 */
function addCommonParts(paths: OpenApiDocument["paths"], comps: OpenApiDocument["components"]): void {
  const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
  const withHeaders = (response: JsonSchema, names: string[]) => {
    if (typeof response.$ref === "string") return;
    const headers = (response.headers ?? {}) as JsonSchema;
    for (const name of names) headers[name] ??= header(name);
    response.headers = headers;
  };
  for (const response of Object.values(comps.responses)) withHeaders(response, ["X-Request-Id", "RateLimit-Policy", "RateLimit"]);
  for (const [path, item] of Object.entries(paths))
    for (const operation of Object.values(item)) {
      operation.parameters = [...(operation.parameters ?? []), { $ref: "#/components/parameters/RequestId" }];
      if (!Object.keys(operation.responses).some((status) => status.startsWith("4"))) operation.responses["4XX"] = problemRef("ClientError");
      const names = path.startsWith("/v1/") ? ["X-Request-Id", "RateLimit-Policy", "RateLimit"] : ["X-Request-Id"];
      for (const response of Object.values(operation.responses)) withHeaders(response, names);
    }
}

/** "installment-request" → "Installment request": the English name of a letter type, from its id. */
const englishName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");

/** Builds the whole document. Pure: the same options give the same document. */
export function buildOpenApiDocument(options: OpenApiOptions): OpenApiDocument {
  const { letterTypes } = options;
  const comps = components(letterTypes);

  // One request body per letter type: the same JSON Schema as GET /v1/letters/{type}/schema, and its example.
  const letterBodyNames = letterTypes.map((type) => {
    const name = pascalCase(type.id);
    comps.requestBodies[name] = requestBodyComponent(name, letterSchemaJson(type) as JsonSchema, type.example, comps.schemas);
    return name;
  });

  const paths: OpenApiDocument["paths"] = {};

  paths["/healthz"] = {
    get: {
      operationId: "getHealth",
      summary: "健康检查 / Health check",
      tags: ["service"],
      security: OPEN,
      responses: {
        "200": { description: "服务正常 / the service is up", content: { "application/json": { schema: ref("Health"), example: { status: "ok", version: options.version } } } },
      },
    },
  };

  paths["/v1/letters"] = {
    get: {
      operationId: "listLetterTypes",
      summary: "信函类型列表 / List the letter types",
      tags: ["letters"],
      security: WITH_KEY,
      responses: {
        "200": {
          description: "全部信函类型 / every letter type",
          content: { "application/json": { schema: { type: "array", items: ref("LetterTypeSummary") } } },
        },
        ...v1Errors("401", "429"),
      },
    },
  };

  paths["/v1/letters/{type}/schema"] = {
    get: {
      operationId: "getLetterSchema",
      summary: "请求体的 JSON Schema / JSON Schema of a letter type's request body",
      description: "由校验请求的 zod 模式生成（draft 2020-12）/ generated from the zod schema that validates (draft 2020-12).",
      tags: ["letters"],
      security: WITH_KEY,
      parameters: [{ $ref: "#/components/parameters/LetterType" }],
      responses: {
        "200": { description: "JSON Schema", content: { "application/json": { schema: { type: "object" } } } },
        ...v1Errors("401", "404", "429"),
      },
    },
  };

  paths["/v1/letters/{type}/example"] = {
    get: {
      operationId: "getLetterExample",
      summary: "有效的示例请求体 / A valid example body",
      tags: ["letters"],
      security: WITH_KEY,
      parameters: [{ $ref: "#/components/parameters/LetterType" }],
      responses: {
        "200": {
          description: "示例 / example body",
          content: { "application/json": { schema: { oneOf: letterBodyNames.map(requestSchemaRef) } } },
        },
        ...v1Errors("401", "404", "429"),
      },
    },
  };

  letterTypes.forEach((type, i) => {
    paths[`/v1/letters/${type.id}`] = {
      post: {
        operationId: `render${pascalCase(type.id)}`,
        summary: `${type.title["zh-Hans"]} / ${englishName(type.id)}`,
        description:
          `${type.description.zh}\n\n${type.description.en}\n\n` +
          "默认返回 PDF；Accept: text/html 或 ?format=html 返回 HTML 预览；Accept: text/plain 或 ?format=text 返回纯文本；" +
          "Accept: application/json 或 ?format=json 返回计算结果（金额、还款计划、日期、期限、援引、提示、下一步）。成功的响应在 Shuhan-Warnings 头中列出提示代码。\n\n" +
          "Answers a PDF by default; `Accept: text/html` or `?format=html` gives the HTML preview, `Accept: text/plain` or `?format=text` the plain text, " +
          "`Accept: application/json` or `?format=json` the computed facts (amounts, schedule, dates, deadlines, citations, warnings, next steps). " +
          "A successful answer lists its warning codes in `Shuhan-Warnings`.",
        tags: ["letters"],
        security: WITH_KEY,
        parameters: [{ $ref: "#/components/parameters/Format" }],
        requestBody: requestBodyRef(letterBodyNames[i]),
        responses: { "200": letterOutput(), ...v1Errors("400", "401", "413", "415", "422", "429", "500") },
      },
    };
    paths[`/v1/letters/${type.id}/check`] = {
      post: {
        operationId: `check${pascalCase(type.id)}`,
        summary: `仅校验：${type.title["zh-Hans"]} / Validate only: ${englishName(type.id)}`,
        description:
          "校验请求体而不生成文件（不加载字体）：有效时返回 200 及提示和计算结果；无效时返回与生成时相同的 422。\n\n" +
          "Validates the body without making a document (no font is loaded): 200 with the warnings and the facts, or the same 422 a render would give.",
        tags: ["letters"],
        security: WITH_KEY,
        requestBody: requestBodyRef(letterBodyNames[i]),
        responses: {
          "200": {
            description: "有效 / valid",
            headers: { "Shuhan-Warnings": { $ref: "#/components/headers/Shuhan-Warnings" }, "Cache-Control": { $ref: "#/components/headers/Cache-Control" } },
            content: { "application/json": { schema: ref("CheckResult") } },
          },
          ...v1Errors("400", "401", "413", "415", "422", "429", "500"),
        },
      },
    };
  });

  // POST /v1/batches: the batch module's own zod schema, the same JSON as GET /v1/batches/schema.
  comps.requestBodies.Batch = requestBodyComponent("Batch", batchSchemaJson() as JsonSchema, exampleBatch(), comps.schemas);
  const batchKb = MAX_BATCH_BODY_BYTES / 1024;
  paths["/v1/batches"] = {
    post: {
      operationId: "renderBatch",
      summary: "批量：一位借款人，多家债权机构 / Batch: one borrower, many creditors",
      description:
        `每家债权机构一封信，最多 ${MAX_BATCH_ITEMS} 项，请求体不超过 ${batchKb} KB。共同字段（借款人、语言、日期、困难情况等）写在顶层，各项写自己的债权机构、账户、欠款及请求，并可覆盖共同字段；` +
        "可统一指定 type，也可每项各自指定。全部项目先校验再生成：任一项有误则整批返回 422，errors 的路径以 items.<序号> 开头。" +
        "默认（Accept: application/zip 或 ?format=zip）返回每封信一个 PDF 的 ZIP；Accept: application/pdf 或 ?format=pdf 返回合并的一个 PDF。\n\n" +
        `One letter per creditor, at most ${MAX_BATCH_ITEMS} items, a body of at most ${batchKb} KB. Shared fields (borrower, locale, date, hardship, …) stand at the top; ` +
        "each item names its lender, account, debt and what the letter asks (plan, deferral or incidents), and may override a shared field. " +
        "One `type` for all, or a `type` per item. Every item is validated before any is rendered: one 422 lists each problem at `items.<index>.<field>`. " +
        "By default (`Accept: application/zip` or `?format=zip`) a ZIP with one PDF per letter; `Accept: application/pdf` or `?format=pdf` one merged PDF.",
      tags: ["batches"],
      security: WITH_KEY,
      parameters: [
        {
          name: "format",
          in: "query",
          required: false,
          description: "输出格式，优先于 Accept 请求头 / output format; wins over the Accept header (default zip)",
          schema: { type: "string", enum: ["zip", "pdf"], default: "zip" },
        },
      ],
      requestBody: requestBodyRef("Batch"),
      responses: {
        "200": {
          description: "ZIP（每封信一个 PDF）或合并的 PDF / a ZIP of PDFs or one merged PDF",
          headers: {
            "Content-Disposition": { $ref: "#/components/headers/Content-Disposition" },
            "X-Shuhan-Letter-Count": { description: "信函数量 / number of letters", schema: { type: "integer", minimum: 1 } },
            "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
          },
          content: {
            "application/zip": { schema: { type: "string", format: "binary" } },
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
        ...v1Errors("400", "401", "413", "415", "422", "429", "500"),
      },
    },
  };

  paths["/v1/batches/schema"] = {
    get: {
      operationId: "getBatchSchema",
      summary: "批量请求体的 JSON Schema / JSON Schema of the batch body",
      tags: ["batches"],
      security: WITH_KEY,
      responses: {
        "200": { description: "JSON Schema", content: { "application/json": { schema: { type: "object" } } } },
        ...v1Errors("401", "429"),
      },
    },
  };

  paths["/v1/batches/example"] = {
    get: {
      operationId: "getBatchExample",
      summary: "有效的批量示例 / A valid example batch",
      tags: ["batches"],
      security: WITH_KEY,
      responses: {
        "200": { description: "示例 / example body", content: { "application/json": { schema: requestSchemaRef("Batch") } } },
        ...v1Errors("401", "429"),
      },
    },
  };

  paths["/openapi.json"] = {
    get: {
      operationId: "getOpenApi",
      summary: "本文档 / This OpenAPI document",
      tags: ["service"],
      security: OPEN,
      responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };

  paths["/docs"] = {
    get: {
      operationId: "getDocs",
      summary: "接口文档页面 / API reference page",
      tags: ["service"],
      security: OPEN,
      responses: { "200": { description: "HTML", content: { "text/html": { schema: { type: "string" } } } } },
    },
  };

  // The web form (src/routes/form.ts): for browsers, open without a key, URL-encoded posts.
  const html = (description: string) => ({ description, content: { "text/html": { schema: { type: "string" } } } });
  const formBody = {
    required: true,
    description: "表单字段，与网页表单相同 / the web form's fields",
    content: { "application/x-www-form-urlencoded": { schema: { type: "object", additionalProperties: { type: "string" } } } },
  };
  const formProblem = {
    description: "字段有误；errors 的 path 为表单字段名 / invalid fields; errors name the form fields",
    content: { "application/problem+json": { schema: ref("Problem") } },
  };
  const pdfOnly = {
    description: "信函 PDF / the letter",
    headers: { "Content-Disposition": { $ref: "#/components/headers/Content-Disposition" } },
    content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
  };
  const typeParam = [{ $ref: "#/components/parameters/LetterType" }];
  const formOperation = (operationId: string, summary: string, extra: Partial<Operation> & Pick<Operation, "responses">): Operation => ({
    operationId,
    summary,
    tags: ["form"],
    security: OPEN,
    ...extra,
  });

  paths["/"] = {
    get: formOperation("getStartPage", "网页表单首页：选择信函 / The web form: choose a letter", {
      description: "借款人自己填写的网页表单，无需 API 密钥 / the form borrowers fill in themselves; no API key.",
      responses: { "200": html("HTML") },
    }),
  };
  paths["/form/{type}"] = {
    get: formOperation("getForm", "信函表单 / The form of a letter type", {
      parameters: typeParam,
      responses: { "200": html("HTML"), "404": html("没有这种信函 / no such letter type") },
    }),
    post: formOperation("submitForm", "提交网页表单 / Submit the web form", {
      description:
        "浏览器的普通表单提交，无需 JavaScript：成功时返回 PDF；有误时返回保留输入、标明错误的表单（422）。集成请使用 /v1/letters/{type}。\n\n" +
        "A browser's plain form post, no JavaScript needed: the PDF, or the form again with the input kept and the problems marked (422). " +
        "Integrations use /v1/letters/{type}.",
      parameters: typeParam,
      requestBody: formBody,
      responses: {
        "200": {
          ...pdfOnly,
          description: "信函 PDF；或增加一行后的表单 / the letter; or the form with one more list row",
          content: { ...pdfOnly.content, "text/html": { schema: { type: "string" } } },
        },
        "415": problemRef("UnsupportedMediaType"),
        "422": html("标明错误的表单 / the form with the problems marked"),
        "429": problemRef("TooManyRequests"),
      },
    }),
  };
  paths["/form/{type}/step"] = {
    post: formOperation("formStep", "表单的下一步 / One step of the web form to the next", {
      description:
        "一步一步填写：所有已填内容都在页面的隐藏字段里随表单提交，服务器不保存。action 决定去哪一步（next、back、goto:<步>、review、done 等）。\n\n" +
        "The form step by step: every answer so far travels in the page's hidden fields; the server stores nothing. `action` says where to go (next, back, goto:<step>, review, done, …).",
      parameters: typeParam,
      requestBody: formBody,
      responses: {
        "200": html("下一步、检查页或「信写好了」/ the next step, check your answers, or the finished letter"),
        "415": problemRef("UnsupportedMediaType"),
        "422": html("标明错误的这一步 / the step with its problems marked"),
      },
    }),
  };
  paths["/form/{type}/batch"] = {
    post: formOperation("downloadFormBatch", "表单的多家机构信函 / The form's letters to several creditors", {
      description:
        "同一位借款人致多家机构：output=zip（默认）为 ZIP，pdf 为合并的 PDF，pdf-inline 在浏览器中显示。\n\n" +
        "One borrower's letters to several creditors: output=zip (default) a ZIP, pdf one merged PDF, pdf-inline shown in the browser.",
      parameters: typeParam,
      requestBody: formBody,
      responses: {
        "200": { description: "ZIP 或 PDF / a ZIP or a PDF", content: { "application/zip": { schema: { type: "string", format: "binary" } }, ...pdfOnly.content } },
        "415": problemRef("UnsupportedMediaType"),
        "422": html("检查页，标明错误 / check your answers, with the problems marked"),
        "429": html("请稍后再试，保留输入 / try again later, the input kept"),
      },
    }),
  };
  paths["/form/{type}/check"] = {
    post: formOperation("checkForm", "检查表单 / Check the form's values", {
      parameters: typeParam,
      requestBody: formBody,
      responses: {
        "200": { description: "无误 / valid", content: { "application/json": { schema: { type: "object", properties: { ok: { const: true } } } } } },
        "415": problemRef("UnsupportedMediaType"),
        "422": formProblem,
      },
    }),
  };
  paths["/form/{type}/preview"] = {
    post: formOperation("previewForm", "表单预览 / Preview the form's letter", {
      parameters: typeParam,
      requestBody: formBody,
      responses: { "200": html("信函的 HTML 预览 / the letter's HTML preview"), "415": problemRef("UnsupportedMediaType"), "422": formProblem },
    }),
  };
  paths["/form/{type}/pdf"] = {
    post: formOperation("downloadFormPdf", "表单生成 PDF / The form's letter as PDF", {
      parameters: typeParam,
      requestBody: formBody,
      responses: { "200": pdfOnly, "415": problemRef("UnsupportedMediaType"), "422": formProblem, "429": problemRef("TooManyRequests") },
    }),
  };
  paths["/form.css"] = {
    get: formOperation("getFormStylesheet", "表单样式表 / The form's stylesheet", {
      responses: { "200": { description: "CSS", content: { "text/css": { schema: { type: "string" } } } } },
    }),
  };
  paths["/form.js"] = {
    get: formOperation("getFormScript", "表单脚本（可选的增强）/ The form's script (optional enhancement)", {
      responses: { "200": { description: "JavaScript", content: { "text/javascript": { schema: { type: "string" } } } } },
    }),
  };

  addCommonParts(paths, comps);

  return {
    openapi: "3.1.0",
    info: {
      title: "书函 Shuhan API",
      version: options.version,
      summary: "把 JSON 变成正式的中文信函（PDF）/ JSON to formal Chinese letters (PDF)",
      description: [
        "为借款人生成正式中文信函：个性化分期、延期还款（停息挂账）申请书，以及停止不当催收的告知函。",
        "Formal Chinese letters for borrowers: installment and deferral requests to lenders, and objections to improper collection.",
        "",
        `- **认证 / Authentication**: \`Authorization: Bearer <key>\` on /v1/*; / , /form/*, /healthz, /docs and /openapi.json are open.`,
        `- **限流 / Rate limits**: ${KEY_POLICY.limit} requests in any ${KEY_POLICY.period} s per API key, ${IP_POLICY.limit} / ${IP_POLICY.period} s per IP without a key; ` +
          "every /v1/* answer says so in `RateLimit-Policy` and `RateLimit` (IETF httpapi draft); past the limit 429 with Retry-After.",
        "- **请求编号 / Request IDs**: send `X-Request-Id` (1–128 of `A–Z a–z 0–9 . _ : -`) and it comes back, else a new UUID does; problems carry it as `requestId`. Quote it when reporting a problem.",
        "- **HTTP**: a known path with another method gets 405 with `Allow`; every answer to a POST has `Cache-Control: no-store`; bodies must not be compressed (`Content-Encoding` gets 415); nesting deeper than 32 levels gets 422 `TOO_DEEP`.",
        "- **金额 / Money**: a JSON number with at most two decimals or a decimal string, 0 to 100,000,000 yuan. **日期 / Dates**: YYYY-MM-DD. Unknown fields are rejected.",
        `- **错误 / Errors**: RFC 9457 application/problem+json with errors[] (path, code, message {zh, en}). Bodies up to ${MAX_BODY_BYTES / 1024} KB (batches ${MAX_BATCH_BODY_BYTES / 1024} KB).`,
        "- **文档 / Reference**: /docs",
      ].join("\n"),
      license: { name: "MIT", identifier: "MIT" },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [
      { name: "letters", description: "单封信函 / single letters" },
      { name: "batches", description: "批量信函 / letters to many creditors" },
      { name: "form", description: "网页表单 / the web form" },
      { name: "service", description: "服务与文档 / service and documentation" },
    ],
    paths,
    components: comps,
  };
}

/** Every path the document must list, in the order the docs page shows them (for tests and the docs page). */
export function documentedRoutes(letterTypeIds: readonly string[]): string[] {
  return [
    "/healthz",
    "/v1/letters",
    "/v1/letters/{type}/schema",
    "/v1/letters/{type}/example",
    ...letterTypeIds.flatMap((id) => [`/v1/letters/${id}`, `/v1/letters/${id}/check`]),
    "/v1/batches",
    "/v1/batches/schema",
    "/v1/batches/example",
    "/openapi.json",
    "/docs",
    "/",
    "/form/{type}",
    "/form/{type}/step",
    "/form/{type}/batch",
    "/form/{type}/check",
    "/form/{type}/preview",
    "/form/{type}/pdf",
    "/form.css",
    "/form.js",
  ];
}
