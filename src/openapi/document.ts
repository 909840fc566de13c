/**
 * The OpenAPI 3.1 document of the public API (design.md, "Public API contract (v1)"), built from the same zod
 * schemas that validate requests: each letter type's request body is `z.toJSONSchema(schema, { io: "input" })`,
 * the very JSON that GET /v1/letters/{type}/schema serves, so the document cannot drift from the validation.
 *
 * No OpenAPI library: zod 4 already speaks JSON Schema 2020-12 (OpenAPI 3.1's dialect), the routes are plain
 * Hono and belong to several engineers, and @hono/zod-openapi would mean rewriting every route around it.
 * What is left to write by hand — paths, responses, the Problem shape — is data, and it is below.
 */
import type { LetterType } from "../letters/types";
import { letterSchemaJson } from "../routes/letters";
import { MAX_BODY_BYTES } from "../routes/body";
import { batchSchemaJson } from "../routes/batches";
import { exampleBatch, MAX_BATCH_BODY_BYTES, MAX_BATCH_ITEMS } from "../batches";
import { IP_POLICY, KEY_POLICY } from "../middleware/rate-limit";
import { pascalCase, ref, toComponent, type JsonSchema } from "./json-schema";

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
  requestBody?: { required?: boolean; description?: string; content: Record<string, MediaType> };
  responses: Record<string, JsonSchema>;
};

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
      "Retry-After": { description: "秒 / seconds to wait", schema: { type: "integer", minimum: 1 } },
      "WWW-Authenticate": { description: 'Bearer realm="shuhan" (RFC 6750 §3)', schema: { type: "string" } },
      "Content-Disposition": {
        description: "attachment; filename*=UTF-8''<中文文件名>.pdf (RFC 6266)",
        schema: { type: "string" },
      },
    },
    parameters: {
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
          "(Accept: application/pdf | text/html | text/plain; default PDF)",
        schema: { type: "string", enum: ["pdf", "html", "text"], default: "pdf" },
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
        "请以 Content-Type: application/json 发送 / send Content-Type: application/json",
        problemExample(415, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", "Unsupported media type"),
      ),
      UnprocessableContent: problemResponse(
        "字段无效，或含字体无法显示的字符 / invalid fields, or characters the fonts cannot draw",
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
    },
  };
}

/** 200 with the letter as PDF (default), HTML preview or plain text. */
const letterOutput = (what: string) => ({
  description: `${what}：PDF（默认）、HTML 预览或纯文本 / ${what === "信函" ? "the letter" : "the letters"}: PDF (default), HTML preview or plain text`,
  headers: { "Content-Disposition": { $ref: "#/components/headers/Content-Disposition" } },
  content: {
    "application/pdf": { schema: { type: "string", format: "binary" } },
    "text/html": { schema: { type: "string" } },
    "text/plain": { schema: { type: "string" } },
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
  };
  return Object.fromEntries(statuses.map((s) => [s, problemRef(names[s])]));
};

/** "installment-request" → "Installment request": the English name of a letter type, from its id. */
const englishName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");

/** Builds the whole document. Pure: the same options give the same document. */
export function buildOpenApiDocument(options: OpenApiOptions): OpenApiDocument {
  const { letterTypes } = options;
  const comps = components(letterTypes);

  // One component per letter type, the same JSON as GET /v1/letters/{type}/schema.
  const letterSchemaNames = letterTypes.map((type) => {
    const name = `${pascalCase(type.id)}Request`;
    toComponent(name, letterSchemaJson(type) as JsonSchema, comps.schemas);
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
          content: { "application/json": { schema: { oneOf: letterSchemaNames.map(ref) } } },
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
          "默认返回 PDF；Accept: text/html 或 ?format=html 返回 HTML 预览；Accept: text/plain 或 ?format=text 返回纯文本。\n\n" +
          "Answers a PDF by default; `Accept: text/html` or `?format=html` gives the HTML preview, `Accept: text/plain` or `?format=text` the plain text.",
        tags: ["letters"],
        security: WITH_KEY,
        parameters: [{ $ref: "#/components/parameters/Format" }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref(letterSchemaNames[i]), example: type.example } },
        },
        responses: { "200": letterOutput("信函"), ...v1Errors("400", "401", "413", "415", "422", "429") },
      },
    };
  });

  // POST /v1/letters/{type}/check: validate and build only (no template, no font).
  paths["/v1/letters/{type}/check"] = {
    post: {
      operationId: "checkLetter",
      summary: "只校验，不生成 / Validate without rendering",
      description:
        "与生成信函相同的校验（含跨字段检查），通过时返回 200 及提示（warnings）和信函要素（facts），否则返回与生成时相同的 422。不加载字体。\n\n" +
        "The same validation as a render (cross-field checks included): 200 with the warnings and the letter's facts, or the same 422 a render would give. No font is loaded.",
      tags: ["letters"],
      security: WITH_KEY,
      parameters: [{ $ref: "#/components/parameters/LetterType" }],
      requestBody: { required: true, content: { "application/json": { schema: { oneOf: letterSchemaNames.map(ref) } } } },
      responses: {
        "200": {
          description: "校验通过 / valid",
          content: { "application/json": { schema: { type: "object", required: ["ok", "warnings", "facts"], properties: { ok: { const: true }, warnings: { type: "array", items: { type: "object" } }, facts: { type: "object" } } } } },
        },
        ...v1Errors("400", "401", "404", "413", "415", "422", "429"),
      },
    },
  };

  // POST /v1/batches: the batch module's own zod schema, the same JSON as GET /v1/batches/schema.
  toComponent("BatchRequest", batchSchemaJson() as JsonSchema, comps.schemas);
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
      requestBody: {
        required: true,
        content: { "application/json": { schema: ref("BatchRequest"), example: exampleBatch() } },
      },
      responses: {
        "200": {
          description: "ZIP（每封信一个 PDF）或合并的 PDF / a ZIP of PDFs or one merged PDF",
          headers: {
            "Content-Disposition": { $ref: "#/components/headers/Content-Disposition" },
            "X-Shuhan-Letter-Count": { description: "信函数量 / number of letters", schema: { type: "integer", minimum: 1 } },
          },
          content: {
            "application/zip": { schema: { type: "string", format: "binary" } },
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
        ...v1Errors("400", "401", "413", "415", "422", "429"),
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
        "200": { description: "示例 / example body", content: { "application/json": { schema: ref("BatchRequest") } } },
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
        `- **限流 / Rate limits**: ${KEY_POLICY.limit} requests / ${KEY_POLICY.period} s per API key, ${IP_POLICY.limit} / ${IP_POLICY.period} s per IP without a key; past the limit 429 with Retry-After.`,
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
    "/v1/letters/{type}/check",
    ...letterTypeIds.map((id) => `/v1/letters/${id}`),
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
