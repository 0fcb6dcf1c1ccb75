import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { cohortStep } from '../../src/elements/retention-cohorts.js';
import '../../src/elements/metrics-source.js';
import type { RetentionCohorts, RetentionCohortsResult } from '../../src/elements/retention-cohorts.js';
import { partText, record, unique } from '../base/test-metric.js';

const COHORTS = [
  { cohort: '2026-02', size: 8, values: [1, 0.75] },
  { cohort: '2026-01', size: 10, values: [1, 0.8, 0.55] },
  { cohort: '2026-03', size: 5, values: [1] },
];

// a and b join in January; b leaves in February, c joins then; a expands in March.
const CHANGES = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-06', mrr: 100 },
  { customerId: 'b', date: '2026-02-08', mrr: 0 },
  { customerId: 'c', date: '2026-02-08', mrr: 50 },
  { customerId: 'a', date: '2026-03-02', mrr: 150 },
];
const CUSTOMERS_CSV = 'id,start,end\na,2026-01-03,\nb,2026-01-04,2026-02-10\nc,2026-02-05,\n';

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const until = (el: RetentionCohorts, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
function steps(el: Element): string[][] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('[part~="cell"]')].map((c) => c.getAttribute('part')!));
}
function table(el: Element): string[][] {
  return [...el.shadowRoot!.querySelectorAll('[part~="table"] tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}

describe('<retention-cohorts>', () => {
  it('is accessible, and is a real table of cohorts by months since start', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${COHORTS}></retention-cohorts>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(shadow(el, 'table')!.getAttribute('part')).to.equal('table');
    expect(table(el)).to.deep.equal([
      ['Cohort', 'Customers', 'Month 0', 'Month 1', 'Month 2'],
      ['Jan 2026', '10', '100%', '80%', '55%'],
      ['Feb 2026', '8', '100%', '75%', ''],
      ['Mar 2026', '5', '100%', '', ''],
    ]);
    expect(shadow(el, 'thead th')!.getAttribute('scope')).to.equal('col');
    expect(shadow(el, 'tbody th')!.getAttribute('scope')).to.equal('row');
    expect(shadow(el, 'caption')!.textContent!.trim()).to.equal('Customer retention by signup cohort (share of customers)');
  });

  it('colours each cell from the token scale over the range of the table, the percentage always written', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts style="--retention-cohorts-step-5: rgb(255, 0, 0); --retention-cohorts-step-1: rgb(0, 255, 0)" .data=${COHORTS}></retention-cohorts>`,
    );
    // Past month 0 the table holds 55 % to 80 %: 55 % is step 1, 80 % step 5, 75 % step 4; month 0 is step 5.
    expect(steps(el)).to.deep.equal([
      ['cell step-5', 'cell step-5', 'cell step-1'],
      ['cell step-5', 'cell step-4', 'cell none'],
      ['cell step-5', 'cell none', 'cell none'],
    ]);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr:first-child [part~="cell"]')] as HTMLElement[];
    expect(getComputedStyle(cells[0]!).backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(cells[2]!).backgroundColor).to.equal('rgb(0, 255, 0)');
    expect(cells[2]!.textContent!.trim()).to.equal('55%');
  });

  it('shows the differences of a table held between 80 % and 95 %', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts .data=${[{ cohort: '2026-01', size: 100, values: [1, 0.95, 0.9, 0.85, 0.8] }]}></retention-cohorts>`,
    );
    const [row] = steps(el);
    expect(row).to.deep.equal(['cell step-5', 'cell step-5', 'cell step-4', 'cell step-2', 'cell step-1']);
    expect(new Set(row!.slice(1)).size).to.be.at.least(3);
  });

  it('takes the range from the months shown, and revenue above 100 % by the same rule', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts basis="revenue" months="3" .data=${[{ cohort: '2026-01', size: 100, values: [1, 1.2, 1.1, 0.5] }]}></retention-cohorts>`,
    );
    // Month 0 (100 %) is below the range shown (110 % to 120 %): step 1, as a revenue table that only grew.
    expect(steps(el)[0]).to.deep.equal(['cell step-1', 'cell step-5', 'cell step-1']);
    el.months = undefined;
    await el.updateComplete;
    // 1.1 between 0.5 and 1.2: 1 + 4 × 0.6 / 0.7 = 4.43, step 4; month 0: 1 + 4 × 0.5 / 0.7 = 3.86, step 4.
    expect(steps(el)[0]).to.deep.equal(['cell step-4', 'cell step-5', 'cell step-4', 'cell step-1']);
  });

  it('is step 5 when the values past month 0 are all equal or absent, step 0 at exactly 0 %', async () => {
    const equal = await fixture<RetentionCohorts>(
      html`<retention-cohorts .data=${[{ cohort: '2026-01', size: 10, values: [1, 0.9, 0.9] }, { cohort: '2026-02', size: 10, values: [1, 0.9] }]}></retention-cohorts>`,
    );
    expect(steps(equal)).to.deep.equal([
      ['cell step-5', 'cell step-5', 'cell step-5'],
      ['cell step-5', 'cell step-5', 'cell none'],
    ]);
    const alone = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${[{ cohort: '2026-01', size: 10, values: [1] }]}></retention-cohorts>`);
    expect(steps(alone)).to.deep.equal([['cell step-5']]);
    const zero = await fixture<RetentionCohorts>(
      html`<retention-cohorts .data=${[{ cohort: '2026-01', size: 10, values: [1, 0.9, 0.8, 0] }, { cohort: '2026-02', size: 10, values: [1, 0.85] }]}></retention-cohorts>`,
    );
    // Exactly 0 % is step 0 and stays out of the range (80 % to 90 %), which would otherwise flatten the rest.
    expect(steps(zero)).to.deep.equal([
      ['cell step-5', 'cell step-5', 'cell step-1', 'cell step-0'],
      ['cell step-5', 'cell step-3', 'cell none', 'cell none'],
    ]);
  });

  it('cohortStep: 0 at exactly 0, 1 to 5 linear over the range, 5 at or above its top', () => {
    expect(cohortStep(0, 0, 1)).to.equal(0);
    expect(cohortStep(0.8, 0.8, 0.95)).to.equal(1);
    expect(cohortStep(0.85, 0.8, 0.95)).to.equal(2);
    expect(cohortStep(0.875, 0.8, 0.95)).to.equal(3);
    expect(cohortStep(0.9, 0.8, 0.95)).to.equal(4);
    expect(cohortStep(0.95, 0.8, 0.95)).to.equal(5);
    expect(cohortStep(1, 0.8, 0.95)).to.equal(5);
    expect(cohortStep(0.9, 0.9, 0.9), 'all equal').to.equal(5);
    expect(cohortStep(0.9, Infinity, -Infinity), 'no range').to.equal(5);
    expect(cohortStep(1, 1.1, 1.2), 'below the range').to.equal(1);
    expect(cohortStep(1.3, 1.1, 1.5), 'revenue above 100 %').to.equal(3);
  });

  it('limits the columns with months, without recomputing', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${COHORTS}></retention-cohorts>`);
    const log = record(el);
    el.months = 2;
    await el.updateComplete;
    expect(table(el)[0]).to.deep.equal(['Cohort', 'Customers', 'Month 0', 'Month 1']);
    expect(table(el)[1]).to.deep.equal(['Jan 2026', '10', '100%', '80%']);
    expect(log.computed).to.have.length(0);
  });

  it('scrolls inside a narrow container with a sticky header and first column, the scroll box focusable and named', async () => {
    const wide = Array.from({ length: 12 }, (_, i) => ({
      cohort: `2025-${String(i + 1).padStart(2, '0')}`,
      size: 100,
      values: Array.from({ length: 24 - i }, (_, k) => Math.max(0, 1 - k * 0.03)),
    }));
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 320px"><retention-cohorts .data=${wide}></retention-cohorts></div>`);
    const el = wrap.querySelector('retention-cohorts')!;
    await el.updateComplete;
    const scroll = shadow(el, '[part~="scroll"]') as HTMLElement;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(scroll.scrollWidth).to.be.above(scroll.clientWidth);
    expect(scroll.tabIndex).to.equal(0);
    expect(scroll.getAttribute('role')).to.equal('region');
    expect(shadow(el, `#${scroll.getAttribute('aria-labelledby')}`)!.textContent).to.contain('Customer retention');
    const first = shadow(el, 'tbody th') as HTMLElement;
    expect(getComputedStyle(first).position).to.equal('sticky');
    expect(getComputedStyle(shadow(el, 'thead th')!).position).to.equal('sticky');
    const left = first.getBoundingClientRect().left;
    scroll.scrollLeft = 400;
    expect(first.getBoundingClientRect().left).to.equal(left);
    await expect(el).to.be.accessible();
  });

  it('shows revenue sizes as money for basis="revenue", and values above 100 %', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts basis="revenue" currency="EUR" locale="de-DE" .data=${[{ cohort: '2026-01', size: 1200, values: [1, 1.1] }]}></retention-cohorts>`,
    );
    const eur = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const pct = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
    expect(table(el)[0]).to.deep.equal(['Kohorte', 'MRR zu Beginn', 'Monat 0', 'Monat 1']);
    expect(partText(el, 'label')).to.equal('Umsatzbindung nach Anmeldekohorte (Anteil am MRR)');
    expect(table(el)[1]!.slice(1)).to.deep.equal([eur.format(1200), pct.format(1), pct.format(1.1)]);
  });

  it('fetches cohort rows over HTTP and reads a <metrics-source>, the rows in the event', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts src=${json(COHORTS)}></retention-cohorts>`);
    const log = record(el);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    const result = log.computed[0] as RetentionCohortsResult;
    expect(result.basis).to.equal('customers');
    expect(result.input).to.equal('cohorts');
    expect(result.rows.map((r) => r.cohort)).to.deep.equal(['2026-01', '2026-02', '2026-03']);
    const wrap = await fixture(html`<metrics-source src=${json(COHORTS)}><retention-cohorts></retention-cohorts></metrics-source>`);
    const inner = wrap.querySelector('retention-cohorts')!;
    await until(inner, 'ready');
    expect(inner.dataRoute).to.equal('source');
  });

  it('computes cohorts from MRR changes (both bases) and from customers fetched as CSV', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${CHANGES}></retention-cohorts>`);
    const log = record(el);
    expect(table(el)).to.deep.equal([
      ['Cohort', 'Customers', 'Month 0', 'Month 1', 'Month 2'],
      ['Jan 2026', '2', '100%', '50%', '50%'],
      ['Feb 2026', '1', '100%', '100%', ''],
    ]);
    el.basis = 'revenue';
    await el.updateComplete;
    expect(table(el)[1]).to.deep.equal(['Jan 2026', '$200', '100%', '50%', '75%']);
    expect((log.computed[0] as RetentionCohortsResult).input).to.equal('mrr-changes');
    const fromCsv = await fixture<RetentionCohorts>(
      html`<retention-cohorts src=${`/api/csv?${unique()}&body=${encodeURIComponent(CUSTOMERS_CSV)}`}></retention-cohorts>`,
    );
    await until(fromCsv, 'ready');
    expect(table(fromCsv)[1]).to.deep.equal(['Jan 2026', '2', '100%', '50%']);
  });

  it('reports a bad MRR change with row and field', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${[{ customerId: 'a', date: 'soon', mrr: 1 }]}></retention-cohorts>`);
    expect(el.error!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.match(/^Row 0, date: /);
  });

  it('reads the data attribute and a child script', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts data=${JSON.stringify(COHORTS)}></retention-cohorts>`);
    expect(el.dataRoute).to.equal('attribute');
    const scripted = await fixture<RetentionCohorts>(
      html`<retention-cohorts><script type="application/json">${JSON.stringify(COHORTS)}</script></retention-cohorts>`,
    );
    expect(scripted.dataRoute).to.equal('script');
    expect(table(scripted)).to.have.length(4);
  });

  it('is loading while fetching, empty without rows', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts src=${`/api/slow?ms=300&${unique()}&body=${encodeURIComponent(JSON.stringify(COHORTS))}`}></retention-cohorts>`,
    );
    expect(el.state).to.equal('loading');
    expect(partText(el, 'skeleton')).to.equal('Loading cohort retention…');
    await until(el, 'ready');
    const empty = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${[]}></retention-cohorts>`);
    expect(empty.state).to.equal('empty');
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['values that are not an array', [{ cohort: '2026-01', size: 3, values: '1,0.5' }], /^Row 0, values: expected an array of fractions/],
    ['a value in percent', [{ cohort: '2026-01', size: 3, values: [1, 80] }], /^Row 0, values: expected an array of fractions from 0 to 1 .*got 80 at index 1$/],
    ['a cohort that is not a month', [{ cohort: 'Jan', size: 3, values: [1] }], /^Row 0, cohort: expected a month as YYYY-MM/],
    ['a negative size', [{ cohort: '2026-01', size: -3, values: [1] }], /^Row 0, size: /],
  ];
  for (const [name, data, message] of bad) {
    it(`reports ${name} with row and field, keeping the last good table stale`, async () => {
      const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${COHORTS}></retention-cohorts>`);
      const log = record(el);
      el.data = data;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal('validation');
      expect(partText(el, 'error')).to.match(message);
      expect(partText(el, 'stale')).to.contain('Showing the last good value.');
      expect(table(el)[1]![0]).to.equal('Jan 2026');
    });
  }

  it('refuses an unknown basis, and customers with basis="revenue", as config errors', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts basis="logos" .data=${COHORTS}></retention-cohorts>`);
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.equal('basis="logos": expected customers, revenue.');
    el.basis = 'revenue';
    el.data = [{ id: 'a', start: '2026-01-01' }];
    await el.updateComplete;
    expect(el.error!.kind).to.equal('config');
  });

  it('fires nothing for months, theme or locale; once for a basis change', async () => {
    const el = await fixture<RetentionCohorts>(html`<retention-cohorts .data=${COHORTS}></retention-cohorts>`);
    const log = record(el);
    el.theme = 'dark';
    el.locale = 'fr-FR';
    el.months = 1;
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    el.basis = 'revenue';
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
  });

  it('is accessible in theme="dark" on a dark page', async () => {
    // fixtureSync: a wrapper <div> has no updateComplete, and `fixture()` would
    // wait for an animation frame, which the hidden WTR tab never gets.
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div style="background: #0d1117"><retention-cohorts theme="dark" .data=${COHORTS}></retention-cohorts></div>`,
    );
    const el = wrap.querySelector('retention-cohorts')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a cohort month with markup as inert text', async () => {
    const el = await fixture<RetentionCohorts>(
      html`<retention-cohorts .data=${[{ cohort: '<img src=x onerror="window.__cohortXss=1">', size: 1, values: [1] }]}></retention-cohorts>`,
    );
    expect(partText(el, 'error')).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as Record<string, unknown>).__cohortXss).to.equal(undefined);
  });
});
