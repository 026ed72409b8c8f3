/**
 * Flat records of string (or null) fields as one table of distinct strings and a typed array of
 * places in it: 100,000 documents' plain fields (ids, names, codes, dates, statuses) load with one
 * small JSON parse and no per-field text, and every repeated value is one shared string.
 */

/** A cell that holds null. */
const NULL_CELL = 0xffffffff;

/** A string table and its places, shared by several encoded parts (one copy of each string across them). */
export class StringTable {
  readonly strings: string[] = [];
  private readonly places = new Map<string, number>();

  /** The place of `text` in the table (added when new). */
  place(text: string): number {
    let at = this.places.get(text);
    if (at === undefined) {
      at = this.strings.push(text) - 1;
      this.places.set(text, at);
    }
    return at;
  }

  /** The places of many strings. */
  placesOf(texts: readonly string[]): Uint32Array {
    return Uint32Array.from(texts, (t) => this.place(t));
  }

  /** Each record's `fields`, in order, as places (null as a null cell). */
  columns<R>(records: readonly R[], fields: readonly (keyof R)[]): Uint32Array {
    const cells = new Uint32Array(records.length * fields.length);
    let i = 0;
    for (const record of records)
      for (const field of fields) {
        const value = record[field];
        cells[i++] = value === null ? NULL_CELL : this.place(String(value));
      }
    return cells;
  }
}

function at(table: readonly unknown[], place: number): string {
  const text = table[place];
  if (typeof text !== 'string') throw new Error('A stored string is missing.');
  return text;
}

/** The strings at these places of the table; throws when a place is outside it. */
export function stringsAt(table: readonly unknown[], places: Uint32Array): string[] {
  return Array.from(places, (p) => at(table, p));
}

/** The records back from `columns` (fields in the same order); throws when a cell is outside the table. */
export function recordsFrom<K extends string>(
  table: readonly unknown[],
  cells: Uint32Array,
  fields: readonly K[],
): Record<K, string | null>[] {
  if (fields.length === 0 || cells.length % fields.length !== 0)
    throw new Error('The stored columns are cut.');
  const records: Record<K, string | null>[] = [];
  for (let i = 0; i < cells.length; i += fields.length) {
    const record = {} as Record<K, string | null>;
    fields.forEach((field, f) => {
      const cell = cells[i + f] as number;
      record[field] = cell === NULL_CELL ? null : at(table, cell);
    });
    records.push(record);
  }
  return records;
}
