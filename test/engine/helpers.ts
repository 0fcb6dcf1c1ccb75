import assert from 'node:assert/strict';
import { MetricsInputError } from '../../src/engine/index.js';

/** Runs `fn`, expects it to throw a MetricsInputError, and returns that error. */
export function inputError(fn: () => unknown): MetricsInputError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof MetricsInputError, `expected a MetricsInputError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a MetricsInputError, nothing was thrown');
}

/** Runs `fn`, expects a MetricsInputError, and returns its issues. */
export function issuesOf(fn: () => unknown): MetricsInputError['issues'] {
  return inputError(fn).issues;
}
