import { distributionCentre, librarySubtype, subtypeIds } from '@rtsim/core';
import { maxAvatarVolume } from './maxAvatarVolume.js';

/** The patient's tumour as the avatar comparison uses it. */
export interface AvatarTumour {
  /** Library subtype the defaults came from (`sts` by default). */
  readonly subtype: string;
  /** Tumour volume, cm³ (used for the clonogen number unless `clonogens` was given). */
  readonly volume: number;
  /** Clonogen density, clonogens per cm³ (the library's central value). */
  readonly clonogenDensity: number;
  /** Initial clonogen number N₀ (given, or density × volume). */
  readonly clonogens: number;
  /** Effective doubling time during treatment T_d, days (Infinity: no repopulation). */
  readonly doublingTime: number;
  /** Kick-off time of repopulation T_k, days. */
  readonly kickoffTime: number;
  /** Where each number came from, for the report: `given`, or `library <subtype> …`. */
  readonly sources: { readonly clonogens: string; readonly doublingTime: string; readonly kickoffTime: string };
}

/** What the user may set; everything else comes from the library subtype. */
export interface AvatarTumourOptions {
  readonly subtype?: string;
  readonly volume?: number;
  readonly clonogens?: number;
  readonly doublingTime?: number;
  readonly kickoffTime?: number;
}

/** Default tumour volume, cm³: the median of the extremity STS series the shipped scenarios cite (Pitson 2004: 264 cm³). */
export const defaultAvatarVolume = 250;

/**
 * The patient's tumour for an avatar comparison: clonogen number and repopulation kinetics, from the user where
 * given, otherwise from the parameter library.
 *
 * Defaults: subtype `sts`; volume {@link defaultAvatarVolume} = 250 cm³; N₀ = clonogen density × volume with the
 * subtype's central density (`sts`: median 10⁷ per cm³, so N₀ = 2.5 × 10⁹); T_d and T_k the subtype's central values
 * (`sts`: median 10 d, mode 21 d). Central value: lognormal median, triangular mode, normal mean, uniform midpoint.
 * All of these are assumptions of the library (docs/parameters.md); only α and β come from the patient's avatar, and
 * their transfer from the dish to the tumour is itself an assumption.
 * @param options - subtype id, volume (cm³, > 0 and ≤ {@link maxAvatarVolume}), clonogens (> 0), doubling time (days, > 0; Infinity turns
 *   repopulation off), kick-off time (days, ≥ 0)
 * @returns the tumour, or a message naming the bad option (unknown subtype with the list of ids, out-of-range number)
 */
export function avatarTumour(options: AvatarTumourOptions = {}): { readonly ok: true; readonly tumour: AvatarTumour } | { readonly ok: false; readonly message: string } {
  const subtypeId = options.subtype ?? 'sts';
  const entry = librarySubtype(subtypeId);
  if (entry === undefined) return { ok: false, message: `unknown subtype "${subtypeId}"; library subtypes: ${subtypeIds.join(', ')}` };
  const volume = options.volume ?? defaultAvatarVolume;
  if (!(volume > 0 && volume <= maxAvatarVolume)) return { ok: false, message: `the tumour volume must be above 0 and at most ${maxAvatarVolume} cm³, got ${volume}` };
  if (options.clonogens !== undefined && !(options.clonogens > 0 && options.clonogens < Infinity)) {
    return { ok: false, message: `the clonogen number must be above 0, got ${options.clonogens}` };
  }
  if (options.doublingTime !== undefined && !(options.doublingTime > 0)) return { ok: false, message: `the doubling time must be above 0 days, got ${options.doublingTime}` };
  if (options.kickoffTime !== undefined && !(options.kickoffTime >= 0 && options.kickoffTime < Infinity)) {
    return { ok: false, message: `the kick-off time must be 0 days or more, got ${options.kickoffTime}` };
  }
  const { parameters } = entry;
  const clonogenDensity = distributionCentre(parameters.clonogenDensity.value);
  const doublingTime = options.doublingTime ?? distributionCentre(parameters.doublingTime.value);
  const kickoffTime = options.kickoffTime ?? distributionCentre(parameters.kickoffTime.value);
  const library = (what: string, unit: string, value: number): string => `library "${subtypeId}" ${what} (${value >= 1e5 ? value.toExponential() : String(value)} ${unit})`;
  return {
    ok: true,
    tumour: {
      subtype: subtypeId,
      volume,
      clonogenDensity,
      clonogens: options.clonogens ?? clonogenDensity * volume,
      doublingTime,
      kickoffTime,
      sources: {
        clonogens: options.clonogens !== undefined ? 'given' : `${library('clonogen density', 'per cm³', clonogenDensity)} × ${options.volume === undefined ? 'default' : 'given'} volume ${volume} cm³`,
        doublingTime: options.doublingTime !== undefined ? 'given' : library('doubling time', 'd', doublingTime),
        kickoffTime: options.kickoffTime !== undefined ? 'given' : library('kick-off time', 'd', kickoffTime),
      },
    },
  };
}
