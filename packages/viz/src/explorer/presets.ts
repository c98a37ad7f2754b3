import { librarySubtype } from '@rtsim/core';
import type { Distribution, LibraryParameter, SubtypeId } from '@rtsim/core';
import { centralValue } from './centralValue.js';
import type { ExplorerState } from './explorerState.js';
import { normaliseValue, numericParameter } from './parameters.js';
import type { NumericKey } from './parameters.js';

/** A named starting point for a lesson. */
export interface Preset {
  readonly id: string;
  /** Button text. */
  readonly name: string;
  /** Tooltip: what it sets and where the values come from. */
  readonly description: string;
  /** The state after applying the preset to `state` (schedule presets keep the biology and vice versa). */
  readonly apply: (state: ExplorerState) => ExplorerState;
}

/** Tumour volume used to turn a library clonogen density into N₀, cm³ (median of the bundled scenarios). */
export const presetVolume: number = 250;

const clamp = (key: NumericKey, value: number): number => normaliseValue(numericParameter(key), value);

function spread(d: Distribution): number | undefined {
  return typeof d === 'object' && d.dist === 'normal' ? d.sd : undefined;
}

function cite(parameter: LibraryParameter): string {
  const { source } = parameter.evidence;
  return `${source.authors}${source.year ? ` ${source.year}` : ''}, grade ${parameter.evidence.grade}`;
}

function subtypePreset(id: SubtypeId, presetId: string, fallbackName: string): Preset {
  const entry = librarySubtype(id);
  const p = entry?.parameters;
  const description = p
    ? `${entry.name} from the rtsim parameter library: α ${centralValue(p.alpha.value)} 1/Gy (${cite(p.alpha)}), ` +
      `α/β ${centralValue(p.alphaBeta.value)} Gy (${cite(p.alphaBeta)}), T_d ${centralValue(p.doublingTime.value)} d, ` +
      `T_k ${centralValue(p.kickoffTime.value)} d, N₀ = density × ${presetVolume} cm³. Schedule unchanged.`
    : `${fallbackName}: not in the parameter library of this build.`;
  return {
    id: presetId,
    name: entry?.name ?? fallbackName,
    description,
    apply: (state) => {
      if (!p) return state;
      const sigma = spread(p.alpha.value);
      return {
        ...state,
        alpha: clamp('alpha', centralValue(p.alpha.value)),
        alphaBeta: clamp('alphaBeta', centralValue(p.alphaBeta.value)),
        doublingTime: clamp('doublingTime', centralValue(p.doublingTime.value)),
        kickoffTime: clamp('kickoffTime', centralValue(p.kickoffTime.value)),
        hypoxicFraction: clamp('hypoxicFraction', centralValue(p.hypoxicFraction.value)),
        oer: clamp('oer', centralValue(p.oer.value)),
        log10Clonogens: clamp('log10Clonogens', Math.log10(centralValue(p.clonogenDensity.value) * presetVolume)),
        ...(sigma === undefined ? {} : { sigmaAlpha: clamp('sigmaAlpha', sigma) }),
      };
    },
  };
}

/**
 * The explorer's presets: three schedules (conventional 50 Gy/25; the UCLA five-day 30 Gy/5, EQD2 50 Gy at
 * α/β = 4 Gy, Kalbasi et al. Clin Cancer Res 2020; SBRT 3 × 18 Gy with LQ-L, Astrahan 2008) and two
 * subtypes with library values (myxoid liposarcoma, radiosensitive; undifferentiated pleomorphic sarcoma).
 */
export const presets: readonly Preset[] = [
  {
    id: 'conventional',
    name: 'Conventional 50 Gy/25',
    description: '25 × 2 Gy, 5 a week (preoperative standard, O’Sullivan et al. Lancet 2002). LQ.',
    apply: (state) => ({ ...state, reference: { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, gapAfter: 0, gapDays: 0, model: 'lq', compare: [] }),
  },
  {
    id: 'hypofractionated',
    name: 'Hypofractionated 30 Gy/5',
    description: '5 × 6 Gy on five consecutive days (UCLA, Kalbasi et al. 2020), compared with 25 × 2 Gy: equal EQD2 at α/β = 4 Gy.',
    apply: (state) => ({
      ...state,
      reference: { fractions: 5, dose: 6, spacing: 'perWeek', every: 5 },
      gapAfter: 0, gapDays: 0, model: 'lq',
      compare: [{ fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }],
    }),
  },
  {
    id: 'sbrt',
    name: 'SBRT 3 × 18 Gy',
    description: '3 × 18 Gy every other day with LQ-L (D_T = 6 Gy), compared with 25 × 2 Gy and 5 × 6 Gy. Switch to USC or LQ to see how much the model matters.',
    apply: (state) => ({
      ...state,
      reference: { fractions: 3, dose: 18, spacing: 'everyDays', every: 2 },
      gapAfter: 0, gapDays: 0, model: 'lq-l', transitionDose: 6,
      compare: [{ fractions: 25, dose: 2, spacing: 'perWeek', every: 5 }, { fractions: 5, dose: 6, spacing: 'perWeek', every: 5 }],
    }),
  },
  subtypePreset('myxoid-liposarcoma', 'myxoid-liposarcoma', 'Myxoid liposarcoma'),
  subtypePreset('undifferentiated-pleomorphic-sarcoma', 'pleomorphic-sarcoma', 'Undifferentiated pleomorphic sarcoma'),
];
