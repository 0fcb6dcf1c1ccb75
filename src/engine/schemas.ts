/**
 * The record shapes (docs/metrics.md#records) and the validation every
 * function runs on its rows; the error it throws on bad input
 * (`MetricsInputError`, input-error.ts) is re-exported from here.
 *
 * Each record is described once, as a list of fields ({@link FieldSpec}).
 * From that one description come:
 *
 * - the engine's check of a row, a plain type/range test with no library
 *   (a million rows cost milliseconds), specialised field by field for the
 *   records the metrics read most;
 * - the wording of a rejected row's issues ({@link expectation});
 * - the zod/mini schemas of the public `cs-metrics/schemas` entry
 *   (`src/schemas.ts`), for apps that validate rows themselves. The engine
 *   does not import zod, so it costs an engine-only page nothing.
 *
 * `test/engine/schemas.test.ts` proves, on arbitrary and near-miss rows, that
 * the engine accepts exactly the rows the zod schema accepts and names the
 * same fields. Options are checked by the small combinators of `check.ts`.
 */
import { isId, isRecord, numberFrom, ownField } from './guards.js';
import { isIsoDate } from './time.js';
import { MAX_ISSUES, MetricsInputError, type InputIssue } from './input-error.js';

export { formatIssue, formatIssues, isMetricsInputError, MAX_ISSUES, MetricsInputError, type InputIssue } from './input-error.js';

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
// Field predicates for the specialised checks (same rules as `fieldOk`;
// `isId` and `numberFrom` live in guards.ts, shared with mrr-timeline.ts).

function intIn(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
}
function optDate(v: unknown): boolean {
  return v === undefined || v === null || isIsoDate(v);
}
function optText(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'string';
}

// ---------------------------------------------------------------------------
// The records (docs/metrics.md, "Record shapes").

export interface SurveyResponse {
  score: number;
  date?: string | null;
  customerId?: string | number | null;
  comment?: string | null;
  segment?: string | null;
}
export interface MrrChange {
  customerId: string | number;
  date: string;
  mrr: number;
}
export interface Customer {
  id: string | number;
  start: string;
  end?: string | null;
}
export interface Order {
  customerId: string | number;
  date: string;
  amount: number;
}
export interface Ticket {
  id: string | number;
  createdAt: string;
  firstResponseAt?: string | null;
  resolvedAt?: string | null;
  contacts?: number | null;
}
export interface Trial {
  id: string | number;
  trialStart: string;
  convertedAt?: string | null;
}
export interface Renewal {
  customerId: string | number;
  dueDate: string;
  renewed: boolean;
}
export interface HealthInput {
  customerId: string | number;
  date?: string | null;
  [measure: string]: unknown;
}
/** One product-usage event (docs/metrics.md#usageevent). */
export interface UsageEvent {
  customerId: string | number;
  /** When it happened: a date or, usually, a full timestamp. */
  date: string;
  /** The user inside the customer; absent: the customer counts as the user. */
  userId?: string | number | null;
  /** The feature used (`first-report`, `export`…). */
  feature?: string | null;
  /** ≥ 0: the length of the session this event closes, in seconds. */
  durationSeconds?: number | null;
}

/** A survey answer on an integer scale `min..max`, or a bare number. */
export function surveyRecord(min: number, max: number): RecordSpec<SurveyResponse | number> {
  return defineRecord<SurveyResponse | number>(
    'SurveyResponse',
    [
      { key: 'score', kind: 'int', min, max },
      { key: 'date', kind: 'date', optional: true },
      { key: 'customerId', kind: 'id', optional: true },
      { key: 'comment', kind: 'text', optional: true },
      { key: 'segment', kind: 'text', optional: true },
    ],
    'score',
    (r) =>
      intIn(r['score'], min, max) &&
      optDate(r['date']) &&
      (r['customerId'] === undefined || r['customerId'] === null || isId(r['customerId'])) &&
      optText(r['comment']) &&
      optText(r['segment']),
  );
}

