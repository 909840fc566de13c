/**
 * The file identifier's MD5 (src/render/pdf/md5.ts) against RFC 1321's test suite and node:crypto, fed in
 * pieces of every size across block boundaries, as PdfWriter.finish feeds it.
 */
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Md5 } from "../../src/render/pdf/md5";

describe("Md5", () => {
  it("gives RFC 1321's test suite digests (§A.5)", () => {
    const suite: [string, string][] = [
      ["", "d41d8cd98f00b204e9800998ecf8427e"],
      ["a", "0cc175b9c0f1b6a831c399e269772661"],
      ["abc", "900150983cd24fb0d6963f7d28e17f72"],
      ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
      ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
      ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
      ["1234567890".repeat(8), "57edf4a22be3c955ac49da2e2107b67a"],
    ];
    for (const [text, digest] of suite) expect(new Md5().updateText(text).hex()).toBe(digest);
  });

  it("agrees with node:crypto on any input, in any pieces", () => {
    for (let t = 0; t < 300; t++) {
      const data = new Uint8Array(randomBytes(t < 140 ? t : 1 + Math.floor(Math.random() * 9000)));
      const ours = new Md5();
      const theirs = createHash("md5");
      for (let i = 0; i < data.length; ) {
        const piece = data.subarray(i, (i += 1 + Math.floor(Math.random() * 130)));
        ours.update(piece);
        theirs.update(piece);
        if (t % 7 === 0) ours.updateText("\u0000320:1.2.3.4\u0000"), theirs.update("\u0000320:1.2.3.4\u0000", "latin1");
      }
      expect(ours.hex()).toBe(theirs.digest("hex"));
    }
  });
});
