// Go twin: crypto/sha512 (Sum512) @ go1.24 — synchronous, so the discovery ETag is computed without awaiting
// WebCrypto. Each 64-bit word is a pair of 32-bit halves (hi, lo) in two Uint32Arrays.

// prettier-ignore
const K = new Uint32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

// prettier-ignore
const IV = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];

/** Rotate the 64-bit word (hi, lo) right by n (0 < n < 64); returns [hi, lo]. */
function rotr(hi: number, lo: number, n: number): [number, number] {
  if (n === 32) return [lo, hi];
  if (n > 32) {
    [hi, lo] = [lo, hi];
    n -= 32;
  }
  return [((hi >>> n) | (lo << (32 - n))) >>> 0, ((lo >>> n) | (hi << (32 - n))) >>> 0];
}

/** Shift the 64-bit word (hi, lo) right by n (0 < n < 32). */
function shr(hi: number, lo: number, n: number): [number, number] {
  return [hi >>> n, ((lo >>> n) | (hi << (32 - n))) >>> 0];
}

export function sha512(data: Uint8Array): Uint8Array {
  const hh = new Uint32Array(8);
  const hl = new Uint32Array(8);
  for (let i = 0; i < 8; i++) {
    hh[i] = IV[2 * i]!;
    hl[i] = IV[2 * i + 1]!;
  }
  const padded = new Uint8Array(((data.length + 17 + 127) >> 7) << 7);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLen = data.length * 8;
  view.setUint32(padded.length - 4, bitLen >>> 0);
  view.setUint32(padded.length - 8, Math.floor(bitLen / 2 ** 32));
  const wh = new Uint32Array(80);
  const wl = new Uint32Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let i = 0; i < 16; i++) {
      wh[i] = view.getUint32(off + i * 8);
      wl[i] = view.getUint32(off + i * 8 + 4);
    }
    for (let i = 16; i < 80; i++) {
      const [a1h, a1l] = rotr(wh[i - 15]!, wl[i - 15]!, 1);
      const [a8h, a8l] = rotr(wh[i - 15]!, wl[i - 15]!, 8);
      const [a7h, a7l] = shr(wh[i - 15]!, wl[i - 15]!, 7);
      const s0h = a1h ^ a8h ^ a7h;
      const s0l = a1l ^ a8l ^ a7l;
      const [b19h, b19l] = rotr(wh[i - 2]!, wl[i - 2]!, 19);
      const [b61h, b61l] = rotr(wh[i - 2]!, wl[i - 2]!, 61);
      const [b6h, b6l] = shr(wh[i - 2]!, wl[i - 2]!, 6);
      const s1h = b19h ^ b61h ^ b6h;
      const s1l = b19l ^ b61l ^ b6l;
      const lo = (s0l >>> 0) + (s1l >>> 0) + wl[i - 16]! + wl[i - 7]!;
      wl[i] = lo;
      wh[i] = (s0h >>> 0) + (s1h >>> 0) + wh[i - 16]! + wh[i - 7]! + Math.floor(lo / 2 ** 32);
    }
    let [ah, bh, ch, dh, eh, fh, gh, h7h] = hh;
    let [al, bl, cl, dl, el, fl, gl, h7l] = hl;
    for (let i = 0; i < 80; i++) {
      const [e14h, e14l] = rotr(eh!, el!, 14);
      const [e18h, e18l] = rotr(eh!, el!, 18);
      const [e41h, e41l] = rotr(eh!, el!, 41);
      const sig1h = e14h ^ e18h ^ e41h;
      const sig1l = e14l ^ e18l ^ e41l;
      const chh = (eh! & fh!) ^ (~eh! & gh!);
      const chl = (el! & fl!) ^ (~el! & gl!);
      const t1l = h7l! + (sig1l >>> 0) + (chl >>> 0) + K[2 * i + 1]! + wl[i]!;
      const t1h = h7h! + (sig1h >>> 0) + (chh >>> 0) + K[2 * i]! + wh[i]! + Math.floor(t1l / 2 ** 32);
      const [a28h, a28l] = rotr(ah!, al!, 28);
      const [a34h, a34l] = rotr(ah!, al!, 34);
      const [a39h, a39l] = rotr(ah!, al!, 39);
      const sig0h = a28h ^ a34h ^ a39h;
      const sig0l = a28l ^ a34l ^ a39l;
      const majh = (ah! & bh!) ^ (ah! & ch!) ^ (bh! & ch!);
      const majl = (al! & bl!) ^ (al! & cl!) ^ (bl! & cl!);
      const t2l = (sig0l >>> 0) + (majl >>> 0);
      const t2h = (sig0h >>> 0) + (majh >>> 0) + Math.floor(t2l / 2 ** 32);
      h7h = gh;
      h7l = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const el2 = dl! + (t1l >>> 0);
      eh = (dh! + t1h + Math.floor(el2 / 2 ** 32)) >>> 0;
      el = el2 >>> 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(al2 / 2 ** 32)) >>> 0;
      al = al2 >>> 0;
    }
    const add = (i: number, xh: number, xl: number) => {
      const lo = hl[i]! + xl;
      hh[i] = hh[i]! + xh + Math.floor(lo / 2 ** 32);
      hl[i] = lo;
    };
    add(0, ah!, al!);
    add(1, bh!, bl!);
    add(2, ch!, cl!);
    add(3, dh!, dl!);
    add(4, eh!, el!);
    add(5, fh!, fl!);
    add(6, gh!, gl!);
    add(7, h7h!, h7l!);
  }
  const out = new Uint8Array(64);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) {
    outView.setUint32(i * 8, hh[i]!);
    outView.setUint32(i * 8 + 4, hl[i]!);
  }
  return out;
}
