import { localControlChart } from '@rtsim/sim/charts';
import type { TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { competingEventsPanel } from './competingEventsPanel.js';
import { lesionPanel } from './lesionPanel.js';
import { localControlFloor } from './localControlFloor.js';
import { metastasisPanel } from './metastasisPanel.js';
import { progressionPanel } from './progressionPanel.js';
import { stratumPanel } from './stratumPanel.js';

/**
 * The Kaplan–Meier local control card, one curve per arm, wide and in a larger font (it is the trial's endpoint);
 * with the local-control model also the curves and table of one arm by stratum, chosen by grade, margin, size or site;
 * with arms that treat lesions also their per-lesion table and curves; with background mortality the competing-event
 * curves and tables (competingEventsPanel); with metastasis the DMFS and OS curves first (metastasisPanel); with
 * progression after SBRT the PFS and OS curves after the lesions (progressionPanel).
 * @param results - a finished run
 * @returns the card
 */
export function localControlCard(results: TrialResults): HTMLElement {
  const card = chartCard('local-control', 'Local control (Kaplan–Meier)', [
    'Failure times come from the clonogens left in each failing patient, regrowing until detectable; local control is censored at the end of follow-up.',
  ]);
  card.setChart(svgFromString(localControlChart(
    { binDays: results.followUp.binDays, series: results.arms.map((arm) => ({ label: arm.id, curve: arm.localControlCurve })) },
    { width: 900, height: 420, fontSize: 15, yMin: localControlFloor(results.arms.map((arm) => arm.localControlCurve)) },
  )));
  // With metastasis: the DMFS and OS curves beside the arms' LC chart, first.
  const metastasis = metastasisPanel(results);
  if (metastasis !== undefined) card.element.querySelector('.card-actions')?.after(metastasis);
  const first = metastasis ?? card.element.querySelector('.card-actions');
  // With the local-control model: the curves and table by grade, margin class, size band or site, after the arms' chart.
  const strata = stratumPanel(results);
  if (strata !== undefined) first?.after(strata);
  // With lesion arms: their per-lesion table and curves, after the strata.
  const lesions = lesionPanel(results);
  if (lesions !== undefined) (strata ?? first)?.after(lesions);
  // With progression after SBRT: the PFS and OS curves, after the lesions.
  const progression = progressionPanel(results);
  if (progression !== undefined) (lesions ?? strata ?? first)?.after(progression);
  // With background mortality: the competing-event curves and tables, last.
  const competing = competingEventsPanel(results);
  if (competing !== undefined) (progression ?? lesions ?? strata ?? first)?.after(competing);
  return card.element;
}
