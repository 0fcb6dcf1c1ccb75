// A test-only metric element on the base: NPS from the engine, the score as
// text, and the first comment of the rows (to prove data text stays text).
import { html } from 'lit';
import { customElement } from '../../src/base/define.js';
import { MetricElement } from '../../src/base/metric-element.js';
import { nps, npsFromCounts, type NpsResult, type SurveyInput } from '../../src/engine/index.js';
import { property } from '../../src/base/options.js';

export type TestResult = NpsResult & { comment: string | undefined };

@customElement('test-metric')
export class TestMetric extends MetricElement<TestResult> {
  static override presentationProperties = new Set<PropertyKey>([...MetricElement.presentationProperties, 'target']);

  /** Aggregated counts (route 5). */
  @property({ type: Number }) promoters: number | undefined = undefined;
  @property({ type: Number }) passives: number | undefined = undefined;
  @property({ type: Number }) detractors: number | undefined = undefined;
  /** Presentation only. */
  @property({ type: Number }) target: number | undefined = undefined;

  /** How many times compute() ran. */
  computeCount = 0;

  protected override compute(input: unknown): TestResult | Promise<TestResult> {
    this.computeCount++;
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      const o = input as { promoters: number; passives: number; detractors: number };
      return { ...npsFromCounts(o.promoters, o.passives, o.detractors), comment: undefined };
    }
    const result = nps(input as SurveyInput);
    const first = (input as Array<{ comment?: string } | number>).find((r) => typeof r === 'object' && r.comment);
    return { ...result, comment: typeof first === 'object' ? first.comment : undefined };
  }

  protected override aggregated(): unknown {
    if (this.promoters === undefined && this.passives === undefined && this.detractors === undefined) return undefined;
    return { promoters: this.promoters ?? 0, passives: this.passives ?? 0, detractors: this.detractors ?? 0 };
  }

  protected override isEmpty(result: TestResult): boolean {
    return result.total === 0;
  }

  protected override get label(): string {
    return 'NPS';
  }

  protected override renderValue(result: TestResult) {
    return html`<span part="value">${this.intl.number(result.score)}</span>${result.comment
        ? html`<q part="comment">${result.comment}</q>`
        : ''}${this.target !== undefined ? html`<span part="target">${this.intl.number(this.target)}</span>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-metric': TestMetric;
  }
}

/** The text of a part in the element's shadow root ('' when absent). */
export function partText(el: Element, part: string): string {
  return el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';
}

/** Collects the metric events an element fires. */
export function record(el: EventTarget): { computed: unknown[]; errors: Array<{ kind: string; message: string; issues: readonly unknown[] }> } {
  const log = { computed: [] as unknown[], errors: [] as Array<{ kind: string; message: string; issues: readonly unknown[] }> };
  el.addEventListener('metric-computed', (e) => log.computed.push((e as CustomEvent).detail));
  el.addEventListener('metric-error', (e) => log.errors.push((e as CustomEvent).detail));
  return log;
}

/** The hit counts of the test API, by path + query. */
export async function hits(): Promise<Record<string, number>> {
  const res = await fetch('/api/hits');
  return (await res.json()) as Record<string, number>;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let n = 0;
/** A query parameter making each test's URLs unique in the hit counts. */
export const unique = () => `u=${Date.now()}-${++n}`;

/**
 * Makes `document.visibilityState` read `visible` until the returned function
 * runs. WTR runs two test pages at once and one of them is a hidden tab,
 * where `refresh` rightly pauses.
 */
export function forceVisible(): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  return () => {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  };
}
