import type { TrialResults } from '../cohort/TrialResults.js';
import { pathwayHeads, pathwayRows } from './pathwayRows.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';

/**
 * The report's section on the diagnostic pathway (some arm with a `pathway`): the rows of pathwayRows, with a note on
 * what the model does.
 * @param results - the results of a run
 * @returns the section's HTML, or '' when no arm has a pathway
 */
export function pathwaySection(results: TrialResults): string {
  const rows = pathwayRows(results).map(([id = '', ...cells]) => `<tr>${htmlCell(id, 'text')}${htmlCell(cells[0] ?? '', 'text')}${cells.slice(1).map((cell) => htmlCell(cell)).join('')}</tr>`);
  if (rows.length === 0) return '';
  const note =
    'Before the first treatment (docs/pathway-model.md): each patient waits the arm\'s intervals from the first doctor visit (lognormal per interval, the same normal scores in every arm), and the tumour grows over them (Gompertz, the patient\'s doubling time), so the size band, hypoxia and metastasis read the tumour at treatment; ' +
    'a local referral can end in an unplanned excision (logistic in depth and size), after which the margins follow the arm\'s mix after an unplanned excision. Medians within a week and a centimetre; shares [Wilson 95% CI] in %; LC after one: controlled to the horizon.';
  return `<section><h2>Diagnostic pathway</h2>${htmlTable(note, pathwayHeads.map((head) => head[0]?.toUpperCase() + head.slice(1)), rows)}</section>`;
}
