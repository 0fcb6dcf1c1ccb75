/**
 * The engine's checks of options (ranges, models, CLV inputs…): a few small
 * combinators instead of a schema library, so that the engine ships no
 * validation dependency (zod/mini alone cost ~6.5 kB gzip in every
 * entry). Private to the kit: not re-exported by the engine's index.
 *
 * They keep the rules of the zod/mini schemas they replace, so the issues
 * (field paths such as `measures.0.weight`, messages) are the same: a wrong
 * type stops the checks of the value that contains it; a value of the right
 * type that fails its test (a range, a non-empty key) does not, so the
 * refinements around it still run, as zod's `continue` issues did.
 */
import { isRecord } from './guards.js';
import { IssueList, issueMessage, MetricsInputError } from './schemas.js';
import { isMonth } from './time.js';

/** One problem found; `soft` when the value had the right type but failed a test. */
export interface Found {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly soft?: boolean;
}

/** Checks `value` at `path`, records problems in `found`, and returns the value to use (defaults filled in). */
export type Check<T> = (value: unknown, found: Found[], path: readonly PropertyKey[]) => T;

/** A value `type` accepts (else `message`), then passing `test` (else `testMessage`). */
export function is<T>(
  type: (v: unknown) => boolean,
  message: string,
  test?: (v: T) => boolean,
  testMessage = message,
): Check<T> {
  return (v, found, path) => {
    if (!type(v)) found.push({ path, message });
    else if (test && !test(v as T)) found.push({ path, message: testMessage, soft: true });
    return v as T;
  };
}

/** A finite number. */
export const num = (message: string, test?: (v: number) => boolean, testMessage?: string): Check<number> =>
  is(Number.isFinite, message, test, testMessage);

/** A safe integer. */
export const int = (message: string, test?: (v: number) => boolean): Check<number> => is(Number.isSafeInteger, message, test);

/** `true` or `false`. */
export const bool = (message: string): Check<boolean> => is((v) => typeof v === 'boolean', message);

/** A `YYYY-MM` month. */
export const month: Check<string> = /* @__PURE__ */ is(isMonth, 'expected a month as YYYY-MM');

/** `undefined` becomes `fallback` (unchecked); anything else goes to `check`. */
export const opt =
  <T, D extends T | undefined = undefined>(check: Check<T>, fallback?: D): Check<T | D> =>
  (v, found, path) =>
    v === undefined ? (fallback as D) : check(v, found, path);

/** `null` is accepted as is. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, found, path) =>
    v === null ? null : check(v, found, path);

type Shape = Record<string, Check<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** An object (not an array) with these keys; other keys are left out of the result. */
export const object =
  <S extends Shape>(shape: S, message = 'expected an object'): Check<Parsed<S>> =>
  (v, found, path) => {
    if (!isRecord(v)) {
      found.push({ path, message });
      return v as Parsed<S>;
    }
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const r = (shape[key] as Check<unknown>)(v[key], found, [...path, key]);
      if (r !== undefined || key in v) out[key] = r;
    }
    return out as Parsed<S>;
  };

/** An array, each item checked by `item` when given. */
export const array =
  <T = unknown>(message: string, item?: Check<T>): Check<T[]> =>
  (v, found, path) => {
    if (!Array.isArray(v)) {
      found.push({ path, message });
      return v as T[];
    }
    return item ? Array.from(v, (x, i) => item(x, found, [...path, i])) : (v as T[]);
  };

/**
 * Rules across values, run only when `check` found no wrong type inside the
 * value; `add` reports at the value's path, or below it.
 */
export const refine =
  <T>(check: Check<T>, rules: (v: T, add: (message: string, ...below: PropertyKey[]) => void) => void): Check<T> =>
  (v, found, path) => {
    const start = found.length;
    const out = check(v, found, path);
    if (found.slice(start).every((f) => f.soft)) {
      rules(out, (message, ...below) => found.push({ path: [...path, ...below], message, soft: true }));
    }
    return out;
  };

/**
 * Checks an options object (`undefined` and `null` stand for `{}`); problems
 * are thrown as a {@link MetricsInputError} with `row: null` and the option's
 * path (`measures.0.weight`) as the field.
 */
export function parseOptions<T>(source: string, check: Check<T>, options: unknown): T {
  const found: Found[] = [];
  const out = check(options ?? {}, found, []);
  if (found.length === 0) return out;
  const list = new IssueList();
  for (const f of found) {
    let value = options;
    for (const key of f.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    list.add({ row: null, field: f.path.map(String).join('.'), message: issueMessage(f.message, value) });
  }
  throw new MetricsInputError(source, list.issues, list.total);
}
