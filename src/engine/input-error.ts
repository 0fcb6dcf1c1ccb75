/**
 * The error every engine function throws on bad input, and how the elements
 * recognise and summarise it. Its own module, apart from the records' checks
 * (schemas.ts, which re-exports it): the elements' error path
 * (src/data/errors.ts) needs only this, so a page whose element computes
 * through a lazily loaded module does not download the checks up front.
 */
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

/**
 * The one-line summary of an input error's issues, as the elements show it:
 * `Row 3, score: expected … (and 2 more)`. `total` counts every issue found
 * (default: those listed).
 */
export function formatIssues(issues: readonly InputIssue[], total: number = issues.length): string {
  const first = issues[0];
  if (!first) return '';
  const text = formatIssue(first);
  const more = total > 1 ? ` (and ${total - 1} more)` : '';
  return text.charAt(0).toUpperCase() + text.slice(1) + more;
}

/**
 * True for the engine's `MetricsInputError`: by `instanceof`, else by shape
 * (name, `issues`, `total`), so an error from a second copy of the kit, or one
 * rebuilt after crossing from a Worker, is recognised too.
 */
export function isMetricsInputError(error: unknown): error is MetricsInputError {
  if (error instanceof MetricsInputError) return true;
  return (
    error instanceof Error &&
    error.name === 'MetricsInputError' &&
    Array.isArray((error as Partial<MetricsInputError>).issues) &&
    typeof (error as Partial<MetricsInputError>).total === 'number'
  );
}
