import type { explorerCopy } from '../explorerCopy.js';
import type { NumericKey } from '../parameters.js';

/** A control of the panel that is not a plain slider; each has its own module in this folder. */
export type ControlWidget =
  | 'presets' | 'beta' | 'spacing' | 'repopulation' | 'reoxygenation' | 'model' | 'uscNote' | 'share'
  | 'marginClass' | 'timing' | 'grade' | 'site' | 'depth' | 'ageBand' | 'localControlComparison' | 'referral';

/** One fieldset of the panel: its legend (a key of `explorerCopy.groups`) and its controls in order. */
export interface ControlGroup {
  readonly group: keyof typeof explorerCopy.groups;
  /** A parameter key is its slider (parameters.ts, sliderBindings.ts); a widget name is that widget. */
  readonly items: readonly (NumericKey | ControlWidget)[];
}

/**
 * The explorer's control panel, top to bottom, as data: a new slider is a row in parameters.ts, a binding in
 * sliderBindings.ts and its key here.
 */
export const explorerControlGroups: readonly ControlGroup[] = [
  { group: 'presets', items: ['presets'] },
  { group: 'sensitivity', items: ['alpha', 'alphaBeta', 'beta'] },
  { group: 'schedule', items: ['dose', 'fractions', 'spacing', 'perWeek', 'everyDays', 'gapAfter', 'gapDays'] },
  { group: 'repopulation', items: ['repopulation', 'kickoffTime', 'doublingTime'] },
  { group: 'tumour', items: ['log10Clonogens', 'hypoxicFraction', 'oer', 'reoxygenation'] },
  { group: 'model', items: ['model', 'transitionDose', 'd0', 'uscNote'] },
  { group: 'population', items: ['sigmaAlpha'] },
  { group: 'localControl', items: ['localControlComparison', 'marginClass', 'timing', 'grade', 'tumourDiameter', 'site', 'depth', 'ageBand'] },
  { group: 'pathway', items: ['primaryCareDays', 'secondaryCareDays', 'sarcomaCentreDays', 'treatmentDays', 'referral', 'reviewShare', 'patientIntervalShare'] },
  { group: 'share', items: ['share'] },
];
