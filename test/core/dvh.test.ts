import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cumulativeFromDifferential,
  differentialFromCumulative,
  doseVolumeBinsFromDifferential,
  dvhDoseAtVolume,
  dvhDoseRange,
  dvhMeanDose,
  dvhVolumeAtDose,
} from '@rtsim/core';
import type { CumulativeDvh } from '@rtsim/core';

// A hand-made PTV curve (test/fixtures/dvh/eclipse-cumulative-cgy.txt): % of the volume receiving ≥ D Gy.
const ptv: CumulativeDvh = { doses: [0, 47.5, 49, 50, 51, 52, 53], volumes: [100, 100, 98, 60, 10, 1, 0] };
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

// Cumulative curves: 1–40 points, dose steps 0.01–5 Gy, volume drops 0–50 units. `grid` puts volumes on multiples
// of 2^−10, as values exported with a fixed number of binary digits are: there the round trip is exact.
const curve = (grid: boolean): fc.Arbitrary<CumulativeDvh> =>
  fc
    .array(fc.tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), grid ? fc.integer({ min: 0, max: 50 * 1024 }).map((k) => k / 1024) : fc.double({ min: 0, max: 50, noNaN: true })), { minLength: 1, maxLength: 40 })
    .chain((steps) =>
      fc.double({ min: 0, max: 40, noNaN: true }).map((start) => {
        const doses: number[] = [];
        const drops: number[] = [];
        let dose = start;
        for (const [step, drop] of steps) {
          doses.push(dose);
          drops.push(drop);
          dose += step;
        }
        // Suffix sums of the drops give a non-increasing curve ending at the last drop.
        const volumes = drops.map((_, index) => drops.slice(index).reduce((sum, value) => sum + value, 0));
        return { doses, volumes };
      }),
    )
    .filter((c) => (c.volumes[0] ?? 0) >= 1e-3); // a structure with some volume; subnormal volumes are not the point

describe('differentialFromCumulative and cumulativeFromDifferential', () => {
  test('the PTV curve: bins are the drops between points, and a zero-width tail bin at the last dose', () => {
    expect(differentialFromCumulative(ptv)).toEqual({ edges: [0, 47.5, 49, 50, 51, 52, 53, 53], volumes: [0, 2, 38, 50, 9, 1, 0] });
  });

  test('cumulative → differential → cumulative is exact for volumes on a binary grid', () => {
    fc.assert(
      fc.property(curve(true), (c) => {
        expect(cumulativeFromDifferential(differentialFromCumulative(c))).toEqual(c);
      }),
    );
  });

  test('cumulative → differential → cumulative keeps the doses exactly and the volumes to 4 ulp of V_0 for any doubles', () => {
    fc.assert(
      fc.property(curve(false), (c) => {
        const back = cumulativeFromDifferential(differentialFromCumulative(c));
        expect(back.doses).toEqual(c.doses);
        const tolerance = 4 * Number.EPSILON * (c.volumes[0] ?? 0);
        back.volumes.forEach((volume, index) => expect(Math.abs(volume - (c.volumes[index] ?? Number.NaN))).toBeLessThanOrEqual(tolerance));
      }),
    );
  });

  test('a differential with width in its last bin gets the point (top edge, 0)', () => {
    expect(cumulativeFromDifferential({ edges: [0, 10, 20, 30, 40], volumes: [20, 40, 30, 10] })).toEqual({ doses: [0, 10, 20, 30, 40], volumes: [100, 80, 40, 10, 0] });
  });

  test('out-of-domain curves give NaN volumes, never a half-converted curve', () => {
    expect(differentialFromCumulative({ doses: [0, 1], volumes: [1, 2] }).volumes.every(Number.isNaN)).toBe(true);
    expect(differentialFromCumulative({ doses: [1, 1], volumes: [2, 1] }).volumes.every(Number.isNaN)).toBe(true);
    expect(cumulativeFromDifferential({ edges: [0, 1], volumes: [-1] }).volumes.every(Number.isNaN)).toBe(true);
    expect(cumulativeFromDifferential({ edges: [2, 1], volumes: [1] }).volumes.every(Number.isNaN)).toBe(true);
  });
});

