/**
 * Turns zod issues into the bilingual field errors of a 422 problem (RFC 9457), so clients never see
 * zod's raw shape. Custom refinements carry their Chinese message and code in `params` (see `bilingual`).
 */
import type { z } from "zod";
import { bilingualMessage, ShuhanError, type FieldError } from "./errors";
import type { BodyReader } from "./letters/types";

/** Keys that could pollute an object's prototype if a consumer merged the body naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** zod's names of JSON types, as a borrower reads them in Chinese ("应为数字", not "应为 number"). */
const TYPE_NAMES_ZH: Record<string, string> = {
  object: "对象（{…}）",
  array: "列表（[…]）",
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
};

/** Bilingual message for zod's built-in issue codes. */
function describeIssue(issue: z.core.$ZodIssue): FieldError["message"] & { code: string } {
  const params = (issue as { params?: { code?: string; zh?: string } }).params ?? bilingualMessage(issue.message);
  // Our own checks (refinements, and min/max with a `bilingual(...)` message) carry their Chinese in params.
  if (params?.zh) return { code: params.code ?? "INVALID", zh: params.zh, en: issue.message };
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { code: "REQUIRED", zh: "缺少必填项", en: "required field is missing" };
      return { code: "INVALID_TYPE", zh: `类型错误，应为${TYPE_NAMES_ZH[issue.expected] ?? ` ${issue.expected}`}`, en: `expected ${issue.expected}` };
    case "unrecognized_keys":
      return { code: "UNKNOWN_FIELD", zh: "不认识的字段", en: "unknown field" };
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { code: "INVALID_VALUE", zh: `取值无效，可选：${options}`, en: `must be one of ${options}` };
    }
    case "too_small":
      if (issue.origin === "array")
        return { code: "TOO_FEW", zh: `至少需要 ${issue.minimum} 项`, en: `must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}` };
      if (issue.origin === "string")
        return { code: "REQUIRED", zh: "不能为空", en: "must not be empty" };
      return { code: "TOO_SMALL", zh: `不能小于 ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case "too_big":
      if (issue.origin === "array")
        return { code: "TOO_MANY", zh: `最多 ${issue.maximum} 项`, en: `must have at most ${issue.maximum} item${Number(issue.maximum) === 1 ? "" : "s"}` };
      if (issue.origin === "string")
        return { code: "TOO_LONG", zh: `不能超过 ${issue.maximum} 个字符`, en: `must be at most ${issue.maximum} characters` };
      return { code: "TOO_BIG", zh: `不能大于 ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case "invalid_format":
      return { code: "INVALID_FORMAT", zh: `格式不正确（${issue.format}）`, en: `invalid ${issue.format}` };
    default:
      return { code: "INVALID", zh: params?.zh ?? "取值无效", en: issue.message };
  }
}

/** Flattens zod issues into field errors; an unknown key is reported at its own path. */
export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const { code, zh, en } = describeIssue(issue);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const forbidden = FORBIDDEN_KEYS.has(key);
        errors.push({
          path: joinPath([...prefix, ...issue.path, key]),
          code: forbidden ? "FORBIDDEN_KEY" : code,
          message: forbidden
            ? { zh: `不允许的字段名「${key}」`, en: `the key "${key}" is not allowed` }
            : { zh: `不认识的字段「${key}」`, en: `unknown field "${key}"` },
        });
      }
      continue;
    }
    errors.push({ path: joinPath([...prefix, ...issue.path]), code, message: { zh, en } });
  }
  return errors;
}

/**
 * How deep a body may nest (objects and arrays, counted from the body itself at depth 0). The deepest
 * field of any letter or batch is about 6 levels down (items.3.incidents.0.conducts.0); 32 leaves room and
 * bounds the work of everything that walks a body.
 */
export const MAX_BODY_DEPTH = 32;

/** A step of a path, linked to its parent, so that walking a deep value never copies paths (linear time). */
interface PathLink {
  key: string;
  parent: PathLink | undefined;
}

function pathString(root: readonly string[], link: PathLink | undefined): string {
  const keys: string[] = [];
  for (let at = link; at; at = at.parent) keys.push(at.key);
  return [...root, ...keys.reverse()].join(".");
}

const tooDeep = (path: string): FieldError => ({
  path,
  code: "TOO_DEEP",
  message: {
    zh: `请求内容嵌套过深：对象和数组最多嵌套 ${MAX_BODY_DEPTH} 层`,
    en: `the body nests too deep: objects and arrays may nest at most ${MAX_BODY_DEPTH} levels`,
  },
});

/**
 * Paths of every prototype-polluting key anywhere in a parsed JSON value; past `MAX_BODY_DEPTH` levels of
 * nesting, one `TOO_DEEP` error at the first place too deep, and nothing below it is looked at. Iterative,
 * with an explicit stack, so no body can overflow the call stack; each value is visited once.
 */
