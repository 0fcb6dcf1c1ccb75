/**
 * Options as pages and frameworks send them (docs/options.md).
 *
 * Every property an element declares with {@link property} (this module's,
 * not Lit's) goes through here, whoever
 * writes it: the HTML parser, `setAttribute`, or a framework that sets the
 * property (React 19, Vue 3 and Svelte 5 set `el.arpa = "120"` when the
 * element has an `arpa` property).
 *
 * - A number property takes a number or a number written as text, the same
 *   text its attribute takes (`"120"`, `" 0.8 "`, `"1e3"`).
 * - `null`, `undefined`, `""` or a removed attribute mean the default (the
 *   value the element starts with).
 * - Anything else (`"abc"`, `NaN`, `Infinity`, an object, or a value the
 *   declaration's `check` refuses) is not applied: the property keeps its last
 *   good value and the element shows a `config` error quoting what was written
 *   and saying what is allowed, until the option is set to something good or
 *   cleared.
 */
import type { PropertyDeclaration } from 'lit';
import { property as litProperty } from 'lit/decorators.js';
import type { MetricErrorDetail } from '../events.js';

declare module '@lit/reactive-element' {
  interface PropertyDeclaration<Type, TypeHint> {
    /**
     * What the option allows, checked after numbers written as text are
     * converted: returns `undefined` for a good value, else the words of what
     * is allowed ("a score from 0 to 100").
     */
    readonly check?: ((value: never) => string | undefined) | undefined;
    /**
     * This attribute is the server-rendered shadow of that property (Svelte
     * writes rows as `data="[object Object],…"`): once the property has been
     * set, a refusal of this attribute is no longer shown.
     */
    readonly shadowOf?: PropertyKey | undefined;
  }
}

/** One refused write: the attribute, what was written, what is allowed. */
interface Refused {
  readonly attribute: string;
  readonly shadowOf: PropertyKey | undefined;
  readonly written: string;
  readonly allowed: string;
}

interface OptionState {
  /** The value each property started with (its default). */
  readonly defaults: Map<PropertyKey, unknown>;
  readonly refused: Map<PropertyKey, Refused>;
  /** Other problems the element shows the same way (a lazy chunk that could not load), by key. */
  readonly problems: Map<string, MetricErrorDetail>;
  /** Properties that have been set to something (not `null`/`undefined`) after their default. */
  readonly given: Set<PropertyKey>;
  /** The error for the current refusals, the same object while they stand. */
  error: MetricErrorDetail | undefined;
}

const states = new WeakMap<object, OptionState>();

function stateOf(el: object): OptionState {
  let state = states.get(el);
  if (!state) {
    state = { defaults: new Map(), refused: new Map(), problems: new Map(), given: new Set(), error: undefined };
    states.set(el, state);
  }
  return state;
}

/** The attribute name of a property, as Lit derives it. */
function attributeName(name: PropertyKey, options: PropertyDeclaration): string {
  return typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
}

/** What was written, quotable in a message (cut when long). */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) ?? String(value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A number written as text, as its attribute would read it; `undefined` when it is not one. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly allowed: string };

/** What a write means: the value to apply (the default for a cleared option), or what is allowed. */
function read(value: unknown, options: PropertyDeclaration, fallback: unknown): Outcome {
  if (value === null || value === undefined) return { ok: true, value: fallback };
  if (options.type === Number) {
    if (typeof value === 'string' && value.trim() === '') return { ok: true, value: fallback };
    const n = typeof value === 'number' ? value : typeof value === 'string' ? numberFromText(value) : undefined;
    if (n === undefined || !Number.isFinite(n)) {
      const more = options.check?.(Number.NaN as never);
      return { ok: false, allowed: more ?? 'a number' };
    }
    value = n;
  } else if (options.type === undefined || options.type === String) {
    if (typeof value !== 'string') return { ok: false, allowed: options.check?.('' as never) ?? 'text' };
  } else {
    return { ok: true, value };
  }
  const allowed = options.check?.(value as never);
  return allowed === undefined ? { ok: true, value } : { ok: false, allowed };
}

