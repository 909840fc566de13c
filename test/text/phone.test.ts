import { describe, expect, it } from "vitest";
import { z } from "zod";
import { maskPhone, parsePhone, phoneSchema } from "../../src/text/phone";

describe("parsePhone", () => {
  it.each([
    ["13812345678", "mobile", "13812345678"],
    ["138 1234 5678", "mobile", "13812345678"],
    ["138-1234-5678", "mobile", "13812345678"],
    ["+86 138 1234 5678", "mobile", "13812345678"],
    ["+86-13812345678", "mobile", "13812345678"],
    ["0086 13812345678", "mobile", "13812345678"],
    ["19912345678", "mobile", "19912345678"],
    ["  15012345678  ", "mobile", "15012345678"],
    ["010-12345678", "landline", "010-12345678"],
    ["01012345678", "landline", "010-12345678"],
    ["(010) 1234 5678", "landline", "010-12345678"],
    ["（010）12345678", "landline", "010-12345678"],
    ["010-1234-5678", "landline", "010-12345678"],
    ["021-1234567", "landline", "021-1234567"],
    ["0755-8888 6666", "landline", "0755-88886666"],
    ["075588886666", "landline", "0755-88886666"],
    ["0755-1234567-801", "landline", "0755-1234567-801"],
    ["010-12345678转801", "landline", "010-12345678-801"],
    ["010-12345678 分机 23", "landline", "010-12345678-23"],
    ["010 12345678 ext. 23", "landline", "010-12345678-23"],
    ["010-12345678#8", "landline", "010-12345678-8"],
    ["4008108888", "service", "400-810-8888"],
    ["400-810-8888", "service", "400-810-8888"],
    ["800 820 8820", "service", "800-820-8820"],
    ["95588", "service", "95588"],
    ["95 188", "service", "95188"],
  ])("reads %j as a %s number %s", (input, kind, normalized) => {
    expect(parsePhone(input)).toEqual({ kind, normalized });
  });

  it.each([
    "",
    "12345678901", // mobiles start 13–19
    "10012345678",
    "1381234567", // 10 digits
    "138123456789", // 12 digits
    "13812345678转8", // mobiles have no extension
    "+1 415 555 0100",
    "+86 010 12345678",
    "010-1234",
    "010-02345678", // local numbers do not start with 0 or 1
    "010-12345678-1234567", // extension too long
    "400123456",
    "9558",
    "955881",
    "95588-1",
    "abc",
    "138 1234 5678 abc",
    "１３８１２３４５６７８",
    "1".repeat(41),
  ])("rejects %j", (input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe("phoneSchema", () => {
  it("returns the normalised number", () => {
    expect(phoneSchema.parse(" 138-1234-5678 ")).toBe("13812345678");
    expect(phoneSchema.parse("(0755) 8888 6666")).toBe("0755-88886666");
  });

  it("fails with the bilingual INVALID_PHONE", () => {
    const result = phoneSchema.safeParse("12345");
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { code: string; message: string; params?: { code: string; zh: string } };
    expect(issue.code).toBe("custom");
    expect(issue.params?.code).toBe("INVALID_PHONE");
    expect(issue.params?.zh).toContain("电话号码");
    expect(issue.message).toMatch(/phone/);
  });

  it("bounds the length", () => {
    expect(phoneSchema.safeParse("1".repeat(41)).error!.issues[0].code).toBe("too_big");
  });

  it("generates an input JSON Schema", () => {
    expect(z.toJSONSchema(z.object({ phone: phoneSchema.optional() }), { io: "input" })).toMatchObject({
      properties: { phone: { type: "string", maxLength: 40 } },
    });
  });
});

describe("maskPhone", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["+86 138 1234 5678", "138****5678"],
    ["010-12345678", "010-****5678"],
    ["0755-1234567-801", "0755-***4567-801"],
    ["95588", "95588"],
    ["400-810-8888", "400-810-8888"],
    ["12345678901", "*******8901"],
    ["12-34", "12-34"],
  ])("%j → %j", (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});
