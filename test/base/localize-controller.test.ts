// The localisation controller in real Chromium: the locale from `locale`,
// else the closest `lang`; a language's chunk fetched only when asked for,
// then the element drawn again; `setMessages` redraws the elements showing
// that language.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';

// No requestAnimationFrame here: WTR runs two pages at once and one is a
// hidden tab, where frames never come. A wrapper <div> has no updateComplete,
// so `fixture()` would wait for a frame: wrappers use `fixtureSync`.
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../src/base/define.js';
import { addEnglish, setMessages } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/en.js';
import { nps } from '../../src/i18n/en/nps.js';
import { npsLoaders } from '../../src/i18n/loaders/nps.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';

// As an element module does where it is defined: its English and its chunks' loaders.
addEnglish(nps, npsLoaders);

@customElement('i18n-probe')
class I18nProbe extends LitElement {
  @property() locale: string | undefined = undefined;
  @property({ type: Number }) count = 2;
  readonly i18n = new LocalizeController(this);
  renders = 0;

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.i18n.ready;
    return this.isUpdatePending ? this.getUpdateComplete() : complete;
  }

  protected override render() {
    this.renders++;
    const t = this.i18n.t;
    return html`<p>${t('state.empty')}</p>
      <p>${t('nps.responses', { count: this.count })}</p>
      <p>${this.i18n.error({ kind: 'validation', message: 'Row 3, score: expected a number (and 1 more)', issues: [{ row: 3, field: 'score', message: 'expected a number' }, { row: 4, field: 'score', message: 'expected a number' }] })}</p>`;
  }
}

const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
const fetched = (language: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/i18n/locales/${language}-`));

describe('LocalizeController', () => {
  it('an English page downloads no other language', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe locale="en-GB"></i18n-probe>`);
    expect(texts(el)).to.deep.equal(['No data yet.', '2 responses', 'Row 3, score: expected a number (and 1 more)']);
    await settle();
    for (const language of ['de', 'fr', 'es', 'ja']) expect(fetched(language), language).to.equal(false);
  });

  it('takes the closest lang, falls back de-AT → de, and draws again when German arrives', async () => {
    const wrapper = fixtureSync(html`<div lang="de-AT"><i18n-probe></i18n-probe></div>`);
    const el = wrapper.querySelector<I18nProbe>('i18n-probe')!;
    await el.updateComplete;
    expect(fetched('de')).to.equal(true);
    expect(fetched('fr')).to.equal(false);
    // Only the tables of what the page shows: the shared words, the error sentences (the probe shows one), its nps words.
    const german = performance.getEntriesByType('resource').filter((e) => e.name.includes('/src/i18n/locales/de-'));
    expect(german.map((e) => e.name.replace(/^.*\/de-(\w+)\..*$/, '$1')).sort()).to.deep.equal(['common', 'errors', 'nps']);
    expect(texts(el)).to.deep.equal([
      'Noch keine Daten.',
      '2 Antworten',
      'Ungültiger Wert in Zeile 3, Feld „score“ (und ein weiterer).',
    ]);
    expect(el.i18n.locale).to.equal('de-AT');
  });

  it('the locale attribute wins over lang; Japanese has one plural form', async () => {
    const wrapper = fixtureSync(html`<div lang="de"><i18n-probe locale="ja" count="1"></i18n-probe></div>`);
    const el = wrapper.querySelector<I18nProbe>('i18n-probe')!;
    await el.updateComplete;
    expect(texts(el).slice(0, 2)).to.deep.equal(['まだデータがありません。', '回答1件']);
    el.locale = 'fr';
    await el.updateComplete;
    expect(texts(el).slice(0, 2)).to.deep.equal(['Pas encore de données.', '1 réponse']);
  });

  it('setMessages redraws the elements showing that language, and only those', async () => {
    const wrapper = fixtureSync(html`<div>
      <i18n-probe locale="en"></i18n-probe><i18n-probe locale="es"></i18n-probe>
    </div>`);
    const [english, spanish] = [...wrapper.querySelectorAll<I18nProbe>('i18n-probe')] as [I18nProbe, I18nProbe];
    await Promise.all([english.updateComplete, spanish.updateComplete]);
    const before = spanish.renders;
    setMessages('en', { 'state.empty': 'Nothing here yet.' });
    try {
      await english.updateComplete;
      expect(texts(english)[0]).to.equal('Nothing here yet.');
      // Spanish falls back to English, so it draws again too, and keeps its own word.
      await spanish.updateComplete;
      expect(spanish.renders).to.be.greaterThan(before);
      expect(texts(spanish)[0]).to.equal('Aún no hay datos.');
      const afterEnglish = spanish.renders;
      setMessages('de', { 'state.empty': 'Leer.' });
      await settle();
      expect(spanish.renders).to.equal(afterEnglish);
    } finally {
      setMessages('en', { 'state.empty': en['state.empty'] });
    }
  });

  it('a page-added language works before any element of it exists', async () => {
    setMessages('pt', { 'nps.responses': { one: '{count} resposta', other: '{count} respostas' } });
    const el = await fixture<I18nProbe>(html`<i18n-probe locale="pt-BR" count="1"></i18n-probe>`);
    expect(texts(el).slice(0, 2)).to.deep.equal(['No data yet.', '1 resposta']);
  });
});