describe('dvhDoseAtVolume(cumulative, volume)', () => {
  // Hand calculations on the PTV curve: D_v = D_i + (V_i − v)/(V_i − V_{i+1})·(D_{i+1} − D_i).
  test('D95 = 49 + 3/38, D50 = 50.2, D2 = 51 + 8/9 Gy, D100 = 47.5 (end of the plateau), D0 = 53', () => {
    expect(dvhDoseAtVolume(ptv, 95)).toBeCloseTo(49 + 3 / 38, 12);
    expect(dvhDoseAtVolume(ptv, 50)).toBeCloseTo(50.2, 12);
    expect(dvhDoseAtVolume(ptv, 2)).toBeCloseTo(51 + 8 / 9, 12);
    expect(dvhDoseAtVolume(ptv, 100)).toBe(47.5);
    expect(dvhDoseAtVolume(ptv, 0)).toBe(53);
  });

  test('is NaN for a volume outside [0, V_0] or an empty curve', () => {
    expect(dvhDoseAtVolume(ptv, -1)).toBeNaN();
    expect(dvhDoseAtVolume(ptv, 101)).toBeNaN();
    expect(dvhDoseAtVolume(ptv, Number.NaN)).toBeNaN();
    expect(dvhDoseAtVolume({ doses: [], volumes: [] }, 0)).toBeNaN();
  });

  test('scaling every dose by k scales D_v by k', () => {
    fc.assert(
      fc.property(curve(false), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (c, k, fraction) => {
        const v = fraction * (c.volumes[0] ?? 0);
        const scaled = { doses: c.doses.map((dose) => dose * k), volumes: c.volumes };
        expect(relative(dvhDoseAtVolume(scaled, v), k * dvhDoseAtVolume(c, v))).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  test('is the inverse of dvhVolumeAtDose on a strictly falling stretch', () => {
    fc.assert(
      fc.property(curve(false), fc.double({ min: 0, max: 1, noNaN: true }), (c, fraction) => {
        const v = fraction * (c.volumes[0] ?? 0);
        const dose = dvhDoseAtVolume(c, v);
        // Up to the rounding of the dose: on a stretch steep in volume (50 % over 0.025 Gy) one ulp of D_v moves V by
        // more than the tolerance (fast-check found V(8.000000000000002) = 5e-157 for v = 1e-12), so V is read one
        // to two ulps below D_v.
        expect(dvhVolumeAtDose(c, dose - Math.abs(dose) * Number.EPSILON)).toBeGreaterThanOrEqual(v * (1 - 1e-12) - 1e-12);
      }),
    );
  });
});

describe('dvhVolumeAtDose(cumulative, dose)', () => {
  test('V20 of the PTV is 100 %, V49.5 = 79 %, V53 = 0, V60 = 0', () => {
    expect(dvhVolumeAtDose(ptv, 20)).toBe(100);
    expect(dvhVolumeAtDose(ptv, 49.5)).toBeCloseTo(79, 12);
    expect(dvhVolumeAtDose(ptv, 53)).toBe(0);
    expect(dvhVolumeAtDose(ptv, 60)).toBe(0);
    expect(dvhVolumeAtDose(ptv, -1)).toBeNaN();
  });
});

describe('dvhMeanDose, dvhDoseRange, doseVolumeBinsFromDifferential', () => {
  test('the PTV: mean (2·48.25 + 38·49.5 + 50·50.5 + 9·51.5 + 1·52.5)/100 = 50.185 Gy, range 47.5–53 Gy', () => {
    const differential = differentialFromCumulative(ptv);
    expect(dvhMeanDose(differential)).toBeCloseTo(50.185, 12);
    expect(dvhDoseRange(differential)).toEqual({ minimum: 47.5, maximum: 53 });
  });

  test('the mean is invariant to the volume unit (% vs cm³) and scales with the dose', () => {
    fc.assert(
      fc.property(curve(false), fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (c, total, k) => {
        const mean = dvhMeanDose(differentialFromCumulative(c));
        const absolute = { doses: c.doses, volumes: c.volumes.map((volume) => (volume * total) / 100) };
        const scaled = { doses: c.doses.map((dose) => dose * k), volumes: c.volumes };
        expect(relative(dvhMeanDose(differentialFromCumulative(absolute)), mean)).toBeLessThanOrEqual(1e-12);
        expect(relative(dvhMeanDose(differentialFromCumulative(scaled)), k * mean)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  test('engine bins sit at the bin midpoints with relative volumes, and keep the mean dose', () => {
    const bins = doseVolumeBinsFromDifferential(differentialFromCumulative(ptv));
    expect(bins.map((bin) => bin.dose)).toEqual([48.25, 49.5, 50.5, 51.5, 52.5]);
    expect(bins.map((bin) => bin.volume)).toEqual([0.02, 0.38, 0.5, 0.09, 0.01]);
    // Mean dose of the bins, Σ D_k v_k, by hand: 0.02·48.25 + 0.38·49.5 + 0.5·50.5 + 0.09·51.5 + 0.01·52.5
    // = 0.965 + 18.81 + 25.25 + 4.635 + 0.525 = 50.185 Gy, the PTV's mean dose.
    expect(bins.reduce((sum, bin) => sum + bin.dose * bin.volume, 0)).toBeCloseTo(50.185, 12);
    expect(doseVolumeBinsFromDifferential({ edges: [0, 1], volumes: [0] })).toEqual([]);
  });

  test('no volume gives NaN', () => {
    expect(dvhMeanDose({ edges: [0, 1], volumes: [0] })).toBeNaN();
    expect(dvhDoseRange({ edges: [0, 1], volumes: [0] }).minimum).toBeNaN();
  });

  // Edges that break the DifferentialDvh contract (finite, ≥ 0, non-decreasing), each next to valid volumes; the
  // first two are in a bin with no volume, which a kernel reading only the bins with volume would let through.
  const malformed: readonly { readonly why: string; readonly edges: readonly number[] }[] = [
    { why: 'a NaN top edge', edges: [0, 1, Number.NaN] },
    { why: 'a negative top edge', edges: [0, 1, -1] },
    { why: 'decreasing edges', edges: [2, 1, 3] },
    { why: 'a negative first edge', edges: [-1, 1, 2] },
    { why: 'an infinite edge', edges: [0, 1, Infinity] },
    { why: 'a NaN first edge', edges: [Number.NaN, 1, 2] },
  ];
  test.each(malformed)('a differential with $why is out of domain for every kernel', ({ edges }) => {
    const differential = { edges, volumes: [1, 0] };
    expect(dvhDoseRange(differential)).toEqual({ minimum: Number.NaN, maximum: Number.NaN });
    expect(dvhMeanDose(differential)).toBeNaN();
    expect(doseVolumeBinsFromDifferential(differential)).toEqual([]);
    expect(cumulativeFromDifferential(differential).volumes.every(Number.isNaN)).toBe(true);
  });
});
