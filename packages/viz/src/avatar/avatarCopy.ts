/**
 * The Avatar view's words: headings, labels, help lines and messages. Kept as data so wording is edited in one
 * place, apart from the code that lays the page out. The assumptions shown are the sim's (`avatarAssumptions`), so
 * the page and `rtsim avatar` state the same ones.
 */
export const avatarCopy = {
  data: {
    heading: 'Patient-derived model data',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    label: 'Open a data file (.csv)',
    hint: 'or drop it here. Columns dose,survivingFraction[,sd] or dose,cellsSeeded,colonies. The file never leaves your computer.',
    kind: 'avatar data files',
    example: (fileName: string): string => `Load example: ${fileName}`,
    exampleNote: 'The example is synthetic (scenarios/avatars/README.md). Viability read-outs are not clonogenic survival.',
  },
  settings: {
    heading: 'Schedules and tumour',
    schedules: ['Candidate schedules', 'NxD separated by commas, options after a colon: 25x2, 5x6, 3x18:everyDays=2, 10x2:gap=5+7'],
    subtype: 'Library subtype (defaults below)',
    volume: ['Volume (cm³)', (volume: number): string => `N₀ = density × volume; default ${volume}`],
    clonogens: ['Clonogens N₀', 'overrides the volume, e.g. 2.5e9'],
    doublingTime: ['Doubling time (d)', 'blank: library'],
    kickoffTime: ['Kick-off time (d)', 'blank: library'],
    draws: ['Draws', '100 to 1000000'],
    seed: ['Seed', 'a whole number'],
    notANumber: (name: string, text: string): string => `${name}: expected a number, got “${text}”`,
    badSeed: 'Seed: a whole number of 0 or more.',
    badDraws: 'Draws: a whole number from 100 to 1000000.',
    tumour: (clonogens: string, doublingTime: number, kickoffTime: number): string => `N₀ = ${clonogens}, T_d = ${doublingTime} d, T_k = ${kickoffTime} d.`,
  },
  results: {
    placeholderHeading: 'Fit and schedule ranking',
    placeholder: 'Open or drop a CSV of surviving fractions (or colony counts) measured on one patient’s organoids or spheroids, or load the example. Everything is computed in this page.',
    heading: (fileName: string): string => `Avatar: ${fileName}`,
    fitFailed: 'The linear–quadratic fit failed on these data.',
    /** Data the fit refuses (as `rtsim avatar` does, with the same reason): nothing is ranked. */
    refused: (problem: string): string => `No intervals can be given for these data: ${problem}.`,
    /** A note on the data, as `rtsim avatar` prints it: the analysis goes on with the rows as they are. */
    note: (note: string): string => `Note — ${note}.`,
    issuesHint: 'Nothing was fitted. Fix these in your spreadsheet and open the file again (the same messages as `rtsim avatar`).',
    survival: {
      title: 'Surviving fraction: fit and data',
      explanation: 'Points: the measured surviving fractions (colony counts divided by the cells seeded and the fitted plating efficiency). Line: the linear–quadratic fit; shaded: its pointwise 95% band.',
    },
    tcp: {
      title: 'TCP per schedule',
      explanation: (draws: number): string => `Dot: TCP at the fitted α and β. Line: 95% interval over ${draws} draws of (α, β) from the fit’s uncertainty, with N₀ and kinetics held fixed. Best first.`,
    },
  },
} as const;
