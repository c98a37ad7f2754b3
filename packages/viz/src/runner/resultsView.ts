import { correlationSummary } from '@rtsim/sim';
import { forestPlot, localControlChart, tcpHistogramChart, uncertaintyIntervalChart } from '@rtsim/sim/charts';
import type { GroupOutcome, TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { resultsSection } from './resultsSection.js';
import { armsTable, comparisonsTable, subtypeTable } from './resultsTables.js';
import type { PageTrialRun } from './runPageTrial.js';

/** Share of patients in the tallest bin of any of the groups (a common y scale for side-by-side histograms). */
function tallestShare(groups: readonly GroupOutcome[]): number {
  let top = 0;
  for (const group of groups) {
    if (group.patients > 0) for (const count of group.tcpHistogram.counts) top = Math.max(top, count / group.patients);
  }
  return top > 0 ? top : 1;
}

/** A round lower limit for the local-control axis (a multiple of 10%) a little below the lowest curve, so close curves separate. */
function localControlFloor(results: TrialResults): number {
  let lowest = 1;
  for (const arm of results.arms) for (const value of arm.localControlCurve) if (Number.isFinite(value)) lowest = Math.min(lowest, value);
  return Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
}

/** Histograms of per-patient TCP, one per arm, for the whole cohort or one subtype, on a shared y scale. */
function histogramGrid(results: TrialResults, subtype: string | undefined): HTMLElement {
  const grid = document.createElement('div');
  grid.className = 'histogram-grid';
  const groups: (GroupOutcome | undefined)[] = results.arms.map((arm) => (subtype === undefined ? arm : arm.bySubtype.find((s) => s.subtype === subtype)));
  const yMax = tallestShare(groups.filter((g): g is GroupOutcome => g !== undefined));
  results.arms.forEach((arm, i) => {
    const group = groups[i];
    if (!group) return;
    const card = chartCard(`tcp-histogram-${i + 1}${subtype === undefined ? '' : `-${subtype}`}`, arm.name, []);
    card.setChart(svgFromString(tcpHistogramChart(group.tcpHistogram, { width: 380, height: 240, yMax, title: `TCP distribution: ${arm.id}` })));
    grid.append(card.element);
  });
  return grid;
}

/**
 * Shows a finished run: summary, downloads (results.json and arms.csv exactly as the CLI writes them), tables
 * of arms, subtypes and paired comparisons, and the sim report's charts (forest plot, TCP histograms per arm and
 * per subtype, Kaplan–Meier local control, and for a two-level run the intervals over the parameter sets, with the
 * correlations the sets were drawn with, if any), each downloadable as SVG and PNG.
 * @param run - the results and their serialised files
 * @param fileStem - base name for downloads
 */
export function resultsView(run: PageTrialRun, fileStem: string): HTMLElement {
  const { results } = run;
  const root = resultsSection({
    className: 'results',
    headingId: 'results-heading',
    heading: `Results: ${results.scenario.name}`,
    meta: `${results.patients.toLocaleString('en')} patients, seed ${results.seed}, rtsim ${results.rtsim.version}, ` +
      `${(run.elapsedMs / 1000).toFixed(1)} s in the browser. Scenario hash ${results.scenario.hash}.`,
    downloads: [
      { label: 'results.json', text: run.json, type: 'application/json', fileName: `${fileStem}.results.json` },
      { label: 'arms.csv', text: run.csv, type: 'text/csv', fileName: `${fileStem}.arms.csv` },
      { label: 'report.html', text: run.html, type: 'text/html', fileName: `${fileStem}.report.html` },
    ],
    downloadsNote: 'The three files are those `rtsim run FILE` writes, byte for byte, for the same seed and patient count.',
  });

  const armsCard = document.createElement('section');
  armsCard.className = 'card';
  armsCard.append(armsTable(results));
  if (results.subtypes.length > 1) armsCard.append(subtypeTable(results));
  root.append(armsCard);

  if (results.comparisons.length > 0) {
    const comparisons = document.createElement('section');
    comparisons.className = 'card';
    comparisons.append(comparisonsTable(results));
    root.append(comparisons);
    const forest = chartCard('forest-plot', 'Paired differences in mean TCP', [
      'Each virtual patient is treated in every arm (common random numbers), so differences are paired and far tighter than two separate trials would give. Arms are labelled by id (see the table).',
    ]);
    forest.setChart(svgFromString(forestPlot(results.comparisons.map((c) => ({
      label: `${c.a} − ${c.b}`,
      estimate: c.meanTcpDifference,
      lower: c.meanTcpDifferenceCi95[0],
      upper: c.meanTcpDifferenceCi95[1],
    })), { width: 560 })));
    root.append(forest.element);
  }

  const uncertainty = results.uncertainty;
  if (uncertainty !== undefined) {
    const explanation = `${uncertainty.draws} parameter sets drawn from the scenario's uncertainty section, each run on the same virtual patients. ` +
      'Thick: the range over the sets (parameter uncertainty, 2.5–97.5 %); thin: the combined 95% interval with the Monte Carlo error; circle: the nominal set.';
    // The correlations change what the intervals mean (another belief about the parameters), so name them where
    // the intervals are; chartCard sets every paragraph as text, so labels from the file cannot become markup.
    const correlated = correlationSummary(uncertainty.correlations);
    const armsUncertainty = chartCard('uncertainty-arms', 'Control rate under parameter uncertainty', correlated === undefined ? [explanation] : [explanation, `${correlated}.`]);
    armsUncertainty.setChart(svgFromString(uncertaintyIntervalChart(
      uncertainty.arms.map((arm) => ({ label: arm.id, ...arm.controlRate })),
      { width: 560, title: 'Control rate over the parameter sets', xLabel: 'Control rate (%)' },
    )));
    root.append(armsUncertainty.element);
    if (uncertainty.comparisons.length > 0) {
      const odds = uncertainty.comparisons.map((pair) => `P(${pair.a} beats ${pair.b}) = ${Math.round(100 * pair.probabilityABetter)}%`).join('; ');
      const pairsUncertainty = chartCard('uncertainty-differences', 'Differences under parameter uncertainty', [`${odds}: the share of parameter sets in which the first arm controls more tumours.`]);
      pairsUncertainty.setChart(svgFromString(uncertaintyIntervalChart(
        uncertainty.comparisons.map((pair) => ({ label: `${pair.a} − ${pair.b}`, ...pair.controlRateDifference })),
        { width: 560, title: 'Difference in control rate over the parameter sets', xLabel: 'Difference (percentage points)', zeroLine: true },
      )));
      root.append(pairsUncertainty.element);
    }
  }

  const histograms = document.createElement('section');
  histograms.className = 'card';
  const histogramsHeading = document.createElement('h3');
  histogramsHeading.textContent = 'Distribution of per-patient TCP';
  const explanation = document.createElement('p');
  explanation.className = 'explanation';
  explanation.textContent = 'Share of virtual patients by their tumour control probability. Patients near 0% or 100% are certain failures or cures; the spread in between is what makes a trial uncertain.';
  const pickerLabel = document.createElement('label');
  pickerLabel.htmlFor = 'histogram-subtype';
  pickerLabel.textContent = 'Patients: ';
  const picker = document.createElement('select');
  picker.id = 'histogram-subtype';
  const all = document.createElement('option');
  all.value = '';
  all.textContent = 'all subtypes';
  picker.append(all);
  for (const subtype of results.subtypes) {
    const option = document.createElement('option');
    option.value = subtype.id;
    option.textContent = subtype.name;
    picker.append(option);
  }
  pickerLabel.append(picker);
  let grid = histogramGrid(results, undefined);
  picker.addEventListener('change', () => {
    const next = histogramGrid(results, picker.value === '' ? undefined : picker.value);
    grid.replaceWith(next);
    grid = next;
  });
  histograms.append(histogramsHeading, explanation, ...(results.subtypes.length > 1 ? [pickerLabel] : []), grid);
  root.append(histograms);

  const km = chartCard('local-control', 'Local control (Kaplan–Meier)', [
    'Failure times come from the clonogens left in each failing patient, regrowing until detectable; local control is censored at the end of follow-up.',
  ]);
  km.setChart(svgFromString(localControlChart(
    { binDays: results.followUp.binDays, series: results.arms.map((arm) => ({ label: arm.id, curve: arm.localControlCurve })) },
    { width: 900, height: 420, fontSize: 15, yMin: localControlFloor(results) },
  )));
  root.append(km.element);
  return root;
}
