import type { ComplicationRate, TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { formatSignedPoints } from '../report/formatSignedPoints.js';
import { formatPValue } from '../report/formatPValue.js';
import { terminalText } from './terminalText.js';
import { therapeuticRatioTable } from './therapeuticRatioTable.js';
import { textTable } from './textTable.js';

/** Column heads of the scored endpoints, by the scenario's endpoint id. */
const heads: Readonly<Record<ComplicationRate['endpoint'], string>> = {
  wound: 'wound ≤ 120 d (%)',
  fibrosis: 'fibrosis ≥ G2 (%)',
  oedema: 'oedema ≥ G2 (%)',
  stiffness: 'stiffness ≥ G2 (%)',
  fracture: 'fracture (%)',
  pneumonitis: 'pneumonitis ≥ G2 (%)',
  complicationFreeControl: 'complication-free LC (%)',
};

const rateCell = (rate: ComplicationRate): string => `${formatPercent(rate.rate)} [${formatPercent(rate.rateCi95[0])}, ${formatPercent(rate.rateCi95[1])}]`;

/**
 * The complications tables of a scenario with `complications`: per arm with an operation before or after its
 * radiotherapy, its timing, each scored endpoint's rate and complication-free local control with their Wilson 95%
 * intervals (%); then, per compared pair of such arms, each difference in points with McNemar's p, and their
 * therapeutic ratio (therapeuticRatioTable).
 * @param results - the results of a run with `complications`
 * @returns the text, ending with a newline; empty when no arm reports complications
 */
export function complicationTable(results: TrialResults): string {
  const scored = results.arms.find((arm) => arm.complications !== undefined)?.complications;
  if (scored === undefined) return '';
  const endpoints = [...scored.endpoints.map((rate) => rate.endpoint), 'complicationFreeControl' as const];
  const rows = results.arms.flatMap((arm) => {
    const c = arm.complications;
    return c === undefined ? [] : [[terminalText(arm.id), c.timing, ...c.endpoints.map(rateCell), rateCell(c.complicationFreeControl)]];
  });
  const armTable = textTable(['arm', 'surgery', ...endpoints.map((e) => heads[e])], rows, ['l', 'l', ...endpoints.map((): 'r' => 'r')]);
  const pairRows = results.comparisons.flatMap((comparison) =>
    comparison.complications === undefined
      ? []
      : [[`${terminalText(comparison.a)} − ${terminalText(comparison.b)}`, ...comparison.complications.map((c) => `${formatSignedPoints(c.rateDifference)} (p ${formatPValue(c.mcnemarP)})`)]],
  );
  if (pairRows.length === 0) return armTable;
  const pairTable = textTable(['comparison (points, McNemar p)', ...endpoints.map((e) => heads[e].replace(' (%)', ''))], pairRows, ['l', ...endpoints.map((): 'r' => 'r')]);
  return `${armTable}\n${pairTable}\n${therapeuticRatioTable(results)}`;
}
