import type { TrialResults } from '../cohort/TrialResults.js';
import { identicalOverallSurvivalNote, progressionArmHeads, progressionPairCells, progressionPairHeads, progressionStratumHeads, progressionStratumRows, progressionSurvivalCells } from '../report/progressionCells.js';
import { pairedDifferenceText } from './pairedDifferenceText.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/**
 * With `progression`, the terminal tables of progression-free and overall survival after SBRT: per arm at the
 * `followUp.at` times (or 1 and 2 years) with a note on what PFS counts, the same per stratum (grade, lesions treated),
 * then the pairs compared on PFS, with a note that OS, identical in every arm patient by patient, is not compared.
 * @param results - the results of a run with `progression`
 * @returns the text, starting with a blank line; '' without `progression`
 */
export function progressionTable(results: TrialResults): string {
  const model = results.progression;
  if (model === undefined) return '';
  const times = results.followUp.at ?? [1, 2];
  const heads = progressionArmHeads(times);
  const arms = textTable(
    ['arm', ...heads],
    results.arms.map((arm) => [terminalText(arm.id), ...progressionSurvivalCells(arm.progression, times)]),
    ['l', ...heads.map((): 'r' => 'r')],
  );
  const note =
    `PFS: first of a treated lesion's local failure, a new metastasis elsewhere, or death; OS: death from sarcoma${results.background === undefined ? ' (no background: sarcoma only)' : ` or other causes (${terminalText(results.background.lifeTable)})`}; ` +
    `era ${String(model.era)} (docs/metastasis-model.md, "Metastatic patients treated with SBRT").\n`;
  const strata = textTable(
    [...progressionStratumHeads, ...heads],
    progressionStratumRows(results.arms, times).map((cells) => cells.map((text, i) => (i < 3 ? terminalText(text) : text))),
    ['l', 'l', 'l', 'r', ...heads.map((): 'r' => 'r')],
  );
  if (results.comparisons.length === 0) return `\n${arms}${note}\n${strata}`;
  const pairs = textTable(
    ['comparison', ...progressionPairHeads],
    results.comparisons.map((pair) => [terminalText(`${pair.a} vs ${pair.b}`), ...progressionPairCells(pair)]),
    ['l', ...progressionPairHeads.map((): 'r' => 'r')],
  );
  const pairedTable = pairedDifferenceText(results.comparisons, results.followUp.at ?? [], ['PFS'], 'Δ: PFS a − b at that time on the same patients, with the paired 95% interval (OS is the same in every arm).');
  const method = 'HR: Cox (Efron ties), arm a to arm b; the log-rank p and the intervals treat the paired arms as independent (conservative). ';
  return `\n${arms}${note}\n${strata}\n${pairs}${method}${identicalOverallSurvivalNote}\n${pairedTable}`;
}
