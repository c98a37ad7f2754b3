import type { TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatFixed } from '../charts/formatFixed.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';

/**
 * The report's section on GARD (genomic-adjusted radiation dose, GARD = Σ dᵢ(α + βdᵢ) per patient with physical
 * doses; Scott et al., Lancet Oncol 2017): per arm its mean GARD, then one row per GARD band, [from, to) or
 * ≥ from for the last, with its patients and control rate with the Wilson 95% interval. The bands are the
 * scenario's `gardBands` (default 20, 30, 40).
 * @param results - the results of a run
 * @returns the section's HTML, or '' when the results report no GARD
 */
export function gardSection(results: TrialResults): string {
  const rows = results.arms.flatMap((arm) => {
    const gard = arm.gard;
    if (gard === undefined) return [];
    return gard.bands.map(
      (band) =>
        `<tr>${htmlCell(arm.id, 'text')}${htmlCell(formatFixed(gard.mean, 1))}` +
        `${htmlCell(band.to === null ? `≥ ${svgNumber(band.from, 4)}` : `[${svgNumber(band.from, 4)}, ${svgNumber(band.to, 4)})`)}` +
        `${htmlCell(String(band.patients))}` +
        `${htmlCell(band.patients === 0 ? '—' : `${formatPercent(band.controlRate)} [${formatPercent(band.controlCi95[0])}, ${formatPercent(band.controlCi95[1])}]`)}</tr>`,
    );
  });
  if (rows.length === 0) return '';
  const caption =
    'GARD = Σ d(α + βd) per patient, physical doses with the patient’s own α and β (Scott et al., Lancet Oncol 2017); ' +
    'no dose-modifying factor, no time term. Control rate: patients whose control draw succeeded, Wilson 95% interval.';
  return `<section><h2>Control by GARD band</h2>${htmlTable(caption, ['Arm', 'Mean GARD', 'GARD band', 'Patients', 'Control rate [95% CI] (%)'], rows)}</section>`;
}
