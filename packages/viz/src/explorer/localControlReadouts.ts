import { dataTable } from '../ui/dataTable.js';
import { element } from '../ui/element.js';
import type { LocalControlData } from './localControlViews.js';

/** The read-outs under the local-control chart: π and LC at 2, 5 and 10 years. */
export interface LocalControlReadouts {
  readonly element: HTMLElement;
  /** Replaces the numbers with those of `data`. */
  show(data: LocalControlData): void;
}

const percent = (value: number): string => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '–');

/**
 * A line with π and the RT course, and a table of LC at 2, 5 and 10 years for the selected patient and the same
 * patient with surgery alone (rows carry `data-readout` = `lc-selected`, `lc-surgery-alone` for tests).
 * @returns the element and its update
 */
export function localControlReadouts(): LocalControlReadouts {
  const wrap = element('div', 'lc-readouts');
  const line = element('p', 'lc-residual');
  line.dataset['readout'] = 'lc-residual';
  return {
    element: wrap,
    show(data) {
      line.textContent = `Probability that the resection leaves clonogenic disease, π = ${percent(data.residualProbability)}; RT course ${data.course}.`;
      const table = dataTable(
        'Local control (%) of this patient at 2, 5 and 10 years after the end of treatment',
        ['Margin and timing', 'LC 2 y (%)', 'LC 5 y (%)', 'LC 10 y (%)'],
        data.readouts.map((row) => [row.label, percent(row.at2), percent(row.at5), percent(row.at10)]),
        'lc-table',
        ['lc-selected', 'lc-surgery-alone'],
      );
      wrap.replaceChildren(line, table);
    },
  };
}
