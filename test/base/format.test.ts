import { expect, fixtureSync, html } from '@open-wc/testing';
import { customElement, defineOnce } from '../../src/base/define.js';
import {
  formatChange,
  formatCurrency,
  formatMonth,
  formatNumber,
  formatPercent,
  numberFormat,
  resolveLocale,
} from '../../src/format.js';

describe('format', () => {
  it('formats numbers, rates, money, changes and months through Intl', () => {
    expect(formatNumber(1234.56, 'en-US')).to.equal('1,234.6');
    expect(formatNumber(1234.56, 'de-DE')).to.equal('1.234,6');
    expect(formatNumber(null, 'en-US')).to.equal('—');
    expect(formatPercent(0.064, 'en-US')).to.equal('6.4%');
    expect(formatPercent(0.04, 'fr-FR')).to.equal('4\u00a0%');
    expect(formatCurrency(3600, 'en-US')).to.equal('$3,600');
    expect(formatCurrency(49.5, 'en-US', 'eur')).to.equal('€49.50');
    expect(formatCurrency(3600, 'en-US', 'NOT-A-CURRENCY')).to.equal('3,600');
    expect(formatChange(3.25, 'en-US')).to.equal('+3.3');
    expect(formatChange(-0.012, 'en-US', 'percent')).to.equal('-1.2%');
    expect(formatChange(0, 'en-US')).to.equal('0');
    expect(formatMonth('2026-03', 'en-US')).to.equal('Mar 2026');
    expect(formatMonth('2026-03', 'de-DE', 'long')).to.equal('März 2026');
    expect(formatMonth('Q1', 'en-US')).to.equal('Q1');
  });

  it('caches formatters', () => {
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).to.equal(numberFormat('en-US', { maximumFractionDigits: 1 }));
  });

  it('resolves the locale: attribute, closest lang (across shadow roots), document, browser', async () => {
    const outer = fixtureSync<HTMLDivElement>(html`<div lang="fr-CA"><span><b></b></span></div>`);
    const b = outer.querySelector('b')!;
    expect(resolveLocale(b, 'de')).to.equal('de');
    expect(resolveLocale(b)).to.equal('fr-CA');
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<i></i>';
    expect(resolveLocale(root.querySelector('i'))).to.equal('fr-CA');
    const bare = document.createElement('i');
    const before = document.documentElement.lang;
    document.documentElement.lang = 'nl';
    try {
      expect(resolveLocale(bare)).to.equal('nl');
    } finally {
      document.documentElement.lang = before;
    }
    expect(resolveLocale(bare)).to.equal(before || navigator.language);
    expect(resolveLocale(bare, 'not a locale!!')).to.equal(navigator.language);
  });
});

describe('customElement (guarded)', () => {
  it('defines a tag once and ignores later definitions instead of throwing', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    customElement('csm-guard-test')(A);
    expect(() => customElement('csm-guard-test')(B)).to.not.throw();
    expect(customElements.get('csm-guard-test')).to.equal(A);
    expect(defineOnce('csm-guard-test', B)).to.equal(A);
  });
});
