/**
 * The types of the message catalogue: a key's parameters come from the
 * `{name}` placeholders of its English text, so a missing key, a missing
 * parameter or a translation that drops a placeholder is a type error.
 */
import type { en } from './en.js';

/** A plural message: one text per `Intl.PluralRules` category (`other` is required), chosen by the `count` parameter. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A message: a text with `{name}` placeholders, or one text per plural category. */
export type Message = string | PluralMessage;

/** The English catalogue, the reference every language is checked against. */
export type English = typeof en;

/** Every message key. */
export type MessageKey = keyof English;

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type TextOf<M> = M extends string ? M : M extends PluralMessage ? M['other'] | Exclude<M[Exclude<keyof M, 'other'>], undefined> : never;

/**
 * Keys whose English text echoes the developer's message (`{message}`): the
 * reader's error sentence. English shows the detailed sentence the element
 * fires in `metric-error`; other languages say the same in general words and
 * may use the position of the first issue (`{row}`, `{field}`)
 * instead of `{message}`, which stays English.
 */
export interface ErrorParams {
  readonly message: string;
  readonly row: string;
  readonly field: string;
}
export type ErrorKey = Extract<MessageKey, `error.${string}`>;

/** The names a key's text may use. */
export type ParamName<K extends MessageKey> =
  | Placeholders<TextOf<English[K]>>
  | (K extends ErrorKey ? keyof ErrorParams : never);

/** The parameters of a key: each placeholder a string or a number (formatted in the locale); plural keys also take `count`. */
export type MessageParams<K extends MessageKey> = {
  readonly [P in ParamName<K>]: P extends keyof ErrorParams ? (K extends ErrorKey ? string : string | number) : string | number;
} & (English[K] extends PluralMessage
  ? {
      /** Chooses the plural form and fills `{count}`. */
      readonly count: number;
      /** Fraction digits of `{count}` (and of its plural choice); default 0. */
      readonly digits?: number;
    }
  : unknown);

/** `t(key)` for a key without parameters, `t(key, params)` otherwise. */
export type MessageArgs<K extends MessageKey> = [ParamName<K>] extends [never]
  ? English[K] extends PluralMessage
    ? [params: MessageParams<K>]
    : [params?: Record<string, never>]
  : [params: MessageParams<K>];

/** A text that contains each of the given placeholders. */
type Containing<P extends string> = [P] extends [never]
  ? string
  : UnionToIntersection<P extends string ? `${string}{${P}}${string}` : never>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Placeholders a translation must keep: all of the English ones (an error key's `{message}` may be dropped). */
type Required<K extends MessageKey> = K extends ErrorKey
  ? Exclude<Placeholders<TextOf<English[K]>>, 'message'>
  : Placeholders<TextOf<English[K]>>;

/** A translation of one key: same shape as English, every placeholder kept. */
export type Translated<K extends MessageKey> = English[K] extends PluralMessage
  ? { readonly [C in Exclude<keyof PluralMessage, 'other'>]?: string } & { readonly other: Containing<Required<K>> }
  : Containing<Required<K>>;

/** A complete translation of the catalogue (every shipped language is one). */
export type Translation = { readonly [K in MessageKey]: Translated<K> };

/** Messages a page adds or overrides: any subset of the keys. */
export type Messages = { readonly [K in MessageKey]?: Translated<K> };

/** The translation of one element's table (src/i18n/en/<element>.ts): its keys, each kept as English has it. */
export type TranslationOf<T> = { readonly [K in keyof T & MessageKey]: Translated<K> };
