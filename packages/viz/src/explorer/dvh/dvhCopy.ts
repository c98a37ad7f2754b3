/** The DVH panel's words (docs/viewer.md, "A plan's DVH"), kept as data apart from the code that lays it out. */
export const dvhCopy = {
  heading: 'A plan’s DVH: TCP and NTCP',
  intro: 'Load the DVHs a planning system exported to see the target’s TCP over its real dose distribution, beside a uniform dose, and the NTCP of organs at risk. The plan is read as given in the reference schedule’s fractions and days (left), with the radiobiology set there.',
  intake: {
    label: 'Load DVH… (Eclipse text export, CSV, or DICOM RT Dose)',
    hint: 'or drop the file here. It is read in this page and never leaves the computer.',
    accept: '.txt,.csv,.tsv,.dcm,text/plain,text/csv,application/dicom',
    kind: 'DVH files',
  },
  loading: (fileName: string): string => `Reading ${fileName}…`,
  issuesHint: 'Nothing was loaded from this file: fix it and load it again (lines are counted from 1).',
  formats: { eclipse: 'Eclipse text DVH', csv: 'CSV DVH', dicom: 'DICOM RT Dose DVH' } as const,
  structuresCaption: 'Structures (doses in Gy)',
  structuresHead: ['Structure', 'Volume (cm³)', 'Dmean', 'D95', 'D2'],
  target: { label: 'Target structure', help: 'Its DVH gives the TCP; clonogens are spread uniformly over its volume.' },
  organs: {
    legend: 'Organs at risk (LKB NTCP)',
    help: 'A name containing “lung” takes the library’s pneumonitis fit; for any other organ set TD₅₀, m, n and α/β (the starting values are placeholders, not a fit).',
    score: (name: string): string => `Score ${name}`,
    fields: { td50: 'TD₅₀ (Gy)', m: 'm', n: 'n', alphaBeta: 'α/β (Gy)' },
  },
  tcpCaption: (target: string): string => `TCP of ${target}`,
  tcpHead: (sigmaAlpha: number): string[] => ['Target dose', 'TCP, single tumour', `TCP, population (σ_α = ${sigmaAlpha})`],
  tcpRows: {
    dvh: (target: string, mean: string): string => `Plan DVH of ${target} (Dmean ${mean} Gy)`,
    prescription: (total: string): string => `Uniform at the prescription, ${total} Gy`,
    dmean: (total: string): string => `Uniform at Dmean, ${total} Gy`,
  },
  ntcpCaption: 'NTCP of the organs at risk (LKB on EQD2 at the organ’s α/β)',
  ntcpHead: ['Organ', 'Model', 'gEUD (EQD2, Gy)', 'NTCP'],
  noOrgans: 'No organ at risk is scored: tick one above.',
} as const;