/**
 * The declaration Lit stores for a property: a number property's attribute
 * hands its text over unconverted, so that what was written can be quoted.
 */
export function optionDeclaration(options: PropertyDeclaration | undefined): PropertyDeclaration | undefined {
  if (!options || options.type !== Number || options.converter || options.attribute === false || options.state) return options;
  return { ...options, converter: { fromAttribute: (text: string | null) => text } };
}

/**
 * The accessor of a property that has an attribute: writes are read as above
 * before Lit sees them. `accessor`: the element defines its own getter and
 * setter (whose default is `undefined`); otherwise the first write (the class
 * field's initializer) is the default.
 */
export function optionDescriptor(
  name: PropertyKey,
  options: PropertyDeclaration,
  descriptor: PropertyDescriptor | undefined,
): PropertyDescriptor | undefined {
  if (!descriptor?.set || options.state) return descriptor;
  const set = descriptor.set;
  if (options.attribute === false) {
    // A property only (rows, a model): taken as it is; only noted once given.
    return {
      ...descriptor,
      set(this: HTMLElement & { requestUpdate(): void }, value: unknown) {
        const state = stateOf(this);
        if (!state.defaults.has(name)) state.defaults.set(name, value);
        else if (value !== null && value !== undefined && !state.given.has(name)) {
          state.given.add(name);
          state.error = undefined;
          this.requestUpdate();
        }
        set.call(this, value);
      },
    };
  }
  const accessor = (options as { wrapped?: boolean }).wrapped === true;
  const attribute = attributeName(name, options);
  return {
    ...descriptor,
    set(this: HTMLElement & { requestUpdate(): void }, value: unknown) {
      const state = stateOf(this);
      if (!accessor && !state.defaults.has(name)) {
        state.defaults.set(name, value);
        set.call(this, value);
        return;
      }
      const outcome = read(value, options, state.defaults.get(name));
      const before = state.refused.get(name);
      if (outcome.ok) {
        if (before) {
          state.refused.delete(name);
          state.error = undefined;
          this.requestUpdate();
        }
        set.call(this, outcome.value);
        return;
      }
      const written = quote(value);
      if (before?.written !== written || before.allowed !== outcome.allowed) {
        state.refused.set(name, { attribute, shadowOf: options.shadowOf, written, allowed: outcome.allowed });
        state.error = undefined;
        this.requestUpdate();
      }
    },
  };
}

/**
 * The `config` error of the options refused now (the same object while they
 * stand), else the first problem reported with {@link reportProblem}, or
 * `undefined`.
 */
export function optionError(el: object): MetricErrorDetail | undefined {
  const state = states.get(el);
  if (!state) return undefined;
  if (state.refused.size === 0) return state.problems.size === 0 ? undefined : state.problems.values().next().value;
  const refused = [...state.refused.values()].filter((r) => r.shadowOf === undefined || !state.given.has(r.shadowOf));
  if (refused.length === 0) return state.problems.values().next().value;
  if (!state.error) {
    state.error = {
      kind: 'config',
      message: refused.map((r) => `${r.attribute}="${r.written}": expected ${r.allowed}.`).join(' '),
      issues: refused.map((r) => ({ row: null, field: r.attribute, message: `expected ${r.allowed}, got "${r.written}"` })),
    };
  }
  return state.error;
}

// ---------------------------------------------------------------------------
// Checks for declarations: `@property({ type: Number, check: between(0, 100, 'a score from 0 to 100') })`.

/** One of these words. */
export function oneOf(words: readonly string[]): (value: string) => string | undefined {
  const allowed = words.join(', ');
  return (value) => (words.includes(value) ? undefined : allowed);
}

/** A number from `min` to `max` (both included). */
export function between(min: number, max: number, words: string): (value: number) => string | undefined {
  return (value) => (value >= min && value <= max ? undefined : words);
}

