import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/feedback-list.js';
import '../../src/elements/metrics-source.js';
import type { FeedbackList, FeedbackResult } from '../../src/elements/feedback-list.js';
import { partText, record, unique } from '../base/test-metric.js';

const XSS = '<img src=x onerror="window.__feedbackXss=1">';
const RESPONSES = [
  { score: 10, date: '2026-03-01', comment: 'Love it', segment: 'SMB' },
  { score: 3, date: '2026-03-05', comment: '  Too slow  ', segment: 'Enterprise' },
  { score: 8, date: '2026-02-10', comment: '', segment: 'SMB' },
  { score: 7, date: '2026-02-11', comment: XSS },
  { score: 9 },
  6,
  { score: 0, comment: 'No date' },
];
const CSV = 'score,date,comment,segment\n10,2026-03-01,Love it,SMB\n3,2026-03-05,"Too slow, really",Enterprise\n8,2026-02-10,,SMB\n';

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: FeedbackList, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const comments = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"] [part="comment"]')].map((c) => c.textContent!.trim());
const filter = (el: Element, name: string) => shadow(el, `[part~="filter-${name}"]`) as HTMLButtonElement;

describe('<feedback-list>', () => {
  it('is accessible, and lists comments newest first with score, category, date and segment', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${RESPONSES}></feedback-list>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(comments(el)).to.deep.equal(['Too slow', 'Love it', XSS, 'No date']);
    const first = shadow(el, '[part~="item"]')!;
    expect(first.getAttribute('part')).to.equal('item detractor');
    expect(first.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('3 · detractor · Mar 5, 2026 · Enterprise');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-05');
  });

  it('renders a comment with markup as inert text', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${RESPONSES}></feedback-list>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(comments(el)).to.include(XSS);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as Record<string, unknown>).__feedbackXss).to.equal(undefined);
  });

  it('filters by category with aria-pressed buttons and counts, without recomputing', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${RESPONSES}></feedback-list>`);
    const log = record(el);
    expect([...el.shadowRoot!.querySelectorAll('[part~="filter"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All (4)',
      'Promoters (1)',
      'Passives (1)',
      'Detractors (2)',
    ]);
    expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('true');
    filter(el, 'detractor').click();
    await el.updateComplete;
    expect(filter(el, 'detractor').getAttribute('aria-pressed')).to.equal('true');
    expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('false');
    expect(comments(el)).to.deep.equal(['Too slow', 'No date']);
    expect(el.category).to.equal('detractor');
    expect(log.computed).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows `limit` comments and more on "Show more", then no button', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ score: 9, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, comment: `c${i}` }));
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${many}></feedback-list>`);
    expect(comments(el)).to.have.length(20);
    expect(partText(el, 'count')).to.equal('Showing 20 of 45 comments');
    (shadow(el, '[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(comments(el)).to.have.length(40);
    expect(el.shadowRoot!.activeElement, 'focus moves to the first new comment').to.equal(el.shadowRoot!.querySelectorAll('[part~="item"]')[20]);
    (shadow(el, '[part="more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(comments(el)).to.have.length(45);
    expect(shadow(el, '[part="more"]')).to.equal(null);
    el.limit = 5;
    await el.updateComplete;
    expect(comments(el)).to.have.length(5);
  });

  it('fetches responses as JSON and CSV over HTTP, and reads a <metrics-source>', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list src=${json(RESPONSES)}></feedback-list>`);
    const log = record(el);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    const result = log.computed[0] as FeedbackResult;
    expect(result.responses).to.equal(7);
    expect(result.counts).to.deep.equal({ promoter: 1, passive: 1, detractor: 2 });
    const fromCsv = await fixture<FeedbackList>(html`<feedback-list src=${csv(CSV)}></feedback-list>`);
    await until(fromCsv, 'ready');
    expect(comments(fromCsv)).to.deep.equal(['Too slow, really', 'Love it']);
    const wrap = await fixture(html`<metrics-source src=${json(RESPONSES)}><feedback-list></feedback-list></metrics-source>`);
    const inner = wrap.querySelector('feedback-list')!;
    await until(inner, 'ready');
    expect(inner.dataRoute).to.equal('source');
  });

  it('reads the data attribute and a child script', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list data=${JSON.stringify(RESPONSES)}></feedback-list>`);
    expect(el.dataRoute).to.equal('attribute');
    const scripted = await fixture<FeedbackList>(
      html`<feedback-list><script type="application/json">[{"score":9,"comment":"Hi"}]</script></feedback-list>`,
    );
    expect(scripted.dataRoute).to.equal('script');
    expect(comments(scripted)).to.deep.equal(['Hi']);
  });

  it('is loading while fetching; empty with no rows and with no comments', async () => {
    const el = await fixture<FeedbackList>(
      html`<feedback-list src=${`/api/slow?ms=300&${unique()}&body=${encodeURIComponent(JSON.stringify(RESPONSES))}`}></feedback-list>`,
    );
    expect(el.state).to.equal('loading');
    expect(partText(el, 'skeleton')).to.equal('Loading comments…');
    await until(el, 'ready');
    const none = await fixture<FeedbackList>(html`<feedback-list .data=${[9, 10, { score: 3, comment: ' ' }]}></feedback-list>`);
    expect(none.state).to.equal('empty');
    expect(partText(none, 'empty')).to.equal('No comments yet.');
    await expect(none).to.be.accessible();
  });

  it('reports a bad score with row and field, keeping the last good list stale', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${RESPONSES}></feedback-list>`);
    const log = record(el);
    el.data = [{ score: 9, comment: 'ok' }, { score: 11, comment: 'eleven' }];
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(log.errors[0]!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.match(/^Row 1, score: expected an integer from 0 to 10, got 11$/);
    expect(partText(el, 'stale')).to.contain('Showing the last good value.');
    expect(comments(el)[0]).to.equal('Too slow');
  });

  it('fires once per computation, nothing for filters, limit, theme or locale', async () => {
    const el = await fixture<FeedbackList>(html`<feedback-list .data=${RESPONSES}></feedback-list>`);
    const log = record(el);
    el.theme = 'dark';
    el.locale = 'de-DE';
    el.limit = 2;
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    expect(shadow(el, 'time')!.textContent).to.equal(
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 5)),
    );
    el.data = [...RESPONSES];
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
  });
});
