import { describe, expect, it } from "vitest";
import {
  CITATION_IDS,
  CITATIONS,
  COMPLAINT_CHANNELS,
  citation,
  citationApplies,
  complaintChannels,
  SOURCE_NOTES,
} from "../../src/text/citations";
import { LENDER_KINDS } from "../../src/letters/common";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Characters that only occur in Simplified script, for checking that Hant strings were really converted. */
const SIMPLIFIED_ONLY = /[国华个护规条财银罚违约费贷还务审关问题协会规范监办际银报举电话联系骚扰吓胁骂诉讼权请删复处应说书]/u;

describe("citation table (legal-notes.md as data)", () => {
  it("has exactly the agreed ids, each entry keyed by its own id", () => {
    expect(Object.keys(CITATIONS).sort()).toEqual([...CITATION_IDS].sort());
    for (const id of CITATION_IDS) expect(CITATIONS[id].id).toBe(id);
    expect(CITATION_IDS).toHaveLength(58);
  });

  it("dates every entry (2026-11, or 2026-12 for the sections added then) and names where it came from", () => {
    for (const id of CITATION_IDS) {
      expect(["2026-11", "2026-12"]).toContain(CITATIONS[id].asOf);
      expect(CITATIONS[id].sourceNote).toMatch(
        /^legal-notes\.md: (verified against the statute text|consistent in several secondary copies|secondary, cited by name without article numbers)$/,
      );
    }
    expect(CITATIONS["public-security-penalties-law"].sourceNote).toContain("secondary");
    expect(CITATIONS["civil-code-585"].sourceNote).toContain("verified");
    expect(CITATIONS["credit-card-measures-70"].sourceNote).toContain("secondary");
  });

  it("gives the full name on first use and the short name after", () => {
    expect(citation("civil-code-585", "Hans")).toMatchObject({
      id: "civil-code-585",
      cite: "《中华人民共和国民法典》第五百八十五条",
      short: "《民法典》第五百八十五条",
    });
    expect(citation("civil-code-585", "Hant")).toMatchObject({
      cite: "《中華人民共和國民法典》第五百八十五條",
      short: "《民法典》第五百八十五條",
    });
    expect(citation("civil-code-1033-1", "Hans").short).toBe("《民法典》第一千零三十三条第（一）项");
    expect(citation("credit-card-measures-70", "Hans").cite).toBe("《商业银行信用卡业务监督管理办法》第七十条");
    expect(citation("pipl-44-45-47", "Hans").short).toBe("《个人信息保护法》第四十四条、第四十五条、第四十七条");
    expect(citation("criminal-law-293-1", "Hant").short).toBe("《刑法》第二百九十三條之一");
  });

  it("cites the public-security penalties law by name only (article numbers unverified since the 2026 revision)", () => {
    const c = citation("public-security-penalties-law", "Hans");
    expect(c.article).toBeUndefined();
    expect(c.cite).toBe("《中华人民共和国治安管理处罚法》");
    expect(c.short).toBe("《治安管理处罚法》");
    expect(c.cite).not.toMatch(/第.+条/);
  });

  it("has a gist in both scripts, Hant really in Traditional script, with full-width punctuation", () => {
    for (const id of CITATION_IDS) {
      const hans = citation(id, "Hans");
      const hant = citation(id, "Hant");
      expect(hans.gist.length).toBeGreaterThan(10);
      expect(hant.gist.length).toBeGreaterThan(10);
      expect(hans.gist).not.toMatch(/[,;()]|(?<!\d):(?!\d)/);
      expect(`${hant.cite}${hant.gist}`).not.toMatch(SIMPLIFIED_ONLY);
      // A gist is a paraphrase, not presented as a quotation.
      expect(hans.gist).not.toMatch(/[「」“”]/);
    }
  });

  it("kinds: laws, a judicial interpretation, regulations, self-regulation, a standard", () => {
    expect(CITATIONS["civil-code-678"].kind).toBe("law");
    expect(CITATIONS["private-lending-provisions"].kind).toBe("judicial-interpretation");
    expect(CITATIONS["credit-card-measures-70"].kind).toBe("regulation");
    expect(CITATIONS["cba-collection-guideline-2026"].kind).toBe("self-regulation");
    expect(CITATIONS["nifa-collection-guideline-2024"].kind).toBe("self-regulation");
    expect(CITATIONS["gbt-45251-2025"].kind).toBe("standard");
  });
});

