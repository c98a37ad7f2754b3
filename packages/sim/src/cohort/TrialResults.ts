/** A 95% interval `[lower, upper]`. */
export type Interval = readonly [lower: number, upper: number];

/** Kaplan–Meier local control at fixed times; null where the time lies beyond the follow-up horizon. */
export interface LocalControlAt {
  readonly year1: number | null;
  readonly year2: number | null;
  readonly year5: number | null;
}

/** Outcome of one group of patients (a whole arm, or one subtype within it). */
export interface GroupOutcome {
  readonly patients: number;
  /** Mean tumour control probability over the group's patients. */
  readonly meanTcp: number;
  /** Standard error of meanTcp (sample SD / √n). */
  readonly meanTcpSe: number;
  /** Patients whose control draw succeeded (U < TCP). */
  readonly controlled: number;
  /** controlled / patients. */
  readonly controlRate: number;
  /** Wilson 95% interval of controlRate. */
  readonly controlCi95: Interval;
  readonly localControl: LocalControlAt;
  /** Histogram of per-patient TCP: `counts[i]` patients with TCP in [i·w, (i+1)·w), the last bin closed. */
  readonly tcpHistogram: { readonly binWidth: number; readonly counts: readonly number[] };
  /** Kaplan–Meier local control at the end of each time bin (bin width `TrialResults.followUp.binDays`). */
  readonly localControlCurve: readonly number[];
}

/** Normal-tissue outcome of an arm (LKB), constant across patients. */
export interface ArmToxicity {
  readonly organ: string;
  readonly ntcp: number;
  /** Mean TCP · (1 − NTCP): uncomplicated control, independence assumed. */
  readonly uncomplicatedControl: number;
}

/** Results of one arm. */
export interface ArmResult extends GroupOutcome {
  readonly id: string;
  readonly name: string;
  /** Fractions, total physical dose (Gy) and overall radiotherapy time (days) of the schedule. */
  readonly fractions: number;
  readonly totalDose: number;
  readonly overallTime: number;
  readonly toxicity?: ArmToxicity;
  readonly bySubtype: readonly (GroupOutcome & { readonly subtype: string })[];
}

/** Paired comparison of two arms on the same virtual patients. */
export interface PairOutcome {
  /** Mean over patients of TCP_a − TCP_b, with its paired 95% interval. */
  readonly meanTcpDifference: number;
  readonly meanTcpDifferenceCi95: Interval;
  /** Patients controlled in a only, and in b only. */
  readonly discordant: { readonly aOnly: number; readonly bOnly: number };
  readonly mcnemarP: number;
  /** Log-rank test of the local failure times (grouped in follow-up bins). */
  readonly logRankP: number;
  /**
   * Patients per arm a real two-arm trial would need to detect the simulated difference in control rate
   * (two-sided α = 0.05, power 0.8); null when the rates are equal.
   */
  readonly trialPatientsPerArm: number | null;
}

/** Comparison of arm `a` with arm `b`. */
export interface ArmComparison extends PairOutcome {
  readonly a: string;
  readonly b: string;
  readonly bySubtype: readonly (PairOutcome & { readonly subtype: string })[];
}

/** Everything `rtsim run` writes to results.json; a function of (scenario, seed, patients) alone. */
export interface TrialResults {
  readonly rtsim: { readonly version: string; readonly resultsFormat: 1 };
  readonly scenario: { readonly name: string; readonly hash: string };
  readonly seed: number;
  readonly patients: number;
  readonly blockSize: number;
  readonly followUp: { readonly years: number; readonly binDays: number };
  readonly subtypes: readonly { readonly id: string; readonly name: string; readonly weight: number }[];
  readonly arms: readonly ArmResult[];
  readonly comparisons: readonly ArmComparison[];
}
