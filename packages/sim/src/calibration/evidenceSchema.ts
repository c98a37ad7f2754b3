import * as v from 'valibot';
import { describeValue } from '../scenario/describeValue.js';
import type { FieldProblem } from '../scenario/fieldSchemas.js';
import { checked, choiceField, exactly, labelled, list, mapping, numberField, textField } from '../scenario/fieldSchemas.js';
import { backgroundSchema } from '../scenario/backgroundSchema.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { sharesSchema } from '../scenario/sharesSchema.js';
import { armShareTolerance, calibrationParameterSchema } from './calibrationSchema.js';
import { publishedIntervalProblems } from './publishedIntervalProblems.js';
import type { EvidenceInput, EvidenceObservationInput, EvidencePartInput } from './EvidenceInput.js';

/**
 * Roles of a series: `fit` enters the likelihood; `holdout` and any `holdout-NAME` are only predicted;
 * `sealed-holdout-NAME` is a blind set, validated and then dropped (never simulated, see {@link evidenceSealedRolePattern}).
 */
export const evidenceRolePattern: RegExp = /^(?:fit|holdout(?:-[A-Za-z0-9]+)?|sealed-holdout-[A-Za-z0-9]+)$/;

/**
 * Roles of a sealed (blind) held-out set: the series are checked like any other, then left out of the setup, so no
 * prediction of them can be printed before the set is opened by renaming its role (docs/local-control-model.md).
 */
export const evidenceSealedRolePattern: RegExp = /^sealed-holdout-[A-Za-z0-9]+$/;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const idField = (what: string) =>
  textField(`Id of the ${what}, unique among its siblings.`, { pattern: idPattern, expected: "an id: letters, digits, '.', '_' or '-', starting with a letter or digit", maxLength: 64 });

/** One level, or shares of the levels summing to 1 (sharesSchema, as a scenario's covariates). */
function levels<const K extends readonly string[]>(keys: K, what: string) {
  const one = choiceField(keys, `The ${what} of every patient of the part.`);
  const shares = sharesSchema(keys, `${what} shares: { ${keys.join(', ')} }`, `Shares of each ${what} (absent: 0), summing to 1.`, (key) => `Share of ${what} ${key} (0 to 1).`);
  return labelled(v.union([one, shares]), `a ${what} (${keys.join(', ')}) or shares of them`);
}

const diameter = labelled(
  v.variant('dist', [
    mapping(
      { dist: v.literal('lognormal'), median: numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Median diameter, cm.'), sigma: numberField({ min: 0, max: 3 }, 'SD of ln diameter.') },
      'a lognormal diameter: { dist: lognormal, median, sigma }',
      'Lognormal diameter over patients (cm).',
    ),
    checked(
      mapping(
        { dist: v.literal('uniform'), min: numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Smallest diameter, cm.'), max: numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Largest diameter, cm.') },
        'a uniform diameter: { dist: uniform, min, max }',
        'Uniform diameter over patients (cm).',
      ),
      (d) => (d.max > d.min ? [] : [{ keys: ['max'], message: `expected a number > min (${d.min}), got ${describeValue(d.max)}` }]),
    ),
  ]),
  'a diameter: { dist: lognormal, median, sigma } or { dist: uniform, min, max } (cm)',
);

const course = (what: string) =>
  mapping(
    {
      dose: numberField({ min: 0, exclusiveMin: true, max: 200 }, `Total dose of the ${what} course, Gy.`),
      fractions: numberField({ integer: true, min: 1, max: 100 }, 'Number of fractions (whole number).'),
    },
    `a ${what} course: { dose, fractions }`,
    `A ${what} course: total dose in Gy over equal fractions.`,
  );

const treatment = labelled(
  v.union([
    choiceField(['none', 'preop50', 'postop66', 'rt66', 'rt64'] as const, 'none (surgery alone), preop50 (50 Gy/25 then surgery), postop66 (surgery then 66 Gy/33), rt66 or rt64 (66 Gy/33, 64 Gy/32).'),
    mapping({ sbrt: course('SBRT') }, 'an SBRT course: { sbrt: { dose, fractions } }', 'SBRT of a lesion or gross tumour.'),
    mapping({ preop: course('preoperative') }, 'a preoperative course: { preop: { dose, fractions } }', 'Preoperative RT, then surgery.'),
  ]),
  "a treatment: none, preop50, postop66, rt66, rt64, { sbrt: { dose, fractions } } or { preop: { dose, fractions } }",
);

