/** A qualitative claim of a paper and what rtsim measures for it. See behaviourChecks.mjs. */
export interface BehaviourCheck {
  readonly source: string;
  readonly claim: string;
  readonly measure: () => { readonly holds: boolean; readonly detail: string };
}

/** Claims about the shape of the population dose–response curve (Webb & Nahum 1993). */
export declare const behaviourChecks: readonly BehaviourCheck[];
