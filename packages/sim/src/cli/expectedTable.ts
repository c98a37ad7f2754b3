import type { ExpectedResults } from '../expected/ExpectedResults.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/** A probability as percentage points with `digits` decimals. */
const percent = (value: number, digits: number): string => (value * 100).toFixed(digits);

/**
 * The terminal table of an expected-mode run: per arm the expected TCP (%), its standard error and 95 % interval, then
 * each comparison's paired difference (percentage points) with its SE and interval, and a line saying what it is.
 * @param results - from expectedOutcomes
 * @returns the text, lines ending with a newline
 */
export function expectedTable(results: ExpectedResults): string {
  const arms = textTable(
    ['arm', 'expected TCP %', 'SE (pp)', '95% interval %'],
    results.arms.map((arm) => [terminalText(arm.id), percent(arm.mean, 3), percent(arm.standardError, 4), `${percent(arm.interval[0], 3)} to ${percent(arm.interval[1], 3)}`]),
    ['l', 'r', 'r', 'r'],
  );
  const pairs = textTable(
    ['comparison', 'difference (pp)', 'SE (pp)', '95% interval (pp)'],
    results.comparisons.map((c) => [terminalText(`${c.a} − ${c.b}`), percent(c.mean, 3), percent(c.standardError, 4), `${percent(c.interval[0], 3)} to ${percent(c.interval[1], 3)}`]),
    ['l', 'r', 'r', 'r'],
  );
  const invalid = results.invalidPoints === 0 ? '' : `; ${results.invalidPoints} invalid points left out`;
  const head =
    `${terminalText(results.scenario)}: expected outcomes, ${results.scramblings} scramblings × ${results.points} Sobol' points, seed ${results.seed}${invalid}\n` +
    'Expected TCP over the virtual population (not a trial: no counts or tests; SE across scramblings)\n\n';
  return `${head}${arms}${results.comparisons.length === 0 ? '' : `\n${pairs}`}`;
}
