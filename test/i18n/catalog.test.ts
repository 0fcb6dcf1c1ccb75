// The message catalogue in Node: every shipped language complete and
// faithful to the English placeholders, fallback by language, the page's
// additions and overrides, plural forms, lazy loading.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { addEnglish, fallbackChain, loadMessages, onMessages, placeholdersOf, setMessages, translate } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/en.js';
import type { Message, MessageKey, Translation } from '../../src/i18n/types.js';
import { nps } from '../../src/i18n/en/nps.js';
import { npsLoaders } from '../../src/i18n/loaders/nps.js';
import { churn } from '../../src/i18n/en/churn.js';
import { churnLoaders } from '../../src/i18n/loaders/churn.js';
import { clv } from '../../src/i18n/en/clv.js';
import { clvLoaders } from '../../src/i18n/loaders/clv.js';
import { health } from '../../src/i18n/en/health.js';
import { healthLoaders } from '../../src/i18n/loaders/health.js';
import { card } from '../../src/i18n/en/card.js';
import { cardLoaders } from '../../src/i18n/loaders/card.js';
import { mrr } from '../../src/i18n/en/mrr.js';
import { mrrLoaders } from '../../src/i18n/loaders/mrr.js';
import { cohorts } from '../../src/i18n/en/cohorts.js';
import { cohortsLoaders } from '../../src/i18n/loaders/cohorts.js';
import { feedback } from '../../src/i18n/en/feedback.js';
import { feedbackLoaders } from '../../src/i18n/loaders/feedback.js';

/** What defining every element does: its English and its chunks' loaders. */
function addElements(): void {
  addEnglish(nps, npsLoaders);
  addEnglish(churn, churnLoaders);
  addEnglish(clv, clvLoaders);
  addEnglish(health, healthLoaders);
  addEnglish(card, cardLoaders);
  addEnglish(mrr, mrrLoaders);
  addEnglish(cohorts, cohortsLoaders);
  addEnglish(feedback, feedbackLoaders);
}

const LANGUAGES = ['de', 'fr', 'es', 'ja'] as const;
const keys = Object.keys(en) as MessageKey[];
const isError = (key: string) => key.startsWith('error.');
const forms = (m: Message) => (typeof m === 'string' ? ['text'] : Object.keys(m));

async function table(language: (typeof LANGUAGES)[number]): Promise<Translation> {
  return ((await import(`../../src/i18n/locales/${language}.ts`)) as { default: Translation }).default;
}

describe('before any element or language is loaded', () => {
  it("an element's English comes with the element; the shared words are always there", () => {
    assert.equal(translate('en', 'state.empty'), 'No data yet.');
    assert.equal(translate('en', 'nps.title'), 'nps.title', 'the key, never a blank');
    addElements();
    assert.equal(translate('en', 'nps.title'), 'Net Promoter Score');
  });

  it('a German locale reads English until German arrives, then German', async () => {
    assert.equal(translate('de-AT', 'state.empty'), 'No data yet.');
    await loadMessages('de-AT');
    assert.equal(translate('de-AT', 'state.empty'), 'Noch keine Daten.');
  });
});

describe('every shipped language', () => {
  before(() => addElements());
  for (const language of LANGUAGES) {
    it(`${language}: every key translated, nothing extra, same placeholders`, async () => {
      const t = (await table(language)) as Readonly<Record<string, Message>>;
      assert.deepEqual(Object.keys(t).sort(), [...keys].sort(), 'the same keys as English');
      for (const key of keys) {
        const english = en[key] as Message;
        const message = t[key]!;
        assert.equal(typeof message, typeof english, `${key}: plural where English is plural`);
        if (typeof message !== 'string') {
          assert.ok(typeof message.other === 'string', `${key}: an "other" form`);
          for (const form of forms(message)) assert.ok(['zero', 'one', 'two', 'few', 'many', 'other'].includes(form), `${key}: ${form}`);
        }
        const englishNames = placeholdersOf(english);
        const allowed = new Set([...englishNames, ...(typeof english === 'string' ? [] : ['count']), ...(isError(key) ? ['row', 'field'] : [])]);
        for (const name of placeholdersOf(message)) assert.ok(allowed.has(name), `${language} ${key}: unknown placeholder {${name}}`);
        const other = typeof message === 'string' ? message : message.other;
        const otherEnglish = typeof english === 'string' ? english : english.other;
        for (const name of placeholdersOf(otherEnglish)) {
          if (isError(key) && name === 'message') continue;
          assert.ok(other.includes(`{${name}}`), `${language} ${key}: {${name}} dropped`);
        }
        assert.notEqual(other.trim(), '', `${language} ${key}: empty`);
      }
    });
  }

  it('the market terms: churn in each language', async () => {
    await Promise.all(LANGUAGES.map((l) => loadMessages(l)));
    assert.equal(translate('de', 'churn.title.customer'), 'Kundenabwanderung');
    assert.match(translate('fr', 'churn.title.customer'), /taux d’attrition/i);
    assert.match(translate('es', 'churn.title.customer'), /tasa de abandono/i);
    assert.match(translate('ja', 'churn.title.customer'), /解約率/);
  });

  it('Japanese uses only the "other" plural form', async () => {
    const t = (await table('ja')) as Readonly<Record<string, Message>>;
    for (const key of keys) {
      const message = t[key]!;
      if (typeof message !== 'string') assert.deepEqual(Object.keys(message), ['other'], key);
    }
  });
});

