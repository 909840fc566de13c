/**
 * The API reference page (GET /docs), rendered on the server from the OpenAPI document: every operation with
 * its parameters, request fields (from the JSON Schema), a curl example and its responses, plus authentication,
 * rate limits and the error shape. One static HTML page: no script, no external stylesheet or font, so it works
 * under the app's Content-Security-Policy (inline <style> only) and offline.
 */
import type { OpenApiDocument, Operation } from "../openapi/document";
import { requestBodyOf, SECURITY_SCHEME } from "../openapi/document";
import type { JsonSchema } from "../openapi/json-schema";
import { deref, schemaFields, type FieldRow } from "./fields";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** The little Markdown the document's descriptions use: paragraphs, "- " lists, `code`, **strong**. */
export function renderMarkdown(text: string): string {
  const inline = (line: string) =>
    escapeHtml(line)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split("\n").filter((l) => l.trim());
      if (lines.length && lines.every((l) => l.startsWith("- ")))
        return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`;
      const items = lines.filter((l) => l.startsWith("- "));
      if (items.length) {
        const text = lines.filter((l) => !l.startsWith("- "));
        return `${text.length ? `<p>${text.map(inline).join("<br>")}</p>` : ""}<ul>${items.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`;
      }
      return lines.length ? `<p>${lines.map(inline).join("<br>")}</p>` : "";
    })
    .join("\n");
}

interface Entry {
  method: string;
  path: string;
  operation: Operation;
}

function operations(document: OpenApiDocument): Entry[] {
  const entries: Entry[] = [];
  for (const [path, item] of Object.entries(document.paths))
    for (const method of METHODS) if (item[method]) entries.push({ method, path, operation: item[method] });
  return entries;
}

const needsKey = (op: Operation) => (op.security ?? []).some((req) => SECURITY_SCHEME in req);

function fieldTable(rows: FieldRow[]): string {
  if (!rows.length) return "";
  const body = rows
    .map((row) => {
      const notes = [
        row.description ? escapeHtml(row.description) : "",
        row.enumValues ? `可选 / one of: ${row.enumValues.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(" ")}` : "",
        row.defaultValue !== undefined ? `默认 / default: <code>${escapeHtml(JSON.stringify(row.defaultValue))}</code>` : "",
        ...row.constraints.map(escapeHtml),
      ].filter(Boolean);
      const depth = Math.min(6, (row.path.match(/\./g) ?? []).length);
      return (
        `<tr><td class="path d${depth}"><code>${escapeHtml(row.path)}</code></td>` +
        `<td><code>${escapeHtml(row.type)}</code></td>` +
        `<td>${row.required ? '<span class="req">必填 / required</span>' : "可选 / optional"}</td>` +
        `<td>${notes.join("<br>")}</td></tr>`
      );
    })
    .join("\n");
  return `<table class="fields"><thead><tr><th>字段 / Field</th><th>类型 / Type</th><th>必填 / Required</th><th>说明 / Notes</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function parameterRows(document: OpenApiDocument, op: Operation): FieldRow[] {
  return (op.parameters ?? []).map((raw) => {
    const p = deref(raw, document) as JsonSchema & { name: string; in: string; required?: boolean; schema?: JsonSchema; description?: string };
    const schema = deref(p.schema, document);
    return {
      path: `${p.name} (${p.in})`,
      type: typeof schema.type === "string" ? schema.type : "string",
      required: Boolean(p.required),
      ...(p.description ? { description: p.description } : {}),
      ...(Array.isArray(schema.enum) ? { enumValues: schema.enum } : {}),
      ...(schema.default !== undefined ? { defaultValue: schema.default } : {}),
      constraints: [],
    };
  });
}

/** The path with its first enum value in each template, e.g. /v1/letters/installment-request/schema. */
function concretePath(document: OpenApiDocument, entry: Entry): string {
  return entry.path.replace(/\{(\w+)\}/g, (whole, name: string) => {
    for (const raw of entry.operation.parameters ?? []) {
      const p = deref(raw, document) as { name?: string; schema?: JsonSchema };
      const values = deref(p.schema, document).enum as unknown[] | undefined;
      if (p.name === name && values?.length) return String(values[0]);
    }
    return whole;
  });
}

function curlExample(document: OpenApiDocument, entry: Entry, base: string): string {
  const url = `${base}${concretePath(document, entry)}`;
  const auth = needsKey(entry.operation) ? ` \\\n  -H "Authorization: Bearer $SHUHAN_API_KEY"` : "";
  const content = requestBodyOf(document, entry.operation)?.content ?? {};
  const json = content["application/json"];
  if (json) {
    const example = json.example;
    const output = entry.path.startsWith("/v1/batches") ? "letters.zip" : "letter.pdf";
    const body = example !== undefined ? `cat > body.json <<'JSON'\n${JSON.stringify(example, null, 2)}\nJSON\n\n` : "";
    return `${body}curl -sS -X ${entry.method.toUpperCase()} '${url}'${auth} \\\n  -H 'Content-Type: application/json' \\\n  --data @body.json -o ${output}`;
  }
  if (Object.keys(content).length) return `# 浏览器表单提交 / a browser form post: see ${base}/`;
  return `curl -sS '${url}'${auth}`;
}

function responsesTable(document: OpenApiDocument, op: Operation): string {
  const rows = Object.entries(op.responses).map(([status, raw]) => {
    const response = deref(raw as JsonSchema, document) as { description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> };
    const types = Object.keys(response.content ?? {}).map((t) => `<code>${escapeHtml(t)}</code>`).join(" ");
    const headers = Object.keys(response.headers ?? {}).map((h) => `<code>${escapeHtml(h)}</code>`).join(" ");
    return `<tr><td><code>${escapeHtml(status)}</code></td><td>${types}</td><td>${escapeHtml(response.description ?? "")}${headers ? `<br>头 / headers: ${headers}` : ""}</td></tr>`;
  });
  return `<table><thead><tr><th>状态 / Status</th><th>类型 / Media type</th><th>说明 / Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function operationSection(document: OpenApiDocument, entry: Entry, base: string): string {
  const op = entry.operation;
  const parts = [
    `<section class="op" id="${escapeHtml(op.operationId)}">`,
    `<h3><span class="method ${entry.method}">${entry.method.toUpperCase()}</span> <code>${escapeHtml(entry.path)}</code></h3>`,
    `<p class="summary">${escapeHtml(op.summary)}</p>`,
    op.description ? renderMarkdown(op.description) : "",
    `<p class="auth">${needsKey(op) ? "需要 API 密钥 / API key required" : "无需 API 密钥 / open, no API key"}</p>`,
  ];
  const params = parameterRows(document, op);
  if (params.length) parts.push(`<h4>参数 / Parameters</h4>`, fieldTable(params));
  const body = requestBodyOf(document, op)?.content ?? {};
  for (const [mediaType, media] of Object.entries(body)) {
    const schema = deref(media.schema, document);
    const rows = schemaFields(schema, document);
    parts.push(`<h4>请求体 / Request body <code>${escapeHtml(mediaType)}</code></h4>`);
    // A letter's schema repeats the operation's description; show a schema's own words only.
    const said = typeof schema.description === "string" && op.description?.includes(schema.description.split(" / ")[0]);
    if (typeof schema.description === "string" && !said) parts.push(renderMarkdown(schema.description));
    parts.push(rows.length ? fieldTable(rows) : "<p>表单字段 / form fields</p>");
  }
  parts.push(`<h4>示例 / Example</h4>`, `<pre><code>${escapeHtml(curlExample(document, entry, base))}</code></pre>`);
  parts.push(`<h4>响应 / Responses</h4>`, responsesTable(document, op), `</section>`);
  return parts.filter(Boolean).join("\n");
}

function letterTypesSection(document: OpenApiDocument): string {
  const rows = operations(document)
    .filter((e) => e.method === "post" && /^\/v1\/letters\/[^/{}]+$/.test(e.path))
    .map((e) => {
      const id = e.path.slice("/v1/letters/".length);
      const [title, name] = e.operation.summary.split(" / ");
      // The operation's description opens with the type's description in Chinese, then in English.
      const [zh, en] = (e.operation.description ?? "").split("\n\n");
      return (
        `<tr><td><a href="#${escapeHtml(e.operation.operationId)}"><code>${escapeHtml(id)}</code></a></td>` +
        `<td><strong>${escapeHtml(title)}</strong><br>${escapeHtml(name ?? "")}</td><td>${escapeHtml(zh ?? "")}<br>${escapeHtml(en ?? "")}</td></tr>`
      );
    });
  return `<section id="letter-types"><h2>信函类型 / Letter types</h2>
<table><thead><tr><th>类型 / Type</th><th>名称 / Name</th><th>用途 / Purpose</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function errorsSection(document: OpenApiDocument): string {
  const problem = document.components.schemas.Problem;
  const example = (document.components.responses.UnprocessableContent as { content: Record<string, { example: unknown }> }).content[
    "application/problem+json"
  ].example;
  const statuses = Object.values(document.components.responses).map((raw) => {
    const r = raw as { description: string; content: Record<string, { example: { status: number; code: string } }> };
    const ex = r.content["application/problem+json"].example;
    return `<tr><td><code>${ex.status}</code></td><td><code>${escapeHtml(ex.code)}</code></td><td>${escapeHtml(r.description)}</td></tr>`;
  });
  return `<section id="errors"><h2>错误格式 / Error format</h2>
<p>所有错误均为 RFC 9457 <code>application/problem+json</code>；<code>errors</code> 逐项列出字段路径、代码与中英文说明。<br>
Every error is RFC 9457 <code>application/problem+json</code>; <code>errors</code> lists each field's path, code and message in Chinese and English.</p>
${fieldTable(schemaFields(problem, document))}
<pre><code>${escapeHtml(JSON.stringify(example, null, 2))}</code></pre>
<table><thead><tr><th>状态 / Status</th><th>代码 / Code (e.g.)</th><th>说明 / Description</th></tr></thead><tbody>${statuses.join("")}</tbody></table>
</section>`;
}

function authSection(document: OpenApiDocument, base: string): string {
  const scheme = document.components.securitySchemes[SECURITY_SCHEME] as { description?: string };
  return `<section id="auth"><h2>认证 / Authentication</h2>
${renderMarkdown(scheme.description ?? "")}
<pre><code>${escapeHtml(`export SHUHAN_API_KEY='…'\ncurl -sS '${base}/v1/letters' -H "Authorization: Bearer $SHUHAN_API_KEY"`)}</code></pre>
<p>缺少或错误的密钥返回 401，带 <code>WWW-Authenticate: Bearer realm="shuhan"</code>。/ A missing or wrong key answers 401 with <code>WWW-Authenticate: Bearer realm="shuhan"</code>.</p>
</section>`;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#5f6368;--line:#d0d4da;--code:#f3f4f6;--accent:#8b1a1a}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--bg:#16171a;--muted:#a0a4aa;--line:#3a3d44;--code:#23252a;--accent:#e07a6a}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.7 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header,main,nav{max-width:64rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:2rem;border-bottom:1px solid var(--line)}
h1{font-size:1.8rem;margin:.2em 0}h1 small{font-weight:400;color:var(--muted);font-size:1rem;display:block}
h2{margin-top:2.5rem;border-bottom:2px solid var(--accent);padding-bottom:.2em}
h3{margin:0 0 .3em;font-size:1.15rem}h4{margin:1.2em 0 .4em;font-size:1rem}
a{color:var(--accent)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
pre{background:var(--code);padding:.8em 1em;overflow-x:auto;border-radius:6px;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}
th,td{border:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top}
th{background:var(--code)}
td.path{white-space:nowrap}.d1{padding-left:1.5em}.d2{padding-left:2.5em}.d3{padding-left:3.5em}.d4{padding-left:4.5em}.d5{padding-left:5.5em}.d6{padding-left:6.5em}
.req{color:var(--accent);font-weight:600}
.op{border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0}
.method{display:inline-block;min-width:3.6em;text-align:center;border-radius:4px;padding:0 .4em;color:#fff;font-size:.85em;font-family:ui-monospace,monospace}
.method.get{background:#2f6f4f}.method.post{background:#1f5f99}
.summary{font-weight:600;margin:.2em 0}.auth{color:var(--muted)}
nav ol{columns:2;padding-left:1.2em}nav li{break-inside:avoid}
footer{max-width:64rem;margin:3rem auto;padding:0 1.25rem;color:var(--muted);font-size:.9em}
`;

export interface DocsPageOptions {
  /** The origin the examples call, e.g. "https://shuhan.example.org". */
  baseUrl: string;
}

/** The whole page. Pure: the same document and base URL give the same HTML. */
export function renderDocsPage(document: OpenApiDocument, options: DocsPageOptions): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const entries = operations(document);
  const info = document.info as { title: string; version: string; summary?: string; description?: string };
  const toc = entries
    .map((e) => `<li><a href="#${escapeHtml(e.operation.operationId)}"><code>${e.method.toUpperCase()} ${escapeHtml(e.path)}</code></a></li>`)
    .join("");
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} 文档 / API reference</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(info.title)} 接口文档<small>API reference · v${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.summary ?? "")}</p>
<p>机器可读 / Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1)</p>
</header>
<nav><h2>目录 / Contents</h2><ol>
<li><a href="#overview">概览 / Overview</a></li><li><a href="#auth">认证 / Authentication</a></li>
<li><a href="#letter-types">信函类型 / Letter types</a></li><li><a href="#errors">错误格式 / Error format</a></li>
${toc}</ol></nav>
<main>
<section id="overview"><h2>概览 / Overview</h2>
${renderMarkdown(info.description ?? "")}
</section>
${authSection(document, base)}
${letterTypesSection(document)}
${errorsSection(document)}
<section id="operations"><h2>接口 / Operations</h2>
${entries.map((e) => operationSection(document, e, base)).join("\n")}
</section>
</main>
<footer>由 OpenAPI 文档生成 / generated from the OpenAPI document · ${escapeHtml(info.title)} v${escapeHtml(info.version)}</footer>
</body>
</html>
`;
}
