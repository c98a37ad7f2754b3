import type { TrialResults } from '@rtsim/sim';
import { diagnosisHeads, diagnosisRows, pathwayHeads, pathwayRows } from '@rtsim/sim';
import { dataTable as table } from '../ui/dataTable.js';

const capital = (head: string): string => `${head[0]?.toUpperCase() ?? ''}${head.slice(1)}`;

/**
 * The diagnostic pathway of a run (some arm with `pathway` or `treatmentBySubtype`), as the terminal and the report
 * show it (sim's pathwayRows and diagnosisRows): per arm with a pathway its referral, symptom → diagnosis and first visit →
 * treatment medians, the share treated > 6 weeks after diagnosis, the diameter at treatment and the unplanned
 * excisions; per arm choosing its treatment by diagnosis the misdiagnosed, misgraded and mistreated patients and the
 * latter's local control as treated and if right. Text from the results is set with textContent (dataTable).
 * @param results - the results of a run
 * @returns the tables (none, one or two)
 */
export function pathwayTables(results: TrialResults): HTMLElement[] {
  const pathway = pathwayRows(results);
  const diagnosis = diagnosisRows(results);
  return [
    ...(pathway.length === 0
      ? []
      : [table('Before the first treatment (docs/scenarios.md, "The diagnostic pathway"; medians within a week or a centimetre, shares with 95% CI)', pathwayHeads.map(capital), pathway, 'pathway-table')]),
    ...(diagnosis.length === 0
      ? []
      : [table('Treatment chosen by the diagnosis (subtype, grade): misdiagnosis and its cost on the same patients (%, 95% CI)', diagnosisHeads.map(capital), diagnosis, 'diagnosis-table')]),
  ];
}