/** A whole number ≥ `min`. */
export function wholeAtLeast(min: number, words: string): (value: number) => string | undefined {
  return (value) => (Number.isInteger(value) && value >= min ? undefined : words);
}

/** A number ≥ `min`. */
export function atLeast(min: number, words: string): (value: number) => string | undefined {
  return (value) => (value >= min ? undefined : words);
}

/** A number > `min` (not included). */
export function above(min: number, words: string): (value: number) => string | undefined {
  return (value) => (value > min ? undefined : words);
}

let currencies: ReadonlySet<string> | undefined;

/** An ISO 4217 currency code the browser knows (`USD`, `eur`…). */
export function currencyCode(value: string): string | undefined {
  const allowed = 'an ISO 4217 currency code such as USD, EUR or JPY';
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return allowed;
  if (!currencies) {
    try {
      currencies = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      currencies = new Set(); // an older browser: the shape is all that can be checked
    }
  }
  return currencies.size === 0 || currencies.has(code) ? undefined : allowed;
}

/** Checks several elements share. */
export const checks = {
  months: wholeAtLeast(1, 'a whole number of months ≥ 1'),
  count: wholeAtLeast(0, 'a count (a whole number ≥ 0)'),
  healthScore: between(0, 100, 'a score from 0 to 100'),
  npsScore: between(-100, 100, 'an NPS from −100 to 100'),
  rate: between(0, 1, 'a rate a month as a fraction from 0 to 1 (0.005 = 0.5 %)'),
  margin: (value: number) => (value > 0 && value <= 1 ? undefined : 'a fraction in (0, 1], e.g. 0.8 for 80 %'),
  positive: above(0, 'a number > 0'),
} as const;

/** The `data` attribute: rows as JSON, never objects a framework wrote as text (`[object Object],…`). */
export function jsonRows(text: string): string | undefined {
  return /^\s*\[object /.test(text)
    ? 'rows as JSON (a framework wrote objects as text: set the rows as the data property)'
    : undefined;
}

/**
 * Shows a problem on a metric element the way a refused option is shown (an
 * error over the last good view, one `metric-error`), or clears it with
 * `undefined`: a lazy chunk that could not be downloaded, for example.
 */
export function reportProblem(el: { requestUpdate(): void }, key: string, problem: MetricErrorDetail | undefined): void {
  const state = stateOf(el);
  if (problem) state.problems.set(key, problem);
  else if (!state.problems.delete(key)) return;
  el.requestUpdate();
}

/**
 * `@property()` for the kit's elements and their bases: Lit's decorator, with
 * every write to the property read as above (numbers written as text, cleared
 * = default, nonsense = a `config` error). Wrapping the accessor Lit defines,
 * rather than overriding `createProperty`/`getPropertyDescriptor` (which Lit
 * deprecates, with a warning in every developer's console in dev mode).
 * `@state()` stays Lit's: internal state is not an option.
 */
export function property(options?: PropertyDeclaration): ReturnType<typeof litProperty> {
  const declaration = optionDeclaration(options);
  // An accessor (a getter and setter in the class body) gets its descriptor
  // back, as from Lit's decorator: TypeScript's decorator helper defines what
  // it is given, or the class's own plain accessor again.
  // Typed as Lit's decorator; the kit compiles with experimentalDecorators (tsconfig.json), the form this handles.
  const decorate = (proto: object, name: PropertyKey): PropertyDescriptor | undefined => {
    const accessor = Object.prototype.hasOwnProperty.call(proto, name);
    litProperty(declaration)(proto as never, name as never);
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const wrapped = optionDescriptor(name, { ...options, wrapped: accessor } as PropertyDeclaration, descriptor);
    if (wrapped && wrapped !== descriptor) Object.defineProperty(proto, name, wrapped);
    return accessor ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
  return decorate as ReturnType<typeof litProperty>;
}
