/**
 * The message catalogue at run time: English built in, German, French,
 * Spanish and Japanese each a chunk loaded on first use, and the page's own
 * messages (`setMessages`) over both. A locale falls back by language
 * (`de-AT` → `de`) and then to English. See docs/i18n.md.
 */
import { formatNumber } from '../format.js';
import { common } from './en/common.js';
import type { Message, MessageArgs, MessageKey, Messages, PluralMessage } from './types.js';

/** The languages the kit ships: English built in, the others loaded when a page asks for them. */
export const SHIPPED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

/** The languages shipped as chunks (English is built in). */
const CHUNKED = ['de', 'fr', 'es', 'ja'] as const;
type Language = (typeof CHUNKED)[number];
type Chunk = { readonly default: Readonly<Record<string, Message>> };
const isChunked = (tag: string): tag is Language => (CHUNKED as readonly string[]).includes(tag);

/**
 * One table's loaders: one dynamic `import()` per shipped language, so a
 * bundler makes each its own chunk. The shared words and the error sentences
 * are here; each element's table brings its own (src/i18n/loaders/<table>.ts,
 * passed to {@link addEnglish} where the element is defined), so a page
 * carries the loaders of the elements it uses only.
 */
export type Loaders = Readonly<Record<Language, () => Promise<Chunk>>>;

/** The loaders of every table the page knows, by table (`common`, `errors`, `nps`…). */
const loadersOf = new Map<string, Loaders>([
  [
    'common',
    {
      de: () => import('./locales/de-common.js'),
      fr: () => import('./locales/fr-common.js'),
      es: () => import('./locales/es-common.js'),
      ja: () => import('./locales/ja-common.js'),
    },
  ],
  [
    'errors',
    {
      de: () => import('./locales/de-errors.js'),
      fr: () => import('./locales/fr-errors.js'),
      es: () => import('./locales/es-errors.js'),
      ja: () => import('./locales/ja-errors.js'),
    },
  ],
]);

/** English, grown by `addEnglish` as elements load; the shared words are always there. */
const english: Record<string, Message> = { ...common };
/** Shipped messages, by language (German, French… grow table by table as they arrive). */
const shipped = new Map<string, Record<string, Message>>([['en', english]]);
/** The tables the page's elements use: the shared words, and each element's once it is defined. */
const parts = new Set<string>(['common']);
/** Tables arrived or on their way, by `language/part`. */
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
/** The languages asked for so far: an element defined later fetches its table in each. */
const asked = new Set<Language>();
/** The page's messages, by canonical tag: they win over the shipped ones. */
const page = new Map<string, Record<string, Message>>();
/** Called with the tag whose messages changed. */
const listeners = new Set<(tag: string) => void>();

/** A canonical BCP 47 tag (`de-at` → `de-AT`), or the input trimmed when it is not one. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? tag.trim();
  } catch {
    return tag.trim();
  }
}

/**
 * The tags a locale's messages are looked up in, most specific first, ending
 * in English: `de-Latn-AT` → `de-Latn-AT`, `de-Latn`, `de`, `en`.
 */
export function fallbackChain(locale: string): string[] {
  const parts = canonical(locale).split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/**
 * Adds an element's English words (src/i18n/en/<element>.ts) and the loaders
 * of its table in the other languages (src/i18n/loaders/<element>.ts) to the
 * catalogue, where the element is defined: a page carries the words of the
 * elements it loads only. A page's `setMessages('en', …)` still wins.
 */
export function addEnglish(table: Readonly<Record<string, Message>>, loaders?: Loaders): void {
  const used = new Set<string>();
  for (const [key, message] of Object.entries(table)) {
    english[key] ??= message;
    used.add(key.slice(0, key.indexOf('.')));
  }
  for (const part of used) {
    if (loaders && !loadersOf.has(part)) loadersOf.set(part, loaders);
    if (!parts.has(part)) void usePart(part);
  }
}

/**
 * Marks a table as used by the page (an element's, or the error sentences
 * once an error is shown) and fetches it in every language asked for so far.
 * Resolves when those have arrived.
 */
export function usePart(part: string): Promise<void> {
  if (!loadersOf.has(part)) return Promise.resolve();
  parts.add(part);
  return Promise.all([...asked].map((language) => load(language, part))).then(() => undefined);
}

/** The error sentences of a locale's language: fetched on the first error an element shows. */
export function useErrors(): Promise<void> {
  return usePart('errors');
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).every(([form, text]) => PLURAL_FORMS.has(form) && typeof text === 'string') && 'other' in value;
}
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * Adds a language or overrides messages of one: `setMessages('pt', {...})`,
 * `setMessages('en', { 'nps.title': 'NPS' })`. Merged over what was set
 * before; a key not given falls back as usual (`pt-BR` → `pt` → English).
 * Works before or after the elements are defined: those showing that
 * language draw again.
 */
