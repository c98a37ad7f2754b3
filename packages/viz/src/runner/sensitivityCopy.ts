import { sensitivityMeasureEndpoint } from '@rtsim/sim';
import type { SensitivityMeasure, SensitivityOutput } from '@rtsim/sim';

/**
 * The words of the sensitivity analysis in the runner: its settings (labels, help lines, the cost line and range
 * messages) and the view of its results (head, tornado and Sobol cards, chart titles and descriptions). Those that
 * carry numbers or names are functions of them. Kept as data, as runnerCopy is, so wording is edited in one place.
 */
export const sensitivityCopy = {
  form: {
    legend: 'Sensitivity analysis',
    output: 'Output',
    measure: 'Measure',
    measureHelp: 'Mean TCP is the control rate’s expectation, without the noise of the control draws; the endpoints at the follow-up times see when recurrences come, and metastasis and survival.',
    // The words of `--measure M`: control-rate, mean-tcp, local-control@T, distant-metastasis-free-survival@T, ….
    measureOption: (measure: SensitivityMeasure): string => {
      const at = sensitivityMeasureEndpoint(measure);
      if (at === undefined) return measure === 'mean-tcp' ? 'mean TCP (smoother)' : 'control rate';
      const words = {
        'local-control': 'local control',
        'distant-metastasis-free-survival': 'metastasis-free survival (DMFS)',
        metastasis: 'metastasis (cumulative incidence)',
        'disease-specific-survival': 'disease-specific survival',
        'progression-free-survival': 'progression-free survival',
        'overall-survival': 'overall survival',
      };
      return `${words[at.endpoint]} at ${at.years} y`;
    },
    samples: 'Saltelli rows N',
    samplesHelp: 'Rows of each Sobol matrix; 4 × N halves the intervals.',
    patients: 'Patients per evaluation',
    patientsHelp: 'The same virtual patients at every point.',
    resamples: 'Bootstrap resamples',
    resamplesHelp: 'Behind the 95 % intervals of the indices (not shown below 41).',
    // Arm ids, as in `--output diff:A,B | arm:ID` and on the charts.
    outputOption: (output: SensitivityOutput): string => (output.kind === 'difference' ? `difference ${output.a} − ${output.b}` : `arm ${output.arm} alone`),
    cost: (parameters: number, evaluations: number, patients: number): string =>
      `${parameters} uncertain parameters: (2d + 1) + N(d + 2) = ${evaluations.toLocaleString('en')} evaluations, ${(evaluations * patients).toLocaleString('en')} virtual patients in all.`,
    range: (label: string, min: number, max: number): string => `${label} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`,
    noArm: 'The scenario has no arm to analyse.',
  },
  view: {
    heading: (scenarioName: string): string => `Sensitivity: ${scenarioName}`,
    output: (label: string): string => `Output: ${label}.`,
    where: (elapsedMs: number | undefined): string => (elapsedMs === undefined ? 'opened from a file' : `${(elapsedMs / 1000).toFixed(1)} s in the browser`),
    meta: (facts: { patients: number; samples: number; evaluations: number; resamples: number; seed: number; version: string; where: string; hash: string }): string =>
      `${facts.patients.toLocaleString('en')} virtual patients per evaluation, N = ${facts.samples} Saltelli rows, ` +
      `${facts.evaluations.toLocaleString('en')} evaluations, ${facts.resamples} bootstrap resamples, seed ${facts.seed}, ` +
      `rtsim ${facts.version}, ${facts.where}. Scenario hash ${facts.hash}.`,
    downloadsNote: 'sensitivity.json and the report are those `rtsim sensitivity FILE` writes, byte for byte, for the same seed and settings.',
    tornadoHeading: 'One at a time (tornado)',
    tornadoExplanation: (base: string, unit: string): string =>
      `Each bar moves one parameter alone to its 2.5 % (blue) or 97.5 % (vermillion) quantile, the others at their nominal values; the dashed line is the base, ${base} ${unit}. ` +
      'Largest swing first. It is local: it misses interactions and effects that are not monotone.',
    tornadoTitle: (output: string): string => `Tornado: ${output}`,
    axis: (output: string, unit: string): string => `${output} (${unit})`,
    tornadoDescription: (base: string, unit: string, swings: string): string => `Base ${base} ${unit}. Swing by parameter, largest first (${unit}): ${swings}.`,
    sobolHeading: 'Variance-based (Sobol indices)',
    sobolExplanation:
      'S (green) is the share of the output’s variance a parameter explains alone; S_T (orange) its share alone or through interactions. ' +
      'A parameter with S_T near 0 can be fixed anywhere in its range. Lines: 95 % bootstrap intervals, the error of the estimate from N rows.',
    sobolTitle: (output: string): string => `Sobol indices: ${output}`,
    sobolShares: (label: string, first: string, total: string): string => `${label} S ${first}, S_T ${total}`,
    sobolDescription: (shares: string): string => `First-order and total indices: ${shares}.`,
  },
} as const;
