import * as v from 'valibot';
import type { MetastasisInput } from './ScenarioInput.js';
import { labelled, mapping, numberField, textField } from './fieldSchemas.js';
import { metastasisModelSchema } from './metastasisModelSchema.js';

/**
 * The `metastasis` section of a scenario (docs/scenarios.md, "Metastasis and survival"): distant metastasis present
 * at diagnosis, its detection, seeding by a detected local recurrence and death from sarcoma after it, with the
 * library values of `metastasisDefaults` (docs/metastasis-model.md). Any arm that treats the tumour, on the
 * local-control model or the classic clonogen model: the probability of metastasis reads the covariates that the
 * local-control stream draws for every patient (metastasisArmProblems refuses lesion arms and what that path lacks).
 */
export const metastasisSchema: v.GenericSchema<MetastasisInput> = mapping(
  {
    era: v.exactOptional(
      numberField(
        { integer: true, min: 1950, max: 2100 },
        'Calendar year of the cohort\'s metastases (1950 to 2100): the median survival after metastasis grows 2.4% a year from 19.4 months in 2004 (Italiano et al. Cancer 2011 and the other series of calibration/metastasis-evidence.yaml, fitted: revision 4). Default 2004, the last era with data; later years extrapolate.',
      ),
    ),
    histology: v.exactOptional(
      v.pipe(
        labelled(
          v.record(
            textField('A subtype id of the cohort.'),
            numberField({ min: -5, max: 5 }, 'Log odds ratio of subclinical metastasis of this subtype against the mixed STS cohorts the model was fitted on (−5 to 5).'),
          ),
          'a mapping of subtype ids to log odds ratios',
        ),
        v.description(
          "Histology effect on subclinical metastasis per subtype id (log odds ratio, −5 to 5), replacing the library's for the subtypes listed: a library subtype has Kattan's histology points against an assumed mixed cohort (metastasisDefaults.histologyLogOddsRatio, e.g. mpnst +0.70, myxoid-liposarcoma −0.26; sts 0), a subtype of the file's own 0.",
        ),
      ),
    ),
    model: v.exactOptional(metastasisModelSchema),
  },
  'metastasis: { era, histology, model }',
  'Distant metastasis and death from sarcoma (docs/metastasis-model.md): subclinical metastasis at diagnosis from grade, size, depth, presentation and histology, its detection, seeding by a local recurrence, and death after it; other-cause death (background) competes. Results add DMFS, metastasis cumulative incidence, disease-specific and overall survival. Works with arms on the classic clonogen model or localControl: residual-disease; not with target: lesions.',
);
