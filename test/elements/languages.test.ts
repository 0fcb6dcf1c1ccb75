// Every element in each shipped language, in real Chromium: whatever an
// element shows or announces (text, the screen-reader tables, aria labels,
// the chart's series names) may hold no English word of the kit's own, and
// every shipped language has every key. The English words are taken from
// the English tables; a word the language's own table also uses ("Net
// Promoter Score", "Expansion", "MRR") or one that comes from the data is
// not counted.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/churn-trend.js';
import '../../src/elements/clv-card.js';
import '../../src/elements/feedback-list.js';
import '../../src/elements/health-badge.js';
import '../../src/elements/metric-card.js';
import '../../src/elements/mrr-movements.js';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/retention-cohorts.js';
import type { MetricElement } from '../../src/base/metric-element.js';
import { en } from '../../src/i18n/en.js';
import type { Message, Translation } from '../../src/i18n/types.js';
import { CARD_CHANGES as CHANGES, ORDERS } from './rows.js';

const LANGUAGES = ['de', 'fr', 'es', 'ja'] as const;
type Language = (typeof LANGUAGES)[number];

const tables: Record<Language, () => Promise<{ default: Translation }>> = {
  de: () => import('../../src/i18n/locales/de.js'),
  fr: () => import('../../src/i18n/locales/fr.js'),
  es: () => import('../../src/i18n/locales/es.js'),
  ja: () => import('../../src/i18n/locales/ja.js'),
};

