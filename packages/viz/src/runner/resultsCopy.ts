/**
 * The words of a finished run's results: the head, the comparison, histogram and parameter-uncertainty cards
 * (those that carry numbers or names are functions of them). Kept as data, as runnerCopy is, so wording is edited
 * in one place apart from the code that lays the cards out. Every text is set with textContent.
 */
export const resultsCopy = {
  head: {
    heading: (scenarioName: string): string => `Results: ${scenarioName}`,
    meta: (patients: number, seed: number, version: string, elapsedMs: number, hash: string): string =>
      `${patients.toLocaleString('en')} patients, seed ${seed}, rtsim ${version}, ` +
      `${(elapsedMs / 1000).toFixed(1)} s in the browser. Scenario hash ${hash}.`,
    downloadsNote: 'The four files are those `rtsim run FILE` writes, byte for byte, for the same seed and patient count.',
  },
  comparisons: {
    heading: 'Paired differences in mean TCP',
    explanation:
      'Each virtual patient is treated in every arm (common random numbers), so differences are paired and far tighter than two separate trials would give. Arms are labelled by id (see the table).',
    pairLabel: (a: string, b: string): string => `${a} − ${b}`,
  },
  histograms: {
    heading: 'Distribution of per-patient TCP',
    explanation:
      'Share of virtual patients by their tumour control probability. Patients near 0% or 100% are certain failures or cures; the spread in between is what makes a trial uncertain.',
    pickerLabel: 'Patients: ',
    allSubtypes: 'all subtypes',
    chartTitle: (armId: string): string => `TCP distribution: ${armId}`,
  },
  uncertainty: {
    explanation: (draws: number): string =>
      `${draws} parameter sets drawn from the scenario's uncertainty section, each run on the same virtual patients. ` +
      'Thick: the range over the sets (parameter uncertainty, 2.5–97.5 %); thin: the combined 95% interval with the Monte Carlo error; circle: the nominal set.',
    armsHeading: 'Control rate under parameter uncertainty',
    armsTitle: 'Control rate over the parameter sets',
    armsAxis: 'Control rate (%)',
    odds: (a: string, b: string, probabilityABetter: number): string => `P(${a} beats ${b}) = ${Math.round(100 * probabilityABetter)}%`,
    oddsExplanation: (odds: string): string => `${odds}: the share of parameter sets in which the first arm controls more tumours.`,
    differencesHeading: 'Differences under parameter uncertainty',
    differencesTitle: 'Difference in control rate over the parameter sets',
    differencesAxis: 'Difference (percentage points)',
    endpointsHeading: 'Endpoints at the follow-up times under parameter uncertainty',
    endpointsExplanation:
      'LC: local control; DMFS: distant-metastasis-free survival; metastasis: its cumulative incidence (death a competing risk); DSS: disease-specific survival; PFS: progression-free survival after SBRT of metastases; OS: overall survival. Each is the share of the arm\'s patients at that time (DMFS and DSS: Kaplan–Meier, deaths from other causes censored), over the same parameter sets.',
    endpointsTitle: 'Endpoints at the follow-up times over the parameter sets',
    endpointsAxis: 'Share of patients (%)',
    timedDifferencesHeading: 'Paired differences at the follow-up times under parameter uncertainty',
    timedDifferencesExplanation:
      'Each endpoint of the first arm minus the second at that time, on the same patients in every parameter set: LC, metastasis (its cumulative incidence), PFS, OS. A bar clear of 0 is a difference that survives the parameter uncertainty.',
    timedDifferencesTitle: 'Paired differences at the follow-up times over the parameter sets',
  },
} as const;
