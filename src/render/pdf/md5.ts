/**
 * MD5 (RFC 1321) for the file identifier (ISO 32000-1 §14.4, writer.ts), incremental, in plain
 * JavaScript. Why not node:crypto's createHash: in workerd (nodejs_compat) a Hash is a stream.Transform,
 * and constructing one cost about a tenth of writePdf there; in Node the native hash's set-up is most of
 * the cost for the few kilobytes the identifier digests. Not for anything that needs collision resistance.
 */

/** K[i] = floor(|sin(i + 1)| · 2^32) (RFC 1321 §3.4), written out so no engine's sin is trusted. */
const K = Int32Array.of(
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
);
/** Per-step left rotations (RFC 1321 §3.4), four per round. */
const S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export class Md5 {
  private a = 0x67452301;
  private b = 0xefcdab89 | 0;
  private c = 0x98badcfe | 0;
  private d = 0x10325476;
  /** The bytes of a partial block. */
  private readonly block = new Uint8Array(64);
  private buffered = 0;
  private length = 0;
  private readonly words = new Int32Array(16);

  update(bytes: Uint8Array): this {
    let i = 0;
    const n = bytes.length;
    this.length += n;
    if (this.buffered) {
      while (i < n && this.buffered < 64) this.block[this.buffered++] = bytes[i++];
      if (this.buffered < 64) return this;
      this.compress(this.block, 0);
      this.buffered = 0;
    }
    for (; i + 64 <= n; i += 64) this.compress(bytes, i);
    while (i < n) this.block[this.buffered++] = bytes[i++];
    return this;
  }

  /** An ASCII (or Latin-1) string, a byte per character. */
  updateText(text: string): this {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return this.update(bytes);
  }

  /** The digest as 32 lowercase hex digits; the hash is finished (RFC 1321 §3.1–3.2 padding). */
  hex(): string {
    const bits = this.length * 8;
    const pad = new Uint8Array(((this.buffered < 56 ? 56 : 120) - this.buffered) + 8);
    pad[0] = 0x80;
    // The message length in bits, 64-bit little-endian (exact below 2^53).
    let low = bits % 2 ** 32;
    let high = Math.floor(bits / 2 ** 32);
    for (let k = pad.length - 8; k < pad.length - 4; k++) (pad[k] = low & 0xff), (low >>>= 8);
    for (let k = pad.length - 4; k < pad.length; k++) (pad[k] = high & 0xff), (high >>>= 8);
    this.update(pad);
    let out = "";
    for (const word of [this.a, this.b, this.c, this.d]) for (let k = 0; k < 4; k++) out += HEX[(word >>> (8 * k)) & 0xff];
    return out;
  }

  /** One 64-byte block at bytes[at] (RFC 1321 §3.4). */
  private compress(bytes: Uint8Array, at: number): void {
    const x = this.words;
    for (let k = 0; k < 16; k++, at += 4) x[k] = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
    let a = this.a, b = this.b, c = this.c, d = this.d;
    // The four rounds, each 16 steps of a ← b + ((a + F(b, c, d) + K[i] + X[g]) <<< s), then the
    // registers rotate (a, b, c, d) ← (d, a', b, c). One loop a round: no test of the round per step.
    for (let i = 0; i < 16; i++) {
      const t = (a + ((b & c) | (~b & d)) + K[i] + x[i]) | 0;
      const s = S[i & 3];
      (a = d), (d = c), (c = b), (b = (b + ((t << s) | (t >>> (32 - s)))) | 0);
    }
    for (let i = 16; i < 32; i++) {
      const t = (a + ((d & b) | (~d & c)) + K[i] + x[(5 * i + 1) & 15]) | 0;
      const s = S[4 + (i & 3)];
      (a = d), (d = c), (c = b), (b = (b + ((t << s) | (t >>> (32 - s)))) | 0);
    }
    for (let i = 32; i < 48; i++) {
      const t = (a + (b ^ c ^ d) + K[i] + x[(3 * i + 5) & 15]) | 0;
      const s = S[8 + (i & 3)];
      (a = d), (d = c), (c = b), (b = (b + ((t << s) | (t >>> (32 - s)))) | 0);
    }
    for (let i = 48; i < 64; i++) {
      const t = (a + (c ^ (b | ~d)) + K[i] + x[(7 * i) & 15]) | 0;
      const s = S[12 + (i & 3)];
      (a = d), (d = c), (c = b), (b = (b + ((t << s) | (t >>> (32 - s)))) | 0);
    }
    this.a = (this.a + a) | 0;
    this.b = (this.b + b) | 0;
    this.c = (this.c + c) | 0;
    this.d = (this.d + d) | 0;
  }
}
