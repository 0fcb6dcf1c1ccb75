import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nps } from '../../src/engine/index.js';

describe('nps (placeholder, replaced by the full suite)', () => {
  it('reproduces the worked example: 40/45/15 → 25', () => {
    const r = [...Array(40).fill(9), ...Array(45).fill(7), ...Array(15).fill(3)];
    assert.equal(nps(r).score, 25);
  });
});
