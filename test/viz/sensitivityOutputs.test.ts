import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '@rtsim/sim';
import { expect, test } from 'vitest';
import { sensitivityOutputs } from '../../packages/viz/src/runner/sensitivityOutputs.js';

const file = join(import.meta.dirname, '..', '..', 'scenarios', 'uncertainty-preop.yaml');

test('sensitivityOutputs(scenario) offers the compared pairs, then the other pairs, then each arm alone, by arm id', () => {
  const parsed = parseScenario(readFileSync(file, 'utf8'), 'uncertainty-preop.yaml');
  if (!parsed.ok) throw new Error('the shipped scenario parses');
  // uncertainty-preop.yaml has three arms and no `comparisons`: by default the first arm is compared with each other.
  expect(sensitivityOutputs(parsed.scenario)).toEqual([
    { kind: 'difference', a: 'preop-50x25', b: 'preop-5x6' },
    { kind: 'difference', a: 'preop-50x25', b: 'postop-66x33' },
    { kind: 'difference', a: 'preop-5x6', b: 'postop-66x33' },
    { kind: 'arm', arm: 'preop-50x25' },
    { kind: 'arm', arm: 'preop-5x6' },
    { kind: 'arm', arm: 'postop-66x33' },
  ]);
});
