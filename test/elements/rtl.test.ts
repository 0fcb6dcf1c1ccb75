// The layout in a right-to-left page (a page that adds Arabic or Hebrew with
// setMessages and sets dir="rtl"): the elements lay out with logical
// properties, so the accent borders, sticky headers and text alignment move
// to the right, and no element's style sheet names a physical side.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import '../../src/elements/clv-card.js';
import '../../src/elements/feedback-list.js';
import '../../src/elements/retention-cohorts.js';
import { ClvCard } from '../../src/elements/clv-card.js';
import { ChurnTrend } from '../../src/elements/churn-trend.js';
import { FeedbackList } from '../../src/elements/feedback-list.js';
import { HealthBadge } from '../../src/elements/health-badge.js';
import { MetricCard } from '../../src/elements/metric-card.js';
import { MrrMovements } from '../../src/elements/mrr-movements.js';
import { NpsGauge } from '../../src/elements/nps-gauge.js';
import { RetentionCohorts } from '../../src/elements/retention-cohorts.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

async function inDirection<T extends HTMLElement>(dir: 'ltr' | 'rtl', template: ReturnType<typeof html>, tag: string): Promise<T> {
  const wrapper = fixtureSync(html`<div dir=${dir} style="width: 480px">${template}</div>`);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

const COHORTS = [{ cohort: '2026-01', size: 10, values: [1, 0.8, 0.55] }];
const FEEDBACK = [{ score: 10, comment: 'Bien' }];

describe('dir="rtl"', () => {
  it('<clv-card>: the ratio’s accent border moves to the right', async () => {
    const card = html`<clv-card arpa="100" churn-rate="0.02" cac="100"></clv-card>`;
    const ltr = getComputedStyle(part(await inDirection('ltr', card, 'clv-card'), 'ratio'));
    expect([ltr.borderLeftWidth, ltr.borderRightWidth]).to.deep.equal(['4px', '0px']);
    const rtl = getComputedStyle(part(await inDirection('rtl', card, 'clv-card'), 'ratio'));
    expect([rtl.borderLeftWidth, rtl.borderRightWidth]).to.deep.equal(['0px', '4px']);
  });

  it('<feedback-list>: the category border of each comment is on the right', async () => {
    const el = await inDirection<FeedbackList>('rtl', html`<feedback-list .data=${FEEDBACK}></feedback-list>`, 'feedback-list');
    const item = getComputedStyle(part(el, 'item'));
    expect(item.borderRightWidth).to.equal('4px');
    expect(item.borderLeftWidth).to.equal('1px');
  });

  it('<retention-cohorts>: the cohort column sticks to the right and reads from the right', async () => {
    const el = await inDirection<RetentionCohorts>('rtl', html`<retention-cohorts .data=${COHORTS}></retention-cohorts>`, 'retention-cohorts');
    const cohort = el.shadowRoot!.querySelector('tbody th')!;
    const style = getComputedStyle(cohort);
    expect(style.right).to.equal('0px');
    expect(style.textAlign).to.equal('start');
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr > *')].map((c) => c.getBoundingClientRect().left);
    expect(cells[0]).to.be.greaterThan(cells[cells.length - 1]!, 'the first column is the rightmost');
  });

  it('no element style sheet names a physical side (left/right margins, paddings, borders, insets, alignment)', () => {
    const physical = /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:/;
    const sheets = (styles: CSSResultGroup | undefined): string[] =>
      styles === undefined ? [] : Array.isArray(styles) ? styles.flatMap((s) => sheets(s as CSSResultGroup)) : [String(styles)];
    for (const element of [ClvCard, ChurnTrend, FeedbackList, HealthBadge, MetricCard, MrrMovements, NpsGauge, RetentionCohorts]) {
      for (const text of sheets(element.styles)) {
        const found = text.match(physical);
        expect(found, `${element.name}: "${found?.[0]}"`).to.equal(null);
      }
    }
  });
});
