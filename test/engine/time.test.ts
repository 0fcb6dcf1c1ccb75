import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isIsoDate, isMonth, monthKey, monthOfTime, monthStart, parseDate, parseMonth } from '../../src/engine/time.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Instants from year 1000 to 9999 (four-digit years, as the parser reads them). */
const instant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
/** The same, a day inside that range, so a ±14 h offset keeps a four-digit year. */
const innerInstant = fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) });

describe('parseDate', () => {
  it('reads a date as UTC midnight and a timestamp with its zone', () => {
    assert.equal(parseDate('2026-03-14'), Date.UTC(2026, 2, 14));
    assert.equal(parseDate('2026-03-14T09:30:00Z'), Date.UTC(2026, 2, 14, 9, 30));
    assert.equal(parseDate('2026-03-14T09:30:00.250Z'), Date.UTC(2026, 2, 14, 9, 30, 0, 250));
    assert.equal(parseDate('2026-03-14T09:30+02:00'), Date.UTC(2026, 2, 14, 7, 30));
    assert.equal(parseDate('2026-03-14T09:30:00-0530'), Date.UTC(2026, 2, 14, 15, 0));
    assert.equal(parseDate('2026-03-14T09:30:00+01'), Date.UTC(2026, 2, 14, 8, 30));
    assert.equal(parseDate('2026-03-14 09:30'), Date.UTC(2026, 2, 14, 9, 30));
  });

  it('reads a timestamp without a zone as UTC, whatever the machine zone', () => {
    assert.equal(parseDate('2026-03-14T23:30:00'), Date.UTC(2026, 2, 14, 23, 30));
    // Near a month end this decides which month a row belongs to.
    assert.equal(monthKey(monthOfTime(parseDate('2026-03-31T23:30:00'))), '2026-03');
    assert.equal(monthKey(monthOfTime(parseDate('2026-03-31T23:30:00-02:00'))), '2026-04');
  });

  it('accepts leap days only in leap years', () => {
    assert.equal(parseDate('2024-02-29'), Date.UTC(2024, 1, 29));
    assert.equal(parseDate('2000-02-29'), Date.UTC(2000, 1, 29));
    assert.ok(Number.isNaN(parseDate('2026-02-29')));
    assert.ok(Number.isNaN(parseDate('1900-02-29')));
    assert.ok(Number.isNaN(parseDate('2100-02-29T00:00:00Z')));
  });

  it('rejects impossible and malformed dates with NaN', () => {
    for (const bad of [
      '2026-02-30',
      '2026-04-31',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '2026-01-32',
      '2026-3-14',
      '2026/03/14',
      '20260314',
      '2026-03-14T24:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-04-31T10:00:00.000Z',
      '2026-01-01T00:00:0aZ',
      '2026-01-01T00:00:00.1aZ',
      '2026-01-01T00:00:00+0Z',
      '2026-01-01X00:00:00Z',
      '2026-03-14T09:60:00Z',
      '2026-03-14T09:30:60Z',
      '2026-03-14T09:30:00+24:00',
      '2026-03-14T09:30:00+02:60',
      '2026-03-14T',
      '2026-03-14Tfoo',
      '2026-03',
      ' 2026-03-14',
      '2026-03-14 ',
      'March 14, 2026',
      '',
      'abcd-ef-gh',
      // A non-digit in the year with a real month and day (once accepted by isIsoDate, refused by parseDate).
      '2/26-10-01',
      '+999-12-31',
      '20t6-03-14',
      '999Z-02-28',
    ]) {
      assert.ok(Number.isNaN(parseDate(bad)), bad);
      assert.equal(isIsoDate(bad), false, bad);
    }
    assert.equal(isIsoDate(20260314), false);
    assert.equal(isIsoDate(null), false);
  });

  it('property: equals Date.parse on valid …Z timestamps', () => {
    fc.assert(
      fc.property(instant, fc.boolean(), (ms, withMs) => {
        const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
        const text = withMs ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
        assert.equal(parseDate(text), Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: equals Date.parse on valid dates, and on timestamps with an offset', () => {
    fc.assert(
      fc.property(innerInstant, fc.integer({ min: -14 * 60, max: 14 * 60 }), (ms, offsetMin) => {
        const day = new Date(ms).toISOString().slice(0, 10);
        assert.equal(parseDate(day), Date.parse(day));
        const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const text = `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
        assert.equal(parseDate(text), Date.parse(text), text);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a day past the end of its month is rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        assert.equal(parseDate(`${y}-${pad(m)}-${pad(last)}`), Date.UTC(y, m - 1, last));
        if (last < 31) assert.ok(Number.isNaN(parseDate(`${y}-${pad(m)}-${pad(last + 1)}`)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('months', () => {
  it('monthOfTime gives year × 12 + month − 1 in UTC', () => {
    assert.equal(monthOfTime(Date.UTC(2026, 2, 14)), 2026 * 12 + 2);
    assert.equal(monthOfTime(Date.UTC(2026, 0, 1)), 2026 * 12);
    assert.equal(monthOfTime(Date.UTC(2025, 11, 31, 23, 59, 59, 999)), 2025 * 12 + 11);
    assert.equal(monthOfTime(0), 1970 * 12);
    assert.equal(monthOfTime(-1), 1969 * 12 + 11);
  });

  it('property: monthOfTime matches getUTCFullYear/getUTCMonth over a wide range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8_640_000_000_000_000 / 2, max: 8_640_000_000_000_000 / 2 }), (ms) => {
        const d = new Date(ms);
        assert.equal(monthOfTime(ms), d.getUTCFullYear() * 12 + d.getUTCMonth());
      }),
      { numRuns: 3000 },
    );
  });

  it('property: monthStart is the first instant of the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), (month) => {
        const start = monthStart(month);
        // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
        assert.equal(start, new Date(0).setUTCFullYear(Math.floor(month / 12), month % 12, 1));
        assert.equal(monthOfTime(start), month);
        assert.equal(monthOfTime(start - 1), month - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseMonth and monthKey round-trip', () => {
    assert.equal(parseMonth('2026-03'), 2026 * 12 + 2);
    assert.equal(monthKey(2026 * 12 + 2), '2026-03');
    assert.equal(monthKey(parseMonth('0999-12')), '0999-12');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const x = `${pad(y, 4)}-${pad(m)}`;
        assert.equal(monthKey(parseMonth(x)), x);
        assert.equal(isMonth(x), true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), (month) => {
        assert.equal(parseMonth(monthKey(month)), month);
      }),
    );
  });

  it('parseMonth rejects anything but YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-00', '2026-3', '2026-03-01', '202603', '2026/03', '', 'abcd-ef']) {
      assert.ok(Number.isNaN(parseMonth(bad)), bad);
      assert.equal(isMonth(bad), false, bad);
    }
    assert.equal(isMonth(202603), false);
  });
});