const partEntries = {
  margin: v.exactOptional(choiceField(['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2', 'gross', 'lesion'] as const, 'Margin class after resection, or gross (unresected tumour) or lesion (one metastasis).')),
  grade: v.exactOptional(levels(['G1', 'G2', 'G3'] as const, 'grade')),
  depth: v.exactOptional(levels(['deep', 'superficial'] as const, 'depth')),
  site: v.exactOptional(levels(['extremity', 'trunk-wall', 'retroperitoneum', 'head-neck'] as const, 'site')),
  age: v.exactOptional(levels(['under50', 'over50'] as const, 'age band')),
  diameter: v.exactOptional(diameter),
  presentation: v.exactOptional(levels(['primary', 'recurrent'] as const, 'presentation')),
  treatment: v.exactOptional(treatment),
  background: v.exactOptional(backgroundSchema),
  metastasisEra: v.exactOptional(numberField({ integer: true, min: 1950, max: 2100 }, "Calendar year of the part's metastases (the scenario's metastasis.era; default 2004).")),
};

const part = mapping(
  { share: numberField({ min: 0, exclusiveMin: true, max: 1 }, 'Share of the stratum (> 0; the shares of a population sum to 1).'), ...partEntries },
  'a population part: { share, margin?, grade?, depth?, site?, age?, diameter?, presentation?, treatment?, background?, metastasisEra? }',
  'Patients of a stratum who share a margin class, covariates and treatment; absent fields come from defaults.population.',
) as v.GenericSchema<EvidencePartInput>;

const years = (what: string) => numberField({ min: 0, exclusiveMin: true, max: 50 }, `${what}, years after the end of treatment (> 0, ≤ 50).`);
const count = (what: string, min = 0) => numberField({ integer: true, min }, `${what} (a whole number ≥ ${min}).`);

/** What each survival kind is, for its messages. */
const survivalWords = {
  os: 'overall survival',
  dss: 'disease-specific survival',
  dmfs: 'distant-metastasis-free survival',
  lrfs: 'local-recurrence-free survival',
  'cif-metastasis': 'cumulative incidence of metastasis',
} as const;

const interval95 = v.exactOptional(labelled(v.tuple([numberField({ min: 0, max: 1 }, 'Lower end.'), numberField({ min: 0, max: 1 }, 'Upper end.')]), 'a 95% interval [lower, upper]'));

/** A published rate's interval: around the value, with a width, the value strictly inside (0, 1) (publishedIntervalProblems). */
const aroundValue = (o: { value: number; ci95?: [number, number] }): FieldProblem[] => publishedIntervalProblems('value', o.value, o.ci95);

/**
 * The actuarial local controls of a stratum are chained (evidenceTerms: each later time is a conditional failure
 * among those still controlled at the one before), so in file order their times must increase, local control must not
 * rise, and no time but the last may have none left.
 */
