import {
  defaultClonogenDensity,
  defaultDetectionVolume,
  defaultHypoxicFraction,
  defaultOer,
  defaultRepairHalfTimeHours,
  sarcomaHypoxicFraction,
} from './defaultParameters.js';
import { evidenceGradeScale } from './evidenceGradeScale.js';
import { evidenceKindDescriptions } from './evidenceKindDescriptions.js';
import { formatDistribution } from './formatDistribution.js';
import type { EvidenceGrade, EvidenceKind, EvidenceSource, LibraryParameter } from './LibraryParameter.js';
import type { ParameterName, SubtypeEntry } from './SubtypeEntry.js';
import { subtypeIds, subtypeLibrary } from './subtypeLibrary.js';
import { surgeryDefaults } from './surgeryDefaults.js';
import { localControlDefaults } from './localControlDefaults.js';
import { metastasisDefaults } from './metastasisDefaults.js';
import { pathwayDefaults } from './pathwayDefaults.js';
import { toxicityDefaults } from './toxicityDefaults.js';

const parameterOrder: readonly ParameterName[] = [
  'alpha',
  'alphaBeta',
  'doublingTime',
  'kickoffTime',
  'clonogenDensity',
  'hypoxicFraction',
  'oer',
  'repairHalfTimeHours',
  'rsi',
  'antigenPositiveFraction',
];

const header =
  '| Parameter | Value | Kind | Grade | Source | DOI | Endpoint | Model | Note |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |';

// Table cells cannot hold a pipe or a line break.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function citation(source: EvidenceSource): string {
  const title = source.title === undefined ? '' : ` ${source.title}.`;
  const year = source.year === undefined ? '' : `, ${source.year}`;
  return `${source.authors}.${title} ${source.journal}${year}`;
}

