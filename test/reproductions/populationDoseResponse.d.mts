/** Parameters of {@link populationDoseResponse}: ᾱ and σ_α (1/Gy), α/β (Gy), N₀, number of fractions. */
export interface PopulationDoseResponseParameters {
  readonly alphaMean: number;
  readonly alphaSd: number;
  readonly alphaBeta: number;
  readonly clonogens: number;
  readonly fractions: number;
}

/** Population TCP against total dose D (Gy), with D₅₀ (Gy) and γ₅₀. See populationDoseResponse.mjs. */
export interface PopulationDoseResponse {
  readonly tcp: (dose: number) => number;
  readonly d50: number;
  readonly gamma50: number;
}

export declare function populationDoseResponse(p: PopulationDoseResponseParameters): PopulationDoseResponse;
