/**
 * The engine's definitions as SQL (`cs-metrics/sql`): `toSql(metric, options)`
 * returns one statement whose rows have the engine function's output shape
 * (same column names, `YYYY-MM` months, `null` where the engine gives `null`).
 *
 * Pure: builds text, runs nothing, imports nothing. How each definition maps to
 * SQL: docs/sql.md.
 */
import {
  DIALECTS,
  int,
  monthIndex,
  monthOf,
  monthText,
  movementCtes,
  quoteTable,
  rangeWhere,
  SqlOptionError,
  utcInstant,
  type Dialect,
} from './parts.js';

export { quoteTable, SqlOptionError, utcTimestampSql } from './parts.js';

/** The metrics `toSql` writes SQL for, named as the elements' `metric` values. */
export const SQL_METRICS = [
  'mrr-movements',
  'customer-churn',
  'revenue-churn',
  'mrr',
  'nps',
  'nps-by-month',
  'nps-by-segment',
  'cohort-retention',
] as const;

export type SqlMetric = (typeof SQL_METRICS)[number];

/** The SQL engines the statements are written and tested for. */
export type SqlDialect = 'duckdb' | 'postgres';

/** Which record shape the table holds, for the metrics that take either. */
export type SqlRecords = 'MrrChange' | 'Customer';

export interface ToSqlOptions {
  /**
   * The table (or view) holding the records, with the record's field names as
   * column names (`customerId`, `date`, `mrr`; `id`, `start`, `end`; `score`,
   * `date`, `segment`). `schema.table` is read as two names; each part is quoted.
   */
  table: string;
  /** Default `duckdb`. */
  dialect?: SqlDialect;
  /** First month to report, `YYYY-MM` (the whole history still decides). */
  from?: string;
  /** Last month to report, `YYYY-MM`. */
  to?: string;
  /**
   * `customer-churn` and `cohort-retention`: the table holds `MrrChange` rows
   * (default) or `Customer` rows (`id`, `start`, `end`).
   */
  records?: SqlRecords;
  /** `customer-churn`: also count customers who join and leave inside a month. Default `false`. */
  includeNewChurn?: boolean;
  /** `cohort-retention`: `customers` (default) or `revenue` (`MrrChange` rows only). */
  basis?: 'customers' | 'revenue';
}

/** `customer-churn` counts from `Customer` rows, as CTEs ending in `months` (m, customers_start, churned_customers, joined_and_left). */
function customerCtes(d: Dialect, table: string): string {
  const start = monthOf(utcInstant(d, '"start"'));
  const end = monthOf(utcInstant(d, '"end"'));
  return `cust AS (
  SELECT ${start} AS sm, CASE WHEN "end" IS NULL THEN NULL ELSE ${end} END AS em FROM ${table}
),
span AS (SELECT min(sm) AS lo, greatest(max(sm), coalesce(max(em), max(sm))) AS hi FROM cust),
deltas AS (
  SELECT sm + 1 AS m, 1 AS delta, 0 AS churned, 0 AS jl FROM cust WHERE em IS NULL OR em > sm
  UNION ALL SELECT em + 1, -1, 0, 0 FROM cust WHERE em > sm
  UNION ALL SELECT em, 0, 1, 0 FROM cust WHERE em > sm
  UNION ALL SELECT em, 0, 0, 1 FROM cust WHERE em <= sm
),
per_month AS (SELECT m, sum(delta) AS delta, sum(churned) AS churned, sum(jl) AS jl FROM deltas GROUP BY m),
months AS (
  SELECT g.m,
    sum(coalesce(per_month.delta, 0)) OVER (ORDER BY g.m ROWS UNBOUNDED PRECEDING) AS customers_start,
    coalesce(per_month.churned, 0) AS churned_customers,
    coalesce(per_month.jl, 0) AS joined_and_left
  FROM span CROSS JOIN generate_series(span.lo, span.hi) AS g(m)
  LEFT JOIN per_month ON per_month.m = g.m
)`;
}

/** The NPS columns from `promoters`, `passives`, `detractors` counts. */
function npsColumns(d: Dialect): string {
  const D = d.double;
  const total = '(promoters + passives + detractors)';
  const p = `(CAST(promoters AS ${D}) / NULLIF(${total}, 0))`;
  const q = `(CAST(detractors AS ${D}) / NULLIF(${total}, 0))`;
  return `100.0 * CAST(promoters - detractors AS ${D}) / NULLIF(${total}, 0) AS "score",
  ${int('promoters')} AS "promoters", ${int('passives')} AS "passives", ${int('detractors')} AS "detractors",
  ${int(total)} AS "total",
  ${p} AS "promoterShare",
  CAST(passives AS ${D}) / NULLIF(${total}, 0) AS "passiveShare",
  ${q} AS "detractorShare",
  1.96 * 100 * sqrt(greatest(0, ${p} * (1 - ${p}) + ${q} * (1 - ${q}) + 2 * ${p} * ${q}) / NULLIF(${total}, 0)) AS "marginOfError"`;
}

