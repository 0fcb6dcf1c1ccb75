/**
 * The record shapes (docs/metrics.md#records). The validation every function
 * runs on its rows (validate.ts) and the error it throws on bad input
 * (`MetricsInputError`, input-error.ts) are re-exported from here.
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
import { isId, numberFrom } from './guards.js';
import { isIsoDate } from './time.js';
import { defineRecord, type FieldSpec, type RecordSpec } from './validate.js';

export { formatIssue, formatIssues, isMetricsInputError, MAX_ISSUES, MetricsInputError, type InputIssue } from './input-error.js';
export {
  defineRecord,
  describeValue,
  expectation,
  FIELD_KINDS,
  IssueList,
  issueMessage,
  optionError,
  validateRows,
  type FieldKind,
  type FieldSpec,
  type RecordSpec,
} from './validate.js';

// ---------------------------------------------------------------------------
// Field predicates for the specialised checks (same rules as `fieldOk` of validate.ts;
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

/** `a / b`, or `null` when `b` is 0 (never `NaN` or `Infinity`). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** The key a customer id is grouped by: `1` and `"1"` are one customer. */
export function idKey(id: string | number): string {
  return typeof id === 'string' ? id : String(id);
}
