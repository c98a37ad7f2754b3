import * as v from 'valibot';
import { distributionSchema } from './distributionSchema.js';
import { choiceField, mapping, numberField } from './fieldSchemas.js';
import type { CovariatesInput, MarginClassesInput } from './ScenarioInput.js';
import { sharesSchema } from './sharesSchema.js';

/** Margin classes of the local-control model, best first (docs/local-control-model.md, "Engine wiring"). */
export const marginClassNames = ['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2'] as const;

/** A margin class of the local-control model (R2: gross residual disease). */
export type MarginClassName = (typeof marginClassNames)[number];

/** Graded margin shares of a surgery after an unplanned excision (the local-control model only). */
export const marginClassesSchema: v.GenericSchema<MarginClassesInput> = sharesSchema(
  marginClassNames,
  `margin classes: { ${marginClassNames.join(', ')} }`,
  'Share of patients in each margin class after a prior unplanned excision; absent classes are 0, the shares sum to 1.',
  (key) => `Share of patients with margin class ${key} (0 to 1).`,
);

/**
 * Per-patient covariates of the local-control model (docs/scenarios.md, "Local control over time"): each a
 * categorical share mapping or, for age, a distribution; absent fields take their defaults.
 */
export const covariatesSchema: v.GenericSchema<CovariatesInput> = mapping(
  {
    age: v.exactOptional(v.pipe(distributionSchema, v.description('Age in years, a distribution over patients (the model uses age ≥ 50). Default normal, mean 58, sd 15, truncated to [18, 95].'))),
    grade: v.exactOptional(sharesSchema(['G1', 'G2', 'G3'] as const, 'grade shares: { G1, G2, G3 }', 'FNCLCC grade shares. Default G1 0.2, G2 0.35, G3 0.45.', (k) => `Share of grade ${k} (0 to 1).`)),
    depth: v.exactOptional(sharesSchema(['deep', 'superficial'] as const, 'depth shares: { deep, superficial }', 'Depth shares. Default deep 0.7.', (k) => `Share of ${k} tumours (0 to 1).`)),
    site: v.exactOptional(
      sharesSchema(['extremity', 'trunk-wall', 'retroperitoneum', 'head-neck'] as const, 'site shares: { extremity, trunk-wall, retroperitoneum, head-neck }', 'Site shares. Default extremity 0.75, trunk-wall 0.1, retroperitoneum 0.1, head-neck 0.05.', (k) => `Share of ${k} tumours (0 to 1).`),
    ),
    presentation: v.exactOptional(sharesSchema(['primary', 'recurrent'] as const, 'presentation shares: { primary, recurrent }', 'Presentation shares. Default primary 0.9.', (k) => `Share of ${k} presentations (0 to 1).`)),
    unplannedExcision: v.exactOptional(numberField({ min: 0, max: 1 }, 'Share of patients referred after an unplanned excision (0 to 1); their margins follow surgery.marginsAfterUnplannedExcision. Default 0.')),
  },
  'covariates: { age?, grade?, depth?, site?, presentation?, unplannedExcision? }',
  'Per-patient covariates of the local-control model (arms with localControl: residual-disease), also read by metastasis (grade, size, depth, presentation) and background (age) with any arm; each patient draws them once, the same in every arm.',
);

/** The arm's opt-in to the local-control model of docs/local-control-model.md. */
export const localControlField: v.GenericSchema<'residual-disease'> = choiceField(
  ['residual-disease'] as const,
  'Local-control model of this arm: residual-disease (docs/local-control-model.md: residual disease by margin class and covariates, recurrence over time with regrowth and dormancy). Absent: the classic clonogen model.',
);
