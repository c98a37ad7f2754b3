import * as v from 'valibot';
import type { FieldProblem } from './fieldSchemas.js';
import { checked, exactly, labelled, list, notReserved, numberField, textField } from './fieldSchemas.js';
import { distributedField } from './parameterSchemas.js';
import type { ModifierInput, ParameterInput } from './ScenarioInput.js';

/** Largest dose-modifying factor a scenario may give (a factor of 3 is already far beyond any clinical agent). */
export const maxDoseModifyingFactor = 5;
/** Largest extra log cell kill (natural log) a modifier may give: e^{−50} ≈ 2·10⁻²² of the clonogens survive. */
export const maxLogKill = 50;

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const nameExpected = "a name: letters, digits, '.', '_', '+' or '-', starting with a letter or digit";

/**
 * A marker or agent name (`MAGE-A4`, `NY-ESO-1`, `PD-L1`, `doxorubicin`).
 * @param description - what the name identifies
 * @returns the schema
 */
export function nameField(description: string): v.GenericSchema<string> {
  return notReserved(textField(description, { pattern: namePattern, expected: nameExpected, maxLength: 64 }));
}

const probability = (description: string): v.GenericSchema<number> => numberField({ min: 0, max: 1 }, description);

/** Marker prevalences of a level (cohort, override, inline subtype): name → probability of being positive. */
export const markersSchema: v.GenericSchema<Record<string, ParameterInput>> = v.pipe(
  labelled(
    v.record(
      nameField('Name of a marker (an antigen such as MAGE-A4, or an immune subgroup).'),
      distributedField(
        'marker prevalence',
        { min: 0, max: 1 },
        'Fraction of patients positive for the marker, from 0 to 1. A distribution is allowed (e.g. the range of published series) and its mean is used: a positive/negative status drawn with a random probability is a draw with the mean probability.',
      ),
    ),
    'a mapping of marker names to prevalences, e.g. { MAGE-A4: 0.69 }',
  ),
  v.description(
    "Prevalence of named markers (antigens, immune subgroups): each patient is positive with this probability, drawn once per patient and shared by all arms. A level here wins over the cohort level, which wins over the library's antigen prevalences.",
  ),
);

const agentField = nameField(
  'Id of the agent (drug, cell product). Every arm giving the same agent uses the same response draw for a patient, so the same patients respond in every arm (with a higher probability, a superset of them); different agents are drawn independently.',
);

const dayWindow = {
  fromDay: v.exactOptional(numberField({}, 'First day of the window the agent is active in, on the schedule\'s day axis (day 0 = first fraction), inclusive. Default: no lower limit.')),
  toDay: v.exactOptional(numberField({}, 'Last day of the window, inclusive. Default: no upper limit.')),
  fractions: v.exactOptional(
    list(
      numberField({ integer: true, min: 1 }, 'A fraction number (1-based).'),
      'a list of fraction numbers',
      'The fractions the agent accompanies, 1-based (instead of a day window). Default: every fraction (within fromDay…toDay when given).',
      1,
    ),
  ),
};

const doseModifyingFactorField = (description: string): v.GenericSchema<number> =>
  numberField({ min: 0, exclusiveMin: true, max: maxDoseModifyingFactor }, description);

const logKillField = numberField(
  { min: 0, max: maxLogKill },
  `Extra log cell kill L in a responder, a NATURAL log, not the oncology "log kill" (base 10): ln S −= L, so L = 1 kills 63% of the clonogens and a "1-log kill" (90%) is L = ln 10 ≈ 2.303 (n decades: 2.303·n). 0 to ${maxLogKill}.`,
);

const response = {
  responseBySubtype: v.exactOptional(
    v.pipe(
      labelled(
        v.record(
          textField('A subtype id of the cohort.'),
          probability('Response probability in this subtype (0 to 1).'),
        ),
        'a mapping of subtype ids to probabilities',
      ),
      v.description('Response probability per subtype id (0 to 1), replacing responseProbability for the subtypes listed.'),
    ),
  ),
  marker: v.exactOptional(
    nameField('Only patients positive for this marker respond with responseProbability (marker-negative patients with markerNegativeResponseProbability, default 0). Its prevalence comes from the subtype, the cohort or the library.'),
  ),
  markerNegativeResponseProbability: v.exactOptional(probability('Response probability of marker-negative patients (0 to 1). Default 0.')),
  day: v.exactOptional(
    numberField({}, 'Day the kill acts, on the schedule\'s day axis (day 0 = first fraction). It extends the treatment span (first to last event) over which repopulation is counted, for the patients who receive the agent (with a marker: the marker-positive ones). Default: no day of its own (concurrent with the fractions).'),
  ),
};

