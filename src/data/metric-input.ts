/**
 * How the elements read their row input, shared by the elements' `compute()`
 * and the big-data Worker (src/data/worker.ts), which must decide exactly as
 * the element would. Lit-free, so the Worker can import it.
 */
import { customerChurn, revenueChurn, type ChurnInput } from '../engine/revenue.js';
import type { MrrChange } from '../engine/schemas.js';
import { isRecord } from '../engine/guards.js';

// ---------------------------------------------------------------------------
// <nps-gauge>

/** The three groups of NPS counts. */
export const NPS_GROUPS = ['promoters', 'passives', 'detractors'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

const hasCounts = (value: Record<string, unknown>): boolean => NPS_GROUPS.some((key) => key in value) && !('score' in value);

/**
 * Counts already aggregated (an API's `{ promoters, passives, detractors }`, or
 * a one-row CSV of them) rather than responses; `undefined` for responses.
 */
export function npsCounts(input: unknown): Record<string, unknown> | undefined {
  const single = Array.isArray(input) && input.length === 1 ? (input[0] as unknown) : undefined;
  return isRecord(input) && hasCounts(input) ? input : isRecord(single) && hasCounts(single) ? single : undefined;
}

// ---------------------------------------------------------------------------
// <churn-trend>

/** Values of the `kind` attribute. */
export const CHURN_KINDS = ['customer', 'gross-revenue', 'net-revenue'] as const;
export type ChurnKind = (typeof CHURN_KINDS)[number];

/** What the rows were: `Customer` records, `MrrChange` records, or already-aggregated `{ month, rate }`. */
export const CHURN_INPUTS = ['customers', 'mrr-changes', 'rates'] as const;
export type ChurnInputShape = (typeof CHURN_INPUTS)[number];

/** One month of the series. */
export interface ChurnTrendRow {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The churn rate of the month as a fraction; `null` when nothing was there at its start. */
  readonly rate: number | null;
  /** Customer churn: customers active at the start of the month. */
  readonly customersStart?: number;
  /** Customer churn: those of them gone by its end. */
  readonly churned?: number;
  /** Revenue churn: (churn + contraction) ÷ start MRR. */
  readonly gross?: number | null;
  /** Revenue churn: (churn + contraction − expansion − reactivation) ÷ start MRR. */
  readonly net?: number | null;
}

/** Tells the rows apart by their first object: `start` → customers; `month` without ids → rates; else MRR changes (the engine validates). */
export function churnInputShape(rows: readonly unknown[]): ChurnInputShape {
  const first = rows.find(isRecord);
  if (!first) return 'mrr-changes';
  if ('start' in first) return 'customers';
  if ('month' in first && !('mrr' in first) && !('id' in first) && !('customerId' in first)) return 'rates';
  return 'mrr-changes';
}

/**
 * The monthly series of a kind from row input: customer churn from Customer
 * or MrrChange rows; gross or net revenue churn from MrrChange rows (the
 * caller refuses Customer rows for those kinds).
 */
export function churnSeries(kind: ChurnKind, rows: readonly unknown[], includeNewChurn: boolean): ChurnTrendRow[] {
  if (kind === 'customer') return customerChurn(rows as ChurnInput, { includeNewChurn });
  const key = kind === 'gross-revenue' ? 'gross' : 'net';
  return revenueChurn(rows as MrrChange[]).map((row) => ({ ...row, rate: row[key] }));
}