export function findForbiddenKeys(value: unknown, path: string[] = []): FieldError[] {
  const found: FieldError[] = [];
  const stack: { value: unknown; link: PathLink | undefined; depth: number }[] = [{ value, link: undefined, depth: 0 }];
  while (stack.length) {
    const { value: node, link, depth } = stack.pop()!;
    if (node === FORBIDDEN_MARK) {
      found.push(forbiddenKey(pathString(path, link), link!.key));
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    if (depth >= MAX_BODY_DEPTH) return [...found, tooDeep(pathString(path, link))];
    const keys = Object.keys(node);
    // Pushed in reverse so that errors come out in the body's own order.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const here: PathLink = { key, parent: link };
      if (FORBIDDEN_KEYS.has(key)) {
        stack.push({ value: FORBIDDEN_MARK, link: here, depth });
      } else {
        stack.push({ value: (node as Record<string, unknown>)[key], link: here, depth: depth + 1 });
      }
    }
  }
  return found;
}

/** Marks a forbidden key's place on the stack, so that it is reported in order with the rest. */
const FORBIDDEN_MARK = Symbol("forbidden key");

const forbiddenKey = (path: string, key: string): FieldError => ({
  path,
  code: "FORBIDDEN_KEY",
  message: { zh: `不允许的字段名「${key}」`, en: `the key "${key}" is not allowed` },
});

export function invalidBody(errors: FieldError[]): ShuhanError {
  // A body whose only problem is the limitation-period risk gets that code: clients (and the form) answer it
  // with a question to the borrower, not with a correction.
  if (errors.length > 0 && errors.every((e) => e.code === "LIMITATION_RISK"))
    return new ShuhanError({
      status: 422,
      code: "LIMITATION_RISK",
      title: { zh: "这笔债可能已过诉讼时效：请先确认", en: "This debt may be time-barred: confirm first" },
      detail: { zh: errors[0].message.zh, en: errors[0].message.en },
      errors,
    });
  return new ShuhanError({
    status: 422,
    code: "INVALID_BODY",
    title: { zh: "请求内容有误", en: "The request body is invalid" },
    detail: {
      zh: `共 ${errors.length} 处错误，见 errors`,
      en: `${errors.length} problem${errors.length === 1 ? "" : "s"}, see errors`,
    },
    errors,
  });
}

/** The own property at a dotted path of a parsed JSON value, or undefined. */
function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A reader of single fields of a body that may be invalid elsewhere (see `BodyReader`). A field read again
 * with the same schema is not parsed again: the checks read the letter date once for every date they compare
 * with it. The parsed values are shared between the checks, which only read them.
 */
export function bodyReader(body: unknown): BodyReader {
  const parsed = new Map<string, { schema: z.ZodType; value: unknown }>();
  return <S extends z.ZodType>(path: string, schema: S) => {
    const known = parsed.get(path);
    if (known?.schema === schema) return known.value as z.output<S> | undefined;
    const value = parseField(valueAt(body, path), schema);
    parsed.set(path, { schema, value });
    return value;
  };
}

/**
 * The schemas that have given nothing for an absent field: the reader's schemas are pure, so they always
 * will. Most reads are of fields a body leaves out (debt.lastPaymentDate, deferral.resumeDate …), and a
 * failing safeParse costs several times a passing one (zod builds the issues and a lazy error; a union
 * finalizes its options' issues at once).
 */
const NOTHING_WHEN_ABSENT = new WeakSet<z.ZodType>();

/** The field's value parsed by `schema`, or undefined when it does not parse (or parses to undefined). */
function parseField<S extends z.ZodType>(value: unknown, schema: S): z.output<S> | undefined {
  if (value === undefined && NOTHING_WHEN_ABSENT.has(schema)) return undefined;
  const result = schema.safeParse(value);
  if (result.success && result.data !== undefined) return result.data;
  if (value === undefined) NOTHING_WHEN_ABSENT.add(schema);
  return undefined;
}

/** Cross-field checks a letter type runs on every body (`LetterType.checks`). */
export type BodyChecks = (read: BodyReader) => FieldError[];

/**
 * Validates a parsed JSON body against a letter schema: the output, or ONE 422 listing every problem — the
 * schema's and the cross-field checks', which run even when other fields are invalid.
 */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown, prefix: readonly PropertyKey[] = [], checks?: BodyChecks): z.output<S> {
  const forbidden = findForbiddenKeys(body, prefix.map(String));
  if (forbidden.length) throw invalidBody(forbidden);
  // reportInput: zod 4 leaves `input` out of issues otherwise, and a wrong type would read as "missing".
  const result = schema.safeParse(body, { reportInput: true });
  const errors = result.success ? [] : fieldErrorsFromZod(result.error.issues, prefix);
  if (checks) {
    const head = prefix.map(String).join(".");
    const seen = new Set(errors.map((e) => `${e.path}\u0000${e.code}`));
    for (const error of checks(bodyReader(body))) {
      const path = head ? (error.path ? `${head}.${error.path}` : head) : error.path;
      if (seen.has(`${path}\u0000${error.code}`)) continue;
      seen.add(`${path}\u0000${error.code}`);
      errors.push({ ...error, path });
    }
  }
  if (errors.length || !result.success) throw invalidBody(errors);
  return result.data;
}