const systemic = labelled(
  v.strictObject({
    type: v.pipe(v.literal('systemic'), v.description('Systemic therapy, e.g. doxorubicin or ifosfamide, concurrent or sequential.')),
    agent: agentField,
    doseModifyingFactor: v.exactOptional(
      doseModifyingFactorField(`Dose-modifying factor on the fractions the agent overlaps (α·DMF, β·DMF²; > 0 and ≤ ${maxDoseModifyingFactor}), in every patient given the agent. Default 1 (none).`),
    ),
    ...dayWindow,
    logKill: v.exactOptional(logKillField),
    responseProbability: v.exactOptional(probability('Probability that a patient responds with the log kill (0 to 1). Default 1.')),
    ...response,
  }),
  'a systemic therapy: { type: systemic, agent, doseModifyingFactor?, fromDay?, toDay?, logKill?, day?, … }',
);

const immunotherapy = labelled(
  v.strictObject({
    type: v.pipe(v.literal('immunotherapy'), v.description('Immune checkpoint inhibitor given with radiotherapy (what-if: no validated dose–response).')),
    agent: agentField,
    logKill: logKillField,
    responseProbability: probability('Probability that a patient responds (0 to 1); with a marker, among marker-positive patients.'),
    ...response,
    doseScaling: v.exactOptional(
      v.pipe(
        labelled(
          v.strictObject({
            referenceDose: numberField({ min: 0, exclusiveMin: true }, 'Dose per fraction d_ref in Gy (> 0) at which the log kill is logKill.'),
            exponent: numberField({ min: 0, max: 10 }, 'Exponent k of L(d) = logKill · min(maxFactor, (d/d_ref)^k), 0 to 10 (0: no dependence).'),
            maxFactor: v.exactOptional(numberField({ min: 1 }, 'Cap on (d/d_ref)^k (≥ 1). Default: no cap.')),
          }),
          'a dose scaling: { referenceDose, exponent, maxFactor? }',
        ),
        v.description(
          "What-if: the log kill rises with the arm's dose per fraction d (mean over fractions; for a GARD prescription the patient's), L(d) = logKill · min(maxFactor, (d/referenceDose)^exponent).",
        ),
      ),
    ),
  }),
  'an immunotherapy: { type: immunotherapy, agent, logKill, responseProbability, marker?, doseScaling?, … }',
);

const cellTherapy = labelled(
  v.strictObject({
    type: v.pipe(v.literal('cellTherapy'), v.description('Engineered T-cell therapy (TCR-T) against a tumour antigen.')),
    agent: agentField,
    marker: nameField('The target antigen (e.g. MAGE-A4): only antigen-positive patients can respond.'),
    logKill: logKillField,
    responseProbability: probability('Probability that an antigen-positive patient responds (0 to 1).'),
    responseBySubtype: response.responseBySubtype,
    markerNegativeResponseProbability: response.markerNegativeResponseProbability,
    day: response.day,
  }),
  'a cell therapy: { type: cellTherapy, agent, marker, logKill, responseProbability, day?, … }',
);

const hyperthermia = labelled(
  v.strictObject({
    type: v.pipe(v.literal('hyperthermia'), v.description('Regional hyperthermia as a radiosensitiser on the fractions it accompanies.')),
    agent: v.exactOptional(nameField('Name shown in results (default hyperthermia).')),
    doseModifyingFactor: doseModifyingFactorField(`Thermal enhancement as a dose-modifying factor on the accompanied fractions (α·DMF, β·DMF²; > 0 and ≤ ${maxDoseModifyingFactor}).`),
    ...dayWindow,
  }),
  'a hyperthermia: { type: hyperthermia, doseModifyingFactor, fractions? | fromDay?, toDay? }',
);

function modifierProblems(m: ModifierInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (m.type === 'systemic' || m.type === 'hyperthermia') {
    if (m.fractions !== undefined && (m.fromDay !== undefined || m.toDay !== undefined)) {
      problems.push({ keys: ['fractions'], message: 'give fraction numbers or a day window (fromDay/toDay), not both' });
    }
    if (m.fromDay !== undefined && m.toDay !== undefined && m.toDay < m.fromDay) {
      problems.push({ keys: ['toDay'], message: `expected a day ≥ fromDay (${m.fromDay}), got ${m.toDay}` });
    }
  }
  if (m.type !== 'hyperthermia' && m.markerNegativeResponseProbability !== undefined && m.marker === undefined) {
    problems.push({ keys: ['markerNegativeResponseProbability'], message: 'needs a marker' });
  }
  return problems;
}

/**
 * One modifier of an arm (models.md, "Systemic and immune modifiers" and "Dose-modifying agent"), by `type`:
 * systemic therapy, immunotherapy, cell therapy (TCR-T) or hyperthermia.
 */
export const modifierSchema: v.GenericSchema<ModifierInput> = exactly<ModifierInput>()(
  v.pipe(
    checked(
      labelled(
        v.variant('type', [systemic, immunotherapy, cellTherapy, hyperthermia]),
        'a modifier: { type: systemic | immunotherapy | cellTherapy | hyperthermia, … }',
      ),
      modifierProblems,
    ),
    v.description(
      'A systemic, immune or physical modifier of the arm: a dose-modifying factor on the fractions it accompanies, and/or an extra log cell kill in patients who respond (drawn per patient; optionally only marker-positive ones). Values are what-if inputs unless the scenario cites a source. See docs/scenarios.md.',
    ),
  ),
);
