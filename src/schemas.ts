/**
 * `cs-metrics/schemas`: the record shapes (docs/metrics.md, "Record shapes") as zod/mini schemas, for
 * an app that validates or parses rows itself (a form, an API handler, an
 * import) before handing them to the engine.
 *
 * Each schema is built from the same field descriptions as the engine's own
 * row checks (`src/engine/schemas.ts`), with the same messages: a row one
 * accepts, the other accepts, which `test/engine/schemas.test.ts` proves on
 * arbitrary and near-miss rows. A separate entry because the engine does not
 * import zod (it would cost every engine-only page ~6.5 kB gzip).
 * Use them with zod's own functions: `z.safeParse(OrderSchema, row)`.
 */
import * as z from 'zod/mini';
import {
  CustomerRecord,
  expectation,
  healthInputRecord,
  MrrChangeRecord,
  OrderRecord,
  RenewalRecord,
  SurveyResponseRecord,
  TicketRecord,
  TrialRecord,
  UsageEventRecord,
  type Customer,
  type FieldSpec,
  type HealthInput,
  type MrrChange,
  type Order,
  type RecordSpec,
  type Renewal,
  type SurveyResponse,
  type Ticket,
  type Trial,
  type UsageEvent,
} from './engine/schemas.js';
import { isIsoDate, isMonth } from './engine/time.js';

export type { Customer, FieldSpec, HealthInput, MrrChange, Order, RecordSpec, Renewal, SurveyResponse, Ticket, Trial, UsageEvent };

/** The zod schema of one field; an optional field also accepts `null`. */
export function fieldSchema(f: FieldSpec): z.ZodMiniType {
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

/**
 * The zod schema of any record the engine describes (`surveyRecord(1, 5)`
 * for a CSAT scale, a `defineRecord` of your own…): an object of its fields,
 * or, for a record that takes bare numbers, that number or the object.
 * `loose` keeps keys the record does not name (they are dropped otherwise).
 */
export function recordSchema<T>(record: RecordSpec<T>, loose = false): z.ZodMiniType<T> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of record.fields) shape[f.key] = fieldSchema(f);
  const error = `expected a ${record.name} object`;
  const object = loose ? z.looseObject(shape, { error }) : z.object(shape, { error });
  const bare = record.fields.find((f) => f.key === record.bareNumber);
  const schema = bare ? z.union([fieldSchema({ ...bare, optional: false }), object], { error: `${error} or a number` }) : object;
  return schema as unknown as z.ZodMiniType<T>;
}

/**
 * A health input for a model with these measures: `customerId`, `date?`, and
 * each measure an optional number, as `healthScore` checks it. Other keys are
 * kept.
 */
export function healthInputSchema(measureKeys: readonly string[] = []): z.ZodMiniType<HealthInput> {
  return recordSchema(healthInputRecord(measureKeys), true);
}

/** An NPS answer (integer 0–10), as an object or a bare number. */
export const SurveyResponseSchema = /* @__PURE__ */ recordSchema(SurveyResponseRecord);
export const MrrChangeSchema = /* @__PURE__ */ recordSchema(MrrChangeRecord);
export const CustomerSchema = /* @__PURE__ */ recordSchema(CustomerRecord);
export const OrderSchema = /* @__PURE__ */ recordSchema(OrderRecord);
export const TicketSchema = /* @__PURE__ */ recordSchema(TicketRecord);
export const TrialSchema = /* @__PURE__ */ recordSchema(TrialRecord);
export const RenewalSchema = /* @__PURE__ */ recordSchema(RenewalRecord);
/** A product-usage event: `customerId`, `date`, `userId?`, `feature?`, `durationSeconds?` (≥ 0). */
export const UsageEventSchema = /* @__PURE__ */ recordSchema(UsageEventRecord);
/** `customerId` and `date?`; measures are kept unchecked (see {@link healthInputSchema} to check them). */
export const HealthInputSchema = /* @__PURE__ */ healthInputSchema();

/** A `YYYY-MM` month, as the engine's `from`/`to` options take it. */
export const MonthSchema = /* @__PURE__ */ z.string({ error: 'expected a month as YYYY-MM' }).check(
  /* @__PURE__ */ z.refine(isMonth, { error: 'expected a month as YYYY-MM' }),
);