const chainedLocalControl = (list: readonly EvidenceObservationInput[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  let previous: { readonly at: number; readonly o: Extract<EvidenceObservationInput, { kind: 'lc' }> } | undefined;
  list.forEach((o, at) => {
    if (o.kind !== 'lc') return;
    if (previous !== undefined) {
      const before = `observations[${previous.at}]`;
      if (!(o.atYears > previous.o.atYears)) {
        problems.push({ keys: [at, 'atYears'], message: `expected a time after ${previous.o.atYears} y (${before}): local controls are chained in file order, got ${o.atYears}` });
      } else if (previous.o.value === 0) {
        problems.push({ keys: [at], message: `${before} gives local control 0 at ${previous.o.atYears} y, which leaves no patient to count a later failure among: remove this observation` });
      } else if (o.value > previous.o.value) {
        problems.push({ keys: [at, 'value'], message: `local control cannot rise with time: expected at most ${previous.o.value} (${before}, at ${previous.o.atYears} y), got ${o.value}` });
      }
    }
    previous = { at, o };
  });
  return problems;
};

/** A published survival or cumulative-incidence value (Kaplan–Meier or competing-risks estimate) at a time. */
const survivalValue = (kind: keyof typeof survivalWords) =>
  checked(
    mapping(
      {
        kind: v.literal(kind),
        atYears: numberField({ min: 0, exclusiveMin: true, max: 50 }, 'Time of the estimate, years from the first treatment event (> 0, ≤ 50).'),
        value: numberField({ min: 0, max: 1 }, `The published ${survivalWords[kind]} (0 to 1).`),
        patients: count('Patients', 1),
        ci95: interval95,
      },
      `${survivalWords[kind]}: { kind: ${kind}, atYears, value, patients, ci95? }`,
      `Published ${survivalWords[kind]} at a time (competing-event endpoints of the engine).`,
    ),
    aroundValue,
  );

/** Crude counts of deaths or metastases among patients by a time. */
const survivalCount = (kind: 'deaths' | 'metastases') =>
  checked(
    mapping(
      {
        kind: v.literal(kind),
        atYears: numberField({ min: 0, exclusiveMin: true, max: 50 }, 'Time of the count, years from the first treatment event (> 0, ≤ 50).'),
        events: count(kind === 'deaths' ? 'Deaths from any cause' : 'Patients with a detected metastasis'),
        patients: count('Patients', 1),
      },
      `a count of ${kind}: { kind: ${kind}, atYears, events, patients }`,
      kind === 'deaths' ? 'Deaths from any cause by a time.' : 'Metastases detected (before death) by a time.',
    ),
    (o) => (o.events <= o.patients ? [] : [{ keys: ['events'], message: `expected at most patients (${o.patients}), got ${o.events}` }]),
  );

const observation = labelled(
  v.variant('kind', [
    checked(
      mapping(
        {
          kind: v.literal('lc'),
          atYears: years('Time of the actuarial local control'),
          value: numberField({ min: 0, max: 1 }, 'Local control (0 to 1).'),
          patients: count('Patients or lesions', 1),
          ci95: interval95,
        },
        'an actuarial local control: { kind: lc, atYears, value, patients, ci95? }',
        'Actuarial (Kaplan–Meier) local control at a time.',
      ),
      aroundValue,
    ),
    checked(
      mapping(
        { kind: v.literal('crude-lr'), atYears: years('Follow-up of the crude count'), failures: count('Local failures'), patients: count('Patients or lesions', 1) },
        'a crude local-recurrence count: { kind: crude-lr, atYears, failures, patients }',
        'Crude local failures by a (median) follow-up.',
      ),
      (o) => (o.failures <= o.patients ? [] : [{ keys: ['failures'], message: `expected at most patients (${o.patients}), got ${o.failures}` }]),
    ),
    checked(
      mapping(
        { kind: v.literal('late-lr'), fromYears: years('Landmark'), toYears: years('End of the count'), failures: count('Local failures after the landmark'), atRisk: count('Patients event-free at the landmark', 1) },
        'a late local-recurrence count: { kind: late-lr, fromYears, toYears, failures, atRisk }',
        'Local failures between two times among the patients event-free at the first.',
      ),
      (o) => [
        ...(o.toYears > o.fromYears ? [] : [{ keys: ['toYears'], message: `expected a time > fromYears (${o.fromYears}), got ${o.toYears}` }]),
        ...(o.failures <= o.atRisk ? [] : [{ keys: ['failures'], message: `expected at most atRisk (${o.atRisk}), got ${o.failures}` }]),
      ],
    ),
    checked(
      mapping(
        { kind: v.literal('late-share'), afterYears: years('Time after which a recurrence counts as late'), toYears: years('End of the count'), failures: count('Late local failures'), events: count('All local failures by toYears', 1) },
        'a late share of recurrences: { kind: late-share, afterYears, toYears, failures, events }',
        'The share of the local failures (by toYears) that came after afterYears.',
      ),
      (o) => [
        ...(o.toYears > o.afterYears ? [] : [{ keys: ['toYears'], message: `expected a time > afterYears (${o.afterYears}), got ${o.toYears}` }]),
        ...(o.failures <= o.events ? [] : [{ keys: ['failures'], message: `expected at most events (${o.events}), got ${o.failures}` }]),
      ],
    ),
    survivalValue('os'),
    survivalValue('dss'),
    survivalValue('dmfs'),
    survivalValue('lrfs'),
    survivalValue('cif-metastasis'),
    survivalCount('deaths'),
    survivalCount('metastases'),
  ]),
  'an observation: { kind: lc | crude-lr | late-lr | late-share | os | dss | dmfs | lrfs | cif-metastasis | deaths | metastases, … }',
) as v.GenericSchema<EvidenceObservationInput>;

/**
 * The shares of a population's parts are fractions of its patients and must sum to 1 (within armShareTolerance, as
 * the arm shares of a DATA file and the grade shares of a part): rescaling them silently would hide a typo, and a
 * population written as counts must be converted by its author.
 */
const sharesSumToOne = (parts: readonly EvidencePartInput[]): FieldProblem[] => {
  const sum = parts.reduce((total, p) => total + (p.share ?? 0), 0);
  return Math.abs(sum - 1) <= armShareTolerance ? [] : [{ keys: [], message: `the shares of the parts must sum to 1 (each is a fraction of the stratum's patients), got ${sum}` }];
};

/** Text of an observation with its keys sorted, so that two written in another key order compare equal. */
const observationKey = (o: EvidenceObservationInput): string => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));

/** An observation given twice in one list would count twice in the likelihood: the second is refused. */
const duplicateObservations = (list: readonly EvidenceObservationInput[]): FieldProblem[] => {
  const first = new Map<string, number>();
  return list.flatMap((o, at) => {
    const key = observationKey(o);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, at);
      return [];
    }
    return [{ keys: [at], message: `repeats observations[${earlier}]: an observation listed twice would count twice in the likelihood; remove one` }];
  });
};