describe("citationApplies", () => {
  it("limits the credit-card measures to bank credit cards", () => {
    for (const id of ["credit-card-measures-68", "credit-card-measures-69", "credit-card-measures-70", "credit-card-notice-2022"] as const) {
      for (const kind of LENDER_KINDS) expect(citationApplies(id, { lenderKind: kind })).toBe(kind === "bank-credit-card");
    }
  });

  it("never applies the criminal offence of collecting illegal debts to a lawful debt or a licensed lender", () => {
    for (const kind of LENDER_KINDS) expect(citationApplies("criminal-law-293-1", { lenderKind: kind })).toBe(false);
    expect(citationApplies("criminal-law-293-1", { lenderKind: "consumer-finance", illegalDebt: true })).toBe(false);
    expect(citationApplies("criminal-law-293-1", { lenderKind: "bank-credit-card", illegalDebt: true })).toBe(false);
    expect(citationApplies("criminal-law-293-1", { lenderKind: "other", illegalDebt: true })).toBe(true);
  });

  it("keeps the 4× LPR rule to private lending, never banks, consumer-finance or microloan companies", () => {
    for (const kind of ["bank-credit-card", "bank-loan", "consumer-finance", "microloan"] as const) {
      expect(citationApplies("private-lending-provisions", { lenderKind: kind, privateLending: true })).toBe(false);
    }
    expect(citationApplies("private-lending-provisions", { lenderKind: "other" })).toBe(false);
    expect(citationApplies("private-lending-provisions", { lenderKind: "other", privateLending: true })).toBe(true);
  });

  it("applies the civil code and the PIPL everywhere", () => {
    for (const kind of LENDER_KINDS) {
      expect(citationApplies("civil-code-585", { lenderKind: kind })).toBe(true);
      expect(citationApplies("pipl-10", { lenderKind: kind })).toBe(true);
    }
  });

  it("applies the complaint-handling measures to banks and consumer-finance companies only", () => {
    expect(citationApplies("complaint-measures-2020", { lenderKind: "consumer-finance" })).toBe(true);
    expect(citationApplies("complaint-measures-2020", { lenderKind: "bank-loan" })).toBe(true);
    expect(citationApplies("complaint-measures-2020", { lenderKind: "microloan" })).toBe(false);
    expect(citationApplies("complaint-measures-2020", { lenderKind: "other" })).toBe(false);
  });
});

describe("complaint channels", () => {
  it("lists 12378, 12363, the local financial regulator, the PBOC branch, the NIFA platform, 12321 and 110 in both scripts", () => {
    expect(COMPLAINT_CHANNELS.map((c) => c.id)).toEqual(["12378", "12363", "local-financial-regulator", "pboc-branch", "nifa-report-platform", "12321", "110"]);
    expect(complaintChannels("Hans", "microloan").map((c) => c.id)).toContain("local-financial-regulator");
    expect(complaintChannels("Hans", "consumer-finance").map((c) => c.id)).not.toContain("local-financial-regulator");
    const hans = complaintChannels("Hans");
    expect(hans.map((c) => c.name).join()).toContain("互联网金融举报信息平台");
    expect(hans.find((c) => c.id === "110")!.purpose).toContain("威胁");
    const hant = complaintChannels("Hant");
    expect(hant.find((c) => c.id === "12378")!.name).toContain("國家金融監督管理總局");
  });

  it("names 12378 only for lenders the NFRA supervises as banks or consumer-finance companies", () => {
    expect(complaintChannels("Hans", "consumer-finance").map((c) => c.id)).toContain("12378");
    expect(complaintChannels("Hans", "other").map((c) => c.id)).not.toContain("12378");
  });
});

describe("every citation is in legal-notes.md", () => {
  const notes = readFileSync(join(import.meta.dirname, "../../../shared/legal-notes.md"), "utf8");
  /** The article numbers legal-notes gives (第一百八十八条, 第四十九条第二款 → 第四十九条), one by one. */
  const articles = (article: string) => article.split("、").map((a) => a.replace(/第（[一二三四五六七八九十]+）项$|第[一二三四五六七八九十]+款$/, ""));

  it.each(CITATION_IDS)("%s: its article stands in the notes, and a source cited by name only has no article", (id) => {
    const entry = CITATIONS[id];
    for (const article of entry.article ? articles(entry.article.Hans) : []) expect(notes, `${id} ${article}`).toContain(article);
    if (entry.sourceNote === SOURCE_NOTES.byName) expect(entry.article).toBeUndefined();
    // The source's name (without 《》 and the 中华人民共和国 prefix) is in the notes too.
    const name = entry.source.short.Hans.replace(/^最高人民法院/, "").replace(/[《》]/g, "");
    const full = entry.source.full.Hans.replace(/^最高人民法院/, "").replace(/[《》〈〉]/g, "").replace("中华人民共和国", "");
    expect(notes.includes(name) || notes.replace(/[《》〈〉]/g, "").replace(/中华人民共和国/g, "").includes(full), `${id}: ${name}`).toBe(true);
  });
});