describe('fallback', () => {
  it('chains a locale by language, then English', () => {
    assert.deepEqual(fallbackChain('de-AT'), ['de-AT', 'de', 'en']);
    assert.deepEqual(fallbackChain('de-latn-at'), ['de-Latn-AT', 'de-Latn', 'de', 'en']);
    assert.deepEqual(fallbackChain('en-GB'), ['en-GB', 'en']);
    assert.deepEqual(fallbackChain('ja'), ['ja', 'en']);
  });

  it('de-AT → de, an unshipped language → English', async () => {
    await loadMessages('de-AT');
    assert.equal(translate('de-AT', 'nps.target.met', { target: '30' }), 'Ziel 30 · erreicht');
    await loadMessages('pt-BR');
    assert.equal(translate('pt-BR', 'nps.target.met', { target: '30' }), 'Target 30 · met');
  });

  it('English text is the text the elements show today', () => {
    assert.equal(translate('en', 'churn.legend', { target: '1%' }), 'Dashed line: target 1% a month');
    assert.equal(translate('en-US', 'nps.responses', { count: 100 }), '100 responses');
    assert.equal(translate('en-US', 'nps.responses', { count: 1 }), '1 response');
    assert.equal(translate('en', 'clv.method.explicit'), 'from given inputs');
    assert.equal(translate('en', 'error.validation', { message: 'Row 3, score: expected a number', row: '3', field: 'score' }), 'Row 3, score: expected a number');
  });
});

describe('plurals and numbers', () => {
  it('French: 0 and 1 are singular, 2 is plural', async () => {
    await loadMessages('fr');
    assert.equal(translate('fr', 'nps.responses', { count: 1 }), '1 réponse');
    assert.equal(translate('fr', 'nps.responses', { count: 2 }), '2 réponses');
    assert.equal(translate('fr', 'nps.responses', { count: 0 }), '0 réponse');
    assert.equal(translate('fr-CA', 'nps.responses', { count: 1200 }), '1\u00a0200 réponses');
  });

  it('Japanese: one form, the count in the locale', async () => {
    await loadMessages('ja');
    assert.equal(translate('ja', 'nps.responses', { count: 1 }), '回答1件');
    assert.equal(translate('ja', 'nps.responses', { count: 2500 }), '回答2,500件');
  });

  it('German: fractions with `digits`, formatted and chosen alike', async () => {
    await loadMessages('de');
    assert.equal(translate('de', 'clv.lifespan', { count: 1, digits: 1 }), '1 Monat');
    assert.equal(translate('de', 'clv.lifespan', { count: 1.5, digits: 1 }), '1,5 Monate');
    assert.equal(translate('de', 'clv.lifespan', { count: 1.04, digits: 1 }), '1 Monat');
    assert.equal(translate('en', 'clv.frequency', { count: 1.25, digits: 2 }), '1.25 purchases a month');
  });

  it('English falls back with English plural rules inside a Japanese page', async () => {
    setMessages('ja', {});
    // A key missing from a page-added language: English text, English plural choice.
    setMessages('xx', { 'state.empty': 'xx' });
    assert.equal(translate('xx', 'nps.responses', { count: 1 }), '1 response');
  });
});

describe('the page adds a language or overrides messages', () => {
  it('overrides one English message, and puts it back', () => {
    const seen: string[] = [];
    const stop = onMessages((tag) => seen.push(tag));
    setMessages('en', { 'nps.title': 'NPS' });
    assert.equal(translate('en-GB', 'nps.title'), 'NPS');
    assert.equal(translate('en-GB', 'nps.target', { target: '5' }), 'Target 5');
    setMessages('en', { 'nps.title': en['nps.title'] });
    assert.equal(translate('en-GB', 'nps.title'), 'Net Promoter Score');
    stop();
    assert.deepEqual(seen, ['en', 'en']);
  });

  it('adds Portuguese: given keys in Portuguese, the rest in English, plurals by Portuguese rules', () => {
    setMessages('pt', {
      'state.empty': 'Ainda não há dados.',
      'nps.responses': { one: '{count} resposta', other: '{count} respostas' },
    });
    assert.equal(translate('pt-BR', 'state.empty'), 'Ainda não há dados.');
    assert.equal(translate('pt-BR', 'nps.responses', { count: 1 }), '1 resposta');
    assert.equal(translate('pt-BR', 'nps.responses', { count: 1000 }), '1.000 respostas');
    assert.equal(translate('pt-BR', 'state.stale'), 'Showing the last good value.');
  });

  it('a regional override wins over the shipped language', async () => {
    await loadMessages('de-CH');
    setMessages('de-CH', { 'feedback.more': 'Mehr zeigen' });
    assert.equal(translate('de-CH', 'feedback.more'), 'Mehr zeigen');
    assert.equal(translate('de-AT', 'feedback.more'), 'Mehr anzeigen');
    assert.equal(translate('de-CH', 'feedback.all'), 'Alle');
  });

  it('ignores what is not a message, keeps the rest', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      setMessages('it', { 'state.empty': 'Ancora nessun dato.', 'state.stale': { one: 'x' } } as never);
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    assert.equal(translate('it', 'state.empty'), 'Ancora nessun dato.');
    assert.equal(translate('it', 'state.stale'), 'Showing the last good value.');
  });

  it('data text in a parameter is never read as a placeholder', () => {
    assert.equal(translate('en', 'health.aria.customer', { customer: '{words}', words: '82, healthy' }), 'Account health for {words}: 82, healthy');
  });
});
