/**
 * `<feedback-list>`: what customers wrote in their survey answers, newest
 * first, with each answer's score, category, date and segment, filters by
 * category and a "show more" button. Comments are always rendered as text.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  FEEDBACK_CATEGORIES,
  feedbackAdapter,
  type FeedbackCategory,
  type FeedbackItem,
  type FeedbackResult,
} from '../adapters/feedback-list.js';
import { customElement } from '../base/define.js';
import { wholeAtLeast, property } from '../base/options.js';
import { MetricElement } from '../base/metric-element.js';
import { dateFormat } from '../format.js';
import { addEnglish } from '../i18n/catalog.js';
import { feedbackLoaders } from '../i18n/loaders/feedback.js';
import { feedback } from '../i18n/en/feedback.js';
import { parseDate } from '../engine/time.js';
import { feedbackListStyles } from './feedback-list.styles.js';

export { FEEDBACK_CATEGORIES, type FeedbackCategory, type FeedbackItem, type FeedbackResult } from '../adapters/feedback-list.js';

/** Values of the filter: every comment, or one category. */
export type FeedbackFilter = 'all' | FeedbackCategory;

addEnglish(feedback, feedbackLoaders);

/** The message key of each filter's name. */
const FILTER_NAMES = {
  all: 'feedback.all',
  promoter: 'feedback.promoters',
  passive: 'feedback.passives',
  detractor: 'feedback.detractors',
} as const satisfies Record<FeedbackFilter, string>;

const DEFAULT_LIMIT = 20;

/**
 * Survey comments, newest first (undated ones last). Each comment
 * (`part="item"`) shows the text, the score, its category in words
 * (promoter 9–10, passive 7–8, detractor 0–6), the date and the segment.
 * Filter buttons (`<button aria-pressed>`) show one category, with its count.
 * `limit` comments are shown at first (default 20); "Show more" adds as many
 * again. Responses without a comment (or with only spaces) are skipped.
 *
 * **Input**, by any data route: `SurveyResponse` rows (`{ score, date?,
 * comment?, segment?, customerId? }`), checked as the engine checks them
 * (scores integers 0–10). Comments are always text, never HTML.
 *
 * @summary Survey comments, newest first, with score, category, date and segment; filters by category.
 *
 * @slot - A `<script type="application/json">` child with the rows; nothing is displayed from the slot.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart filters - The group of filter buttons.
 * @csspart filter - Each filter, a `<button aria-pressed>` (also `filter-all`, `filter-promoter`, …).
 * @csspart list - The list of comments.
 * @csspart item - Each comment (also its category: `promoter`, `passive` or `detractor`).
 * @csspart comment - The comment's text.
 * @csspart meta - The line under it: score, category, date, segment.
 * @csspart score - The score.
 * @csspart count - "Showing 20 of 312 comments".
 * @csspart more - The "Show more" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No comments yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --feedback-list-promoter-color - The edge of a promoter's comment (default `--csm-positive`).
 * @cssprop --feedback-list-passive-color - The edge of a passive's comment (default `--csm-warning`).
 * @cssprop --feedback-list-detractor-color - The edge of a detractor's comment (default `--csm-negative`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-surface - Background of the comments.
 * @cssprop --csm-border - Borders.
 * @cssprop --csm-accent - Focus rings.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is `{ responses, items, counts }`, the comments newest first. Not fired for filters, "show more", `limit`, `theme` or `locale` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('feedback-list')
export class FeedbackList extends MetricElement<FeedbackResult> {
  static override styles = feedbackListStyles;

  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'limit',
  ]);

  /** How many comments to show at first, and how many more each "Show more" adds (a whole number ≥ 1; default 20). */
  @property({ type: Number, check: wholeAtLeast(1, 'a whole number ≥ 1') }) limit = DEFAULT_LIMIT;

  @state() private filter: FeedbackFilter = 'all';
  @state() private shown = 0;

  /** The category shown (`all` by default): set by the filter buttons. */
  get category(): FeedbackFilter {
    return this.filter;
  }

  protected override get label(): string {
    return this.i18n.t('feedback.name');
  }

  protected override get emptyText(): string {
    return this.result ? this.i18n.t('feedback.empty') : super.emptyText;
  }

  protected override get adapter() {
    return feedbackAdapter;
  }

  private get step(): number {
    const limit = this.limit;
    return Number.isInteger(limit) && limit >= 1 ? limit : DEFAULT_LIMIT;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.result;
    super.willUpdate(changed);
    if (this.result !== before || changed.has('limit')) this.shown = this.step;
  }

  private choose(filter: FeedbackFilter): void {
    this.filter = filter;
    this.shown = this.step;
  }

  private async more(): Promise<void> {
    const first = this.shown;
    this.shown += this.step;
    await this.updateComplete;
    // Keep the reader's place: focus the first comment just added.
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[first]?.focus();
  }

  protected override renderValue(result: FeedbackResult): TemplateResult {
    const filter = this.filter;
    const all = filter === 'all' ? result.items : result.items.filter((item) => item.category === filter);
    const visible = all.slice(0, Math.max(this.shown, 1));
    const intl = this.intl;
    const total = result.items.length;
    const count = (f: FeedbackFilter) => (f === 'all' ? total : result.counts[f]);
    const { t } = this.i18n;
    return html`<div part="filters" role="group" aria-label=${t('feedback.filters')}>
        ${(['all', ...FEEDBACK_CATEGORIES] as const).map(
          (f) => html`<button
            type="button"
            part="filter filter-${f}"
            aria-pressed=${filter === f ? 'true' : 'false'}
            @click=${() => this.choose(f)}
          >
            ${t('feedback.filter', { name: t(FILTER_NAMES[f]), number: intl.number(count(f), 0) })}
          </button>`,
        )}
      </div>
      ${visible.length === 0
        ? html`<p part="count">${t(`feedback.none.${filter}`)}</p>`
        : html`<ul part="list">
            ${visible.map((item) => this.renderItem(item))}
          </ul>`}
      ${visible.length > 0
        ? html`<p part="count" aria-live="polite">
            ${t('feedback.showing', { shown: intl.number(visible.length, 0), count: all.length })}
          </p>`
        : nothing}
      ${visible.length < all.length
        ? html`<button type="button" part="more" @click=${() => void this.more()}>${t('feedback.more')}</button>`
        : nothing}`;
  }

  private renderItem(item: FeedbackItem): TemplateResult {
    const date = item.date === null ? '' : this.formatDate(item.date);
    return html`<li part="item ${item.category}" class=${item.category} tabindex="-1">
      <p part="comment">${item.comment}</p>
      <p part="meta">
        <span part="score">${this.intl.number(item.score, 0)}</span> · ${this.i18n.t(`feedback.${item.category}`)}${date
          ? html` · <time datetime=${item.date ?? ''}>${date}</time>`
          : nothing}${item.segment !== null ? html` · ${item.segment}` : nothing}
      </p>
    </li>`;
  }

  private formatDate(date: string): string {
    const time = parseDate(date);
    if (Number.isNaN(time)) return date;
    return dateFormat(this.intl.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feedback-list': FeedbackList;
  }
}
