import * as v from 'valibot';
import type { ArmInput, CohortInput } from '../scenario/ScenarioInput.js';
import { describeValue } from '../scenario/describeValue.js';
import { checked, choiceField, exactly, labelled, list, mapping, numberField, textField } from '../scenario/fieldSchemas.js';
import { maxPatients, scenarioSchemaDefinitions } from '../scenario/scenarioSchema.js';
import { parameterPathForms, parseParameterPath } from '../scenario/parameterPath.js';
import { publishedIntervalProblems } from './publishedIntervalProblems.js';
import type { CalibrationInput, CalibrationParameterInput, ObservedCountsInput, ObservedRateInput } from './CalibrationInput.js';

/** Tolerance on Σ armShares = 1. */
export const armShareTolerance = 1e-9;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

// The scenario's own cohort and arm schemas: a cohort of a DATA file is written exactly like a scenario's.
const cohortSchema = scenarioSchemaDefinitions['cohort'] as v.GenericSchema<CohortInput>;
const armSchema = scenarioSchemaDefinitions['arm'] as v.GenericSchema<ArmInput>;

// Forms joined by '; ': the forms themselves use '|' for alternatives (R0|R1|R2, ID|*).
const pathField = checked(
  textField(
    `The number to fit, in the parameter-path language of docs/uncertainty.md: ${parameterPathForms.join('; ')}. It is set in every cohort whose scenario has it (a subtype or arm it does not have is skipped), and must hold the same value in all of them.`,
  ),
  (text) => {
    const parsed = parseParameterPath(text);
    return parsed.ok ? [] : [{ keys: [], message: parsed.message }];
  },
);

/** One parameter to fit: `{ path, min, max, scale?, start?, label? }` (also used by the evidence format). */
export const calibrationParameterSchema: v.GenericSchema<CalibrationParameterInput> = checked(
  mapping(
    {
      path: pathField,
      label: v.exactOptional(textField('Name in tables and charts (default: the path).', { maxLength: 80 })),
      min: numberField({}, 'Lower bound of the search, in the unit of the number.'),
      max: numberField({}, 'Upper bound of the search (> min), in the unit of the number.'),
      scale: v.exactOptional(
        choiceField(['linear', 'log'] as const, 'Scale of the search and of the likelihood profile: log for numbers spanning decades (residual fractions, densities; needs min > 0). Default linear.'),
      ),
      start: v.exactOptional(numberField({}, 'Starting value of the search, within [min, max]. Default: the value the scenarios hold (the library value), clamped into [min, max].')),
    },
    'a parameter to fit: { path, min, max, scale?, start?, label? }',
    'A population parameter fitted by maximum likelihood.',
  ),
  (p) => {
    const problems: { keys: string[]; message: string }[] = [];
    if (!(p.max > p.min)) problems.push({ keys: ['max'], message: `expected a number > min (${p.min}), got ${describeValue(p.max)}` });
    if (p.scale === 'log' && !(p.min > 0)) problems.push({ keys: ['min'], message: `a log scale needs min > 0, got ${describeValue(p.min)}` });
    if (p.start !== undefined && !(p.start >= p.min && p.start <= p.max)) {
      problems.push({ keys: ['start'], message: `expected a number from ${p.min} to ${p.max}, got ${describeValue(p.start)}` });
    }
    return problems;
  },
);

const atYears = numberField({ min: 0, exclusiveMin: true, max: 100 }, 'Time of the observation in years from the first treatment event (> 0 and ≤ 100): the follow-up horizon of the simulated cohort.');

const observedCounts: v.GenericSchema<ObservedCountsInput> = exactly<ObservedCountsInput>()(checked(
  mapping(
    {
      failures: numberField({ integer: true, min: 0 }, 'Patients (or lesions) with a local failure by atYears, a whole number ≥ 0.'),
      patients: numberField({ integer: true, min: 1 }, 'Patients (or lesions) at risk, a whole number ≥ 1.'),
      atYears,
    },
    'observed counts: { failures, patients, atYears }',
    'The outcome as counts: failures of patients by atYears (binomial).',
  ),
  (o) => (o.failures > o.patients ? [{ keys: ['failures'], message: `expected at most patients (${o.patients}), got ${o.failures}` }] : []),
));

