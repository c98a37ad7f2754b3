import type { TrialResults } from '../cohort/TrialResults.js';
import { diagnosisHeads, diagnosisRows } from './diagnosisRows.js';
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
  const row = ([id = '', first = '', ...cells]: string[]): string => `<tr>${htmlCell(id, 'text')}${htmlCell(first, 'text')}${cells.map((cell) => htmlCell(cell)).join('')}</tr>`;
  const rows = pathwayRows(results).map(row);
  const diagnoses = diagnosisRows(results).map(row);
  if (rows.length === 0 && diagnoses.length === 0) return '';
  const capital = (head: string): string => `${head[0]?.toUpperCase() ?? ''}${head.slice(1)}`;
  const note =
    'Before the first treatment (docs/pathway-model.md): each patient waits the arm\'s intervals from the first doctor visit (lognormal per interval, the same normal scores in every arm), and the tumour grows over them (Gompertz, the patient\'s doubling time), so the size band, hypoxia and metastasis read the tumour at treatment; ' +
    'a local referral can end in an unplanned excision (logistic in depth and size), after which the margins follow the arm\'s mix after an unplanned excision. Medians within a week and a centimetre; shares [Wilson 95% CI] in %; LC after one: controlled to the horizon.';
  const diagnosisNote =
    'Treatment chosen by diagnosis (treatmentBySubtype, treatmentByGrade): each patient is diagnosed from the confusion matrices of docs/pathway-model.md (complete and partial discordance, adjacent grades, G1), after the expert review of a share of patients, and treated as the arm the diagnosis names treats them, keeping the true biology. Treated otherwise: a treatment other than the one the true subtype and grade choose. Their LC as treated and if right: the same patients, crude control to the horizon.';
  return `<section><h2>Diagnostic pathway</h2>${rows.length === 0 ? '' : htmlTable(note, pathwayHeads.map(capital), rows)}${diagnoses.length === 0 ? '' : htmlTable(diagnosisNote, diagnosisHeads.map(capital), diagnoses)}</section>`;
}
