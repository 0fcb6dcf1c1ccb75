/**
 * The kit's words in the reader's language: the public calls a page uses
 * (`setMessages`, `loadMessages`) and what an element uses
 * (`LocalizeController`). See docs/i18n.md.
 */
export { SHIPPED_LANGUAGES, addEnglish, fallbackChain, loadMessages, setMessages, translate, type ShippedLanguage } from './catalog.js';
export { LocalizeController, type LocalizedHost } from './localize-controller.js';
export type { Message, MessageArgs, MessageKey, MessageParams, Messages, PluralMessage, Translation, TranslationOf } from './types.js';
