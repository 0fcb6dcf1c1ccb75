/**
 * CSV to rows. The parser (`d3-dsv`, 1.3 kB gzip) is loaded with a dynamic
 * `import()` on first use, so a page without CSV never downloads it.
 *
 * - A BOM is stripped. Header names match the record field names (docs/metrics.md, "Record shapes")
 *   case-insensitively, ignoring `_`, `-` and spaces (`Customer ID` →
 *   `customerId`); unknown headers keep their name (health measures).
 * - An empty cell leaves the field absent.
 * - Numeric fields become numbers, and so does any unknown column whose
 *   non-empty cells all look numeric; `renewed` becomes a boolean.
 * - A bad cell, or a row with the wrong number of cells, is an issue
 *   `{ row, field, message }` (row = 0-based data row, message naming the
 *   file line); any issue makes {@link parseCsv} throw a `parse` DataError.
 */
import type { InputIssue } from '../engine/schemas.js';
import { DataError, downloadError } from './errors.js';
import { loadOnce } from './load-once.js';

/** The record field names (plus aggregated-row fields) that CSV headers map to. */
export const CSV_FIELDS = [
  'customerId',
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'trialStart',
  'convertedAt',
  'dueDate',
  'score',
  'date',
  'comment',
  'segment',
  'mrr',
  'id',
  'start',
  'end',
  'amount',
  'contacts',
  'renewed',
  'userId',
  'feature',
  'durationSeconds',
  'month',
  'rate',
  'value',
  'promoters',
  'passives',
  'detractors',
] as const;

/** Fields always converted to numbers. */
export const CSV_NUMERIC_FIELDS: ReadonlySet<string> = new Set([
  'score',
  'mrr',
  'amount',
  'contacts',
  'durationSeconds',
  'rate',
  'value',
  'promoters',
  'passives',
  'detractors',
]);

/** Fields converted to booleans (`true/false`, `yes/no`, `1/0`). */
export const CSV_BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['renewed']);

/** Known fields that stay text even when every cell is a number (ids, dates, months…). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(
  CSV_FIELDS.filter((f) => !CSV_NUMERIC_FIELDS.has(f) && !CSV_BOOLEAN_FIELDS.has(f)),
);

const normalise = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');
const FIELD_BY_KEY: ReadonlyMap<string, string> = new Map(CSV_FIELDS.map((f) => [normalise(f), f]));

/** The record field a CSV header names (`Customer_ID` → `customerId`), or the trimmed header itself. */
export function fieldForHeader(header: string): string {
  const trimmed = header.trim();
  return FIELD_BY_KEY.get(normalise(trimmed)) ?? trimmed;
}

/** At most this many issues are kept (as the engine's MAX_ISSUES; not imported, so CSV does not pull in the engine's validation). */
const MAX_ISSUES = 20;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Separators a spreadsheet export may use instead of commas, named for messages. */
const OTHER_DELIMITERS = [
  { char: ';', name: 'semicolons (;)' },
  { char: '\t', name: 'tabs (\\t)' },
] as const;
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

type ParseRows = (text: string) => string[][];

/**
 * Loads d3-dsv once, on first use. A failed download is a `network` error
 * saying what could not be downloaded, and is forgotten, so the next load (a
 * new `src`, `refresh`) asks again.
 */
const loadParser = loadOnce<ParseRows>(() =>
  import('d3-dsv').then(
    (m) => m.csvParseRows as ParseRows,
    (error: unknown) => {
      throw downloadError('The CSV reader', error);
    },
  ),
);

/** The result of reading a CSV file, before any issue is turned into an error. */
export interface CsvResult {
  readonly rows: Record<string, string | number | boolean>[];
  /** At most 20 issues. */
  readonly issues: InputIssue[];
  /** How many issues were found in all. */
  readonly total: number;
}

