/**
 * The record shapes of SPEC 2.1 as zod schemas, the error every engine
 * function throws on bad input, and the validation every function runs.
 *
 * Validation has two paths that agree by construction and by test
 * (`test/engine/schemas.test.ts`): each record is described once as a list of
 * fields; from that list come both the exported zod/mini schema and a plain
 * type/range check. The plain check runs over every row (a million rows cost
 * milliseconds, not the ~600 ms of per-row zod parsing); only the rows it
 * rejects are parsed with the zod schema, whose issues become the report.
 */
import * as z from 'zod/mini';
import { isId, isRecord, numberFrom } from './guards.js';
import { isIsoDate, isMonth } from './time.js';

/** One problem found in an engine function's input. */
export interface InputIssue {
  /** Index of the bad row in the input array; `null` for the options or the input as a whole. */
  readonly row: number | null;
  /** The field that is wrong (`score`, `date`…), `''` for the whole row. */
  readonly field: string;
  /** What is wrong, in plain words, with the value received. */
  readonly message: string;
}

/** How many issues a {@link MetricsInputError} lists; `total` counts them all. */
export const MAX_ISSUES = 20;

/**
 * Thrown by every engine function on bad input. `issues` lists at most
 * {@link MAX_ISSUES} problems, each with its row index and field; `total`
 * counts every problem found.
 */
export class MetricsInputError extends Error {
  override readonly name = 'MetricsInputError';
  /** The first problems found, at most {@link MAX_ISSUES}. */
  readonly issues: readonly InputIssue[];
  /** How many problems were found in all. */
  readonly total: number;

  constructor(source: string, issues: readonly InputIssue[], total: number = issues.length) {
    const shown = issues.slice(0, MAX_ISSUES);
    super(
      `${source}: ${total} problem${total === 1 ? '' : 's'} in the input. ` +
        shown
          .slice(0, 3)
          .map(formatIssue)
          .join('; ') +
        (total > 3 ? `; and ${total - 3} more` : ''),
    );
    this.issues = shown;
    this.total = Math.max(total, shown.length);
  }
}

