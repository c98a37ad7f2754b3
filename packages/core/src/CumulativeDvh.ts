/**
 * A cumulative dose–volume histogram as points of the curve V(D) = volume receiving a dose ≥ D.
 * - `doses`: total doses D_i in Gy, finite, ≥ 0, strictly increasing.
 * - `volumes`: V_i = volume receiving ≥ D_i, finite, ≥ 0, non-increasing; any unit (cm³, %, or a fraction of
 *   the structure), the same for every point. V_0 is the structure's volume when D_0 is its minimum dose or 0.
 * Between points the curve is read as linear (a uniform dose within each differential bin), the convention of
 * {@link dvhDoseAtVolume} and {@link dvhVolumeAtDose}.
 */
export interface CumulativeDvh {
  readonly doses: readonly number[];
  readonly volumes: readonly number[];
}
