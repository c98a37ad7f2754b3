import { distributionCentre, sphereVolume } from '@rtsim/core';
import type { Distribution } from '@rtsim/core';
import type { PathKey } from '../scenario/fieldSchemas.js';
import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { ParametersInput, ScenarioInput } from '../scenario/ScenarioInput.js';
import type { PlausibilityNote } from './PlausibilityNote.js';
import { noteNumber } from './noteNumber.js';

/**
 * Tumour volume above which a cohort's typical tumour is beyond the largest sarcomas reported, cm³ (50 L). The
 * largest are retroperitoneal liposarcomas: "giant" from 30 cm or 20 kg (Mansour S et al., J Med Cases
 * 2022;13:517), the heaviest found resected 44 kg (Refky B et al., Egypt J Surg 2017;36:193), about 44–48 L at the
 * density of soft tissue and fat; a 55 × 30 × 18 cm one weighed 19.8 kg (BMC Nephrol 2024, doi
 * 10.1186/s12882-024-03701-z). A median of 250 cm³ written in mm³ gives 250 000; a sphere of 46 cm holds 50 L, so an
 * 8 cm diameter written in mm (80) holds 268 L.
 */
export const maxPlausibleTumourVolumeCm3 = 50_000;

/** Where a level of the cohort writes its parameters, and those parameters. */
interface ParameterLevel {
  readonly keys: readonly PathKey[];
  readonly parameters: ParametersInput | undefined;
}

/** The cohort level and each subtype's override or inline parameters, with their paths. */
function parameterLevels(input: ScenarioInput): ParameterLevel[] {
  return [
    { keys: ['cohort'], parameters: input.cohort },
    ...input.cohort.subtypes.map((subtype, i): ParameterLevel =>
      'ref' in subtype ? { keys: ['cohort', 'subtypes', i, 'override'], parameters: subtype.override } : { keys: ['cohort', 'subtypes', i, 'parameters'], parameters: subtype.parameters },
    ),
  ];
}

/** A note when the typical volume (cm³) of a level is implausible, read as mm³ for the likely intent. */
function volumeNote(keys: readonly PathKey[], volume: Distribution): PlausibilityNote | undefined {
  const centre = distributionCentre(volume);
  if (!(centre > maxPlausibleTumourVolumeCm3)) return undefined;
  return {
    path: formatIssuePath([...keys, 'volume']),
    message: `a typical tumour of ${noteNumber(centre)} cm³ (${noteNumber(centre / 1000)} L) is beyond the largest sarcomas reported (about ${maxPlausibleTumourVolumeCm3 / 1000} L): is it in mm³? (${noteNumber(centre)} mm³ = ${noteNumber(centre / 1000)} cm³)`,
  };
}

/** A note when the typical diameter (cm) of a level makes a sphere beyond the limit, read as mm for the likely intent. */
function diameterNote(keys: readonly PathKey[], diameter: Distribution): PlausibilityNote | undefined {
  const centre = distributionCentre(diameter);
  if (!(sphereVolume(centre) > maxPlausibleTumourVolumeCm3)) return undefined;
  return {
    path: formatIssuePath([...keys, 'diameter']),
    message: `a typical tumour of ${noteNumber(centre)} cm diameter (a sphere of ${noteNumber(sphereVolume(centre) / 1000)} L) is beyond the largest sarcomas reported (about ${maxPlausibleTumourVolumeCm3 / 1000} L): is it in mm? (${noteNumber(centre)} mm = ${noteNumber(centre / 10)} cm)`,
  };
}

/**
 * Notes for tumour sizes whose typical value (distributionCentre) is beyond the largest sarcomas reported, at the
 * cohort level and in each subtype: a volume above maxPlausibleTumourVolumeCm3, or a diameter whose sphere is.
 * @param input - a scenario that passed the schema
 * @returns the notes, at `cohort.volume`, `cohort.subtypes[i].override.diameter`, …
 */
export function tumourSizeNotes(input: ScenarioInput): PlausibilityNote[] {
  return parameterLevels(input).flatMap(({ keys, parameters }) => {
    const note = parameters?.volume !== undefined ? volumeNote(keys, parameters.volume) : parameters?.diameter !== undefined ? diameterNote(keys, parameters.diameter) : undefined;
    return note === undefined ? [] : [note];
  });
}
