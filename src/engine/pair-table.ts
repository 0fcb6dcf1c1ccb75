/**
 * Interning of (first, second) id string pairs to small integers, without
 * building the joined string (private to the engine).
 *
 * The usage series count customer + `userId` pairs (docs/metrics.md#stickiness).
 * Joining the two ids into one key, as the engine first did, cost a fresh
 * cons string per event that the table's `charCodeAt` then flattened into
 * another: on a million events that garbage and the flattening were the
 * largest cost of `stickiness`. This table reads the two strings' code units
 * once, in place, packing them four to an `Int32` word as it goes: the hash
 * mixes words, and a pair is confirmed against its stored words, not by a
 * second walk over the strings (that walk, one `charCodeAt` a code unit, took
 * over a third of the lookup's samples). As in `IdTable` (id-table.ts): one
 * byte a code unit, slots of hash + where the key is, linear probing up to
 * three quarters full; a pair with a code unit past 255 (rare in ids) goes
 * to a `Map` under a joined key.
 */

import { EMPTY, rehashed } from './id-table.js';

/** Numbers distinct pairs 0, 1, 2… in the order they are first seen. */
export class PairTable {
  private count = 0;
  /**
   * The pairs' records, one after another: at offset `r`, the pair's number,
   * the first string's length, both strings' length, then their code units
   * (the first's, then the second's) four to a word, the lowest byte first.
   * A lookup reads a slot and then one record (a cache line or two), not
   * also arrays of offsets and lengths; on 1 M events no faster measurably.
   */
  private records = new Int32Array(1024);
  private end = 0;
  /** The words of the pair being looked up. */
  private packed = new Int32Array(64);
  /** Pairs with a code unit past 255, under a joined key that keeps them apart. */
  private wide = new Map<string, number>();
  /** Slot `p` is `slots[2p]`, the pair's hash, and `slots[2p + 1]`, its record's offset or EMPTY. */
  private slots = new Int32Array(64).fill(EMPTY);
  private mask = 31;

  /** How many distinct pairs so far. */
  get size(): number {
    return this.count;
  }

  /** The number of the pair (`a`, `b`); a pair not seen before gets the next number. */
  intern(a: string, b: string): number {
    const la = a.length;
    const length = la + b.length;
    const n = (length + 3) >> 2;
    if (n > this.packed.length) this.packed = new Int32Array(2 * n);
    const packed = this.packed;
    // Pack the units; each full word goes into a MurmurHash3 (x86, 32-bit)
    // round. The first string's length seeds the hash, so ("ab", "c") and
    // ("a", "bc"), the same words, hash apart.
    let h = la;
    let units = 0;
    let word = 0;
    let shift = 0;
    let k = 0;
    for (let i = 0; i < la; i++) {
      const u = a.charCodeAt(i);
      units |= u;
      word |= u << shift;
      shift += 8;
      if (shift === 32) {
        packed[k++] = word;
        h = mix(h, word);
        word = 0;
        shift = 0;
      }
    }
    for (let i = la; i < length; i++) {
      const u = b.charCodeAt(i - la);
      units |= u;
      word |= u << shift;
      shift += 8;
      if (shift === 32) {
        packed[k++] = word;
        h = mix(h, word);
        word = 0;
        shift = 0;
      }
    }
    if (shift !== 0) {
      packed[k++] = word;
      h = mix(h, word);
    }
    if (units > 255) {
      const key = `${la}:${a}${b}`;
      const e = this.wide.get(key);
      if (e !== undefined) return e;
      this.wide.set(key, this.count);
      return this.count++;
    }
    // MurmurHash3's finalizer: every input bit reaches the low bits the mask keeps.
    h ^= length;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const { slots, mask, records } = this;
    let p = h & mask;
    for (;;) {
      const r = slots[2 * p + 1]!;
      if (r === EMPTY) break;
      if (slots[2 * p] === h && records[r + 2] === length && records[r + 1] === la) {
        const w = r + 3;
        let q = 0;
        while (q < n && records[w + q] === packed[q]) q++;
        if (q === n) return records[r]!;
      }
      p = (p + 1) & mask;
    }
    return this.add(la, length, h, p);
  }

  /** Adds the pair just packed (first string `la` units, `length` in all), hash `h`, as the next number, in the free slot `p`. */
  private add(la: number, length: number, h: number, p: number): number {
    const e = this.count++;
    const n = (length + 3) >> 2;
    const r = this.end;
    this.end = r + 3 + n;
    if (this.end > this.records.length) this.records = grown(this.records, Math.max(this.records.length * 2, this.end));
    const records = this.records;
    records[r] = e;
    records[r + 1] = la;
    records[r + 2] = length;
    records.set(this.packed.subarray(0, n), r + 3);
    this.slots[2 * p] = h;
    this.slots[2 * p + 1] = r;
    if ((this.size - this.wide.size) * 4 > (this.mask + 1) * 3) this.grow();
    return e;
  }

  private grow(): void {
    this.slots = rehashed(this.slots, this.mask + 1);
    this.mask = this.mask * 2 + 1;
  }

}

/** One MurmurHash3 round: word `w` into hash `h`. */
function mix(h: number, w: number): number {
  let k = Math.imul(w, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