const textsOf = (m: Message | undefined): string[] => (m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m));
/** The words of a text, lower-cased, placeholders left out. */
const wordsOf = (text: string): string[] => text.replace(/\{[\w-]+\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
const wordsOfTable = (table: Readonly<Record<string, Message | undefined>>) =>
  new Set(Object.values(table).flatMap(textsOf).flatMap(wordsOf));
const ENGLISH = wordsOfTable(en);

// ---------------------------------------------------------------------------
// The data: every element with the options that bring out the most words.

const NPS = [...Array(40).fill(10), ...Array(45).fill(7), ...Array(15).fill(3)] as number[];
const RATES = [
  { month: '2026-01', rate: 0.03 },
  { month: '2026-02', rate: null },
  { month: '2026-03', rate: 0.024 },
  { month: '2026-04', rate: 0.021 },
];
const MODEL = {
  measures: [
    { key: 'usage', weight: 0.5, min: 0, max: 100 },
    { key: 'nps', weight: 0.3, min: 0, max: 10 },
    { key: 'openTickets', weight: 0.2, min: 0, max: 10, higherIsBetter: false },
  ],
};
const HEALTH = [
  { customerId: 'acme', date: '2026-08-31', usage: 72, nps: 8, openTickets: 1 },
  { customerId: 'acme', date: '2026-09-30', usage: 78, nps: 9, openTickets: 2 },
  { customerId: 'globex', date: '2026-09-30', usage: 40, nps: 5 },
  { customerId: 'initech', date: '2026-08-31', usage: 90, nps: 9, openTickets: 0 },
  { customerId: 'initech', date: '2026-09-30', usage: 60, nps: 7, openTickets: 3 },
];
const COHORTS = [
  { cohort: '2026-01', size: 10, values: [1, 0.8, 0.55] },
  { cohort: '2026-02', size: 8, values: [1, 0.75] },
];
const FEEDBACK = [
  { score: 10, date: '2026-03-01', comment: 'Zzz', segment: 'SMB' },
  { score: 3, date: '2026-03-05', comment: 'Qqq' },
  { score: 8, date: '2026-02-10', comment: 'Xxx' },
];
/** The text values of the data. */
const valuesOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(valuesOf) : [];
/**
 * Words that come from the data (customer ids, measure keys and their
 * humanised names, the field an error names), never from the kit.
 */
const DATA = new Set([...valuesOf([MODEL, HEALTH, FEEDBACK]), 'open tickets', 'score'].flatMap(wordsOf));

/**
 * Keys whose translation is the English text itself, on purpose: the
 * market's own term (Net Promoter Score, MRR, Quick ratio, Expansion) or
 * nothing but abbreviations. Any other key equal to English is a copy.
 */
const SAME_AS_ENGLISH: Record<Language, readonly string[]> = {
  de: ['nps.title', 'clv.arpa', 'health.trend', 'mrr.expansion'],
  fr: ['nps.title', 'clv.arpa', 'clv.ratio', 'card.metric.quick-ratio', 'card.points', 'mrr.expansion', 'mrr.contraction'],
  es: ['nps.title', 'clv.arpa', 'clv.ratio', 'card.metric.quick-ratio', 'feedback.detractor'],
  ja: ['clv.arpa'],
};
const ABBREVIATIONS = ['card.metric.mrr', 'card.metric.arr', 'card.metric.arpa', 'card.metric.arpu', 'card.metric.nps'];

type Case = readonly [name: string, render: (locale: string) => TemplateResult];
const CASES: readonly Case[] = [
  ['nps-gauge', (l) => html`<nps-gauge locale=${l} .data=${NPS} previous="20" target="30"></nps-gauge>`],
  ['nps-gauge, missed, unchanged', (l) => html`<nps-gauge locale=${l} .data=${NPS} previous="25" target="60"></nps-gauge>`],
  ['nps-gauge, down', (l) => html`<nps-gauge locale=${l} .data=${[10, 0]} previous="20"></nps-gauge>`],
  ['nps-gauge, one response', (l) => html`<nps-gauge locale=${l} .data=${[10]} previous="100"></nps-gauge>`],
  ['churn-trend', (l) => html`<churn-trend locale=${l} target="0.025" .data=${RATES}></churn-trend>`],
  ['churn-trend, revenue', (l) => html`<churn-trend locale=${l} kind="net-revenue" .data=${CHANGES}></churn-trend>`],
  ['clv-card, subscription', (l) => html`<clv-card locale=${l} cac="500" .data=${CHANGES}></clv-card>`],
  ['clv-card, orders', (l) => html`<clv-card locale=${l} cac="10" .data=${ORDERS}></clv-card>`],
  ['clv-card, unbounded', (l) => html`<clv-card locale=${l} arpa="100" churn-rate="0" cac="-1"></clv-card>`],
  ['clv-card, explicit', (l) => html`<clv-card locale=${l} arpa="100" churn-rate="0.02" cac="100"></clv-card>`],
  ['health-badge, up', (l) => html`<health-badge locale=${l} customer="acme" .model=${MODEL} .data=${HEALTH}></health-badge>`],
  ['health-badge, down', (l) => html`<health-badge locale=${l} customer="initech" .model=${MODEL} .data=${HEALTH}></health-badge>`],
  ['health-badge, missing measure', (l) => html`<health-badge locale=${l} customer="globex" .model=${MODEL} .data=${HEALTH}></health-badge>`],
  ['health-badge, steady', (l) => html`<health-badge locale=${l} score="40" previous="40"></health-badge>`],
  ['mrr-movements', (l) => html`<mrr-movements locale=${l} .data=${CHANGES}></mrr-movements>`],
  ['retention-cohorts', (l) => html`<retention-cohorts locale=${l} .data=${COHORTS}></retention-cohorts>`],
  ['retention-cohorts, revenue', (l) => html`<retention-cohorts locale=${l} basis="revenue" .data=${COHORTS}></retention-cohorts>`],
  ['feedback-list', (l) => html`<feedback-list locale=${l} limit="1" .data=${FEEDBACK}></feedback-list>`],
  ['metric-card, MRR', (l) => html`<metric-card locale=${l} metric="mrr" target="1000" .data=${CHANGES}></metric-card>`],
  ['metric-card, churn', (l) => html`<metric-card locale=${l} metric="customer-churn" target="0.01" .data=${CHANGES}></metric-card>`],
  ['metric-card, NRR without a value', (l) => html`<metric-card locale=${l} metric="nrr" target="1" .data=${CHANGES.slice(0, 3)}></metric-card>`],
  ['metric-card, given figures', (l) => html`<metric-card locale=${l} value="0.2" previous="0.25" unit="percent"></metric-card>`],
  ['metric-card, given hours', (l) => html`<metric-card locale=${l} value="3" previous="3" unit="hours"></metric-card>`],
  ['base: empty', (l) => html`<nps-gauge locale=${l}></nps-gauge>`],
  ['base: error with a row and field', (l) => html`<nps-gauge locale=${l} .data=${[9, 'ten', 'eleven']}></nps-gauge>`],
  ['base: config error', (l) => html`<nps-gauge locale=${l} promoters="1"></nps-gauge>`],
  ['base: parse error', (l) => html`<nps-gauge locale=${l} data="[9,"></nps-gauge>`],
];

/** Everything the element shows or announces. */
function spoken(el: MetricElement<unknown>): string {
  const root = el.shadowRoot!;
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt']) {
      const value = node.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  const chart = (el as unknown as { chart?: { data: { datasets: Array<{ label?: string }> } } }).chart;
  for (const dataset of chart?.data.datasets ?? []) parts.push(dataset.label ?? '');
  return parts.join('\n');
}

async function render(template: TemplateResult): Promise<MetricElement<unknown>> {
  const el = await fixture<MetricElement<unknown>>(template);
  await el.updateComplete;
  return el;
}

describe('every element in every shipped language', () => {
  it('English: the tables hold the words the elements show (the reference is not empty)', async () => {
    const el = await render(CASES[0]![1]('en'));
    const words = wordsOf(spoken(el)).filter((w) => ENGLISH.has(w));
    expect(words).to.include.members(['promoters', 'passives', 'detractors', 'responses', 'target']);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      let own: Set<string>;
      before(async () => {
        own = wordsOfTable((await tables[language]()).default);
        // Month names are Intl's (Spanish "may" is May, not English "may").
        for (const month of ['short', 'long'] as const) {
          const format = new Intl.DateTimeFormat(language, { month, year: 'numeric', timeZone: 'UTC' });
          for (let m = 0; m < 12; m++) for (const word of wordsOf(format.format(Date.UTC(2026, m, 1)))) own.add(word);
        }
      });

      it('has every key, with a text in each', async () => {
        const table = (await tables[language]()).default as Readonly<Record<string, Message | undefined>>;
        const missing = Object.keys(en).filter((key) => textsOf(table[key]).every((text) => text.trim() === ''));
        expect(missing, `${language}: keys without a translation`).to.deep.equal([]);
        const allowed = new Set([...SAME_AS_ENGLISH[language], ...ABBREVIATIONS]);
        const copied = Object.keys(en).filter(
          (key) => JSON.stringify(table[key]) === JSON.stringify(en[key as keyof typeof en]) && !allowed.has(key),
        );
        expect(copied.filter((key) => wordsOf(textsOf(table[key]).join(' ')).length > 0), `${language}: English copied`).to.deep.equal([]);
      });

      for (const [name, template] of CASES) {
        it(`${name}: no English word`, async () => {
          const el = await render(template(language));
          const text = spoken(el);
          const english = [...new Set(wordsOf(text))].filter((w) => ENGLISH.has(w) && !own.has(w) && !DATA.has(w));
          expect(english, `${language} ${name}: English words in\n${text.replace(/\s+/g, ' ')}`).to.deep.equal([]);
          expect(text.trim(), 'shows something').to.not.equal('');
        });
      }
    });
  }
});
