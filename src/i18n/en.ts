/**
 * English, the reference: every word an element shows or announces, keyed
 * by element (`nps.`, `churn.`, `clv.`, `health.`, `card.`, `mrr.`,
 * `cohorts.`, `feedback.`) or shared (`state.`, `error.`,
 * `list.`). One module per element in src/i18n/en/: an element imports only
 * its own English (and the base the shared words), so a page with one
 * element does not carry the others' words. This union is for the types and
 * the tests.
 *
 * `{name}` is a parameter the element fills with text it formatted through
 * `Intl` (numbers, money, percentages, months); a message with plural forms
 * is chosen by its `count` through `Intl.PluralRules`. The other languages
 * are checked against these tables (src/i18n/types.ts): same keys, same
 * placeholders. See docs/i18n.md.
 */
import { card } from './en/card.js';
import { churn } from './en/churn.js';
import { clv } from './en/clv.js';
import { cohorts } from './en/cohorts.js';
import { common } from './en/common.js';
import { feedback } from './en/feedback.js';
import { health } from './en/health.js';
import { mrr } from './en/mrr.js';
import { nps } from './en/nps.js';

export const en = { ...common, ...nps, ...churn, ...clv, ...health, ...card, ...mrr, ...cohorts, ...feedback } as const;