export function setMessages(locale: string, messages: Messages): void {
  const tag = canonical(locale);
  const table = page.get(tag) ?? {};
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    if (isMessage(value)) table[key] = value;
    else console.warn(`cs-metrics: setMessages('${tag}'): "${key}" is not a text or { one?, other, … }; ignored.`);
  }
  page.set(tag, table);
  notify(tag);
}

/**
 * Downloads the shipped messages of a locale's language (and of nothing
 * else) when the kit has them: `loadMessages('de-AT')` fetches German. The
 * elements call it themselves; a page may call it early to avoid a first
 * frame in English. Resolves when done; a failed download leaves English
 * and is tried again on the next call.
 */
export function loadMessages(locale: string): Promise<void> {
  const languages = fallbackChain(locale).filter(isChunked);
  const loads: Promise<void>[] = [];
  for (const language of languages) {
    asked.add(language);
    for (const part of parts) loads.push(load(language, part));
  }
  return Promise.all(loads).then(() => undefined);
}

/** Fetches one table of one language (once; a failed download is tried again on the next call). */
function load(language: Language, part: string): Promise<void> {
  const id = `${language}/${part}`;
  if (loaded.has(id)) return Promise.resolve();
  const loader = loadersOf.get(part)?.[language];
  if (!loader) return Promise.resolve();
  let promise = loading.get(id);
  if (!promise) {
    promise = loader().then(
      (chunk) => {
        const table = shipped.get(language) ?? {};
        Object.assign(table, chunk.default);
        shipped.set(language, table);
        loaded.add(id);
        loading.delete(id);
        notify(language);
      },
      (error: unknown) => {
        loading.delete(id);
        console.warn(`cs-metrics: the ${language} words (${part}) could not be loaded; showing English.`, error);
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

/** True when every table the page uses is here for the locale's chain (nothing left to download). */
export function messagesLoaded(locale: string): boolean {
  return fallbackChain(locale).every((tag) => !isChunked(tag) || [...parts].every((part) => !loadersOf.has(part) || loaded.has(`${tag}/${part}`)));
}

/** Calls `listener(tag)` whenever messages of `tag` arrive or change; returns the unsubscribe function. */
export function onMessages(listener: (tag: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(tag: string): void {
  for (const listener of [...listeners]) listener(tag);
}

/** The message of a key in a locale, and the tag it was found in (its plural rules apply). */
function lookup(locale: string, key: MessageKey): { message: Message; tag: string } {
  for (const tag of fallbackChain(locale)) {
    const message = page.get(tag)?.[key] ?? shipped.get(tag)?.[key];
    if (message !== undefined) return { message, tag };
  }
  // An element that did not add its English table: the key, visible, never a blank.
  return { message: key, tag: 'en' };
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(tag: string, count: number, digits: number): Intl.LDMLPluralRule {
  const key = `${tag}|${digits}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(tag, { maximumFractionDigits: digits });
    pluralRules.set(key, rules);
  }
  return rules.select(count);
}

const PLACEHOLDER = /\{([\w-]+)\}/g;

/**
 * The text of `key` in `locale`, its `{name}` placeholders filled from
 * `params` (numbers formatted in the locale; `{count}` with `digits`
 * fraction digits, default 0; a missing number, NaN, shows as "—"). A plural message picks its form for `count`
 * with `Intl.PluralRules` of the language it was found in.
 */
export function translate<K extends MessageKey>(locale: string, key: K, ...args: MessageArgs<K>): string {
  const params = (args[0] ?? {}) as Readonly<Record<string, string | number | undefined>>;
  const { message, tag } = lookup(locale, key);
  const digits = typeof params.digits === 'number' ? params.digits : 0;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof params.count === 'number' ? params.count : Number.NaN;
    const form = Number.isFinite(count) ? pluralForm(tag, count, digits) : 'other';
    text = (message as PluralMessage)[form] ?? message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    return formatNumber(value, locale, name === 'count' ? digits : 3);
  });
}

/** The placeholders of every form of a message (for the catalogue's tests and tooling). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => typeof t === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}
