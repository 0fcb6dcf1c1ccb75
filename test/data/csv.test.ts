import { expect } from '@open-wc/testing';
import { fieldForHeader, parseCsv, readCsv } from '../../src/data/csv.js';
import { DataError } from '../../src/data/errors.js';

describe('CSV', () => {
  it('maps headers to SPEC field names case-insensitively, ignoring _, - and spaces', () => {
    expect(fieldForHeader('Customer_ID')).to.equal('customerId');
    expect(fieldForHeader(' created-at ')).to.equal('createdAt');
    expect(fieldForHeader('FIRST RESPONSE AT')).to.equal('firstResponseAt');
    expect(fieldForHeader('DueDate')).to.equal('dueDate');
    expect(fieldForHeader('openTickets')).to.equal('openTickets');
  });

  it('strips a BOM, types numbers and booleans, leaves ids and dates as text, and empty cells absent', async () => {
    const rows = await parseCsv('\uFEFFcustomer_id,Due Date,Renewed,MRR,usage,note\n007,2026-01-31,yes,120.5,0.8,\n8,2026-02-28,0,,1e2,hello\n');
    expect(rows).to.deep.equal([
      { customerId: '007', dueDate: '2026-01-31', renewed: true, mrr: 120.5, usage: 0.8 },
      { customerId: '8', dueDate: '2026-02-28', renewed: false, usage: 100, note: 'hello' },
    ]);
  });

  it('keeps an unknown column as text when any cell is not a number', async () => {
    const rows = await parseCsv('id,start,plan\n1,2026-01-01,12\n2,2026-01-02,pro\n');
    expect(rows.map((r) => r.plan)).to.deep.equal(['12', 'pro']);
  });

  it('handles quoted cells with commas and newlines', async () => {
    const rows = await parseCsv('score,comment\n9,"fast, friendly"\n10,"two\nlines"\n');
    expect(rows).to.deep.equal([
      { score: 9, comment: 'fast, friendly' },
      { score: 10, comment: 'two\nlines' },
    ]);
  });

  it('reports a bad number cell by row, field and line', async () => {
    const { issues, total } = await readCsv('score,comment\n9,a\n10,b\nnine,c\n');
    expect(total).to.equal(1);
    expect(issues).to.deep.equal([{ row: 2, field: 'score', message: 'expected a number, got "nine" (line 4)' }]);
  });

  it('reports a bad boolean and a row of the wrong length', async () => {
    const { issues } = await readCsv('customerId,dueDate,renewed\na,2026-01-01,maybe\nb,2026-01-02\n');
    expect(issues).to.deep.equal([
      { row: 0, field: 'renewed', message: 'expected true/false, yes/no or 1/0, got "maybe" (line 2)' },
      { row: 1, field: '', message: 'line 3 has 2 cells, the header has 3' },
    ]);
  });

  it('throws a parse DataError carrying the issues, with a count of the rest', async () => {
    let error: unknown;
    try {
      await parseCsv('score\nx\ny\nz\n');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DataError);
    const e = error as DataError;
    expect(e.kind).to.equal('parse');
    expect(e.issues).to.have.length(3);
    expect(e.message).to.equal('The CSV has a bad cell: row 0, score: expected a number, got "x" (line 2) (and 2 more).');
  });

  it('gives no rows for an empty file or a header only', async () => {
    expect(await parseCsv('')).to.deep.equal([]);
    expect(await parseCsv('score\n')).to.deep.equal([]);
  });

  it('counts the newlines inside quoted cells in line numbers', async () => {
    // Line 1 header, lines 2–4 the row with a three-line comment, line 5 the bad row.
    const { issues } = await readCsv('score,comment\n9,"a\nb\nc"\nnine,d\n');
    expect(issues).to.deep.equal([{ row: 1, field: 'score', message: 'expected a number, got "nine" (line 5)' }]);
    // CRLF files and blank lines count too; a CRLF inside quotes is one line break.
    const crlf = await readCsv('score,comment\r\n9,"a\r\nb"\r\n\r\nnine,d\r\n');
    expect(crlf.issues[0]!.message).to.equal('expected a number, got "nine" (line 5)');
  });

  for (const [name, sep] of [
    ['semicolons', ';'],
    ['tabs', '\t'],
  ] as const) {
    it(`says a file separated by ${name} is not comma-separated, naming the delimiter`, async () => {
      let error: unknown;
      try {
        await parseCsv(`score${sep}date\n9${sep}2026-01-01\n`);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DataError);
      const e = error as DataError;
      expect(e.kind).to.equal('parse');
      expect(e.message).to.contain(name === 'tabs' ? 'tabs (\\t)' : 'semicolons (;)');
      expect(e.message).to.contain('comma');
    });
  }

  it('keeps a one-column file whose cells merely contain a semicolon', async () => {
    expect(await parseCsv('comment\n"a;b"\n')).to.deep.equal([{ comment: 'a;b' }]);
  });

  it('keeps a column named __proto__ as an own field, not lost or turned into the prototype', async () => {
    const rows = await parseCsv('customerId,__proto__,constructor\na,5,x\n');
    expect(Object.keys(rows[0]!)).to.deep.equal(['customerId', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).to.equal(5);
    expect(Object.getPrototypeOf(rows[0])).to.equal(Object.prototype);
    expect(JSON.parse(JSON.stringify(rows[0]))).to.deep.equal(JSON.parse('{"customerId":"a","__proto__":5,"constructor":"x"}'));
  });
});