/** NPS answers: integers 0–10. */
export const SurveyResponseRecord = /* @__PURE__ */ surveyRecord(0, 10);

export const MrrChangeRecord = /* @__PURE__ */ defineRecord<MrrChange>('MrrChange', [
  { key: 'customerId', kind: 'id' },
  { key: 'date', kind: 'date' },
  { key: 'mrr', kind: 'number', min: 0 },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['date']) && numberFrom(r['mrr'], 0),
);

export const CustomerRecord = /* @__PURE__ */ defineRecord<Customer>('Customer', [
  { key: 'id', kind: 'id' },
  { key: 'start', kind: 'date' },
  { key: 'end', kind: 'date', optional: true },
], undefined, (r) =>
  isId(r['id']) && isIsoDate(r['start']) && optDate(r['end']),
);

export const OrderRecord = /* @__PURE__ */ defineRecord<Order>('Order', [
  { key: 'customerId', kind: 'id' },
  { key: 'date', kind: 'date' },
  { key: 'amount', kind: 'number', min: 0 },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['date']) && numberFrom(r['amount'], 0),
);

export const TicketRecord = /* @__PURE__ */ defineRecord<Ticket>('Ticket', [
  { key: 'id', kind: 'id' },
  { key: 'createdAt', kind: 'date' },
  { key: 'firstResponseAt', kind: 'date', optional: true },
  { key: 'resolvedAt', kind: 'date', optional: true },
  { key: 'contacts', kind: 'int', min: 0, optional: true },
], undefined, (r) =>
  isId(r['id']) &&
  isIsoDate(r['createdAt']) &&
  optDate(r['firstResponseAt']) &&
  optDate(r['resolvedAt']) &&
  (r['contacts'] === undefined || r['contacts'] === null || intIn(r['contacts'], 0, Infinity)),
);

export const TrialRecord = /* @__PURE__ */ defineRecord<Trial>('Trial', [
  { key: 'id', kind: 'id' },
  { key: 'trialStart', kind: 'date' },
  { key: 'convertedAt', kind: 'date', optional: true },
], undefined, (r) =>
  isId(r['id']) && isIsoDate(r['trialStart']) && optDate(r['convertedAt']),
);

export const RenewalRecord = /* @__PURE__ */ defineRecord<Renewal>('Renewal', [
  { key: 'customerId', kind: 'id' },
  { key: 'dueDate', kind: 'date' },
  { key: 'renewed', kind: 'boolean' },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['dueDate']) && typeof r['renewed'] === 'boolean',
);

export const UsageEventRecord = /* @__PURE__ */ defineRecord<UsageEvent>('UsageEvent', [
  { key: 'customerId', kind: 'id' },
  { key: 'date', kind: 'date' },
  { key: 'userId', kind: 'id', optional: true },
  { key: 'feature', kind: 'text', optional: true },
  { key: 'durationSeconds', kind: 'number', min: 0, optional: true },
], undefined, (r) =>
  isId(r['customerId']) &&
  isIsoDate(r['date']) &&
  (r['userId'] === undefined || r['userId'] === null || isId(r['userId'])) &&
  optText(r['feature']) &&
  (r['durationSeconds'] === undefined || r['durationSeconds'] === null || numberFrom(r['durationSeconds'], 0)),
);

/** Health inputs: `customerId`, `date?`, and the model's measures as optional numbers. */
export function healthInputRecord(measureKeys: readonly string[]): RecordSpec<HealthInput> {
  return defineRecord<HealthInput>('HealthInput', [
    { key: 'customerId', kind: 'id' },
    { key: 'date', kind: 'date', optional: true },
    ...measureKeys
      .filter((key) => key !== 'customerId' && key !== 'date')
      .map((key): FieldSpec => ({ key, kind: 'number', optional: true })),
  ]);
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

/** `a / b`, or `null` when `b` is 0 (never `NaN` or `Infinity`). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** The key a customer id is grouped by: `1` and `"1"` are one customer. */
export function idKey(id: string | number): string {
  return typeof id === 'string' ? id : String(id);
}
