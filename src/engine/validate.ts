/**
 * How the engine checks rows (private to the kit; the record shapes that use
 * it are in schemas.ts, which re-exports all of this): the kinds of field, a
 * field's plain check and the wording of its issues, and the walk over the
 * rows that collects the issues and throws a `MetricsInputError`
 * (input-error.ts) naming row, field and problem (docs/engine-errors.md).
 */
import { isRecord, ownField } from './guards.js';
import { isIsoDate } from './time.js';
import { MAX_ISSUES, MetricsInputError, type InputIssue } from './input-error.js';

/** A short, safe description of a received value for an issue message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

// ---------------------------------------------------------------------------
// Field descriptions: the single source of both checks.

/** The kinds of field a record has. */
export const FIELD_KINDS = ['int', 'number', 'date', 'id', 'text', 'boolean'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One field of a record. `min`/`max` bound `int` and `number` fields (inclusive). */
export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  readonly optional?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** What a field expects, in words: the start of every issue about it. */
export function expectation(f: FieldSpec): string {
  switch (f.kind) {
    case 'int':
      if (f.min !== undefined && f.max !== undefined) return `expected an integer from ${f.min} to ${f.max}`;
      return f.min !== undefined ? `expected an integer ≥ ${f.min}` : 'expected an integer';
    case 'number':
      if (f.min !== undefined && f.max !== undefined) return `expected a number from ${f.min} to ${f.max}`;
      return f.min !== undefined ? `expected a number ≥ ${f.min}` : 'expected a finite number';
    case 'date':
      return 'expected an ISO 8601 date (YYYY-MM-DD or a full timestamp)';
    case 'id':
      return 'expected an id (non-empty text or a number)';
    case 'text':
      return 'expected text';
    case 'boolean':
      return 'expected true or false';
  }
}

/** The plain check of one field value (what the zod schema of `src/schemas.ts` accepts). */
function fieldOk(f: FieldSpec, v: unknown): boolean {
  if (v === undefined || v === null) return f.optional === true;
  switch (f.kind) {
    case 'int':
      return (
        typeof v === 'number' &&
        Number.isSafeInteger(v) &&
        (f.min === undefined || v >= f.min) &&
        (f.max === undefined || v <= f.max)
      );
    case 'number':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (f.min === undefined || v >= f.min) &&
        (f.max === undefined || v <= f.max)
      );
    case 'date':
      return isIsoDate(v);
    case 'id':
      return (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v));
    case 'text':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
  }
}

/** A record shape: its name, its fields, and how a row is checked. */
export interface RecordSpec<T> {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  /** When set, a bare number stands for a row whose only field is this one. */
  readonly bareNumber?: string;
  /**
   * The plain check of an object row, written out field by field. The
   * generic loop over `fields` reads `row[field.key]` with a different key
   * each time, which V8 cannot specialise; named reads can (1 M survey rows:
   * ~300 ms generic, a few tens of ms here). Must agree with the fields,
   * which `test/engine/schemas.test.ts` checks against the zod schema.
   */
  readonly check?: (row: Record<string, unknown>) => boolean;
  /** Type only, never set: the row type `T` the record describes. */
  readonly row?: T;
}

/**
 * Describes a record once: the rows' check, the issues' wording and the
 * zod schema of `cs-metrics/schemas` all come from `fields`.
 */
export function defineRecord<T>(
  name: string,
  fields: readonly FieldSpec[],
  bareNumber?: string,
  check?: (row: Record<string, unknown>) => boolean,
): RecordSpec<T> {
  return { name, fields, ...(bareNumber === undefined ? {} : { bareNumber }), ...(check === undefined ? {} : { check }) };
}

// ---------------------------------------------------------------------------
// Running the checks.

/** Collects issues, keeping the first {@link MAX_ISSUES} and counting all. */
export class IssueList {
  readonly issues: InputIssue[] = [];
  total = 0;
  add(issue: InputIssue): void {
    this.total++;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }
  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }
  /** Throws a {@link MetricsInputError} when any issue was added. */
  throwIfAny(source: string): void {
    if (this.total > 0) throw new MetricsInputError(source, this.issues, this.total);
  }
}

/** An issue's message: what was expected, then what was received. */
export function issueMessage(expected: string, value: unknown): string {
  return value === undefined ? `${expected}, but the field is missing` : `${expected}, got ${describeValue(value)}`;
}

/**
 * Reports a row the plain check rejected: one issue for each bad field, in
 * the record's field order, or one for the whole row when it is not an
 * object. (These are the issues zod reports for the object form of the
 * record, message for message; a bare-number record names the whole-row
 * problem "an object or a number", as its zod union does.)
 */
function reportRow<T>(record: RecordSpec<T>, row: unknown, index: number, list: IssueList): void {
  const before = list.total;
  if (isRecord(row)) {
    for (const f of record.fields) {
      const v = ownField(row, f.key);
      if (!fieldOk(f, v)) list.add({ row: index, field: f.key, message: issueMessage(expectation(f), v) });
    }
  }
  // Not an object (or, should a specialised check ever disagree with the fields, no field to blame).
  if (list.total === before) {
    list.add({
      row: index,
      field: '',
      message: issueMessage(`expected a ${record.name} object${record.bareNumber === undefined ? '' : ' or a number'}`, row),
    });
  }
}

/**
 * Checks every row of `input` against `record` and throws a
 * {@link MetricsInputError} naming row, field and problem when any is bad.
 * `rowCheck` adds rules across fields (an end before its start…) and runs
 * only on rows whose fields are all well-formed.
 */
export function validateRows<T>(
  source: string,
  input: unknown,
  record: RecordSpec<T>,
  rowCheck?: (row: T, index: number, list: IssueList) => void,
): asserts input is T[] {
  const list = new IssueList();
  if (!Array.isArray(input)) {
    list.add({ row: null, field: '', message: issueMessage(`expected an array of ${record.name} rows`, input) });
    list.throwIfAny(source);
    return;
  }
  const fields = record.fields;
  const n = fields.length;
  const check = record.check;
  const bare = record.bareNumber;
  const bareField = bare === undefined ? undefined : fields.find((f) => f.key === bare);
  for (let i = 0; i < input.length; i++) {
    const row: unknown = input[i];
    if (typeof row === 'number' && bareField) {
      if (!fieldOk(bareField, row)) list.add({ row: i, field: bareField.key, message: issueMessage(expectation(bareField), row) });
      continue;
    }
    if (!isRecord(row)) {
      reportRow(record, row, i, list);
      continue;
    }
    let ok = true;
    if (check !== undefined) ok = check(row as Record<string, unknown>);
    else {
      for (let j = 0; j < n; j++) {
        const f = fields[j] as FieldSpec;
        if (!fieldOk(f, ownField(row, f.key))) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      rowCheck?.(row as T, i, list);
      continue;
    }
    reportRow(record, row, i, list);
  }
  list.throwIfAny(source);
}

/** Throws a {@link MetricsInputError} about one option. */
export function optionError(source: string, field: string, message: string): never {
  throw new MetricsInputError(source, [{ row: null, field, message }]);
}