const population = checked(list(part, 'a list of population parts', 'The patients of the stratum, in parts whose shares sum to 1.', 1), sharesSumToOne);
const observations = checked(
  list(observation, 'a list of observations', 'What the series reports for this population.', 1),
  // A repeated lc also breaks the chain (its time does not increase): say the simpler thing first.
  (list: readonly EvidenceObservationInput[]) => {
    const duplicates = duplicateObservations(list);
    return duplicates.length > 0 ? duplicates : chainedLocalControl(list);
  },
);

const stratum = mapping(
  { id: idField('stratum'), population, observations },
  'a stratum: { id, population, observations }',
  'A stratum of a series (by margin, size, dose, …): its own population and observations.',
);

const series = checked(
  mapping(
    {
      id: idField('series'),
      evidence: textField('Row of the evidence notes the numbers come from.'),
      role: textField('fit (in the likelihood), holdout or holdout-NAME (only predicted), sealed-holdout-NAME (validated, never predicted).', {
        pattern: evidenceRolePattern,
        expected: "a role: 'fit', 'holdout', 'holdout-' or 'sealed-holdout-' followed by letters or digits",
      }),
      citation: textField('The publication.'),
      source: v.exactOptional(textField('Address of the page the numbers were read on.')),
      population: v.exactOptional(population),
      observations: v.exactOptional(observations),
      strata: v.exactOptional(list(stratum, 'a list of strata', 'Strata of the series, each with its population and observations.', 1)),
      assumed: v.exactOptional(textField('What was assumed to turn the publication into populations.')),
      note: v.exactOptional(textField('A note.')),
    },
    'a series: { id, evidence, role, citation, population and observations, or strata }',
    'A published series: one population with its observations, or strata.',
  ),
  (s): FieldProblem[] => {
    const flat = s.population !== undefined || s.observations !== undefined;
    if (s.strata !== undefined && flat) return [{ keys: ['strata'], message: 'give either strata or population and observations, not both' }];
    if (s.strata === undefined && (s.population === undefined || s.observations === undefined)) {
      return [{ keys: [s.population === undefined ? 'population' : 'observations'], message: 'missing: a series without strata needs population and observations' }];
    }
    const seen = new Set<string>();
    return (s.strata ?? []).flatMap((st, i) => {
      const duplicate = seen.has(st.id);
      seen.add(st.id);
      return duplicate ? [{ keys: ['strata', i, 'id'], message: `duplicate stratum id '${st.id}'` }] : [];
    });
  },
);

const evidenceSchemaInternal = mapping(
  {
    $schema: v.exactOptional(textField('URI of a JSON Schema (ignored by rtsim; for editors).')),
    version: v.pipe(v.literal(1, (issue: v.BaseIssue<unknown>) => `expected 1, got ${describeValue(issue.input)}`), v.description('Format version: 1.')),
    name: textField('Name of the evidence set.'),
    description: v.exactOptional(textField('What the evidence is.')),
    seed: v.exactOptional(numberField({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER }, 'Seed of every simulated part (default 20261205).')),
    patients: v.exactOptional(numberField({ integer: true, min: 1, max: maxPatients }, 'Virtual patients per population part (default 4096; --patients overrides).')),
    defaults: v.exactOptional(
      mapping(
        { population: v.exactOptional(mapping(partEntries, 'default population fields', 'Fields every part takes unless it gives its own.')) },
        'defaults: { population }',
        'Defaults of the population parts.',
      ),
    ),
    parameters: v.exactOptional(list(calibrationParameterSchema, 'a list of parameters', 'Parameters to fit, by path (docs/uncertainty.md); rtsim calibrate --fit adds more.')),
    series: list(series, 'a list of series', 'The published series.', 1),
  },
  'a local-control evidence file: { version, name, defaults?, parameters?, series }',
  'Published local-control (and survival) series with strata and time points (docs/calibration.md, "Local-control evidence files").',
);

/**
 * The schema of local-control evidence files (calibration/local-control-evidence.yaml; docs/calibration.md,
 * "Local-control evidence files"): series with roles fit / holdout / holdout-NAME, populations of parts (margin
 * class, covariates, diameter, treatment) and observations of the kinds lc, crude-lr, late-lr and late-share, and
 * of survival and competing events (os, dss, dmfs, lrfs, cif-metastasis, deaths, metastases).
 */
export const evidenceSchema: v.GenericSchema<EvidenceInput> = exactly<EvidenceInput>()(evidenceSchemaInternal as unknown as v.GenericSchema<EvidenceInput>);
