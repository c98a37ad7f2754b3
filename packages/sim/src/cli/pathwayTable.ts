import type { TrialResults } from '../cohort/TrialResults.js';
import { diagnosisHeads, diagnosisRows } from '../report/diagnosisRows.js';
import { pathwayHeads, pathwayRows } from '../report/pathwayRows.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/**
 * The pathway tables of a scenario with a diagnostic pathway or a treatment by diagnosis: per arm with a pathway, its
 * referral, days to treatment, share beyond 6 weeks from diagnosis, diameter at treatment and unplanned excisions
 * (pathwayRows); per arm with treatmentBySubtype or treatmentByGrade, its misdiagnosis and what it cost (diagnosisRows).
 * @param results - the results of a run
 * @returns the text, ending with a newline; empty when there is neither
 */
export function pathwayTable(results: TrialResults): string {
  const rows = pathwayRows(results).map(([id = '', ...cells]) => [terminalText(id), ...cells]);
  const diagnoses = diagnosisRows(results).map(([id = '', ...cells]) => [terminalText(id), ...cells]);
  const tables = [
    rows.length === 0 ? '' : textTable([...pathwayHeads], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']),
    diagnoses.length === 0 ? '' : textTable([...diagnosisHeads], diagnoses, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']),
  ];
  return tables.filter((table) => table !== '').join('\n');
}