const observedRate: v.GenericSchema<ObservedRateInput> = exactly<ObservedRateInput>()(checked(
  mapping(
    {
      localControl: numberField({ min: 0, max: 1 }, 'Local control at atYears as published (a proportion from 0 to 1, usually Kaplan–Meier).'),
      ci95: v.exactOptional(
        labelled(
          v.tuple([numberField({ min: 0, max: 1 }, 'Lower end.'), numberField({ min: 0, max: 1 }, 'Upper end.')]),
          'a 95% interval [lower, upper]',
        ),
      ),
      patients: numberField({ integer: true, min: 1 }, 'Patients (or lesions) in the series, a whole number ≥ 1.'),
      atYears,
    },
    'an observed rate: { localControl, ci95?, patients, atYears }',
    'The outcome as a published rate. Its information is an effective number of patients: p(1 − p)/SE² with SE from ci95 when given (never more than patients), else patients; a rate of 0 or 1 takes no ci95.',
  ),
  (o) => publishedIntervalProblems('localControl', o.localControl, o.ci95),
));

const observed = labelled(
  v.union([observedCounts, observedRate]),
  'an observed outcome: { failures, patients, atYears } or { localControl, ci95?, patients, atYears }',
);

const cohort = checked(
  mapping(
    {
      id: textField('Unique id of the series (used in tables and charts).', {
        pattern: idPattern,
        expected: "an id: letters, digits, '.', '_' or '-', starting with a letter or digit",
        maxLength: 64,
      }),
      reference: textField('The publication: authors, journal, year, and where the numbers were read.'),
      role: choiceField(['fit', 'holdout'] as const, 'fit: the series enters the likelihood; holdout: it is only predicted with the fitted parameters.'),
      note: v.exactOptional(textField('What was assumed to turn the publication into a scenario, and what is not verified.')),
      cohort: cohortSchema,
      arms: list(armSchema, 'a list of arms', 'How the series was treated: one arm, or several when patients were treated in different ways (see armShares).', 1),
      armShares: v.exactOptional(
        list(numberField({ min: 0, max: 1 }, 'Share of the patients treated as this arm (0 to 1).'), 'a list of shares', 'Share of the series treated as each arm, in the order of arms; they sum to 1. Default: equal shares.'),
      ),
      observed,
    },
    'a series: { id, reference, role, cohort, arms, observed }',
    'A published series: the cohort and its treatment as a scenario fragment, and its observed local control.',
  ),
  (c) => {
    const shares = c.armShares;
    if (shares === undefined) return [];
    if (shares.length !== c.arms.length) return [{ keys: ['armShares'], message: `expected one share per arm (${c.arms.length}), got ${shares.length}` }];
    const sum = shares.reduce((total, share) => total + share, 0);
    return Math.abs(sum - 1) <= armShareTolerance ? [] : [{ keys: ['armShares'], message: `the shares must sum to 1, got ${sum}` }];
  },
);

const calibrationSchemaInternal = mapping(
  {
    $schema: v.exactOptional(textField('URI of a JSON Schema (ignored by rtsim; for editors).')),
    version: v.pipe(
      v.literal(1, (issue: v.BaseIssue<unknown>) => `expected 1 (the only calibration format version), got ${describeValue(issue.input)}`),
      v.description('Calibration format version: 1.'),
    ),
    name: textField('Name of the calibration.'),
    description: v.exactOptional(textField('What is calibrated against what, and why.')),
    seed: numberField({ integer: true, min: 0 }, 'Seed of every simulated cohort (a whole number): the same seed in every evaluation makes the likelihood a smooth function of the parameters (common random numbers).', {
      max: Number.MAX_SAFE_INTEGER,
      message: (value) => `expected a seed of at most 2^53 − 1, got ${describeValue(value)}`,
    }),
    patients: numberField({ integer: true, min: 1, max: maxPatients }, 'Virtual patients per series and evaluation (rtsim calibrate --patients overrides it).'),
    parameters: list(calibrationParameterSchema, 'a list of parameters', 'The parameters to fit.', 1),
    cohorts: list(cohort, 'a list of series', 'The published series, each fitted or held out.', 1),
  },
  'a calibration: { version, name, seed, patients, parameters, cohorts }',
  'An rtsim calibration DATA file: published series as scenario fragments with their observed local control, and the library parameters to fit to them (docs/calibration.md).',
);

/**
 * The schema of calibration DATA files (`rtsim calibrate DATA.yaml`, docs/calibration.md). A series' `cohort`
 * and `arms` are the scenario schema's own; checks that need the resolved scenarios (library refs, parameter
 * paths bound to each series) are made by {@link parseCalibration}.
 */
export const calibrationSchema: v.GenericSchema<CalibrationInput> = exactly<CalibrationInput>()(calibrationSchemaInternal);
