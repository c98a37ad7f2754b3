import type { TrialResults } from '@rtsim/sim';
import { localControlChart } from '@rtsim/sim/charts';
import { svgFromString } from '../charts/svgFromString.js';
import { element } from '../ui/element.js';
import { localControlFloor } from './localControlFloor.js';
import { progressionCopy } from './progressionCopy.js';

/** Size of each of the panel's two charts, px (as the metastasis panel's). */
const chartSize = { width: 640, height: 340, fontSize: 13 } as const;

/**
 * The progression-free and overall survival curves of a run with `progression`, for the runner's local-control card:
 * a note and two step charts, one line per arm (years, %; results.json `arms[].progression.curves`).
 * @param results - a finished run
 * @returns the panel, or undefined without progression
 */
export function progressionPanel(results: TrialResults): HTMLElement | undefined {
  if (results.progression === undefined) return undefined;
  const arms = results.arms.flatMap((arm) => (arm.progression === undefined ? [] : [{ id: arm.id, curves: arm.progression.curves }]));
  if (arms.length === 0) return undefined;
  const binDays = results.followUp.binDays;
  const chart = (key: 'progressionFreeSurvival' | 'overallSurvival', id: string): HTMLElement => {
    const series = arms.map((arm) => ({ label: arm.id, curve: arm.curves[key] }));
    const wrap = element('figure', `chart ${id}`);
    const options = { ...chartSize, yMin: localControlFloor(series.map((one) => one.curve)), id, title: progressionCopy.charts[key], quantity: progressionCopy.quantities[key] };
    wrap.append(svgFromString(localControlChart({ binDays, series }, options)));
    return wrap;
  };
  const panel = element('div', 'progression-panel');
  const grid = element('div', 'metastasis-charts');
  grid.append(chart('progressionFreeSurvival', 'progression-pfs'), chart('overallSurvival', 'progression-os'));
  panel.append(element('h4', '', progressionCopy.heading), element('p', 'explanation', progressionCopy.explanation), grid);
  return panel;
}
