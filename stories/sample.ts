/**
 * Small, deterministic sample data for stories: a fictional SaaS ("Acme Analytics")
 * with ~40 accounts over nine months of 2026. Same numbers on every run (seeded),
 * realistic enough to look like a report, small enough to read in a story's source.
 *
 * The files in `stories/fixtures/` (served at `fixtures/…` by `staticDirs`) are
 * written from these generators by `node --import tsx stories/write-fixtures.ts`.
 */

export interface SurveyResponse {
  score: number;
  date: string;
  customerId: string;
  segment: string;
}
export interface MrrChange {
  customerId: string;
  date: string;
  mrr: number;
}
export interface Customer {
  id: string;
  start: string;
  end?: string;
}
export interface HealthInput {
  customerId: string;
  date: string;
  usage: number;
  nps: number;
  openTickets: number;
}

/** mulberry32: a tiny seeded PRNG so stories render the same numbers every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (month: number, d: number) => `2026-${pad(month)}-${pad(d)}`;
const ACCOUNTS = [
  'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne',
  'Tyrell', 'Cyberdyne', 'Soylent', 'Wonka', 'Acme Bakery', 'Pied Piper', 'Dunder', 'Monarch',
  'Oscorp', 'Aperture', 'Black Mesa', 'Gringotts', 'Nakatomi', 'Prestige', 'Rekall', 'Sirius',
  'Virtucon', 'Zorg', 'Bluth', 'Krusty', 'Massive', 'Ollivander', 'Paper St', 'Quark',
  'Rich Co', 'Spacely', 'Sterling', 'Tessier', 'Ultor', 'Veidt', 'Weyland', 'Yoyodyne',
];
export const accountIds = ACCOUNTS.map((_, i) => `acc-${pad(i + 1)}`);
export const accountNames: Record<string, string> = Object.fromEntries(
  ACCOUNTS.map((name, i) => [`acc-${pad(i + 1)}`, name]),
);

/** NPS survey answers, Jan–Sep 2026: about 45 % promoters, 30 % passives, 25 % detractors. */
export function surveyResponses(count = 240, seed = 7): SurveyResponse[] {
  const r = random(seed);
  const segments = ['SMB', 'Mid-market', 'Enterprise'];
  const rows: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    const u = r();
    const score = u < 0.25 ? Math.floor(r() * 7) : u < 0.55 ? 7 + Math.floor(r() * 2) : 9 + Math.floor(r() * 2);
    rows.push({
      score,
      date: day(1 + Math.floor(r() * 9), 1 + Math.floor(r() * 28)),
      customerId: accountIds[Math.floor(r() * accountIds.length)] ?? 'acc-01',
      segment: segments[Math.floor(r() * segments.length)] ?? 'SMB',
    });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Subscription history: each account starts on a plan, some expand, some contract,
 * some cancel (mrr 0), one comes back. One row per change, as a billing export has.
 */
export function mrrChanges(seed = 11): MrrChange[] {
  const r = random(seed);
  const plans = [49, 99, 199, 499];
  const rows: MrrChange[] = [];
  accountIds.forEach((customerId, i) => {
    const startMonth = i < 24 ? 1 : 1 + Math.floor(r() * 8);
    let mrr = plans[Math.floor(r() * plans.length)] ?? 99;
    rows.push({ customerId, date: day(startMonth, 1 + Math.floor(r() * 27)), mrr });
    for (let month = startMonth + 1; month <= 9; month++) {
      const u = r();
      if (u < 0.035) {
        rows.push({ customerId, date: day(month, 1 + Math.floor(r() * 27)), mrr: 0 });
        if (i % 7 === 3 && month < 8) {
          rows.push({ customerId, date: day(month + 1, 15), mrr });
          month += 1;
          continue;
        }
        return;
      }
      if (u < 0.11) {
        mrr = Math.round(mrr * 1.5);
        rows.push({ customerId, date: day(month, 1 + Math.floor(r() * 27)), mrr });
      } else if (u < 0.14) {
        mrr = Math.max(49, Math.round(mrr * 0.7));
        rows.push({ customerId, date: day(month, 1 + Math.floor(r() * 27)), mrr });
      }
    }
  });
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.customerId.localeCompare(b.customerId));
}

/** The same accounts as `Customer` records (start, and end when they cancelled). */
export function customers(seed = 11): Customer[] {
  const byId = new Map<string, Customer>();
  for (const c of mrrChanges(seed)) {
    const known = byId.get(c.customerId);
    if (!known) byId.set(c.customerId, { id: c.customerId, start: c.date });
    else if (c.mrr === 0) known.end = c.date;
    else if (known.end) delete known.end;
  }
  return [...byId.values()];
}

/** Monthly health snapshots (Aug and Sep) for a handful of accounts. */
export function healthInputs(seed = 5): HealthInput[] {
  const r = random(seed);
  const rows: HealthInput[] = [];
  for (const customerId of accountIds.slice(0, 8)) {
    const usage = 30 + Math.floor(r() * 65);
    const nps = Math.floor(r() * 11);
    const openTickets = Math.floor(r() * 9);
    rows.push({ customerId, date: day(8, 31), usage, nps, openTickets });
    rows.push({
      customerId,
      date: day(9, 30),
      usage: Math.max(0, Math.min(100, usage + Math.round((r() - 0.5) * 30))),
      nps: Math.max(0, Math.min(10, nps + Math.round((r() - 0.5) * 4))),
      openTickets: Math.max(0, openTickets + Math.round((r() - 0.5) * 4)),
    });
  }
  return rows;
}

/** A health model: product usage counts most, open tickets count against. */
export const healthModel = {
  measures: [
    { key: 'usage', weight: 0.5, min: 0, max: 100 },
    { key: 'nps', weight: 0.3, min: 0, max: 10 },
    { key: 'openTickets', weight: 0.2, min: 0, max: 10, higherIsBetter: false },
  ],
  bands: { critical: 50, atRisk: 75 },
};

/** Rows as CSV text (headers = field names, as the engine's CSV reader expects). */
export function toCsv<T extends object>(rows: readonly T[]): string {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const quote = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const record = (row: T) => headers.map((h) => quote((row as Record<string, unknown>)[h])).join(',');
  return [headers.join(','), ...rows.map(record)].join('\n') + '\n';
}
