/** A hazard ratio of group A to group B with its Wald interval on the log scale (Peto's or Cox's estimate). */
export interface HazardRatio {
  /** Hazard ratio of group A to group B, e^{ln HR} (dimensionless, > 0). */
  readonly hazardRatio: number;
  /** ln HR, the estimate on the log scale. */
  readonly logHazardRatio: number;
  /** Standard error of ln HR (Peto: 1/√V; Cox: 1/√I(β̂)). */
  readonly standardError: number;
  /** Lower limit exp(ln HR − z·se). */
  readonly lower: number;
  /** Upper limit exp(ln HR + z·se). */
  readonly upper: number;
}
