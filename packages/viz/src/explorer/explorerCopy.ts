/**
 * The explorer's words outside the parameter table (parameters.ts holds each slider's label, unit and help) and the
 * chart cards (explorerChartCopy.ts): headings of the control groups, the labels and options of the controls that
 * are not sliders, and the fixed texts of the read-outs and the share box. Kept as data so wording is edited in one
 * place, apart from the code that lays the page out.
 */
export const explorerCopy = {
  panelLabel: 'Explorer parameters',
  groups: {
    presets: 'Presets',
    sensitivity: 'Radiosensitivity',
    schedule: 'Reference schedule',
    repopulation: 'Repopulation',
    tumour: 'Tumour',
    model: 'Survival model',
    population: 'Population',
    localControl: 'Local control over time',
    pathway: 'Before the first fraction',
    share: 'Share this lesson',
  },
  presetNote: 'Hover or focus a preset for its source. Subtype presets change the biology, not the schedule.',
  beta: { label: 'β (= α ÷ α/β)', unit: '1/Gy²' },
  spacing: {
    label: 'Spacing',
    options: [['perWeek', 'fractions per week'], ['everyDays', 'one every k days']],
  },
  repopulation: 'Include repopulation (time term)',
  reoxygenation: {
    label: 'Reoxygenation between fractions',
    options: [['full', 'full (hypoxic share restored before each fraction)'], ['none', 'none (compartments stay separate)']],
  },
  model: {
    label: 'Model',
    options: [['lq', 'LQ (linear-quadratic)'], ['lq-l', 'LQ-L (Astrahan 2008)'], ['usc', 'USC (Park et al. 2008)']],
  },
  marginClass: {
    label: 'Margin class',
    options: [['R0-wide', 'R0 wide'], ['R0-close', 'R0 close (marginal)'], ['R1-planned', 'R1 planned'], ['R1-unplanned', 'R1 unplanned'], ['R2', 'R2 (gross residual)']],
  },
  timing: {
    label: 'Radiotherapy',
    options: [['preop', 'preoperative'], ['postop', 'postoperative'], ['rt-alone', 'RT alone (no surgery)'], ['surgery-alone', 'none (surgery alone)']],
  },
  grade: { label: 'FNCLCC grade', options: [['G1', 'grade 1'], ['G2', 'grade 2'], ['G3', 'grade 3']] },
  site: {
    label: 'Site',
    options: [['extremity', 'extremity'], ['trunk-wall', 'trunk wall'], ['retroperitoneum', 'retroperitoneum'], ['head-neck', 'head and neck']],
  },
  depth: { label: 'Depth', options: [['deep', 'deep'], ['superficial', 'superficial']] },
  ageBand: { label: 'Age', options: [['over50', '50 years or more'], ['under50', 'under 50 years']] },
  referral: {
    label: 'First operation',
    options: [['local', 'local hospital (unplanned excision possible)'], ['reference-centre', 'sarcoma centre (referred before any operation)']],
  },
  localControlComparison: {
    label: 'Curves side by side',
    options: [['margins', 'margin classes (this timing)'], ['timing', 'timings (this margin)']],
  },
  /** The note under the model choice for USC, whose D_T is derived rather than set. */
  uscNote: (transitionDose: string): string => `USC transition dose D_T = ${transitionDose} Gy (from α, β and D₀).`,
  share: {
    label: 'Link to this exact view',
    copy: 'Copy link',
    reset: 'Reset all',
    copied: 'Copied.',
    copyFailed: 'Select the link and copy it (Ctrl+C).',
  },
  readoutsHeading: 'Reference schedule at a glance',
  /** The hidden label of a slider's number field, for screen readers (the visible label names the slider). */
  exactValue: (label: string, unit: string): string => `${label}${unit ? ` in ${unit}` : ''}, exact value`,
  /** The list of schedules compared with the reference (scheduleEditor); `name` is `Schedule 2`, `Schedule 3`, …. */
  schedules: {
    listLabel: 'Schedules compared with the reference',
    add: '+ Add schedule',
    remove: 'Remove',
    name: (position: number): string => `Schedule ${position}`,
    removeLabel: (name: string, schedule: string): string => `Remove ${name} (${schedule})`,
    fractions: (name: string): string => `${name}: number of fractions`,
    dose: (name: string): string => `${name}: dose per fraction in Gy`,
    perWeek: (name: string): string => `${name}: fractions per week`,
    everyDays: (name: string): string => `${name}: days between fractions`,
    spacing: (name: string): string => `${name} spacing`,
    spacingOptions: [['perWeek', '/ week'], ['everyDays', 'every k days']],
  },
} as const;