function row(name: string, parameter: LibraryParameter): string {
  const { evidence } = parameter;
  const doi = evidence.doi === undefined ? '—' : `[${evidence.doi}](https://doi.org/${encodeURI(evidence.doi)})`;
  const cells = [
    `\`${name}\``,
    formatDistribution(parameter.value, parameter.unit),
    evidence.kind,
    evidence.grade,
    citation(evidence.source),
    doi,
    evidence.endpoint,
    evidence.model,
    evidence.note,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

const defaults: readonly (readonly [string, LibraryParameter])[] = [
  ['defaultClonogenDensity', defaultClonogenDensity],
  ['defaultHypoxicFraction', defaultHypoxicFraction],
  ['defaultOer', defaultOer],
  ['defaultRepairHalfTimeHours', defaultRepairHalfTimeHours],
  ['defaultDetectionVolume', defaultDetectionVolume],
  ['sarcomaHypoxicFraction', sarcomaHypoxicFraction],
];

// A subtype that uses a library default gets a short row pointing to the Defaults table instead of the full text.
function defaultRow(name: string, parameter: LibraryParameter, defaultName: string): string {
  const { evidence } = parameter;
  const cells = [
    `\`${name}\``,
    formatDistribution(parameter.value, parameter.unit),
    evidence.kind,
    evidence.grade,
    `library default \`${defaultName}\`, see Defaults`,
    '—',
    '—',
    '—',
    'No subtype-specific value.',
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A library value is a LibraryParameter when it carries a value and its evidence. */
function isParameter(value: unknown): value is LibraryParameter {
  return typeof value === 'object' && value !== null && 'value' in value && 'evidence' in value;
}

/** The rows of a parameter, or of every parameter nested in a record of them, named by their dotted path. */
function flatRows(name: string, value: unknown): string[] {
  if (isParameter(value)) return [row(name, value)];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]: [string, unknown]) => flatRows(`${name}.${key}`, inner));
}

function subtypeSection(entry: SubtypeEntry): string {
  const rows: string[] = [];
  for (const name of parameterOrder) {
    const parameter = entry.parameters[name];
    if (parameter === undefined) continue;
    const defaultName = defaults.find(([, value]) => value === parameter)?.[0];
    rows.push(defaultName === undefined ? row(name, parameter) : defaultRow(name, parameter, defaultName));
  }
  for (const [antigen, parameter] of Object.entries(entry.antigens ?? {})) {
    if (parameter !== entry.parameters.antigenPositiveFraction) rows.push(row(`antigen: ${antigen}`, parameter));
  }
  return [`### \`${entry.id}\`: ${entry.name}`, '', entry.description, '', header, ...rows, ''].join('\n');
}

/**
 * The parameter library as a Markdown page (docs/parameters.md): the evidence grade scale and kinds, the
 * defaults, the surgery residual fractions, the local-control model's values, and one table per subtype with each parameter's distribution and
 * unit, evidence kind, grade, source, DOI, endpoint, model and note.
 * @returns the whole page, ending with a newline; a pure function of the library data
 * @remarks docs/parameters.md is written from this by `node scripts/generate-docs.mjs` after `pnpm build`;
 * test/core/library.test.ts fails when the file on disk differs.
 */
export function parametersMarkdown(): string {
  const grades = (Object.keys(evidenceGradeScale) as EvidenceGrade[]).map(
    (grade) => `| ${grade} | ${cell(evidenceGradeScale[grade])} |`,
  );
  const kinds = (Object.keys(evidenceKindDescriptions) as EvidenceKind[]).map(
    (kind) => `| ${kind} | ${cell(evidenceKindDescriptions[kind])} |`,
  );
  const margins = (['R0', 'R1', 'R2'] as const).map((margin) =>
    row(`residualFraction.${margin}`, surgeryDefaults.residualFraction[margin]),
  );
  const { marginLogOdds, covariateLogOddsRatio, ...scalars } = localControlDefaults;
  // Every value of the section, so a parameter added to localControlDefaults cannot be left out of the page.
  const localControl = [
    ...Object.entries(marginLogOdds).map(([m, p]) => row(`marginLogOdds.${m}`, p)),
    ...Object.entries(covariateLogOddsRatio).map(([c, p]) => row(`covariateLogOddsRatio.${c}`, p)),
    ...Object.entries(scalars).map(([name, p]) => row(name, p)),
  ];
  // Every value of the toxicity section, nested one or two levels (wound.*, late.fibrosis.d50, …).
  const metastasis = Object.entries(metastasisDefaults).flatMap(([name, value]: [string, unknown]) => flatRows(name, value));
  const pathway = Object.entries(pathwayDefaults).flatMap(([name, value]: [string, unknown]) => flatRows(name, value));
  const toxicity = Object.entries(toxicityDefaults).flatMap(([name, value]: [string, unknown]) => flatRows(name, value));
  return [
    '# Sarcoma parameter library',
    '',
    '<!-- Generated from packages/core/src/library by `node scripts/generate-docs.mjs` (after `pnpm build`). Do not edit by hand: test/core/library.test.ts compares this file with parametersMarkdown(). -->',
    '',
    'Every value is a distribution over virtual patients (`Distribution` in `@rtsim/core`) with its unit and its evidence: what kind of data it rests on, an A–D grade, the source (DOI only where it was checked), the endpoint and model it was derived with, and a note on what was assumed. ' +
      'Most values are starting points (cell-line conversions and assumptions) awaiting calibration against clinical series; an assumed value says so. ' +
      'Access from code: `subtypeLibrary`, `subtypeIds`, `librarySubtype(id)`, `surgeryDefaults`, `localControlDefaults`, `toxicityDefaults` and the `default…` constants; all of it together as `libraryContent`.',
    '',
    'Conversions used throughout: SF2 = exp(−2α − 4β) with β = α/(α/β), so α = −ln SF2 / (2(1 + 2/(α/β))); a lognormal with σ_ln has its central 95% between median·e^(−1.96σ) and median·e^(1.96σ). ' +
      'No RSI distribution is listed: no verified per-subtype RSI distribution was found.',
    '',
    '## Evidence grades',
    '',
    '| Grade | Meaning |',
    '| --- | --- |',
    ...grades,
    '',
    '## Evidence kinds',
    '',
    '| Kind | Meaning |',
    '| --- | --- |',
    ...kinds,
    '',
    '## Defaults',
    '',
    'Used by every subtype that has no better value, and by scenarios that name no subtype; `sarcomaHypoxicFraction` is not a default but the measured range for scenarios that model hypoxia explicitly.',
    '',
    header,
    ...defaults.map(([name, parameter]) => row(name, parameter)),
    '',
    '## Surgery: residual clonogen fraction by margin',
    '',
    'Fraction of the clonogens present at surgery that the operation leaves alive (`surgeryDefaults.residualFraction`), drawn per patient from the distribution of the margin status the patient draws; a scenario may override it.',
    '',
    header,
    ...margins,
    '',
    '## Local control over time',
    '',
    'Parameters of the covariate local-control model (`localControlDefaults`; docs/local-control-model.md), read by arms with `localControl: residual-disease`: residual disease by margin class and covariates, residual clonogens, tumour-bed and size-dependent hypoxia, and the regrowth of a local failure (doubling time, its grade dependence, dormant share and reawakening rate). Part of the library since version 1.1.0.',
    '',
    header,
    ...localControl,
    '',
    '## Toxicity endpoints',
    '',
    "Parameters of the sarcoma toxicity models (`toxicityDefaults`; docs/toxicity-model.md): the major wound complication and grade ≥ 2 late fibrosis, oedema and joint stiffness (calibrated rates), which a scenario's `complications` draws per patient, and the femoral fracture and radiation pneumonitis models (dose fits), which it draws from each arm's `organs` doses. Part of the library since version 1.1.0.",
    '',
    header,
    ...toxicity,
    '',
    '## Distant metastasis and death from sarcoma',
    '',
    "Parameters of the metastasis model (`metastasisDefaults`; docs/metastasis-model.md), which a scenario's `metastasis` reads: subclinical metastasis at diagnosis by covariates, detection time, survival after metastasis by era and subgroup, and seeding by a local recurrence. Part of the library since version 1.1.0.",
    '',
    header,
    ...metastasis,
    '',
    '## Diagnostic pathway',
    '',
    "Parameters of the diagnostic-pathway model (`pathwayDefaults`; docs/pathway-model.md), which a scenario's or an arm's `pathway` reads: the intervals from the first doctor visit to the first treatment, the tumour's doubling time and Gompertz growth over them, unplanned excision, the presentation doublings (the patient interval), and misdiagnosis and review (an arm with treatmentBySubtype); the residual-tumour and re-excision values are the model's, their consequence carried by the local-control model's margin mix after an unplanned excision. Part of the library since version 1.1.0.",
    '',
    header,
    ...pathway,
    '',
    '## Subtypes',
    '',
    ...subtypeIds.map((id) => subtypeSection(subtypeLibrary[id])),
  ].join('\n');
}
