// Every attribute custom-elements.json lists, for every metric element: set
// random values (as an attribute, or as the property a framework would set),
// then clear it. The element must end in `ready` with the default, or in
// `error` with a message naming the option, never blank, never stuck in
// `loading`, never an uncaught error; and after clearing, be as it would be
// without the option.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { CLV_CHANGES as CHANGES } from './rows.js';

type Metric = HTMLElement & {
  state: string;
  error: { kind: string; message: string } | undefined;
  updateComplete: Promise<boolean>;
};

interface Attribute {
  readonly name: string;
  readonly fieldName?: string;
  readonly type?: { readonly text: string };
}

const MODEL = { measures: [{ key: 'usage', weight: 1, min: 0, max: 100 }] };
const HEALTH = [
  { customerId: 'acme', date: '2026-08-31', usage: 72 },
  { customerId: 'beta', date: '2026-08-31', usage: 20 },
];

/** Each element with input that makes it `ready`; the attributes it sets are fuzzed too. */
const BASELINES: Record<string, { readonly attributes: Record<string, string>; readonly template: (attrs: Record<string, string>) => TemplateResult }> = {
  'nps-gauge': { attributes: {}, template: () => html`<nps-gauge .data=${[9, 10, 6, 3, 9]}></nps-gauge>` },
  'churn-trend': { attributes: {}, template: () => html`<churn-trend .data=${CHANGES}></churn-trend>` },
  'clv-card': { attributes: {}, template: () => html`<clv-card .data=${CHANGES}></clv-card>` },
  'mrr-movements': { attributes: {}, template: () => html`<mrr-movements .data=${CHANGES}></mrr-movements>` },
  'retention-cohorts': { attributes: {}, template: () => html`<retention-cohorts .data=${CHANGES}></retention-cohorts>` },
  'feedback-list': {
    attributes: {},
    template: () => html`<feedback-list .data=${[{ score: 10, date: '2026-03-01', comment: 'Love it' }]}></feedback-list>`,
  },
  'health-badge': {
    attributes: { customer: 'acme' },
    template: (a) => html`<health-badge customer=${a.customer ?? ''} .model=${MODEL} .data=${HEALTH}></health-badge>`,
  },
  'metric-card': {
    attributes: { metric: 'mrr' },
    template: (a) => html`<metric-card metric=${a.metric ?? ''} .data=${CHANGES}></metric-card>`,
  },
};

/** The words a type text such as `'light'|'dark'|'auto'` allows. */
const words = (type: string | undefined): string[] => [...(type ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]!);

const value = (allowed: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.double().map(String),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.constantFrom(
      '', ' ', 'NaN', 'Infinity', '-Infinity', '1e308', '-0', '0', '1', '0.5', '100', '-100', '0x10', 'null',
      'undefined', 'true', '__proto__', 'constructor', '[object Object]', '{}', '[]', '<img src=x onerror=alert(1)>',
      'USD', 'dark', ...allowed,
    ),
  );

/** What a framework might set as the property. */
const anything = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, Number.NaN, Infinity, -Infinity, 1e308, -1, 0, true, {}, [], '120', 'abc'),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.object({ maxDepth: 1 }),
);

async function settle(el: Metric): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.state !== 'loading', `not stuck loading (${el.localName})`, { timeout: 3000 });
  await el.updateComplete;
}

const shown = (el: Metric) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

describe('attribute fuzz: every element attribute, set then cleared', function () {
  this.timeout(120_000);
  let manifest: { modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Attribute[] }> }> };

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as typeof manifest;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('<metrics-source> (judged by the element inside it)', async () => {
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'metrics-source');
    const attributes = declaration?.attributes ?? [];
    expect(attributes.map((a) => a.name)).to.include.members(['src', 'refresh', 'max-bytes']);
    const source = fixtureSync<HTMLElement>(html`<metrics-source .data=${[9, 10, 6]}><nps-gauge></nps-gauge></metrics-source>`);
    const gauge = source.querySelector('nps-gauge') as unknown as Metric;
    await settle(gauge);
    expect(gauge.state).to.equal('ready');
    for (const attribute of attributes) {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), value(words(attribute.type?.text)), anything, async (asAttribute, text, raw) => {
          const where = `metrics-source ${attribute.name}=${asAttribute ? JSON.stringify(text) : String(raw)}`;
          const field = attribute.fieldName ?? attribute.name;
          if (asAttribute) source.setAttribute(attribute.name, text);
          else (source as unknown as Record<string, unknown>)[field] = raw;
          await settle(gauge);
          expect(['ready', 'error'], where).to.include(gauge.state);
          if (gauge.state === 'error') {
            const message = gauge.error!.message.toLowerCase();
            expect([attribute.name, field].some((n) => message.includes(n.toLowerCase())), `${where}: ${message}`).to.equal(true);
          }
          (source as unknown as Record<string, unknown>)[field] = undefined;
          source.removeAttribute(attribute.name);
          await settle(gauge);
          expect(gauge.state, `${where}, then cleared: ${gauge.error?.message ?? ''}`).to.equal('ready');
        }),
        { numRuns: 6, seed: 16 },
      );
    }
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  for (const tag of Object.keys(BASELINES)) {
    it(`<${tag}>`, async () => {
      const baseline = BASELINES[tag]!;
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      const attributes = (declaration?.attributes ?? []).filter((a) => a.name !== 'state');
      expect(attributes.length, `${tag} attributes in custom-elements.json`).to.be.greaterThan(5);
      for (const attribute of attributes) {
        // How the element is when this option is absent (its default).
        const without = { ...baseline.attributes };
        delete without[attribute.name];
        const reference = fixtureSync<Metric>(baseline.template(without));
        if (!(attribute.name in baseline.attributes)) {
          // The baseline itself must be ready.
          await settle(reference);
          expect(reference.state, `${tag} baseline: ${reference.error?.message ?? ''}`).to.equal('ready');
        }
        await settle(reference);
        const expected = reference.state;
        reference.remove();

        const el = fixtureSync<Metric>(baseline.template(baseline.attributes));
        await settle(el);
        await fc.assert(
          fc.asyncProperty(fc.boolean(), value(words(attribute.type?.text)), anything, async (asAttribute, text, raw) => {
            const where = `${tag} ${attribute.name}=${asAttribute ? JSON.stringify(text) : String(raw)}`;
            const field = attribute.fieldName ?? attribute.name;
            if (asAttribute) el.setAttribute(attribute.name, text);
            else (el as unknown as Record<string, unknown>)[field] = raw;
            await settle(el);
            expect(['ready', 'empty', 'error'], where).to.include(el.state);
            expect(shown(el), `${where}: never blank`).not.to.equal('');
            if (el.state === 'error') {
              const message = el.error!.message;
              expect(message, `${where}: a message`).not.to.equal('');
              const names = [attribute.name, field, ...(asAttribute && text.trim() ? [text] : [])];
              expect(
                names.some((n) => message.toLowerCase().includes(n.toLowerCase())),
                `${where}: the message names the option or quotes the value: ${message}`,
              ).to.equal(true);
            }
            if (asAttribute) el.removeAttribute(attribute.name);
            else (el as unknown as Record<string, unknown>)[field] = undefined;
            el.removeAttribute(attribute.name);
            await settle(el);
            expect(el.state, `${where}, then cleared: ${el.error?.message ?? ''}`).to.equal(expected);
          }),
          { numRuns: 6, seed: 16 },
        );
        el.remove();
      }
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
    });
  }
});
