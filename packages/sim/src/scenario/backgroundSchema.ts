import { lifeTableIds } from '@rtsim/core';
import * as v from 'valibot';
import type { BackgroundInput } from './ScenarioInput.js';
import { choiceField, labelled, mapping, numberField } from './fieldSchemas.js';

const sexField = v.pipe(labelled(
  v.union([
    choiceField(['female', 'male'] as const, 'Every patient is a woman (female) or every patient a man (male).'),
    mapping(
      { female: numberField({ min: 0, max: 1 }, 'Share of women in the cohort (0 to 1); the rest are men.') },
      'a share: { female: <0 to 1> }',
      'A mixed cohort: the share of women.',
    ),
  ]),
  "sex: 'female', 'male' or { female: <share from 0 to 1> }",
), v.description("The patients' sex, which picks the life table's column: 'female', 'male', or { female: <share> } for a mixed cohort."));

/**
 * The `background` section of a scenario (docs/scenarios.md, "Background mortality"): death from other causes
 * from a national period life table kept in the repository (core's `lifeTables`), by age and sex. An unknown
 * table id is refused with the list of known ids (a picklist: no lookup through an object's prototype).
 */
export const backgroundSchema: v.GenericSchema<BackgroundInput> = mapping(
  {
    lifeTable: v.pipe(
      choiceField(lifeTableIds, `Id of a national period life table kept in rtsim: ${lifeTableIds.join(', ')} (docs/models.md, "Background mortality").`),
      v.metadata({ examples: [...lifeTableIds] }),
    ),
    sex: sexField,
  },
  'background: { lifeTable, sex }',
  'Death from other causes: the life table by age and sex the patients die from, alongside their sarcoma, at the age covariate of the local-control model (drawn for every patient, with classic arms too). Results add local recurrence and death on one time axis: LC with death censored, cumulative incidences and LRFS (docs/models.md, "Competing events").',
);
