import type { StratumDimension } from '../cohort/LocalControlPlan.js';
import { stratumDimensions } from '../cohort/LocalControlPlan.js';
import type { ArmResult, TrialResults } from '../cohort/TrialResults.js';
import { escapeXml } from '../charts/escapeXml.js';
import { localControlChart } from '../charts/localControlChart.js';
import { chartScroll } from './chartScroll.js';

/** Headings of the dimensions, in the words of the evidence. */
const dimensionTitles: Readonly<Record<StratumDimension, string>> = {
  grade: 'By FNCLCC grade',
  margin: 'By margin class (none: no surgery in the arm)',
  // The strata keep their results.json names (as in the table above and the terminal); the heading says what they mean.
  size: 'By tumour diameter (under-5cm: below 5 cm, 5-10cm: 5–10 cm, over-10cm: above 10 cm)',
  site: 'By site',
};

/** A round lower limit (a multiple of 10 %) a little below the lowest curve, shared by one dimension's charts so that arms compare. */
function floorOf(arms: readonly ArmResult[], dimension: StratumDimension): number {
  let lowest = 1;
  for (const arm of arms) {
    for (const group of arm.byStratum ?? []) {
      if (group.by !== dimension) continue;
      for (const value of group.localControlCurve) if (Number.isFinite(value)) lowest = Math.min(lowest, value);
    }
  }
  return Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
}

/**
 * The report's Kaplan–Meier local-control curves by stratum of the local-control model: per dimension (grade,
 * margin class, size band, site) a row of charts, one per arm, one step line per stratum labelled with its
 * patients; the local-control axis of a dimension's charts starts at a shared multiple of 10 %, which a chart's title
 * says when it is above 0 (`Arm a (the axis starts at 70 %)`).
 * @param results - the results of a run
 * @param by - the dimensions to draw, in order (default all four)
 * @returns the HTML section, or an empty string when no arm has strata
 */
export function stratumCurvesSection(results: TrialResults, by: readonly StratumDimension[] = stratumDimensions): string {
  const arms = results.arms.filter((arm) => (arm.byStratum ?? []).length > 0);
  if (arms.length === 0) return '';
  const rows = by.map((dimension) => {
    const yMin = floorOf(arms, dimension);
    const charts = arms.map((arm, index) =>
      localControlChart(
        {
          binDays: results.followUp.binDays,
          series: (arm.byStratum ?? [])
            .filter((group) => group.by === dimension)
            .map((group) => ({ label: `${group.stratum} (n = ${group.patients})`, curve: group.localControlCurve })),
        },
        {
          width: 460,
          height: 300,
          yMin,
          id: `strata-${dimension}-${index}`,
          seriesNoun: 'stratum',
          // The heading above names the dimension; a short title keeps the chart legible at this width. A zoomed axis
          // is said in the title, as the main local-control chart says it.
          title: yMin > 0 ? `Arm ${arm.id} (the axis starts at ${Math.round(yMin * 100)} %)` : `Arm ${arm.id}`,
        },
      ),
    );
    return `<h3>${escapeXml(dimensionTitles[dimension])}</h3><div class="grid">${charts.map(chartScroll).join('')}</div>`;
  });
  return `<section><h2>Local control over time by stratum</h2><p class="note">Kaplan–Meier local control of each arm's patients in each stratum (n: patients); each patient counts once per dimension.</p>${rows.join('')}</section>`;
}
