/**
 * Which single-fraction survival curve to use (docs/models.md, "Cell survival per fraction").
 * - `{ model: 'lq' }` (default): −ln S = αd + βd².
 * - `{ model: 'lq-l', transitionDose }`: LQ up to the transition dose D_T (Gy, ≥ 0; `Infinity` is plain LQ), the
 *   tangent line above it (Astrahan, Med Phys 2008;35:4161).
 * - `{ model: 'usc', d0 }`: universal survival curve (Park et al., IJROBP 2008;70:847): LQ below D_T, the
 *   multi-target line −ln S = (d − D_q)/D₀ above, with D₀ = `d0` in Gy (> 0, αD₀ < 1) and D_q, D_T implied by a
 *   smooth join (see {@link uscQuasiThresholdDose}).
 */
export type SurvivalModel =
  | { readonly model: 'lq' }
  | { readonly model: 'lq-l'; readonly transitionDose: number }
  | { readonly model: 'usc'; readonly d0: number };
