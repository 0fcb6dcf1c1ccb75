/**
 * The building blocks of `cs-metrics/sql` (src/sql/index.ts): quoting, the
 * two dialects' spellings, month arithmetic, and the month-end movements of
 * `MrrChange` rows that several statements start from (a window plan on
 * Postgres, one sorted list per customer on DuckDB; docs/sql.md).
 *
 * Pure: builds text, runs nothing, imports nothing but types.
 */
import type { SqlDialect } from './index.js';

/** A bad `toSql` argument: unknown metric, bad table name, month or option. */
export class SqlOptionError extends Error {
  override readonly name = 'SqlOptionError';
}

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(field: string, value: unknown): number | undefined {
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

export function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The dialect's spelling of the few things the two engines write differently. */
export interface Dialect {
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

export const DIALECTS: Record<SqlDialect, Dialect> = {
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

export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * An ISO 8601 date or timestamp column → its UTC calendar month as an index
 * (`year × 12 + month − 1`) and as a UTC timestamp. A date or a timestamp
 * without a zone is read as UTC, as the engine does, whatever the session's
 * time zone; `+02:00`, `Z` and the like are honoured.
 */
export function utcInstant(d: Dialect, column: string, cast = 'CAST'): string {
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

export function monthOf(ts: string): string {
  return `(CAST(EXTRACT(YEAR FROM ${ts}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${ts}) AS INTEGER) - 1)`;
}

/** A month index → `YYYY-MM`. */
export function monthText(d: Dialect, m: string): string {
  return (
    `lpad(${d.text(`CAST(floor(${m} / 12.0) AS INTEGER)`)}, 4, '0') || '-' || ` +
    `lpad(${d.text(`${m} - CAST(floor(${m} / 12.0) AS INTEGER) * 12 + 1`)}, 2, '0')`
  );
}

export function rangeWhere(column: string, lo: number | undefined, hi: number | undefined): string {
  const parts: string[] = [];
  if (lo !== undefined) parts.push(`${column} >= ${lo}`);
  if (hi !== undefined) parts.push(`${column} <= ${hi}`);
  return parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`;
}

export const int = (x: string): string => `CAST(${x} AS INTEGER)`;

/**
 * The month-end movements of `MrrChange` rows, as CTEs ending in `months`:
 * one row a month from the first change's month to the last, with every
 * column of `mrrMovements` plus `joined_and_left`, month as index `m`.
 * On the way, `month_end` holds each customer's value at each month's end
 * (`cid`, `m`, `v`).
 */
export function movementCtes(d: Dialect, table: string): string {
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
export function clashText(d: Dialect, cid: string, ts: string): string {
  return `'cs-metrics: two rows give customer ' || ${cid} || ' a different mrr at the same date (' || ${d.text(ts)} || ' UTC)'`;
}

/**
 * `steps`: one row per customer and month with a change: `m`, the month-end
 * value `v`, the previous month end `prev`, `ever` 1 when an earlier month
 * end was above 0, `positive_inside`; with group-bys and windows (Postgres).
 */
export function windowSteps(d: Dialect, table: string): string {
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
export function listSteps(d: Dialect, table: string): string {
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
