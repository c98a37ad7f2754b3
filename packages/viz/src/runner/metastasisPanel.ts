import type { MetastasisCurves, TrialResults } from '@rtsim/sim';
import { localControlChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { element } from '../ui/element.js';
import { localControlFloor } from './localControlFloor.js';
import { metastasisCopy } from './metastasisCopy.js';

/** Size of each of the panel's two charts, px (as the competing-events panel's). */
const chartSize = { width: 640, height: 340, fontSize: 13 } as const;

/**
 * The distant-metastasis-free and overall survival curves of a run with `metastasis`, for the runner's local-control
 * card beside its LC curve: a note and two Kaplan–Meier style step charts, one line per arm (years, %; the curves of
 * results.json `competingEvents.metastasis.curves`).
 * @param results - a finished run
 * @returns the panel, or undefined without metastasis
 */
export function metastasisPanel(results: TrialResults): HTMLElement | undefined {
  if (results.metastasis === undefined) return undefined;
  const arms = results.arms.flatMap((arm) => {
    const curves = arm.competingEvents?.metastasis?.curves;
    return curves === undefined ? [] : [{ id: arm.id, curves }];
  });
  if (arms.length === 0) return undefined;
  const binDays = results.followUp.binDays;
  const chart = (key: keyof Pick<MetastasisCurves, 'distantMetastasisFreeSurvival' | 'overallSurvival'>, id: string): HTMLElement => {
    const series = arms.map((arm) => ({ label: arm.id, curve: arm.curves[key] }));
    const wrap = element('figure', `chart ${id}`);
    const options = { ...chartSize, yMin: localControlFloor(series.map((one) => one.curve)), id, title: metastasisCopy.charts[key], quantity: metastasisCopy.quantities[key] };
    wrap.append(svgFromString(localControlChart({ binDays, series }, options)));
    return wrap;
  };
  const panel = element('div', 'metastasis-panel');
  const grid = element('div', 'metastasis-charts');
  grid.append(chart('distantMetastasisFreeSurvival', 'metastasis-dmfs'), chart('overallSurvival', 'metastasis-os'));
  panel.append(element('h4', '', metastasisCopy.heading), element('p', 'explanation', metastasisCopy.explanation), grid);
  return panel;
}
