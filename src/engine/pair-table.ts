/**
 * Interning of (first, second) id string pairs to small integers, without
 * building the joined string (private to the engine).
 *
 * The usage series count customer + `userId` pairs (docs/metrics.md#stickiness).
 * Joining the two ids into one key, as the engine first did, cost a fresh
 * cons string per event that the table's `charCodeAt` then flattened into
 * another: on a million events that garbage and the flattening were the
 * largest cost of `stickiness`. This table hashes and confirms the two
 * strings' code units in place, the way `IdTable` (id-table.ts) does for
 * one id: copies kept one byte a code unit in one typed array, slots of
 * hash + number, linear probing up to three quarters full. A pair with a
 * code unit past 255 (rare in ids) goes to a `Map` under a joined key.
 */

const EMPTY = -1;

/** Numbers distinct pairs 0, 1, 2… in the order they are first seen. */
export class PairTable {
  private count = 0;
  /**
   * Pair `e`'s code units are `chars[starts[e]]` to `chars[starts[e + 1] − 1]`:
   * the first string's (`firsts[e]` of them), then the second's.
   */
  private starts = new Int32Array(17);
  private firsts = new Int32Array(17);
  private chars = new Uint8Array(512);
  /** Pairs with a code unit past 255, under a joined key that keeps them apart. */
  private wide = new Map<string, number>();
  /** Slot `p` is `slots[2p]`, the pair's hash, and `slots[2p + 1]`, its number or EMPTY. */
  private slots = new Int32Array(64).fill(EMPTY);
  private mask = 31;

  /** How many distinct pairs so far. */
  get size(): number {
    return this.count;
  }

  /** The number of the pair (`a`, `b`); a pair not seen before gets the next number. */
  intern(a: string, b: string): number {
    const la = a.length;
    const lb = b.length;
    // FNV-1a over both strings' code units, the first's length between them
    // so that ("ab", "c") and ("a", "bc") hash apart; a final mix spreads the low bits.
    let h = 0x811c9dc5;
    let units = 0;
    for (let i = 0; i < la; i++) {
      const u = a.charCodeAt(i);
      units |= u;
      h = Math.imul(h ^ u, 0x01000193);
    }
    h = Math.imul(h ^ (la + 256), 0x01000193);
    for (let i = 0; i < lb; i++) {
      const u = b.charCodeAt(i);
      units |= u;
      h = Math.imul(h ^ u, 0x01000193);
    }
    if (units > 255) {
      const key = `${la}:${a}${b}`;
      const e = this.wide.get(key);
      if (e !== undefined) return e;
      this.wide.set(key, this.count);
      return this.add(a, b, 0, -1);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const { slots, mask, starts, firsts, chars } = this;
    let p = h & mask;
    for (;;) {
      const e = slots[2 * p + 1]!;
      if (e === EMPTY) break;
      if (slots[2 * p] === h && firsts[e] === la) {
        const s = starts[e]!;
        if (starts[e + 1]! - s === la + lb) {
          let i = 0;
          while (i < la && chars[s + i] === a.charCodeAt(i)) i++;
          if (i === la) {
            const t = s + la;
            let j = 0;
            while (j < lb && chars[t + j] === b.charCodeAt(j)) j++;
            if (j === lb) return e;
          }
        }
      }
      p = (p + 1) & mask;
    }
    return this.add(a, b, h, p);
  }

  /** Adds the pair (`a`, `b`), hash `h`, as the next number, in the free slot `p` (a wide pair: no slot, `p` < 0). */
  private add(a: string, b: string, h: number, p: number): number {
    const n = this.count++;
    if (n + 1 === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const firsts = new Int32Array(starts.length);
      firsts.set(this.firsts);
      this.firsts = firsts;
    }
    const s = this.starts[n]!;
    this.firsts[n] = p < 0 ? -1 : a.length;
    const mid = p < 0 ? s : s + a.length;
    const end = p < 0 ? s : mid + b.length;
    if (end > this.chars.length) {
      const chars = new Uint8Array(Math.max(this.chars.length * 2, end));
      chars.set(this.chars);
      this.chars = chars;
    }
    const chars = this.chars;
    for (let i = s; i < mid; i++) chars[i] = a.charCodeAt(i - s);
    for (let i = mid; i < end; i++) chars[i] = b.charCodeAt(i - mid);
    this.starts[n + 1] = end;
    if (p < 0) return n;
    this.slots[2 * p] = h;
    this.slots[2 * p + 1] = n;
    if ((n + 1) * 4 > (this.mask + 1) * 3) this.grow();
    return n;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    const slots = new Int32Array(2 * size).fill(EMPTY);
    for (let q = 0; q < old.length; q += 2) {
      const e = old[q + 1]!;
      if (e === EMPTY) continue;
      const h = old[q]!;
      let p = h & mask;
      while (slots[2 * p + 1] !== EMPTY) p = (p + 1) & mask;
      slots[2 * p] = h;
      slots[2 * p + 1] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
