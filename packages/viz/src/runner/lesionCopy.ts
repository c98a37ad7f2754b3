/** The words of the local-control card's per-lesion panel (lesionPanel), as data; headings that carry a time are functions of it (years). */
export const lesionCopy = {
  heading: 'Per lesion',
  explanation:
    'Arms that treat metastases at lesion level (target: lesions): each patient has one or more lesions sharing its biology. ' +
    'Per-lesion LC counts every lesion (Kaplan–Meier over lesions; the interval treats lesions as independent, so it is too narrow); ' +
    'per-patient LC counts a patient as controlled only while every one of its lesions is, so it falls below the per-lesion LC.',
  caption: 'Per-lesion and per-patient Kaplan–Meier local control (LC) of the arms that treat lesions',
  tableHead: {
    arm: 'Arm',
    lesions: 'Lesions',
    perPatient: 'Lesions per patient',
    controlRate: 'Lesion control (95% CI)',
    lesionLocalControl: (years: string, withInterval: boolean): string => `Lesion LC ${years} y${withInterval ? ' (95% CI)' : ''}`,
    patientLocalControl: (years: string): string => `Patient LC ${years} y`,
  },
  chartTitle: 'Per-lesion local control (Kaplan–Meier over lesions)',
} as const;
