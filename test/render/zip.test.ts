/** The stored ZIP of a batch (src/render/zip.ts): byte for byte what fflate's zipSync writes, CRCs right. */
import { crc32 as zlibCrc32 } from "node:zlib";
import { randomBytes } from "node:crypto";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, storedZip, tableCrc32 } from "../../src/render/zip";

describe("storedZip", () => {
  const mtime = new Date(2026, 10, 23, 14, 30, 58);
  const entries = [
    { name: "01_招商银行_延期还款申请书.pdf", data: randomBytes(100_000), mtime, os: 3, attrs: (0o100644 << 16) >>> 0 },
    { name: "02_plain-ascii.pdf", data: new Uint8Array(0), mtime, os: 3, attrs: (0o100644 << 16) >>> 0 },
    { name: "03_工商银行 (2).pdf", data: randomBytes(777), mtime: new Date(1980, 0, 1), os: 3, attrs: (0o100644 << 16) >>> 0 },
  ];

  it("writes the same bytes as fflate's zipSync at level 0, names with the UTF-8 flag, and unzips", () => {
    const files: Zippable = {};
    for (const e of entries) files[e.name] = [e.data, { level: 0, mtime: e.mtime, os: e.os, attrs: e.attrs }];
    const ours = storedZip(entries);
    expect(Buffer.compare(Buffer.from(ours), Buffer.from(zipSync(files)))).toBe(0);
    const back = unzipSync(ours);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(Buffer.compare(Buffer.from(back[e.name]), Buffer.from(e.data))).toBe(0);
  });

  it("computes CRC-32 natively and by table alike", () => {
    for (const data of [new Uint8Array(0), new TextEncoder().encode("123456789"), randomBytes(70_000)]) {
      expect(crc32(data)).toBe(zlibCrc32(data) >>> 0);
      expect(tableCrc32(data)).toBe(zlibCrc32(data) >>> 0);
    }
    expect(tableCrc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926); // the check value of CRC-32
  });

  it("refuses dates a ZIP cannot hold", () => {
    expect(() => storedZip([{ ...entries[1], mtime: new Date(1979, 11, 31) }])).toThrow(/1980/);
  });
});
