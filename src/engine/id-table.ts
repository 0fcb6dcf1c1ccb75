/**
 * Interning of id strings to small integers (private to the engine).
 *
 * An open-addressing table over typed arrays. A key is confirmed against a
 * copy of its code units kept in one typed array, not with `===` on
 * the stored string: ids read from JSON are fresh strings (V8 internalizes
 * only short ones), and comparing a fresh string to the stored one costs a
 * pointer chase and a runtime call; the copy sits in a few contiguous pages
 * and the new key's characters are in cache from hashing. Measured on 1 M
 * MRR changes over ~40 k customers: `Map` ~200 ms, `===` check ~165 ms,
 * this ~130 ms; on many *distinct* ids (the duplicate-id check of a million
 * Customer rows) a `Map` costs ~600 ms and this table ~210 ms. The lookup is
 * bound by its two random reads (the slot, the characters), so the table is
 * kept small: one byte a code unit (a key with a unit past 255, rare in
 * ids, goes to a `Map` instead), slots up to three quarters full. Against two
 * bytes and half full: ~15 % fewer CPU samples in `mrrMovements` on 1 M changes.
 */

/** An empty slot's second word (a slot is hash, then where the key is). */
export const EMPTY = -1;

/**
 * The slots of an open-addressing table of `size` slots (pairs of Int32:
 * hash, where the key is; `EMPTY` where none) moved into one twice as large,
 * by linear probing from each hash. Shared by {@link IdTable} and
 * `PairTable` (pair-table.ts).
 */
export function rehashed(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const mask = size * 2 - 1;
  const slots = new Int32Array(4 * size).fill(EMPTY);
  for (let q = 0; q < old.length; q += 2) {
    const at = old[q + 1]!;
    if (at === EMPTY) continue;
    const h = old[q]!;
    let p = h & mask;
    while (slots[2 * p + 1] !== EMPTY) p = (p + 1) & mask;
    slots[2 * p] = h;
    slots[2 * p + 1] = at;
  }
  return slots;
}

/** Numbers distinct keys 0, 1, 2… in the order they are first seen. */
export class IdTable {
  /** The keys, by number. */
  readonly keys: string[] = [];
  /**
   * Key `e`'s code units are `chars[starts[e]]` to `chars[starts[e + 1] − 1]`,
   * one byte each: ids are almost always Latin-1, and half the bytes means
   * fewer cache misses on the lookup's one random read of them.
   */
  private starts = new Int32Array(17);
  private chars = new Uint8Array(256);
  /** Keys with a code unit past 255 (rare in ids), which `chars` cannot hold. */
  private wide = new Map<string, number>();
  /**
   * Slot `p` is `slots[2p]`, the key's hash, and `slots[2p + 1]`, its number
   * or EMPTY: a probe reads one cache line, not the slot and then the key.
   */
  private slots = new Int32Array(64).fill(EMPTY);
  private mask = 31;

  /** How many distinct keys so far. */
  get size(): number {
    return this.keys.length;
  }

  /** The number of `key`; a key not seen before gets the next number. */
  intern(key: string): number {
    const length = key.length;
    // FNV-1a over UTF-16 code units, with a final mix so the low bits spread.
    let h = 0x811c9dc5;
    let units = 0;
    for (let i = 0; i < length; i++) {
      const u = key.charCodeAt(i);
      units |= u;
      h = Math.imul(h ^ u, 0x01000193);
    }
    if (units > 255) {
      const e = this.wide.get(key);
      if (e !== undefined) return e;
      this.wide.set(key, this.keys.length);
      return this.add(key, 0, -1);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const { slots, mask, starts, chars } = this;
    let p = h & mask;
    for (;;) {
      const e = slots[2 * p + 1]!;
      if (e === EMPTY) break;
      if (slots[2 * p] === h) {
        const s = starts[e]!;
        if (starts[e + 1]! - s === length) {
          let i = 0;
          while (i < length && chars[s + i] === key.charCodeAt(i)) i++;
          if (i === length) return e;
        }
      }
      p = (p + 1) & mask;
    }
    return this.add(key, h, p);
  }

  /** Adds `key` (hash `h`) as the next number, in the free slot `p` (a wide key: no slot, `p` < 0). */
  private add(key: string, h: number, p: number): number {
    const n = this.keys.length;
    this.keys.push(key);
    if (n + 1 === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    const s = this.starts[n]!;
    const end = p < 0 ? s : s + key.length;
    if (end > this.chars.length) {
      const chars = new Uint8Array(Math.max(this.chars.length * 2, end));
      chars.set(this.chars);
      this.chars = chars;
    }
    const chars = this.chars;
    for (let i = s; i < end; i++) chars[i] = key.charCodeAt(i - s);
    this.starts[n + 1] = end;
    if (p < 0) return n;
    this.slots[2 * p] = h;
    this.slots[2 * p + 1] = n;
    // Keep the load under three quarters: probes stay short (linear probing
    // finds most keys in their first cache line) and the table small.
    if ((n + 1) * 4 > (this.mask + 1) * 3) this.grow();
    return n;
  }

  private grow(): void {
    this.slots = rehashed(this.slots, this.mask + 1);
    this.mask = this.mask * 2 + 1;
  }

}