/** Scores may arrive as text (a CSV read without types): compared as numbers. */
function npsCountsOf(d: Dialect): string {
  const score = `CAST("score" AS ${d.double})`;
  return `count(CASE WHEN ${score} >= 9 THEN 1 END) AS promoters,
    count(CASE WHEN ${score} >= 7 AND ${score} < 9 THEN 1 END) AS passives,
    count(CASE WHEN ${score} < 7 THEN 1 END) AS detractors`;
}

/**
 * One SQL statement computing `metric` over `options.table`, whose rows have
 * the shape of the engine function's result. Throws {@link SqlOptionError}
 * on an unknown metric or a bad option; the statement itself fails when two
 * rows give one customer different MRR at the same instant.
 */
export function toSql(metric: SqlMetric, options: ToSqlOptions): string {
  if (typeof options !== 'object' || options === null) throw new SqlOptionError('toSql: options must be an object with a table');
  const dialectName = options.dialect ?? 'duckdb';
  const d = DIALECTS[dialectName];
  if (d === undefined || !Object.hasOwn(DIALECTS, dialectName)) {
    throw new SqlOptionError(`toSql: dialect must be "duckdb" or "postgres", got ${JSON.stringify(dialectName)}`);
  }
  const table = quoteTable(options.table);
  const lo = monthIndex('from', options.from);
  const hi = monthIndex('to', options.to);
  if (lo !== undefined && hi !== undefined && lo > hi) {
    throw new SqlOptionError(`toSql: from (${options.from}) must be no later than to (${options.to})`);
  }
  const records = options.records ?? 'MrrChange';
  if (records !== 'MrrChange' && records !== 'Customer') {
    throw new SqlOptionError(`toSql: records must be "MrrChange" or "Customer", got ${JSON.stringify(records)}`);
  }
  const customerRecordsOnlyFor = (name: string): void => {
    if (records === 'Customer') throw new SqlOptionError(`toSql: ${name} takes MrrChange rows, not Customer rows`);
  };
  const where = rangeWhere('m', lo, hi);
  const D = d.double;

  switch (metric) {
    case 'mrr-movements':
      customerRecordsOnlyFor(metric);
      return `WITH ${movementCtes(d, table)}
SELECT ${monthText(d, 'm')} AS "month",
  start_mrr AS "startMrr", new_mrr AS "new", expansion AS "expansion", contraction AS "contraction",
  churn AS "churn", reactivation AS "reactivation", end_mrr AS "endMrr",
  ${int('customers_start')} AS "customersStart", ${int('customers_end')} AS "customersEnd",
  ${int('new_customers')} AS "newCustomers", ${int('churned_customers')} AS "churnedCustomers",
  ${int('reactivated_customers')} AS "reactivatedCustomers"
FROM months ${where}
ORDER BY m`;
    case 'mrr':
      customerRecordsOnlyFor(metric);
      return `WITH ${movementCtes(d, table)}
SELECT ${monthText(d, 'm')} AS "month", end_mrr AS "value"
FROM months ${where}
ORDER BY m`;
    case 'revenue-churn':
      customerRecordsOnlyFor(metric);
      return `WITH ${movementCtes(d, table)}
SELECT ${monthText(d, 'm')} AS "month",
  -- Losses never exceed what was there; least() only guards the sums' rounding.
  -- Net is gross less what grew, from the same guarded gross (as the engine's revenueChurn).
  gross, gross - (expansion + reactivation) / NULLIF(start_mrr, 0) AS "net"
FROM (SELECT *, CASE WHEN start_mrr = 0 THEN NULL ELSE least(1, (churn + contraction) / start_mrr) END AS gross FROM months) AS guarded ${where}
ORDER BY m`;
    case 'customer-churn': {
      const churned = options.includeNewChurn === true ? '(churned_customers + joined_and_left)' : 'churned_customers';
      const ctes = records === 'Customer' ? customerCtes(d, table) : movementCtes(d, table);
      return `WITH ${ctes}
SELECT ${monthText(d, 'm')} AS "month", ${int('customers_start')} AS "customersStart", ${int(churned)} AS "churned",
  CAST(${churned} AS ${D}) / NULLIF(customers_start, 0) AS "rate"
FROM months ${where}
ORDER BY m`;
    }
    case 'nps':
      return `WITH counts AS (SELECT ${npsCountsOf(d)} FROM ${table})
SELECT ${npsColumns(d)}
FROM counts`;
    case 'nps-by-month':
      return `WITH src AS (SELECT ${monthOf(utcInstant(d, '"date"'))} AS m, "score" FROM ${table}),
span AS (SELECT min(m) AS lo, max(m) AS hi FROM src),
per_month AS (SELECT m, ${npsCountsOf(d)} FROM src GROUP BY m),
counts AS (
  SELECT g.m, coalesce(promoters, 0) AS promoters, coalesce(passives, 0) AS passives, coalesce(detractors, 0) AS detractors
  FROM span CROSS JOIN generate_series(span.lo, span.hi) AS g(m)
  LEFT JOIN per_month ON per_month.m = g.m
)
SELECT ${monthText(d, 'm')} AS "month", ${npsColumns(d)}
FROM counts ${where}
ORDER BY m`;
    case 'nps-by-segment':
      return `WITH counts AS (SELECT ${d.text('"segment"')} AS segment, ${npsCountsOf(d)} FROM ${table} GROUP BY 1)
SELECT segment AS "segment", ${npsColumns(d)}
FROM counts
ORDER BY segment IS NULL, ${d.byName('segment')}`;
    case 'cohort-retention':
      return cohortSql(d, table, records, options.basis ?? 'customers', lo, hi);
    default:
      throw new SqlOptionError(`toSql: unknown metric ${JSON.stringify(metric)}; expected one of ${SQL_METRICS.join(', ')}`);
  }
}