/** Reads CSV text into typed rows and the issues found (never throws on bad cells). */
export async function readCsv(text: string): Promise<CsvResult> {
  const parse = await loadParser();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The file line each parsed row starts on: a row spans one line plus the
  // line breaks inside its quoted cells; blank lines count before they go.
  const parsed = parse(body);
  const startLine: number[] = [];
  let nextLine = 1;
  const table = parsed.filter((cells) => {
    const at = nextLine;
    nextLine += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
    if (cells.length === 1 && cells[0]!.trim() === '') return false;
    startLine.push(at);
    return true;
  });
  const header = table[0];
  if (!header) return { rows: [], issues: [], total: 0 };
  const fields = header.map(fieldForHeader);
  const data = table.slice(1);
  const issues: InputIssue[] = [];
  let total = 0;
  const add = (issue: InputIssue): void => {
    total++;
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  const line = (i: number): number => startLine[i + 1]!;

  // A one-column header holding a semicolon or a tab: the file is separated
  // by that, not by commas, and every field would be reported missing.
  const other = header.length === 1 ? OTHER_DELIMITERS.find((d) => header[0]!.includes(d.char)) : undefined;
  if (other) {
    add({
      row: null,
      field: '',
      message: `the header "${short(header[0]!)}" is one column: the file looks separated by ${other.name}, but CSV here is comma-separated (export it with commas)`,
    });
    return { rows: [], issues, total };
  }

  // Unknown columns are numeric when every non-empty cell looks like a number.
  const numeric = fields.map((field, c) => {
    if (CSV_NUMERIC_FIELDS.has(field)) return true;
    if (CSV_BOOLEAN_FIELDS.has(field) || TEXT_FIELDS.has(field)) return false;
    let any = false;
    for (const cells of data) {
      const cell = cells[c]?.trim() ?? '';
      if (cell === '') continue;
      if (!NUMBER.test(cell)) return false;
      any = true;
    }
    return any;
  });

  const rows: Record<string, string | number | boolean>[] = [];
  data.forEach((cells, i) => {
    if (cells.length !== fields.length) {
      add({
        row: i,
        field: '',
        message: `line ${line(i)} has ${cells.length} cell${cells.length === 1 ? '' : 's'}, the header has ${fields.length}`,
      });
    }
    const row: Record<string, string | number | boolean> = {};
    fields.forEach((field, c) => {
      const raw = cells[c];
      if (raw === undefined || raw.trim() === '') return;
      const cell = raw.trim();
      if (numeric[c]) {
        if (NUMBER.test(cell)) setField(row, field, Number(cell));
        else add({ row: i, field, message: `expected a number, got "${short(cell)}" (line ${line(i)})` });
      } else if (CSV_BOOLEAN_FIELDS.has(field)) {
        const lower = cell.toLowerCase();
        if (TRUE.has(lower)) setField(row, field, true);
        else if (FALSE.has(lower)) setField(row, field, false);
        else add({ row: i, field, message: `expected true/false, yes/no or 1/0, got "${short(cell)}" (line ${line(i)})` });
      } else {
        setField(row, field, raw);
      }
    });
    rows.push(row);
  });
  return { rows, issues, total };
}

/**
 * Reads CSV text into typed rows.
 * @throws {DataError} of kind `parse`, with the cell issues, when any cell or row is bad.
 */
export async function parseCsv(text: string): Promise<Record<string, string | number | boolean>[]> {
  const { rows, issues, total } = await readCsv(text);
  const first = issues[0];
  if (first) throw new DataError('parse', `The CSV has ${describeIssues(first, total)}`, issues);
  return rows;
}

function describeIssues(first: InputIssue, total: number): string {
  const where = [first.row === null ? '' : `row ${first.row}`, first.field].filter(Boolean).join(', ');
  const more = total > 1 ? ` (and ${total - 1} more)` : '';
  return `a bad ${first.field ? 'cell' : 'row'}: ${where ? `${where}: ` : ''}${first.message}${more}.`;
}

/** Line breaks (CRLF, LF or CR) inside a cell. */
function lineBreaks(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Sets a cell's field as an own property: `row['__proto__'] = v` would
 * replace the prototype or be dropped, so that one column is defined.
 */
function setField(row: Record<string, string | number | boolean>, field: string, value: string | number | boolean): void {
  if (field === '__proto__') Object.defineProperty(row, field, { value, enumerable: true, writable: true, configurable: true });
  else row[field] = value;
}

function short(text: string): string {
  return text.length > 30 ? `${text.slice(0, 27)}…` : text;
}
