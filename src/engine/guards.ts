/**
 * Small type guards shared by the engine, the data layer and the elements
 * (private to the kit: not re-exported by the engine's index).
 *
 * `isId` and `numberFrom` are the rules of the records' plain checks
 * (schemas.ts), also used by the one-pass MrrChange walk (mrr-timeline.ts).
 */

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An id field: non-empty text or a finite number. */
export function isId(value: unknown): value is string | number {
  return typeof value === 'string' ? value.length > 0 : typeof value === 'number' && Number.isFinite(value);
}

/** A finite number ≥ `min`. */
export function numberFrom(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min;
}

/**
 * The row's own value of `key`, `undefined` when the row has none: a field
 * named `constructor`, `toString` or `__proto__` is read from the row, never
 * from what every object inherits.
 */
export function ownField(row: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(row, key) ? (row as Record<string, unknown>)[key] : undefined;
}
