// What a page fetches for its words, in its own page: an English page no
// language chunk at all; a German <nps-gauge> the shared German words and the
// gauge's, and the error sentences only once it shows an error.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';
import type { NpsGauge } from '../../src/elements/nps-gauge.js';

const chunks = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/src\/i18n\/locales\/([a-z]{2}-\w+)\./.exec(e.name)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();

describe('language chunks a page fetches', () => {
  it('English: none', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge locale="en-GB" promoters="4" passives="4" detractors="2"></nps-gauge>`);
    expect(el.shadowRoot!.textContent).to.contain('10 responses');
    expect(chunks()).to.deep.equal([]);
  });

  it("German: the shared words and the gauge's; the error sentences on the first error", async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge locale="de-AT" promoters="4" passives="4" detractors="2"></nps-gauge>`);
    expect(el.shadowRoot!.textContent).to.contain('10 Antworten');
    expect(chunks()).to.deep.equal(['de-common', 'de-nps']);
    el.passives = -1;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(chunks()).to.deep.equal(['de-common', 'de-errors', 'de-nps']);
    const error = el.shadowRoot!.querySelector('[part=error]')!.textContent!;
    expect(error).to.match(/„passives“/);
    expect(error).to.not.match(/expected|count/);
  });
});
