// The demo report's own script: what a page author writes around the kit.
// Nothing here is needed for the elements themselves (they work from HTML alone);
// it shows the two script-side routes: setting the `data` property with rows the
// page prepared, and listening to the elements' events. No inline script anywhere,
// so the page also runs under a strict Content-Security-Policy.
import { nps } from '/src/engine/index.ts';

const DATA = '/demo/data/';

/** Responses whose date falls inside [from, to] (ISO dates compare as strings). */
const between = (rows, from, to) => rows.filter((r) => r.date >= from && r.date <= to);

/**
 * Q3 NPS by segment: the page fetches the survey once, slices it, and hands each
 * gauge its rows through the `data` property; `previous` is Q2's score, computed
 * with the kit's engine (the same function the gauges use).
 */
async function segmentGauges() {
  const gauges = document.querySelectorAll('nps-gauge[data-segment]');
  if (gauges.length === 0) return;
  const response = await fetch(`${DATA}npsResponses.json`);
  if (!response.ok) throw new Error(`npsResponses.json: HTTP ${response.status}`);
  const rows = await response.json();
  for (const gauge of gauges) {
    const segment = gauge.dataset.segment;
    const ofSegment = rows.filter((r) => r.segment === segment);
    const q2 = nps(between(ofSegment, '2026-04-01', '2026-06-30')).score;
    if (q2 !== null) gauge.previous = Math.round(q2 * 10) / 10;
    gauge.data = between(ofSegment, '2026-07-01', '2026-09-30');
  }
}

/**
 * NPS by segment over time: one survey fetch, each `<metric-card metric="nps">`
 * handed its segment's responses; the card draws them month by month.
 */
async function segmentTrends() {
  const cards = document.querySelectorAll('metric-card[data-nps-segment]');
  if (cards.length === 0) return;
  const response = await fetch(`${DATA}npsResponses.json`);
  if (!response.ok) throw new Error(`npsResponses.json: HTTP ${response.status}`);
  const rows = await response.json();
  for (const card of cards) card.data = rows.filter((r) => r.segment === card.dataset.npsSegment);
}

/**
 * Time to value needs two datasets (the customers and their usage events): the
 * page fetches both and hands the card one `{ customers, events }` object.
 */
async function timeToValueCard() {
  const card = document.querySelector('metric-card[data-time-to-value]');
  if (!card) return;
  const load = async (name) => {
    const response = await fetch(`${DATA}${name}.json`);
    if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
    return response.json();
  };
  const [customers, events] = await Promise.all([load('customers'), load('usageEvents')]);
  card.data = { customers, events };
}

/** Fills the headline figures from the elements' `metric-computed` events. */
function headline() {
  const slots = new Map([...document.querySelectorAll('[data-headline]')].map((el) => [el.dataset.headline, el]));
  const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const monthName = (month) =>
    new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const show = (key, text) => {
    const el = slots.get(key);
    if (el) el.textContent = text; // always text, never HTML
  };
  document.addEventListener('metric-computed', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLElement) || !el.hasAttribute('data-headline-source')) return;
    const result = event.detail;
    const key = el.getAttribute('data-headline-source');
    if (key === 'nps' && typeof result?.score === 'number') {
      show('nps', String(Math.round(result.score)));
    } else if (key === 'churn' && Array.isArray(result?.rows)) {
      // `<churn-trend>`'s detail: `{ kind, input, rows }`, one row a month with its `rate`.
      const last = [...result.rows].reverse().find((row) => typeof row?.rate === 'number');
      if (last) show('churn', `${percent.format(last.rate)} in ${monthName(last.month)}`);
    } else if (key === 'clv' && typeof result?.value === 'number') {
      show('clv', money.format(result.value));
    }
  });
}

headline();
segmentTrends().catch((error) => {
  console.warn('NPS trends by segment:', error);
});
timeToValueCard().catch((error) => {
  console.warn('Time to value:', error);
});
segmentGauges().catch((error) => {
  // The gauges stay in their empty state; say why in the console for the page author.
  console.warn('Segment gauges:', error);
});

/**
 * The language switcher: the elements take their words, numbers and months
 * from the closest `lang` (an element's own `locale` wins, as in the EMEA
 * section). Changing `lang` is seen at an element's next update, so the page
 * asks each for one.
 */
function languageSwitcher() {
  const select = document.getElementById('language');
  if (!select) return;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    for (const el of document.querySelectorAll('[state]')) el.requestUpdate?.();
  });
}
languageSwitcher();
