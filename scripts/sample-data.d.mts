// Types of scripts/sample-data.mjs, for the TypeScript stories, demo and tests.
import type {
  Customer,
  HealthInput,
  MrrChange,
  Order,
  Renewal,
  Ticket,
  Trial,
  UsageEvent,
} from '../src/engine/schemas.js';

export interface SampleSurveyResponse {
  score: number;
  date: string;
  customerId: string;
  comment?: string;
  segment: 'SMB' | 'Mid-market' | 'Enterprise';
}

export interface SampleHealthInput extends HealthInput {
  customerId: string;
  date: string;
  /** Product usage index, 0–100. */
  usage: number;
  /** The customer's latest NPS answer on the 0–10 scale; absent when it never answered. */
  nps?: number;
  /** Its tickets open at the end of `date`. */
  openTickets: number;
  seatsUsed: number;
}

export interface SampleDataset {
  mrrChanges: MrrChange[];
  customers: Customer[];
  npsResponses: SampleSurveyResponse[];
  csatResponses: SampleSurveyResponse[];
  cesResponses: SampleSurveyResponse[];
  orders: Order[];
  tickets: Ticket[];
  trials: Trial[];
  renewals: Renewal[];
  health: SampleHealthInput[];
  usageEvents: UsageEvent[];
  meta: { seed: number; customers: number; months: number; from: string; to: string; healthDates: string[] };
}

export type DatasetName = Exclude<keyof SampleDataset, 'meta'>;

export interface DatasetOptions {
  /** Default 42. */
  seed?: number;
  /** How many customers ever sign up. Default 3000. */
  customers?: number;
  /** The window's length in months. Default 30. */
  months?: number;
  /** The window's last month, `YYYY-MM`. Default `2026-10`. */
  end?: string;
}

export function generateDataset(options?: DatasetOptions): SampleDataset;
export function generateSurveyRows(n: number, seed?: number, options?: { end?: string; months?: number }): SampleSurveyResponse[];
export function generateMrrChanges(n: number, seed?: number, options?: { end?: string; months?: number }): MrrChange[];
export function generateUsageEvents(n: number, seed?: number, options?: { end?: string; months?: number }): UsageEvent[];
export const FEATURES: readonly string[];
export function mulberry32(seed: number): () => number;
export function dayString(day: number): string;

export const PLANS: ReadonlyArray<{ name: string; price: number; segment: string; share: number }>;
export const SEGMENTS: readonly string[];
export const COMMENTS: Readonly<Record<string, readonly string[]>>;
export const DATASET_COLUMNS: Readonly<Record<DatasetName, readonly string[]>>;
export const DATASET_NAMES: readonly DatasetName[];