/**
 * Cohort retention: each customer's spans of months with MRR > 0 at their
 * ends, expanded to months; a cohort is a customer's first such month.
 */
function cohortSql(
  d: Dialect,
  table: string,
  records: SqlRecords,
  basis: unknown,
  lo: number | undefined,
  hi: number | undefined,
): string {
  if (basis !== 'customers' && basis !== 'revenue') {
    throw new SqlOptionError(`toSql: basis must be "customers" or "revenue", got ${JSON.stringify(basis)}`);
  }
  if (basis === 'revenue' && records === 'Customer') {
    throw new SqlOptionError('toSql: the revenue basis needs MrrChange rows');
  }
  const D = d.double;
  let active: string;
  if (records === 'Customer') {
    const start = monthOf(utcInstant(d, '"start"'));
    const end = monthOf(utcInstant(d, '"end"'));
    active = `cust AS (
  SELECT ${d.text('"id"')} AS cid, ${start} AS sm, CASE WHEN "end" IS NULL THEN NULL ELSE ${end} END AS em FROM ${table}
),
last_month AS (SELECT greatest(max(sm), coalesce(max(em), max(sm))) AS hi FROM cust),
spans AS (
  SELECT cid, sm AS a, coalesce(em - 1, last_month.hi) AS b, CAST(1 AS ${D}) AS v
  FROM cust CROSS JOIN last_month WHERE em IS NULL OR em > sm
)`;
  } else {
    // The month-end values of movementCtes, each in force until the customer's next change month.
    active = `${movementCtes(d, table)},
last_month AS (SELECT hi FROM span),
spans AS (
  SELECT cid, m AS a, coalesce(next_m - 1, last_month.hi) AS b, v
  FROM (SELECT cid, m, v, lead(m) OVER (PARTITION BY cid ORDER BY m) AS next_m FROM month_end) e
  CROSS JOIN last_month WHERE v > 0
)`;
  }
  const amount = basis === 'revenue' ? 'v' : '1';
  const shownTo = hi === undefined ? 'last_month.hi' : `least(last_month.hi, ${hi})`;
  const cohortRange = rangeWhere('cohort', lo, hi);
  return `WITH ${active},
firsts AS (SELECT cid, min(a) AS cohort FROM spans GROUP BY cid),
per_offset AS (
  SELECT f.cohort, g.k - f.cohort AS k, sum(CAST(${amount} AS ${D})) AS amount
  FROM spans s JOIN firsts f ON f.cid = s.cid
  CROSS JOIN generate_series(s.a, s.b) AS g(k)
  GROUP BY f.cohort, g.k - f.cohort
),
cohorts AS (SELECT cohort FROM firsts GROUP BY cohort),
grid AS (
  SELECT c.cohort, g.k - c.cohort AS k
  FROM cohorts c CROSS JOIN last_month CROSS JOIN generate_series(c.cohort, ${shownTo}) AS g(k)
),
filled AS (
  SELECT grid.cohort, grid.k, coalesce(per_offset.amount, 0) AS amount
  FROM grid LEFT JOIN per_offset ON per_offset.cohort = grid.cohort AND per_offset.k = grid.k
),
sized AS (
  SELECT cohort, k, amount, max(CASE WHEN k = 0 THEN amount END) OVER (PARTITION BY cohort) AS size FROM filled
)
SELECT ${monthText(d, 'cohort')} AS "cohort",
  ${basis === 'revenue' ? 'size' : int('size')} AS "size",
  ${d.listAgg(`CASE WHEN k = 0 THEN CAST(1 AS ${D}) ELSE amount / size END`, 'k')} AS "values"
FROM sized ${cohortRange}
GROUP BY cohort, size
ORDER BY cohort`;
}
