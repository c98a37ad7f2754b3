/** `1 worker`, `4 workers`. */
function workerCount(workers: number): string {
  return `${workers} ${workers === 1 ? 'worker' : 'workers'}`;
}

/**
 * The trial runner's words: headings, labels, help lines and status messages (those that carry numbers are
 * functions of them). Kept as data so wording is edited in one place, apart from the code that lays the page out.
 */
export const runnerCopy = {
  source: {
    heading: 'Scenario',
    bundledLabel: 'Bundled scenario',
    bundledNone: (bundled: number): string => (bundled > 0 ? 'Choose a scenario…' : 'No scenarios bundled in this build'),
    accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
    label: 'Open a scenario file (.yaml, .yml or .json) or a sensitivity.json',
    hint: 'or drop it here. The file is validated in this page and never leaves your computer.',
    kind: 'scenario files',
  },
  run: {
    heading: 'Run',
    analysis: 'Analysis',
    trial: 'Trial over the parameter sets (rtsim run)',
    sensitivity: 'Sensitivity: tornado and Sobol indices (rtsim sensitivity)',
    patients: 'Virtual patients',
    patientsHelp: 'Blocks of 4096; the file’s count by default.',
    workers: 'Web Workers',
    workersHelp: (cores: number): string => `This computer reports ${cores || 'an unknown number of'} logical processors.`,
    run: 'Run',
    cancel: 'Cancel',
    progress: 'Simulation progress',
  },
  link: {
    confirmRerun: (patients: string): string => `This link re-runs the scenario with ${patients} virtual patients, which can take minutes on this computer. Run it now?`,
    seedDiffers: 'This link was made with another seed than the bundled file has now, so it is not re-run: its results would differ.',
  },
  summary: {
    heading: 'Loaded scenario',
    /** A plausibility note, as `rtsim run` prints it: the run goes on with the file as written. */
    note: (path: string, message: string): string => `Note — ${path}: ${message} (the run uses the file as written; docs/scenarios.md, "Plausibility notes")`,
    name: 'Name',
    file: 'File',
    seed: 'Seed',
    patients: 'Patients',
    subtypes: 'Subtypes',
    arms: 'Arms',
    followUp: 'Follow-up',
    references: 'References',
  },
  results: {
    heading: 'Results',
    placeholder: 'Run a scenario to see the arms, paired differences, TCP distributions and local control here. Everything runs in this page; nothing is uploaded.',
  },
  issues: {
    scenarioHint: 'The scenario was not run. These are the messages of the parser `rtsim run` uses; fix the file in your editor and open it again.',
    sensitivityHint: 'The file was not shown. The viewer opens scenario files and the sensitivity.json that `rtsim sensitivity` writes.',
    parserBug: (reason: string): string => `the scenario could not be read (an rtsim bug; please report it): ${reason}`,
  },
  status: {
    initial: 'Choose or open a scenario.',
    problems: 'The scenario has problems; see the list.',
    ready: (arms: number, patients: number, uncertain: number): string =>
      `Ready: ${arms} arms, ${patients.toLocaleString('en')} patients in the file${uncertain > 0 ? `, ${uncertain} uncertain parameters` : ''}.`,
    openedSensitivity: (fileName: string, version: string): string =>
      `Opened ${fileName}: a sensitivity analysis written by rtsim ${version}. Choose or open a scenario to run one.`,
    patientsRange: (max: number): string => `Virtual patients must be a whole number from 1 to ${max.toLocaleString('en')}.`,
    workersRange: (max: number): string => `Web Workers must be a whole number from 1 to ${max}.`,
    starting: (workers: number): string => `Starting ${workerCount(workers)}…`,
    /** The end of a run: `count` patients (or evaluations, `noun`) in `elapsedMs` milliseconds. */
    done: (count: number, noun: 'patients' | 'evaluations', elapsedMs: number, workers: number): string =>
      `Done: ${count.toLocaleString('en')} ${noun} in ${(elapsedMs / 1000).toFixed(1)} s with ${workerCount(workers)}.`,
    cancelled: 'Cancelled; no results were kept.',
    failed: (message: string): string => `The run failed: ${message}`,
  },
} as const;
