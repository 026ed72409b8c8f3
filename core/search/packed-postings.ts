/**
 * One posting list of the search engine — the documents (by the engine's short id) that hold one
 * term in one field, with how often — kept in two typed arrays instead of a Map. MiniSearch keeps
 * each posting as a Map entry (about 30 bytes on the heap); here it is 5 bytes, which is what
 * lets 100,000 sessions (some 15 million postings) fit in memory. It offers the part of the Map
 * interface the engine uses (get, set, delete, has, size, keys, entries, iteration) and keeps the
 * ids in ascending order — the order the engine adds them in, so results come out as before.
 */

const INITIAL_CAPACITY = 4;
/**
 * The largest count kept for one term in one field of one document (a count above is kept at
 * this): relevance saturates long before (BM25), and one byte per posting is 15 MB less at
 * 100,000 sessions than two.
 */
const MAX_FREQ = 0xff;

/** A posting list in typed arrays, usable wherever the engine expects `Map<number, number>`. */
export class PackedPostings {
  private ids: Uint32Array;
  private freqs: Uint8Array;
  private length: number;
  /** Where the last lookup or iteration step was (the engine reads each id right after iterating to it). */
  private cursor = 0;

  constructor(ids?: Uint32Array, freqs?: Uint8Array) {
    this.ids = ids ?? new Uint32Array(INITIAL_CAPACITY);
    this.freqs = freqs ?? new Uint8Array(this.ids.length);
    this.length = ids ? ids.length : 0;
  }

  /** How many documents hold the term in this field. */
  get size(): number {
    return this.length;
  }

  /** The index of `id`, or `-1 - i` where `i` is where it would go. */
  private find(id: number): number {
    const c = this.cursor;
    if (c < this.length && this.ids[c] === id) return c;
    // Documents are added with ever larger ids: most lookups while adding are at the end.
    const last = this.length - 1;
    if (last < 0 || (this.ids[last] as number) < id) return -1 - this.length;
    if (this.ids[last] === id) return last;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid] as number;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1 - lo;
  }

  get(id: number): number | undefined {
    const at = this.find(id);
    return at >= 0 ? this.freqs[at] : undefined;
  }

  has(id: number): boolean {
    return this.find(id) >= 0;
  }

  set(id: number, freq: number): this {
    const value = Math.min(MAX_FREQ, freq);
    const at = this.find(id);
    if (at >= 0) {
      this.freqs[at] = value;
      return this;
    }
    const slot = -1 - at;
    if (this.length === this.ids.length) this.grow();
    if (slot < this.length) {
      this.ids.copyWithin(slot + 1, slot, this.length);
      this.freqs.copyWithin(slot + 1, slot, this.length);
    }
    this.ids[slot] = id;
    this.freqs[slot] = value;
    this.length += 1;
    return this;
  }

  delete(id: number): boolean {
    const at = this.find(id);
    if (at < 0) return false;
    this.ids.copyWithin(at, at + 1, this.length);
    this.freqs.copyWithin(at, at + 1, this.length);
    this.length -= 1;
    return true;
  }

  private grow(): void {
    const capacity = Math.max(INITIAL_CAPACITY, this.ids.length * 2);
    const ids = new Uint32Array(capacity);
    const freqs = new Uint8Array(capacity);
    ids.set(this.ids.subarray(0, this.length));
    freqs.set(this.freqs.subarray(0, this.length));
    this.ids = ids;
    this.freqs = freqs;
  }

  keys(): IterableIterator<number> {
    // A plain iterator object: the engine walks every posting of every matched term with it, and
    // this is measurably cheaper than a generator there.
    let i = -1;
    let last = -1;
    const iterator: IterableIterator<number> = {
      next: (): IteratorResult<number> => {
        if (i >= 0 && (i >= this.length || this.ids[i] !== last)) {
          // A delete during the last step (of that id or an earlier one) moved the rest back.
          const at = this.find(last);
          i = at >= 0 ? at : -2 - at;
        }
        i += 1;
        if (i >= this.length) return { done: true, value: undefined };
        this.cursor = i;
        last = this.ids[i] as number;
        return { done: false, value: last };
      },
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  }

  *entries(): IterableIterator<[number, number]> {
    for (const id of this.keys()) yield [id, this.freqs[this.cursor] as number];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  /** The ids and counts, trimmed to size (views of the lists' own arrays: copy before changing it). */
  arrays(): { ids: Uint32Array; freqs: Uint8Array } {
    return { ids: this.ids.subarray(0, this.length), freqs: this.freqs.subarray(0, this.length) };
  }
}
