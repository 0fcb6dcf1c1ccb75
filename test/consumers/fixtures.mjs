// Shared with scripts/check-csp.mjs (survey, changes). What each element gets on a consumer page (scripts/test-consumers.mjs): small
// inputs written as plain HTML, the way the README shows them. A tag the
// package ships without an entry here fails the run: add one.
// The MRR changes are the ones the framework apps pass as a property.
import { changes } from './frameworks/data.js';

export { changes };
export const survey = [10, 9, 9, 7, 8, 3, 0, 10, { score: 6, date: '2026-03-01' }];
const attr = (v) => JSON.stringify(v).replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/** Small data files the server answers besides the big ones. */
export const smallData = {
  '/data/survey.json': JSON.stringify(survey),
  '/data/changes.json': JSON.stringify(changes),
};

/** tag → HTML that must reach `ready` once the tag is defined. */
export const fixtures = {
  'nps-gauge': `<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>
<nps-gauge src="/data/survey.json"></nps-gauge>`,
  'clv-card': `<clv-card arpa="120" churn-rate="0.02" currency="USD"></clv-card>`,
  'health-badge': `<health-badge score="82" customer-name="Acme Corp"></health-badge>`,
  'churn-trend': `<churn-trend data='${attr(changes)}'></churn-trend>
<churn-trend src="/data/changes.json" kind="gross-revenue"></churn-trend>`,
  'metrics-source': `<metrics-source src="/data/survey.json"></metrics-source>`,
  'metric-card': `<metric-card metric="mrr" data='${attr(changes)}'></metric-card>
<metric-card metric="nps" src="/data/survey.json"></metric-card>
<metric-card metric="arr-per-csm" arr="9800000" csms="6.5"></metric-card>`,
  'mrr-movements': `<mrr-movements src="/data/changes.json"></mrr-movements>`,
  'retention-cohorts': `<retention-cohorts data='${attr(changes)}'></retention-cohorts>`,
  'feedback-list': `<feedback-list data='${attr([{ score: 10, date: '2026-03-02', comment: 'Great support', segment: 'SMB' }, { score: 4, date: '2026-03-05', comment: 'Slow reports' }])}'></feedback-list>`,
};

/** Pages that import <nps-gauge> also compute these bodies, above the Worker threshold, in the Worker. */
export const bigFixtures = `<nps-gauge id="big-json" src="/data/big-survey.json"></nps-gauge>
<nps-gauge id="big-csv" src="/data/big-survey.csv"></nps-gauge>`;
