/**
 * Interning of id strings to small integers (private to the engine).
 *
 * For many *distinct* ids (the duplicate-id check of a million Customer
 * rows) a `Map<string, number>` costs ~600 ms here and this open-addressing
 * table over typed arrays ~210 ms. For many lookups of few ids in fresh
 * strings (MRR changes from JSON) a Map is faster: V8 hashes natively.
 */

const EMPTY = -1;

/** Numbers distinct keys 0, 1, 2… in the order they are first seen. */
export class IdTable {
  /** The keys, by number. */
  readonly keys: string[] = [];
  private hashes = new Int32Array(16);
  private slots = new Int32Array(32).fill(EMPTY);
  private mask = 31;

  /** How many distinct keys so far. */
  get size(): number {
    return this.keys.length;
  }

  /** The number of `key`; a key not seen before gets the next number. */
  intern(key: string): number {
    const h = hash(key);
    const { slots, mask, keys, hashes } = this;
    let p = h & mask;
    for (;;) {
      const e = slots[p]!;
      if (e === EMPTY) break;
      if (hashes[e] === h && keys[e] === key) return e;
      p = (p + 1) & mask;
    }
    const n = keys.length;
    keys.push(key);
    if (n === hashes.length) {
      const grown = new Int32Array(n * 2);
      grown.set(hashes);
      this.hashes = grown;
    }
    this.hashes[n] = h;
    slots[p] = n;
    // Keep the load under a half so probes stay short.
    if ((n + 1) * 2 > slots.length) this.grow();
    return n;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(EMPTY);
    const { hashes } = this;
    for (let e = 0; e < this.keys.length; e++) {
      let p = hashes[e]! & mask;
      while (slots[p] !== EMPTY) p = (p + 1) & mask;
      slots[p] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, with a final mix so the low bits spread. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
