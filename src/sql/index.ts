/**
 * The engine's definitions as SQL (`cs-metrics/sql`): `toSql(metric, options)`
 * returns one statement whose rows have the engine function's output shape
 * (same column names, `YYYY-MM` months, `null` where the engine gives `null`).
 *
 * Pure: builds text, runs nothing, imports nothing. How each definition maps to
 * SQL: docs/sql.md.
 */

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

/** A bad `toSql` argument: unknown metric, bad table name, month or option. */
export class SqlOptionError extends Error {
  override readonly name = 'SqlOptionError';
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === 'string' ? MONTH.exec(value) : null;
  if (!m) throw new SqlOptionError(`toSql: ${field} must be a month YYYY-MM, got ${JSON.stringify(value)}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** `a.b` → `"a"."b"`; every part non-empty, without NUL; quotes doubled. */
export function quoteTable(table: unknown): string {
  if (typeof table !== 'string' || table.length === 0) {
    throw new SqlOptionError(`toSql: table must be a non-empty name, got ${JSON.stringify(table)}`);
  }
  const parts = table.split('.');
  if (parts.length > 3 || parts.some((p) => p.length === 0 || p.includes('\u0000'))) {
    throw new SqlOptionError(`toSql: table must be name, schema.name or catalog.schema.name, got ${JSON.stringify(table)}`);
  }
  return parts.map(quote).join('.');
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The dialect's spelling of the few things the two engines write differently. */
interface Dialect {
  text(x: string): string;
  double: string;
  /** Fails the statement with the text `message` (an expression) when `condition` holds, else gives `value`. */
  failIf(condition: string, message: string, value: string): string;
  /** `x` matches the regular expression `re` (a constant). */
  matches(x: string, re: string): string;
  /** Array of doubles built by an aggregate, ordered. */
  listAgg(value: string, order: string): string;
  /** Segment order by code points (Postgres: byte order with COLLATE "C"). */
  byName(x: string): string;
  /** The CTEs from `MrrChange` rows in `table` to `steps` and `month_end` (see movementCtes). */
  customerSteps(table: string): string;
}

const DIALECTS: Record<SqlDialect, Dialect> = {
  duckdb: {
    text: (x) => `CAST(${x} AS VARCHAR)`,
    double: 'DOUBLE',
    failIf: (c, msg, v) => `CASE WHEN ${c} THEN error(${msg}) ELSE ${v} END`,
    matches: (x, re) => `regexp_matches(${x}, ${literal(re)})`,
    listAgg: (v, order) => `list(${v} ORDER BY ${order})`,
    byName: (x) => x,
    customerSteps: (table) => listSteps(DIALECTS.duckdb, table),
  },
  postgres: {
    text: (x) => `CAST(${x} AS TEXT)`,
    double: 'DOUBLE PRECISION',
    // Postgres has no error() in plain SQL: a failing cast carries the message
    // (built from the row, so that the planner cannot fold it in advance).
    failIf: (c, msg, v) => `CASE WHEN ${c} THEN CAST(${msg} AS INTEGER) ELSE ${v} END`,
    matches: (x, re) => `(${x} ~ ${literal(re)})`,
    listAgg: (v, order) => `array_agg(${v} ORDER BY ${order})`,
    byName: (x) => `${x} COLLATE "C"`,
    customerSteps: (table) => windowSteps(DIALECTS.postgres, table),
  },
};

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * An ISO 8601 date or timestamp column → its UTC calendar month as an index
 * (`year × 12 + month − 1`) and as a UTC timestamp. A date or a timestamp
 * without a zone is read as UTC, as the engine does, whatever the session's
 * time zone; `+02:00`, `Z` and the like are honoured.
 */
function utcInstant(d: Dialect, column: string, cast = 'CAST'): string {
  const raw = d.text(column);
  // `HH:MM` without seconds gets `:00`: DuckDB's cast needs the seconds.
  const s = `regexp_replace(${raw}, '^(.{10}[T ][0-9]{2}:[0-9]{2})([^:0-9]|$)', '\\1:00\\2')`;
  const withZone = `CASE WHEN ${d.matches(s, '([zZ]|[+-][0-9]{2}(:?[0-9]{2})?)$')} THEN ${s} ELSE ${s} || '+00' END`;
  // A bare date (the common case) is cast as a date: no text to build, no
  // time zone to apply, no regular expression (mrr-movements over 10 M rows:
  // 36 s of CPU instead of 40 with the timestamp route).
  return (
    `(CASE WHEN length(${raw}) = 10 THEN CAST(${cast}(${raw} AS DATE) AS TIMESTAMP) ` +
    `ELSE (${cast}(${withZone} AS TIMESTAMPTZ) AT TIME ZONE 'UTC') END)`
  );
}

/**
 * The UTC instant (a `TIMESTAMP`) of an ISO 8601 date column, read as the
 * statements read it; with DuckDB it is `NULL` where the text is no date
 * (TRY_CAST), so that a caller can find the rows the statements would refuse.
 */
export function utcTimestampSql(column: string, dialect: SqlDialect = 'duckdb'): string {
  const d = DIALECTS[dialect];
  if (d === undefined) throw new SqlOptionError(`utcTimestampSql: unknown dialect ${JSON.stringify(dialect)}`);
  return utcInstant(d, quote(column), dialect === 'duckdb' ? 'TRY_CAST' : 'CAST');
}

function monthOf(ts: string): string {
  return `(CAST(EXTRACT(YEAR FROM ${ts}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${ts}) AS INTEGER) - 1)`;
}

/** A month index → `YYYY-MM`. */
function monthText(d: Dialect, m: string): string {
  return (
    `lpad(${d.text(`CAST(floor(${m} / 12.0) AS INTEGER)`)}, 4, '0') || '-' || ` +
    `lpad(${d.text(`${m} - CAST(floor(${m} / 12.0) AS INTEGER) * 12 + 1`)}, 2, '0')`
  );
}

function rangeWhere(column: string, lo: number | undefined, hi: number | undefined): string {
  const parts: string[] = [];
  if (lo !== undefined) parts.push(`${column} >= ${lo}`);
  if (hi !== undefined) parts.push(`${column} <= ${hi}`);
  return parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`;
}

const int = (x: string): string => `CAST(${x} AS INTEGER)`;

/**
 * The month-end movements of `MrrChange` rows, as CTEs ending in `months`:
 * one row a month from the first change's month to the last, with every
 * column of `mrrMovements` plus `joined_and_left`, month as index `m`.
 * On the way, `month_end` holds each customer's value at each month's end
 * (`cid`, `m`, `v`).
 */
function movementCtes(d: Dialect, table: string): string {
  const D = d.double;
  return `${d.customerSteps(table)},
kinds AS (
  -- What each customer's month end is, and by how much: one CASE a row
  -- rather than one per column (nine per row cost about a second on 10 M).
  SELECT m,
    CASE WHEN prev = 0 THEN (CASE WHEN v > 0 THEN (CASE WHEN ever = 0 THEN 1 ELSE 2 END) WHEN positive_inside THEN 6 ELSE 0 END)
      WHEN v = 0 THEN 3 WHEN v > prev THEN 4 WHEN v < prev THEN 5 ELSE 0 END AS kind,
    CASE WHEN prev = 0 THEN v WHEN v = 0 THEN prev ELSE abs(v - prev) END AS amount
  FROM steps
),
per_kind AS (SELECT m, kind, sum(amount) AS amount, count(*) AS n FROM kinds GROUP BY m, kind),
moves AS (
  -- kind 1 new, 2 reactivation, 3 churn, 4 expansion, 5 contraction, 6 joined and left.
  SELECT m,
    sum(CASE WHEN kind = 1 THEN amount ELSE 0 END) AS new_mrr,
    sum(CASE WHEN kind = 4 THEN amount ELSE 0 END) AS expansion,
    sum(CASE WHEN kind = 5 THEN amount ELSE 0 END) AS contraction,
    sum(CASE WHEN kind = 3 THEN amount ELSE 0 END) AS churn,
    sum(CASE WHEN kind = 2 THEN amount ELSE 0 END) AS reactivation,
    sum(CASE WHEN kind = 1 THEN n ELSE 0 END) AS new_customers,
    sum(CASE WHEN kind = 3 THEN n ELSE 0 END) AS churned_customers,
    sum(CASE WHEN kind = 2 THEN n ELSE 0 END) AS reactivated_customers,
    sum(CASE WHEN kind = 6 THEN n ELSE 0 END) AS joined_and_left
  FROM per_kind GROUP BY m
),
span AS (SELECT min(m) AS lo, max(m) AS hi FROM per_kind),
series AS (
  SELECT g.m,
    CAST(coalesce(new_mrr, 0) AS ${D}) AS new_mrr, CAST(coalesce(expansion, 0) AS ${D}) AS expansion,
    CAST(coalesce(contraction, 0) AS ${D}) AS contraction, CAST(coalesce(churn, 0) AS ${D}) AS churn,
    CAST(coalesce(reactivation, 0) AS ${D}) AS reactivation,
    coalesce(new_customers, 0) AS new_customers, coalesce(churned_customers, 0) AS churned_customers,
    coalesce(reactivated_customers, 0) AS reactivated_customers, coalesce(joined_and_left, 0) AS joined_and_left
  FROM span CROSS JOIN generate_series(span.lo, span.hi) AS g(m)
  LEFT JOIN moves ON moves.m = g.m
),
running AS (
  SELECT *,
    sum(new_customers + reactivated_customers - churned_customers) OVER (ORDER BY m ROWS UNBOUNDED PRECEDING) AS customers_end,
    sum(new_mrr + expansion + reactivation - contraction - churn) OVER (ORDER BY m ROWS UNBOUNDED PRECEDING) AS raw_end
  FROM series
),
months AS (
  SELECT *,
    -- With nobody paying, MRR is exactly 0, not the rounding residue of the sums.
    CASE WHEN customers_end = 0 THEN CAST(0 AS ${D}) ELSE raw_end END AS end_mrr,
    coalesce(lag(customers_end) OVER (ORDER BY m), 0) AS customers_start,
    coalesce(lag(CASE WHEN customers_end = 0 THEN CAST(0 AS ${D}) ELSE raw_end END) OVER (ORDER BY m), 0) AS start_mrr
  FROM running
)`;
}

/** The clash of two rows for one customer at one instant, as the statement's error text. */
function clashText(d: Dialect, cid: string, ts: string): string {
  return `'cs-metrics: two rows give customer ' || ${cid} || ' a different mrr at the same date (' || ${d.text(ts)} || ' UTC)'`;
}

/**
 * `steps`: one row per customer and month with a change: `m`, the month-end
 * value `v`, the previous month end `prev`, `ever` 1 when an earlier month
 * end was above 0, `positive_inside`; with group-bys and windows (Postgres).
 */
function windowSteps(d: Dialect, table: string): string {
  const D = d.double;
  return `src AS (
  SELECT ${d.text('"customerId"')} AS cid, ${utcInstant(d, '"date"')} AS ts, CAST("mrr" AS ${D}) AS mrr FROM ${table}
),
at_instant AS (
  SELECT cid, ts, ${monthOf('ts')} AS m,
    ${d.failIf('min(mrr) <> max(mrr)', clashText(d, 'cid', 'ts'), 'min(mrr)')} AS mrr,
    max(mrr) AS top
  FROM src GROUP BY cid, ts
),
month_end AS (
  SELECT cid, m,
    max(CASE WHEN rn = 1 THEN mrr END) AS v,
    max(top) > 0 AS positive_inside
  FROM (SELECT cid, m, mrr, top, row_number() OVER (PARTITION BY cid, m ORDER BY ts DESC) AS rn FROM at_instant) x
  GROUP BY cid, m
),
steps AS (
  SELECT m, v, positive_inside,
    coalesce(lag(v) OVER w, 0) AS prev,
    coalesce(max(CASE WHEN v > 0 THEN 1 ELSE 0 END) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ever
  FROM month_end
  WINDOW w AS (PARTITION BY cid ORDER BY m)
)`;
}

/**
 * DuckDB: the same `steps` from one list per customer. Grouping 10 M rows by
 * customer (a million groups) costs a fraction of grouping them by customer
 * and month or instant (ten million groups) or of a window's sort; each
 * customer's few changes are then sorted and walked with list functions.
 */
function listSteps(d: Dialect, table: string): string {
  const D = d.double;
  // One BIGINT orders a customer's changes by month then instant, and gives
  // back the month: month × 2^42 + microseconds since the month began (a
  // month has fewer than 2^42). A list of (key, MRR) pairs costs a third less
  // to build than one of (month, instant, MRR).
  const key = `(${monthOf('ts')} * ${2 ** 42} + (epoch_us(ts) - epoch_us(date_trunc('month', ts))))`;
  const month = (k: string): string => `(${k} >> 42)`;
  const instantOf = (k: string): string =>
    `make_timestamp(epoch_us(make_date(CAST(${month(k)} // 12 AS INTEGER), CAST(${month(k)} % 12 + 1 AS INTEGER), 1)) + (${k} & ${2 ** 42 - 1}))`;
  return `src AS (
  SELECT ${d.text('"customerId"')} AS cid, ${utcInstant(d, '"date"')} AS ts, CAST("mrr" AS ${D}) AS mrr FROM ${table}
),
per_customer AS (
  -- Each customer's changes by month, instant, then MRR.
  SELECT cid, list_sort(list({'k': ${key}, 'v': mrr})) AS l FROM src GROUP BY cid
),
ends AS (
  -- The last change of each month: its value is the month-end value. When
  -- every change is in a month of its own (the common case) that is all of them.
  SELECT cid, l,
    CASE WHEN len(list_distinct(list_transform(l, lambda x: ${month('x.k')}))) = len(l) THEN l
    ELSE list_filter(l, lambda x, i: i = len(l) OR ${month('l[i + 1].k')} <> ${month('x.k')}) END AS e
  FROM per_customer
),
walked AS (
  SELECT cid, e,
    -- The first month end above 0: a rise from 0 there is new, later ones reactivations.
    list_position(list_transform(e, lambda x: x.v > 0), true) AS first_paid,
    -- Months with some change above 0 (only months with several changes need it).
    CASE WHEN len(e) < len(l) THEN list_transform(list_filter(l, lambda x: x.v > 0), lambda x: ${month('x.k')}) END AS paid_months,
    -- Sorted by instant then MRR, two different values at one instant are neighbours.
    CASE WHEN len(e) < len(l)
      THEN list_position(list_transform(l, lambda x, i: i < len(l) AND l[i + 1].k = x.k AND l[i + 1].v <> x.v), true)
    END AS clash,
    l
  FROM ends
),
checked AS (
  SELECT cid, e, first_paid, paid_months FROM walked
  WHERE ${d.failIf('clash > 0', clashText(d, 'cid', instantOf('l[clash].k')), 'true')}
),
steps AS (
  -- Unnested side by side: each month end, the one before it, its position.
  SELECT cid, ${month('x.k')} AS m, x.v AS v, prev,
    CASE WHEN k > first_paid THEN 1 ELSE 0 END AS ever,
    x.v > 0 OR coalesce(list_contains(paid_months, ${month('x.k')}), false) AS positive_inside
  FROM (
    SELECT cid, first_paid, paid_months, unnest(e) AS x,
      unnest(list_prepend(CAST(0 AS ${D}), list_transform(list_slice(e, 1, len(e) - 1), lambda x: x.v))) AS prev,
      generate_subscripts(e, 1) AS k
    FROM checked
  )
),
month_end AS (SELECT cid, m, v FROM steps)`;
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
  CASE WHEN start_mrr = 0 THEN NULL ELSE least(1, (churn + contraction) / start_mrr) END AS "gross",
  (churn + contraction - expansion - reactivation) / NULLIF(start_mrr, 0) AS "net"
FROM months ${where}
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
