/**
 * JSON Schemas, written by hand, of what `POST /v1/letters/{type}?format=json` and
 * `POST /v1/letters/{type}/check` answer: the letter's computed facts. They mirror the TypeScript interfaces
 * `LetterFacts`, `LetterWarning`, `AmountFact`, `DeadlineFact`, `CitationFact` and `NextStepFact` of
 * src/letters/types.ts field for field (test/openapi-facts.test.ts checks the facts of every letter type
 * against them, so the two cannot drift apart unnoticed).
 */
import { ref, type JsonSchema } from "./json-schema";

const bilingual = (what: string): JsonSchema => ({ ...ref("BilingualMessage"), description: what });
const isoDate = (what: string): JsonSchema => ({ type: "string", format: "date", description: `${what} (YYYY-MM-DD)` });

export function factSchemas(letterTypeIds: readonly string[]): Record<string, JsonSchema> {
  return {
    AmountFact: {
      type: "object",
      description: "金额：整数分、元、信中写法和大写 / an amount: integer fen, yuan, the figure and 大写 as the letter prints them",
      required: ["fen", "yuan", "figure", "daxie"],
      additionalProperties: false,
      properties: {
        fen: { type: "integer", minimum: 0, description: "分 / integer fen, e.g. 1640902" },
        yuan: { type: "string", pattern: "^\\d+\\.\\d{2}$", description: "元 / yuan, e.g. 16409.02" },
        figure: { type: "string", description: "信中写法 / as printed, e.g. ¥16,409.02" },
        daxie: { type: "string", description: "大写 / in capital numerals, e.g. 人民币壹万陆仟肆佰零玖元零贰分" },
      },
    },
    LetterWarning: {
      type: "object",
      description: "借款人应当知道、但无需改正的事项 / what the borrower should know but need not fix",
      required: ["code", "message"],
      additionalProperties: false,
      properties: {
        code: { type: "string", description: "稳定的代码 / stable code, e.g. OVER_BUDGET, MIXED_SCRIPT, PAID_AGENT_CAUTION, LIMITATION_RISK_ACKNOWLEDGED" },
        message: bilingual("说明 / message"),
        path: { type: "string", description: "相关字段的路径 / the body field it is about, dotted as in errors" },
      },
    },
    DeadlineFact: {
      type: "object",
      description: "某事应当发生的日期及其依据 / a date by which something should happen, with its rule",
      required: ["id", "date", "rule", "explanation"],
      additionalProperties: false,
      properties: {
        id: { type: "string", description: "e.g. reply-due, answer-period, credit-objection-reply" },
        date: isoDate("日期 / date"),
        rule: bilingual("依据 / the rule that gives the date"),
        explanation: bilingual("对借款人的说明：日期的含义，逾期无回应怎么办 / what the date means and what to do if nothing happens"),
        citation: { type: "string", description: "依据的法规条目 id / citation id the rule rests on" },
      },
    },
    CitationFact: {
      type: "object",
      description: "信中援引的法规，来自同一张援引表 / a source the letter cites, from the one citation table",
      required: ["id", "title", "asOf", "status", "source"],
      additionalProperties: false,
      properties: {
        id: { type: "string" },
        title: { type: "string", description: "全称 / full name, e.g. 《中华人民共和国民法典》" },
        article: { type: "string", description: "条文 / article, e.g. 第五百八十五条; absent where cited by name only" },
        asOf: { type: "string", description: "核对日期 / checked as of" },
        status: { type: "string", enum: ["verified", "secondary"], description: "核实程度 / how sure: verified or secondary" },
        source: { type: "string", description: "出处 / where it was checked" },
      },
    },
    NextStepFact: {
      type: "object",
      description: "借款人接下来可以做的事，按顺序 / what the borrower may do next, in order",
      required: ["id", "text"],
      additionalProperties: false,
      properties: {
        id: { type: "string" },
        text: bilingual("做什么 / the step"),
        letterType: { type: "string", description: "适用的信函类型 / a letter type that serves this step" },
      },
    },
    ScheduleEntry: {
      type: "object",
      description: "还款计划的一期 / one period of the repayment schedule",
      required: ["period", "amount", "remaining"],
      additionalProperties: false,
      properties: {
        period: { type: "string", description: "期数 / period, e.g. 首付, 第1期" },
        date: isoDate("还款日 / payment date"),
        amount: ref("AmountFact"),
        remaining: ref("AmountFact"),
      },
    },
    LetterFacts: {
      type: "object",
      description:
        "信函的计算结果：金额（分与大写）、还款计划、日期、期限、援引的法规、提示和下一步。 / " +
        "The letter's computed facts: amounts in fen and 大写, the schedule, dates, deadlines, every citation used, warnings and next steps.",
      required: ["type", "title", "locale", "date", "recipient", "amounts", "dates", "deadlines", "citations", "warnings", "nextSteps"],
      additionalProperties: false,
      properties: {
        type: { type: "string", description: `信函类型 / letter type: ${letterTypeIds.join(", ")}` },
        title: { type: "string", description: "信函标题 / the letter's title" },
        locale: { type: "string", enum: ["zh-Hans", "zh-Hant"] },
        date: isoDate("信函日期（北京时间）/ the letter date, Asia/Shanghai"),
        recipient: {
          type: "object",
          required: ["name"],
          additionalProperties: false,
          properties: { name: { type: "string" }, department: { type: "string" }, address: { type: "string" } },
        },
        amounts: {
          type: "object",
          description: "具名金额 / named amounts: total, downPayment, monthly, lastInstalment, disposableIncome, lumpSum, …",
          additionalProperties: ref("AmountFact"),
        },
        schedule: { type: "array", items: ref("ScheduleEntry"), description: "还款计划（如有）/ the repayment schedule, where the letter proposes one" },
        dates: {
          type: "object",
          description: "其他具名日期 / other named dates: resumeDate, firstPaymentDate, …",
          additionalProperties: { type: "string", format: "date" },
        },
        deadlines: { type: "array", items: ref("DeadlineFact") },
        citations: { type: "array", items: ref("CitationFact") },
        warnings: { type: "array", items: ref("LetterWarning") },
        nextSteps: { type: "array", items: ref("NextStepFact") },
      },
    },
    CheckResult: {
      type: "object",
      description: "仅校验的结果：有效，附提示与计算结果 / a validate-only answer: valid, with warnings and the facts",
      required: ["ok", "warnings", "facts"],
      additionalProperties: false,
      properties: {
        ok: { const: true },
        warnings: { type: "array", items: ref("LetterWarning") },
        facts: ref("LetterFacts"),
      },
    },
  };
}
