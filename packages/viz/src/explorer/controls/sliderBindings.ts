import type { ExplorerState, ScheduleChoice } from '../explorerState.js';
import type { NumericKey } from '../parameters.js';
import type { FieldFormat } from '../FieldFormat.js';
import { clonogenField } from './clonogenField.js';

/** How one slider of the parameter table reads and writes the explorer state. */
export interface SliderBinding {
  /** The value to show; undefined when the state does not use this slider (the other spacing), which then keeps its own. */
  readonly read: (state: ExplorerState) => number | undefined;
  /** The state with the slider's new value. */
  readonly write: (state: ExplorerState, value: number) => ExplorerState;
  /** Whether the slider is hidden in a state (D_T only for LQ-L, D₀ only for USC). */
  readonly hidden?: (state: ExplorerState) => boolean;
  /** The slider's upper end in a state, when it depends on another value (the gap follows an existing fraction). */
  readonly max?: (state: ExplorerState) => number;
  /** How its number field shows and reads the value, when not as the value itself. */
  readonly field?: FieldFormat;
}

/** The state's own numeric fields (not the reference schedule's). */
type NumberField = { [K in keyof ExplorerState]: ExplorerState[K] extends number ? K : never }[keyof ExplorerState];

const top = (key: NumberField): SliderBinding => ({
  read: (state) => state[key],
  write: (state, value) => ({ ...state, [key]: value }),
});

const reference = (key: 'dose' | 'fractions'): SliderBinding => ({
  read: (state) => state.reference[key],
  write: (state, value) => ({ ...state, reference: { ...state.reference, [key]: value } }),
});

// Both spacing sliders write `every`; only the one matching the spacing is shown, so only it is read.
const every = (spacing: ScheduleChoice['spacing']): SliderBinding => ({
  read: (state) => (state.reference.spacing === spacing ? state.reference.every : undefined),
  write: (state, every) => ({ ...state, reference: { ...state.reference, every } }),
  hidden: (state) => state.reference.spacing !== spacing,
});

/** Every slider's binding to the state, by parameter key (the table in parameters.ts gives ranges and words). */
export const sliderBindings: Readonly<Record<NumericKey, SliderBinding>> = {
  alpha: top('alpha'),
  alphaBeta: top('alphaBeta'),
  dose: reference('dose'),
  fractions: reference('fractions'),
  perWeek: every('perWeek'),
  everyDays: every('everyDays'),
  gapAfter: { ...top('gapAfter'), max: (state) => Math.max(0, state.reference.fractions - 1) },
  gapDays: top('gapDays'),
  kickoffTime: top('kickoffTime'),
  doublingTime: top('doublingTime'),
  log10Clonogens: { ...top('log10Clonogens'), field: clonogenField },
  hypoxicFraction: top('hypoxicFraction'),
  oer: top('oer'),
  transitionDose: { ...top('transitionDose'), hidden: (state) => state.model !== 'lq-l' },
  d0: { ...top('d0'), hidden: (state) => state.model !== 'usc' },
  sigmaAlpha: top('sigmaAlpha'),
  tumourDiameter: top('tumourDiameter'),
  primaryCareDays: top('primaryCareDays'),
  secondaryCareDays: top('secondaryCareDays'),
  sarcomaCentreDays: top('sarcomaCentreDays'),
  treatmentDays: top('treatmentDays'),
  reviewShare: top('reviewShare'),
  patientIntervalShare: top('patientIntervalShare'),
};