/** `row 3, score: expected …` — the one-line form used in messages and by the elements. */
export function formatIssue(issue: InputIssue): string {
  const where = [issue.row === null ? '' : `row ${issue.row}`, issue.field].filter(Boolean).join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

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

function expectation(f: FieldSpec): string {
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

function fieldSchema(f: FieldSpec): z.ZodMiniType {
  const error = expectation(f);
  let schema: z.ZodMiniType;
  switch (f.kind) {
    case 'int':
    case 'number': {
      const checks = [];
      if (f.min !== undefined) checks.push(z.gte(f.min, { error }));
      if (f.max !== undefined) checks.push(z.lte(f.max, { error }));
      const base = f.kind === 'int' ? z.int({ error }) : z.number({ error });
      schema = checks.length ? base.check(...checks) : base;
      break;
    }
    case 'date':
      schema = z.string({ error }).check(z.refine(isIsoDate, { error }));
      break;
    case 'id':
      schema = z.union([z.string({ error }).check(z.minLength(1, { error })), z.number({ error })], { error });
      break;
    case 'text':
      schema = z.string({ error });
      break;
    case 'boolean':
      schema = z.boolean({ error });
      break;
  }
  return f.optional ? z.optional(z.nullable(schema)) : schema;
}

/** The plain check of one field value; must agree with {@link fieldSchema}. */
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

/** A record shape: its fields, its zod schema, and how it is checked. */
export interface RecordSpec<T> {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  /** The zod/mini schema of one row. */
  readonly schema: z.ZodMiniType<T>;
  /** When set, a bare number stands for a row whose only field is this one. */
  readonly bareNumber?: string;
  /** The zod schema of that bare number. */
  readonly bareSchema?: z.ZodMiniType;
  /**
   * The object form alone. Rows that are objects are reported against it: a
   * union with the bare number would word `{ score: "ten" }` as "not an
   * object or a number" for the whole row instead of naming `score`.
   */
  readonly objectSchema?: z.ZodMiniType;
  /**
   * The plain check of an object row, written out field by field. The
   * generic loop over `fields` reads `row[field.key]` with a different key
   * each time, which V8 cannot specialise; named reads can (1 M survey rows:
   * ~300 ms generic, a few tens of ms here). Must agree with the fields,
   * which `test/engine/schemas.test.ts` checks against the zod schema.
   */
  readonly check?: (row: Record<string, unknown>) => boolean;
}

/**
 * Describes a record once; both checks come from the description. The zod
 * schemas are built on first use (they word the issues of bad rows; good rows
 * never need them), so describing a record costs nothing at module load, and
 * a bundler drops the records a page does not use (the calls below are
 * marked pure).
 */
export function defineRecord<T>(
  name: string,
  fields: readonly FieldSpec[],
  bareNumber?: string,
  check?: (row: Record<string, unknown>) => boolean,
): RecordSpec<T> {
  const bare = bareNumber === undefined ? undefined : fields.find((f) => f.key === bareNumber);
  let built: { schema: z.ZodMiniType<T>; object: z.ZodMiniType; bare: z.ZodMiniType | undefined } | undefined;
  const build = () => {
    if (built) return built;
    const shape: Record<string, z.ZodMiniType> = {};
    for (const f of fields) shape[f.key] = fieldSchema(f);
    const object = z.object(shape, { error: `expected a ${name} object` });
    const schema = (
      bare ? z.union([fieldSchema({ ...bare, optional: false }), object], { error: `expected a ${name} object or a number` }) : object
    ) as unknown as z.ZodMiniType<T>;
    built = { schema, object, bare: bare === undefined ? undefined : fieldSchema({ ...bare, optional: false }) };
    return built;
  };
  return {
    name,
    fields,
    ...(bare === undefined ? {} : { bareNumber: bare.key }),
    ...(check === undefined ? {} : { check }),
    get schema() {
      return build().schema;
    },
    get objectSchema() {
      return build().object;
    },
    get bareSchema() {
      return build().bare;
    },
  };
}

/** A record's zod schema, as a call a bundler may drop when its result is unused. */
function schemaOf<T>(record: RecordSpec<T>): z.ZodMiniType<T> {
  return record.schema;
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
// The records of SPEC 2.1.

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
export const SurveyResponseSchema = /* @__PURE__ */ schemaOf(SurveyResponseRecord);

export const MrrChangeRecord = /* @__PURE__ */ defineRecord<MrrChange>('MrrChange', [
  { key: 'customerId', kind: 'id' },
  { key: 'date', kind: 'date' },
  { key: 'mrr', kind: 'number', min: 0 },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['date']) && numberFrom(r['mrr'], 0),
);
export const MrrChangeSchema = /* @__PURE__ */ schemaOf(MrrChangeRecord);

export const CustomerRecord = /* @__PURE__ */ defineRecord<Customer>('Customer', [
  { key: 'id', kind: 'id' },
  { key: 'start', kind: 'date' },
  { key: 'end', kind: 'date', optional: true },
], undefined, (r) =>
  isId(r['id']) && isIsoDate(r['start']) && optDate(r['end']),
);
export const CustomerSchema = /* @__PURE__ */ schemaOf(CustomerRecord);

export const OrderRecord = /* @__PURE__ */ defineRecord<Order>('Order', [
  { key: 'customerId', kind: 'id' },
  { key: 'date', kind: 'date' },
  { key: 'amount', kind: 'number', min: 0 },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['date']) && numberFrom(r['amount'], 0),
);
export const OrderSchema = /* @__PURE__ */ schemaOf(OrderRecord);

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
export const TicketSchema = /* @__PURE__ */ schemaOf(TicketRecord);

export const TrialRecord = /* @__PURE__ */ defineRecord<Trial>('Trial', [
  { key: 'id', kind: 'id' },
  { key: 'trialStart', kind: 'date' },
  { key: 'convertedAt', kind: 'date', optional: true },
], undefined, (r) =>
  isId(r['id']) && isIsoDate(r['trialStart']) && optDate(r['convertedAt']),
);
export const TrialSchema = /* @__PURE__ */ schemaOf(TrialRecord);

export const RenewalRecord = /* @__PURE__ */ defineRecord<Renewal>('Renewal', [
  { key: 'customerId', kind: 'id' },
  { key: 'dueDate', kind: 'date' },
  { key: 'renewed', kind: 'boolean' },
], undefined, (r) =>
  isId(r['customerId']) && isIsoDate(r['dueDate']) && typeof r['renewed'] === 'boolean',
);
export const RenewalSchema = /* @__PURE__ */ schemaOf(RenewalRecord);

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

function issueMessage(expected: string, value: unknown): string {
  return value === undefined ? `${expected}, but the field is missing` : `${expected}, got ${describeValue(value)}`;
}

function fieldValue(row: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = row;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Reports a row the plain check rejected, in the zod schema's words. Falls
 * back to the plain check's own wording should the two ever disagree.
 */
function reportRow<T>(record: RecordSpec<T>, row: unknown, index: number, list: IssueList, failed: readonly FieldSpec[]): void {
  if (!list.full) {
    const result = z.safeParse(isRecord(row) ? (record.objectSchema ?? record.schema) : record.schema, row);
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        // A union reports each branch; one issue a field is enough.
        if (seen.has(field)) continue;
        seen.add(field);
        list.issues.length < MAX_ISSUES &&
          list.issues.push({ row: index, field, message: issueMessage(issue.message, fieldValue(row, issue.path)) });
      }
      list.total += failed.length === 0 ? 1 : failed.length;
      return;
    }
  }
  if (failed.length === 0) {
    list.add({ row: index, field: '', message: issueMessage(`expected a ${record.name} object`, row) });
    return;
  }
  for (const f of failed) {
    list.add({ row: index, field: f.key, message: issueMessage(expectation(f), (row as Record<string, unknown>)[f.key]) });
  }
}

function reportBare<T>(record: RecordSpec<T>, field: FieldSpec, value: number, index: number, list: IssueList): void {
  const result = record.bareSchema ? z.safeParse(record.bareSchema, value) : undefined;
  const expected = result && !result.success ? (result.error.issues[0]?.message ?? expectation(field)) : expectation(field);
  list.add({ row: index, field: field.key, message: issueMessage(expected, value) });
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
      if (!fieldOk(bareField, row)) reportBare(record, bareField, row, i, list);
      continue;
    }
    if (!isRecord(row)) {
      reportRow(record, row, i, list, []);
      continue;
    }
    let ok = true;
    if (check !== undefined) ok = check(row as Record<string, unknown>);
    else {
      for (let j = 0; j < n; j++) {
        const f = fields[j] as FieldSpec;
        if (!fieldOk(f, (row as Record<string, unknown>)[f.key])) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      rowCheck?.(row as T, i, list);
      continue;
    }
    reportRow(
      record,
      row,
      i,
      list,
      fields.filter((f) => !fieldOk(f, (row as Record<string, unknown>)[f.key])),
    );
  }
  list.throwIfAny(source);
}

/**
 * Parses an options object with a zod schema; problems are reported as
 * issues with `row: null` and the option's name as the field.
 */
export function parseOptions<T>(source: string, schema: z.ZodMiniType<T>, options: unknown): T {
  const result = z.safeParse(schema, options ?? {});
  if (result.success) return result.data;
  const list = new IssueList();
  for (const issue of result.error.issues) {
    list.add({
      row: null,
      field: issue.path.map(String).join('.'),
      message: issueMessage(issue.message, fieldValue(options, issue.path)),
    });
  }
  throw new MetricsInputError(source, list.issues, list.total);
}

/** A `YYYY-MM` month option. */
export const monthOption = /* @__PURE__ */ z.string({ error: 'expected a month as YYYY-MM' }).check(
  /* @__PURE__ */ z.refine(isMonth, { error: 'expected a month as YYYY-MM' }),
);

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
