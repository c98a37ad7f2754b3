import { describe, expect, it } from 'vitest';
import { runnerCopy } from '../../packages/viz/src/runner/runnerCopy.js';

describe('runnerCopy.status', () => {
  it('counts one worker in the singular and more in the plural', () => {
    expect(runnerCopy.status.starting(1)).toBe('Starting 1 worker…');
    expect(runnerCopy.status.starting(4)).toBe('Starting 4 workers…');
    expect(runnerCopy.status.done(1000, 'patients', 2345, 1)).toBe('Done: 1,000 patients in 2.3 s with 1 worker.');
    expect(runnerCopy.status.done(12000, 'evaluations', 61000, 2)).toBe('Done: 12,000 evaluations in 61.0 s with 2 workers.');
  });
});
