import { daysPerYear } from '@rtsim/core';
import fc from 'fast-check';

// Random scenario documents (plain values, as a YAML or JSON file holds them) that aim to be valid: every field within
// the range the schema states, and the cross-field rules of docs/scenarios.md respected (an arm on the local-control
// model has LQ survival and no modifiers; metastasis and background go without biomarkers; a pathway only on model
// arms; progression only with lesion arms; a horizon that holds every arm's treatment and first visit). Values lean to
// the extremes the schema still allows (doses of 0 and 100 Gy per fraction, one fraction, 100 years of follow-up, shares
// of 0 and 1, one-stratum covariates, a truncated normal 8 SDs from its mean), since those are where arithmetic breaks.
// Used by resultsFiniteProperty.test.ts; a document the validator still refuses is a legitimate outcome there.

/** A scenario document, as parsed from YAML or JSON. */
export type ScenarioDocument = Record<string, unknown>;

/** What a document exercises, for the test's check that the generator reaches every feature. */
export type Feature =
  | 'classic' | 'residualDisease' | 'lesions' | 'preoperative' | 'postoperative' | 'surgeryAlone' | 'radiotherapyAlone'
  | 'listSchedule' | 'gardPrescription' | 'lqL' | 'usc' | 'oneFraction' | 'covariates' | 'followUpAt' | 'metastasis'
  | 'metastasisModel' | 'background' | 'progression' | 'pathway' | 'treatmentByDiagnosis' | 'complications'
  | 'organAtRisk' | 'organs' | 'modifiers' | 'markers' | 'localControlModel' | 'uncertainty' | 'longFollowUp' | 'rsi';

/** A generated document and the features it was built to exercise. */
export interface GeneratedScenario {
  readonly document: ScenarioDocument;
  readonly features: readonly Feature[];
}

/**
 * A number in [min, max] (both finite): evenly spread over the range, or fast-check's doubles, which favour the ends
 * and values as small as 5e−324.
 */
const between = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: 1000 }).map((k) => min + ((max - min) * k) / 1000), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));

/** Mostly a typical value in [low, high], sometimes one of the extremes the schema still accepts. */
const leaning = (low: number, high: number, extremes: readonly number[]): fc.Arbitrary<number> =>
  fc.oneof({ weight: 3, arbitrary: between(low, high) }, { weight: 1, arbitrary: fc.constantFrom(...extremes) });

/** A share in [0, 1], its ends included often. */
const share: fc.Arbitrary<number> = fc.oneof({ weight: 3, arbitrary: between(0, 1) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 1e-9, 1 - 1e-9) });

/**
 * Shares of `keys` summing to 1: one stratum alone, or weights (zeros among them) normalised; a zero share is written
 * or left out (both mean 0).
 */
function shares<K extends string>(keys: readonly K[]): fc.Arbitrary<Record<string, number>> {
  const single = fc.constantFrom(...keys).map((key) => ({ [key]: 1 }));
  const mixed = fc
    .tuple(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), { minLength: keys.length, maxLength: keys.length }), fc.boolean())
    .filter(([weights]) => weights.some((w) => w > 0))
    .map(([weights, writeZeros]) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      return Object.fromEntries(keys.flatMap((key, i) => ((weights[i] ?? 0) > 0 || writeZeros ? [[key, (weights[i] ?? 0) / total]] : [])));
    });
  return fc.oneof(single, mixed);
}

/** The range of a per-patient parameter (parameterSpecs), and the values it typically takes. */
interface ParameterRange {
  /** Lower bound (excluded for some parameters: their typical and extreme values stay above it). */
  readonly min: number;
  readonly max?: number;
  readonly typical: readonly [number, number];
  readonly extremes: readonly number[];
}

/**
 * A per-patient parameter: a number or a distribution whose support the schema accepts for `range` (a normal with
 * `min` at the bound, an sd of 0, a truncation up to 8 SDs from the mean; a lognormal only for ranges open upwards
 * from 0; uniform and triangular within the bounds).
 */
function parameter(range: ParameterRange): fc.Arbitrary<unknown> {
  const [low, high] = range.typical;
  const plain = leaning(low, high, range.extremes);
  const upper = range.max;
  const forms: fc.Arbitrary<unknown>[] = [
    plain,
    plain.map((value) => ({ dist: 'fixed', value })),
    fc.tuple(between(low, high), between(0.01, 0.5), fc.option(between(-8, 0), { nil: undefined }), fc.boolean()).map(([typical, spread, shift, zeroSd]) => {
      const bounds = { min: range.min, ...(upper === undefined ? {} : { max: upper }) };
      if (zeroSd) return { dist: 'normal', mean: Math.min(upper ?? Infinity, Math.max(typical, range.min)), sd: 0, ...bounds };
      const sd = spread * Math.max(typical, 1e-3);
      // A mean up to 8 SDs below the lower truncation (the schema's limit) pulls every draw to the bound.
      return { dist: 'normal', mean: shift === undefined ? typical : range.min + shift * sd, sd, ...bounds };
    }),
    fc.tuple(between(low, high), between(0.1, 0.9)).map(([centre, width]) => ({ dist: 'uniform', min: Math.max(range.min, centre * (1 - width)), max: Math.min(upper ?? Infinity, centre * (1 + width)) })),
    fc.tuple(between(low, high), between(0.1, 0.9)).map(([centre, width]) => {
      const min = Math.max(range.min, centre * (1 - width));
      const max = Math.min(upper ?? Infinity, centre * (1 + width));
      return { dist: 'triangular', min, mode: Math.min(max, Math.max(min, centre)), max };
    }),
  ];
  if (range.min === 0 && upper === undefined) {
    forms.push(fc.tuple(between(low, high), fc.oneof(between(0, 2), fc.constantFrom(0, 3))).map(([median, sigma]) => ({ dist: 'lognormal', median: Math.max(median, 1e-9), sigma })));
  }
  return fc.oneof(...forms);
}

const ranges = {
  alpha: { min: 0, typical: [0.02, 1], extremes: [0, 2, 5] },
  alphaBeta: { min: 0, typical: [0.5, 20], extremes: [0.01, 100, 1000] },
  doublingTime: { min: 0, typical: [2, 200], extremes: [0.05, 1e4] },
  kickoffTime: { min: 0, typical: [0, 60], extremes: [0, 1000] },
  clonogenDensity: { min: 0, typical: [1e5, 1e9], extremes: [1, 1e12] },
  volume: { min: 0, typical: [0.5, 2000], extremes: [1e-3, 1e5] },
  diameter: { min: 0, typical: [0.5, 20], extremes: [0.01, 60] },
  hypoxicFraction: { min: 0, max: 1, typical: [0, 0.5], extremes: [0, 1] },
  oer: { min: 1, typical: [1, 3.5], extremes: [1, 10] },
  repairHalfTimeHours: { min: 0, typical: [0.2, 6], extremes: [0.01, 100] },
  postTreatmentDoublingTime: { min: 0, typical: [5, 200], extremes: [0.5, 1e4] },
  detectionVolume: { min: 0, typical: [0.05, 10], extremes: [1e-3, 1000] },
} as const satisfies Record<string, ParameterRange>;

const librarySubtypeIds = ['sts', 'myxoid-liposarcoma', 'undifferentiated-pleomorphic-sarcoma', 'leiomyosarcoma', 'synovial-sarcoma', 'dedifferentiated-liposarcoma', 'myxofibrosarcoma', 'mpnst', 'rhabdomyosarcoma', 'ewing-sarcoma'] as const;

/** A few optional parameters of a subtype's override (at most three, so that most subtypes stay near the library). */
const override: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    alpha: parameter(ranges.alpha),
    alphaBeta: parameter(ranges.alphaBeta),
    doublingTime: parameter(ranges.doublingTime),
    kickoffTime: parameter(ranges.kickoffTime),
    hypoxicFraction: parameter(ranges.hypoxicFraction),
    oer: parameter(ranges.oer),
    repairHalfTimeHours: parameter(ranges.repairHalfTimeHours),
    postTreatmentDoublingTime: parameter(ranges.postTreatmentDoublingTime),
  },
  { requiredKeys: [] },
).map((entries) => Object.fromEntries(Object.entries(entries).slice(0, 3)));

/** Mixture weight: > 0, including a weight so small that no patient of a small cohort draws the subtype. */
const weight = fc.oneof({ weight: 3, arbitrary: between(0.05, 5) }, { weight: 1, arbitrary: fc.constantFrom(1e-300, 1, 1e300) });

/** A subtype: from the library (with an override, sometimes an RSI in place of α), or inline with every parameter. */
function subtypeArbitrary(index: number, withRsi: boolean): fc.Arbitrary<Record<string, unknown>> {
  const library = fc
    .record({ ref: fc.constantFrom(...librarySubtypeIds), weight: fc.option(weight, { nil: undefined }), override: fc.option(override, { nil: undefined }), rsi: fc.boolean() })
    .map(({ ref, weight: w, override: o, rsi }) => {
      const own: Record<string, unknown> = { ...(o ?? {}) };
      if (withRsi && rsi) {
        delete own['alpha'];
        // Without alphaBeta in the file, β = 0.05 and RSI must stay ≤ e^(−0.2); with it, any RSI in (0, 1].
        own['rsi'] = own['alphaBeta'] === undefined ? { dist: 'uniform', min: 0.05, max: 0.8 } : { dist: 'triangular', min: 0.01, mode: 0.5, max: 1 };
      }
      return { ref, id: `s${index}`, ...(w === undefined ? {} : { weight: w }), ...(Object.keys(own).length === 0 ? {} : { override: own }) };
    });
  const inline = fc
    .record({
      weight,
      alpha: parameter(ranges.alpha),
      alphaBeta: parameter(ranges.alphaBeta),
      doublingTime: parameter(ranges.doublingTime),
      kickoffTime: parameter(ranges.kickoffTime),
      clonogenDensity: parameter(ranges.clonogenDensity),
      hypoxicFraction: parameter(ranges.hypoxicFraction),
      oer: parameter(ranges.oer),
      detection: fc.oneof(parameter(ranges.detectionVolume).map((d) => ({ detectionVolume: d })), leaning(1, 1e9, [1, 1e12]).map((n) => ({ detectionClonogens: n })), fc.constant({})),
      repairHalfTimeHours: fc.option(parameter(ranges.repairHalfTimeHours), { nil: undefined }),
      postTreatmentDoublingTime: fc.option(parameter(ranges.postTreatmentDoublingTime), { nil: undefined }),
    })
    .map(({ weight: w, detection, repairHalfTimeHours, postTreatmentDoublingTime, ...own }) => ({
      id: `s${index}`,
      weight: w,
      parameters: {
        ...own,
        ...detection,
        ...(repairHalfTimeHours === undefined ? {} : { repairHalfTimeHours }),
        ...(postTreatmentDoublingTime === undefined ? {} : { postTreatmentDoublingTime }),
      },
    }));
  return fc.oneof({ weight: 2, arbitrary: library }, { weight: 1, arbitrary: inline });
}

/** A regular course's calendar fields, and an upper bound of its last fraction's day. */
interface Course {
  readonly schedule: Record<string, unknown>;
  /** Upper bound of the days from the first to the last fraction. */
  readonly spanDays: number;
  readonly fractions: number;
}

const gapsArbitrary = (fractions: number): fc.Arbitrary<{ afterFraction: number; days: number }[]> =>
  fc.array(fc.record({ afterFraction: fc.integer({ min: 1, max: fractions }), days: leaning(0, 30, [0, 0.5, 400]) }), { maxLength: 2 });

/** A regular course: 1 to 40 fractions (sometimes 1000 twice a day), 0 to 100 Gy, any calendar the schema accepts. */
function regularCourse(doseArbitrary: fc.Arbitrary<number>, dose: 'dose' | 'gard'): fc.Arbitrary<Course> {
  return fc
    .record({
      fractions: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 1000) }),
      dose: doseArbitrary,
      calendar: fc.oneof(
        fc.record({ perWeek: fc.integer({ min: 1, max: 7 }), startWeekday: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) }),
        fc.record({ everyDays: leaning(1, 7, [0.25, 1, 30]) }),
        fc.constant({}),
      ),
      perDay: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }) }),
      durationMinutes: fc.option(leaning(0, 30, [0, 600]), { nil: undefined }),
    })
    .chain(({ fractions, dose: d, calendar, perDay, durationMinutes }) =>
      gapsArbitrary(fractions).map((gaps): Course => {
        const cal = calendar as { perWeek?: number; everyDays?: number; startWeekday?: number };
        // perDay fractions must fit in a treatment day: intervalHours · (perDay − 1) < 24 · everyDays.
        const dayHours = 24 * (cal.everyDays ?? 1);
        const intervalHours = perDay > 1 ? (dayHours / perDay) * 0.9 : undefined;
        const days = Math.ceil(fractions / perDay);
        const calendarSpan = cal.everyDays !== undefined ? days * cal.everyDays : (Math.ceil(days / (cal.perWeek ?? 5)) + 1) * 7;
        const gapDays = gaps.reduce((sum, gap) => sum + gap.days, 0);
        const schedule = {
          fractions,
          ...(dose === 'dose' ? { dose: d } : { gardTarget: d }),
          ...Object.fromEntries(Object.entries(cal).filter(([, value]) => value !== undefined)),
          ...(perDay > 1 ? { perDay, intervalHours } : {}),
          ...(durationMinutes === undefined ? {} : { durationMinutes }),
          ...(gaps.length === 0 ? {} : { gaps }),
        };
        return { schedule, spanDays: calendarSpan + gapDays + 2, fractions };
      }),
    );
}

/** Dose per fraction, Gy: 0 to 100, the ends and a tiny dose included. */
const dosePerFraction = fc.oneof({ weight: 4, arbitrary: between(0.5, 20) }, { weight: 1, arbitrary: fc.constantFrom(0, 1e-6, 100) });

/** An explicit list of 1 to 6 fractions on any days (negative and fractional included). */
const listCourse: fc.Arbitrary<Course> = fc
  .array(fc.record({ dose: dosePerFraction, day: leaning(-20, 60, [0, -0.5, 0.25]) }), { minLength: 1, maxLength: 6 })
  .map((list) => {
    const days = list.map((f) => f.day);
    return { schedule: { list }, spanDays: Math.max(...days) - Math.min(...days) + 1, fractions: list.length };
  });

/** Surgery on the day axis: after the course (preoperative RT), before it (postoperative RT), or between fractions. */
type SurgeryTiming = 'preoperative' | 'postoperative' | 'between';

const classicMargins = shares(['R0', 'R1', 'R2']).map((m) => ({ R0: m['R0'] ?? 0, R1: m['R1'] ?? 0, R2: m['R2'] ?? 0 }));
const gradedMargins = shares(['R0-wide', 'R0-close', 'R1-planned', 'R1-unplanned', 'R2']);

const residual = fc.oneof(
  leaning(1e-6, 0.5, [1, 1e-12]),
  fc.tuple(leaning(1e-6, 0.1, [1e-12, 1]), between(0, 3)).map(([median, sigma]) => ({ dist: 'lognormal', median, sigma })),
  fc.constant({ dist: 'uniform', min: 0, max: 1 }),
);

/** An arm's treatment: its course and surgery, with the features they exercise. */
interface Treatment {
  readonly fields: Record<string, unknown>;
  /** Upper bound of the treatment's span in days (first to last event). */
  readonly spanDays: number;
  readonly features: Feature[];
  readonly hasSurgery: boolean;
}

/** The course (regular, list or GARD) and surgery of an arm; `model` arms take graded margins and a fixed course. */
function treatment(model: 'classic' | 'residual', allowGard: boolean): fc.Arbitrary<Treatment> {
  const regular: fc.Arbitrary<Course & { gard?: true }> = regularCourse(dosePerFraction, 'dose');
  const courses: fc.Arbitrary<Course & { gard?: true }>[] = [listCourse];
  if (allowGard) {
    courses.push(
      regularCourse(leaning(1, 80, [1e-3, 200]), 'gard').chain((course) =>
        fc.record({ minDose: fc.option(between(0, 3), { nil: undefined }), maxDose: fc.option(between(3, 100), { nil: undefined }) }).map(({ minDose, maxDose }) => ({
          ...course,
          schedule: { ...course.schedule, ...(minDose === undefined ? {} : { minDose }), ...(maxDose === undefined ? {} : { maxDose }) },
          gard: true as const,
        })),
      ),
    );
  }
  const course = fc.oneof({ weight: 4, arbitrary: regular }, ...courses.map((arbitrary) => ({ weight: 1, arbitrary })));
  const surgery = fc.option(
    fc.record({
      timing: fc.constantFrom<SurgeryTiming>('preoperative', 'postoperative', 'between'),
      offset: leaning(0, 60, [0, 0.5, 365]),
      margins: model === 'residual' ? fc.oneof(gradedMargins, classicMargins) : classicMargins,
      residualFraction: model === 'classic' ? fc.option(fc.record({ R0: residual, R1: residual, R2: residual }, { requiredKeys: [] }), { nil: undefined }) : fc.constant(undefined),
      afterUnplanned: model === 'residual' ? fc.option(fc.oneof(shares(['R0-close', 'R1-unplanned']), gradedMargins), { nil: undefined }) : fc.constant(undefined),
      alone: fc.boolean(),
    }),
    { nil: undefined },
  );
  return fc.tuple(course, surgery).map(([c, s]): Treatment => {
    const features: Feature[] = [];
    if (c.gard === true) features.push('gardPrescription');
    if ('list' in c.schedule) features.push('listSchedule');
    if (c.fractions === 1) features.push('oneFraction');
    if (s === undefined) {
      features.push('radiotherapyAlone');
      return { fields: { schedule: c.schedule }, spanDays: c.spanDays, features, hasSurgery: false };
    }
    const alone = s.alone && c.gard !== true;
    const schedule = alone ? { fractions: 1, dose: 0 } : c.schedule;
    const span = alone ? 1 : c.spanDays;
    const day = alone ? 0 : s.timing === 'preoperative' ? span + s.offset : s.timing === 'postoperative' ? -s.offset : Math.min(span, s.offset);
    features.push(alone ? 'surgeryAlone' : s.timing === 'postoperative' ? 'postoperative' : 'preoperative');
    const surgeryFields = {
      day,
      margins: s.margins,
      ...(s.residualFraction === undefined || Object.keys(s.residualFraction).length === 0 ? {} : { residualFraction: s.residualFraction }),
      ...(s.afterUnplanned === undefined ? {} : { marginsAfterUnplannedExcision: s.afterUnplanned }),
    };
    return { fields: { schedule, surgery: surgeryFields }, spanDays: Math.max(span, day) - Math.min(0, day) + 1, features, hasSurgery: true };
  });
}

/** An inline differential DVH of 1 to 4 bins whose volumes sum to 1; doses up to the schema's 10⁵ Gy. */
const dvhBins = fc
  .array(fc.tuple(leaning(0, 80, [0, 200, 1e5]), fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 4 })
  .filter((bins) => bins.some(([, w]) => w > 0))
  .map((bins) => {
    const total = bins.reduce((sum, [, w]) => sum + w, 0);
    return bins.map(([dose, w]) => ({ dose, volume: w / total }));
  });

const organAtRisk = fc.oneof(
  fc.record({ dvh: dvhBins, td50: leaning(5, 80, [0.1, 1000]), m: leaning(0.05, 0.5, [1e-3, 5]), n: leaning(0.05, 1, [1e-3, 10]), alphaBeta: leaning(1, 10, [0.01, 1000]) }).map((o) => ({ name: 'organ', ...o })),
  fc.record({ dvh: dvhBins, d50: leaning(5, 80, [0.1, 1000]), gamma50: leaning(0.5, 4, [1e-3, 50]), n: fc.option(leaning(0.05, 1, [1e-3, 10]), { nil: undefined }), alphaBeta: leaning(1, 10, [0.01, 1000]) }).map(({ n, ...o }) => ({
    name: 'organ',
    model: 'logistic',
    ...o,
    ...(n === undefined ? {} : { n }),
  })),
);

/** Modifiers of a classic arm: each type once at most, with a response gated by the cohort's marker `M1`. */
function modifiersArbitrary(): fc.Arbitrary<Record<string, unknown>[]> {
  const systemic = fc
    .record({ dmf: leaning(0.5, 2, [1e-3, 5]), logKill: leaning(0, 5, [0, 50]), p: share, day: fc.option(leaning(-30, 30, [0]), { nil: undefined }) })
    // The first fraction: every course has one.
    .map(({ dmf, logKill, p, day }) => ({ type: 'systemic', agent: 'drug', doseModifyingFactor: dmf, logKill, responseProbability: p, fractions: [1], ...(day === undefined ? {} : { day }) }));
  const immunotherapy = fc
    .record({ logKill: leaning(0, 5, [0, 50]), p: share, exponent: between(0, 10), maxFactor: fc.option(leaning(1, 5, [1, 1e6]), { nil: undefined }) })
    .map(({ logKill, p, exponent, maxFactor }) => ({
      type: 'immunotherapy',
      agent: 'checkpoint',
      logKill,
      responseProbability: p,
      marker: 'M1',
      markerNegativeResponseProbability: 0,
      doseScaling: { referenceDose: 2, exponent, ...(maxFactor === undefined ? {} : { maxFactor }) },
    }));
  const cell = fc
    .record({ logKill: leaning(0, 5, [0, 50]), p: share, inS0: fc.option(share, { nil: undefined }) })
    .map(({ logKill, p, inS0 }) => ({ type: 'cellTherapy', agent: 'tcr-t', marker: 'M1', logKill, responseProbability: p, ...(inS0 === undefined ? {} : { responseBySubtype: { s0: inS0 } }) }));
  const heat = fc.record({ dmf: leaning(0.5, 2, [1e-3, 5]), fromDay: fc.option(between(-5, 10), { nil: undefined }) }).map(({ dmf, fromDay }) => ({ type: 'hyperthermia', doseModifyingFactor: dmf, ...(fromDay === undefined ? {} : { fromDay }) }));
  return fc.subarray([systemic, immunotherapy, cell, heat], { minLength: 1 }).chain((chosen) => fc.tuple(...chosen));
}

/** Follow-up: a horizon that holds `spanDays` and the first visit (or just holds it, or 100 years), with `at` times. */
function followUpArbitrary(spanDays: number): fc.Arbitrary<{ value: Record<string, unknown>; features: Feature[] }> {
  return fc
    .record({
      firstVisitDays: fc.option(leaning(0, 180, [0, 1000]), { nil: undefined }),
      years: fc.oneof({ weight: 3, arbitrary: between(1, 10) }, { weight: 1, arbitrary: fc.constantFrom(0, 100) }),
      at: fc.option(fc.array(between(0, 1), { minLength: 1, maxLength: 4 }), { nil: undefined }),
      atHorizon: fc.boolean(),
    })
    .map(({ firstVisitDays, years: wanted, at, atHorizon }) => {
      // The first visit (default 90 days after the treatment) must fall before the horizon: a week and a day of slack.
      const needed = (spanDays + (firstVisitDays ?? 90) + 8) / daysPerYear;
      // 0 asks for the shortest horizon that holds the treatment and the first visit.
      const years = Math.min(100, wanted === 0 ? needed : Math.max(wanted, needed));
      const times = at === undefined ? undefined : [...new Set(at.map((t) => Math.max(1e-3, t * years)))].sort((a, b) => a - b);
      if (times !== undefined && atHorizon) times[times.length - 1] = years;
      const features: Feature[] = [];
      if (times !== undefined) features.push('followUpAt');
      if (years >= 50) features.push('longFollowUp');
      const value = { years, ...(firstVisitDays === undefined ? {} : { firstVisitDays }), ...(times === undefined ? {} : { at: [...new Set(times)] }) };
      return { value, features };
    });
}

const covariates = fc.record(
  {
    age: fc.oneof(
      fc.constant({ dist: 'normal', mean: 58, sd: 15, min: 18, max: 95 }),
      fc.tuple(between(0, 110), between(0, 20)).map(([mean, sd]) => ({ dist: 'normal', mean, sd, min: 0, max: 120 })),
      fc.constantFrom({ dist: 'fixed', value: 0 }, { dist: 'fixed', value: 120 }, { dist: 'uniform', min: 18, max: 100 }),
    ),
    grade: shares(['G1', 'G2', 'G3']),
    depth: shares(['deep', 'superficial']),
    site: shares(['extremity', 'trunk-wall', 'retroperitoneum', 'head-neck']),
    presentation: shares(['primary', 'recurrent']),
  },
  { requiredKeys: [] },
);

const background = fc.record({
  lifeTable: fc.constantFrom('us-ssa-2017', 'de-destatis-2022-2024'),
  sex: fc.oneof(fc.constantFrom('female', 'male'), share.map((female) => ({ female }))),
});

const lognormalOverride = (maxMedian: number, sigmaAboveZero: boolean) =>
  fc.record({ median: leaning(1, maxMedian / 10, [1e-6, maxMedian]), sigma: sigmaAboveZero ? leaning(0.1, 3, [1e-6, 10]) : leaning(0, 3, [0, 10]) }, { requiredKeys: [] });

const metastasis = fc
  .record(
    {
      era: fc.integer({ min: 1950, max: 2100 }),
      model: fc.record(
        {
          interceptLogOdds: leaning(-5, 2, [-30, 30]),
          covariateLogOddsRatio: fc.record({ gradeG3: leaning(-2, 3, [-30, 30]), deep: leaning(-2, 2, [30]) }, { requiredKeys: [] }),
          detectionTime: lognormalOverride(36500, true),
          survivalAfterMetastasis: lognormalOverride(36500, true),
          survivalEraLogPerYear: leaning(-0.1, 0.1, [-1, 1]),
          recurrenceSeeding: share,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );

const localControlModel = fc.record(
  {
    marginLogOdds: fc.record({ 'R0-wide': leaning(-5, 2, [-30, 30]), 'R1-unplanned': leaning(-3, 3, [30]) }, { requiredKeys: [] }),
    covariateLogOddsRatio: fc.record({ ageOver50: leaning(-2, 2, [-30, 30]), gradeG3: leaning(-2, 2, [30]) }, { requiredKeys: [] }),
    residualClonogens: lognormalOverride(1e12, false),
    tumourBedHypoxicFraction: share,
    hypoxicFractionAt8cm: share,
    regrowthDoublingTime: lognormalOverride(3650, false),
    regrowthGradeLogRatio: leaning(-1, 1, [-5, 5]),
    dormantShare: share,
    reawakeningRate: leaning(0.01, 2, [1e-9, 100]),
  },
  { requiredKeys: [] },
);

const interval = fc.oneof(leaning(0, 60, [0, 3652.5]), fc.record({ median: leaning(0, 60, [0, 3652.5]), sigma: leaning(0, 1, [0, 3]) }));

const pathway = fc.record(
  {
    intervals: fc.record({ primaryCare: interval, secondaryCare: interval, sarcomaCentre: interval, treatment: interval }, { requiredKeys: [] }),
    referral: fc.constantFrom('local', 'reference-centre'),
    unplannedExcision: fc.constantFrom('model', 'none'),
    misdiagnosis: fc.constantFrom('library', 'none'),
    review: share,
    patientInterval: fc.oneof(between(1e-3, 1), fc.constantFrom(1, 1e-9)),
  },
  { requiredKeys: [] },
);

/** The shared top of every document. */
function head(name: string, seed: number, patients: number): ScenarioDocument {
  return { version: 1, name, references: ['generated by test/sim/scenarioDocumentArbitrary.ts: every value an assumption'], seed, patients };
}

/** The tumour size every subtype takes from the cohort level (or its own, for an inline subtype that gives one). */
const cohortSize = fc.oneof(parameter(ranges.volume).map((volume) => ({ volume })), parameter(ranges.diameter).map((diameter) => ({ diameter })));

/** Cohort-level parameters besides the size (clonogen density, hypoxia), sometimes. */
const cohortParameters = fc.record({ clonogenDensity: parameter(ranges.clonogenDensity), hypoxicFraction: parameter(ranges.hypoxicFraction) }, { requiredKeys: [] });

/** Seed (0 and 2⁵³ − 1 included) and patients: 64 to 128, sometimes 1 or 2, the smallest cohorts (groups of one). */
const seedAndPatients = fc.record({
  seed: fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
  patients: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 64, max: 128 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 2) }),
});

/** Comparisons: absent (first against each), all pairs, or one listed pair. */
function comparisons(ids: readonly string[]): fc.Arbitrary<unknown> {
  if (ids.length < 2) return fc.constant(undefined);
  return fc.oneof(fc.constant(undefined), fc.constant('all'), fc.constant([{ a: ids[ids.length - 1], b: ids[0] }]));
}

/** Classic arms (the clonogen model): survival models, modifiers, markers, GARD, organs at risk, uncertainty. */
const classicScenario: fc.Arbitrary<GeneratedScenario> = fc
  .record({
    top: seedAndPatients,
    subtypeCount: fc.integer({ min: 1, max: 3 }),
    armCount: fc.integer({ min: 1, max: 3 }),
    extras: fc.record({ markers: fc.boolean(), competing: fc.constantFrom('none', 'background', 'metastasis', 'both'), complications: fc.boolean(), uncertainty: fc.boolean(), gardBands: fc.boolean() }),
  })
  .chain(({ top, subtypeCount, armCount, extras }) => {
    // Metastasis and background do not go with biomarkers, GARD or modifiers yet (metastasisArmProblems).
    const plain = extras.competing !== 'none';
    const subtypes = fc.tuple(...Array.from({ length: subtypeCount }, (_, i) => subtypeArbitrary(i, !plain)));
    const arms = fc.tuple(
      ...Array.from({ length: armCount }, (_, i) =>
        fc
          .record({
            treatment: treatment('classic', !plain),
            survival: fc.oneof(
              { weight: 1, arbitrary: fc.constant(undefined) },
              { weight: 1, arbitrary: fc.constant({ model: 'lq' }) },
              { weight: 1, arbitrary: leaning(1, 10, [0.01, 100]).map((transitionDose) => ({ model: 'lq-l', transitionDose })) },
              // USC twice as often: a D₀ beyond 1/α of the cohort must be refused (uscDomainProblems), a D₀ below it run.
              { weight: 2, arbitrary: fc.oneof(between(0.1, 0.8), fc.constantFrom(0.01, 0.5, 1.25, 2, 50)).map((d0) => ({ model: 'usc', d0 })) },
            ),
            reoxygenation: fc.constantFrom(undefined, 'none', 'full'),
            dmf: fc.option(leaning(0.5, 2, [1e-3, 10]), { nil: undefined }),
            organ: fc.option(organAtRisk, { nil: undefined }),
            modifiers: fc.boolean(),
          })
          .chain((a) => (a.modifiers && !plain ? modifiersArbitrary().map((m) => ({ ...a, modifierList: m })) : fc.constant({ ...a, modifierList: undefined as Record<string, unknown>[] | undefined })))
          .map((a) => {
            const gard = a.treatment.features.includes('gardPrescription');
            const features: Feature[] = [...a.treatment.features];
            if (a.survival?.model === 'lq-l') features.push('lqL');
            if (a.survival?.model === 'usc') features.push('usc');
            const organ = gard ? undefined : a.organ;
            if (organ !== undefined) features.push('organAtRisk');
            if (a.modifierList !== undefined) features.push('modifiers');
            const arm = {
              id: `arm${i}`,
              ...a.treatment.fields,
              ...(a.survival === undefined ? {} : { survival: a.survival }),
              ...(a.reoxygenation === undefined ? {} : { reoxygenation: a.reoxygenation }),
              ...(a.dmf === undefined ? {} : { doseModifyingFactor: a.dmf }),
              ...(organ === undefined ? {} : { organAtRisk: organ }),
              ...(a.modifierList === undefined ? {} : { modifiers: a.modifierList }),
            };
            // A systemic kill's day (−30 to 30) can lie outside the course and widen the treatment span.
            return { arm, features, spanDays: a.treatment.spanDays + (a.modifierList === undefined ? 0 : 32), hasSurgery: a.treatment.hasSurgery, gard };
          }),
      ),
    );
    // A marker's prevalence may be a distribution: its mean is the prevalence.
    const prevalence = fc.oneof(share, fc.constant({ dist: 'uniform', min: 0, max: 1 }));
    return fc.tuple(fc.constant({ top, extras, plain }), subtypes, arms, cohortSize, cohortParameters, fc.option(covariates, { nil: undefined }), background, metastasis, prevalence);
  })
  .chain(([{ top, extras, plain }, subtypes, arms, size, parameters, covariateMix, backgroundValue, metastasisValue, prevalence]) => {
    const span = Math.max(...arms.map((a) => a.spanDays));
    const ids = arms.map((a) => a.arm.id);
    return fc.tuple(followUpArbitrary(span), comparisons(ids)).map(([followUp, comparison]): GeneratedScenario => {
      const features: Feature[] = ['classic', ...arms.flatMap((a) => a.features), ...followUp.features];
      const withMarkers = !plain && (extras.markers || arms.some((a) => a.arm.modifiers !== undefined));
      const surgeryArm = arms.some((a) => a.hasSurgery && !a.gard);
      const document: ScenarioDocument = {
        ...head('classic arms', top.seed, top.patients),
        cohort: {
          ...size,
          ...parameters,
          ...(withMarkers ? { markers: { M1: prevalence } } : {}),
          ...(covariateMix !== undefined && plain ? { covariates: covariateMix } : {}),
          subtypes,
        },
        arms: arms.map((a) => a.arm),
        followUp: followUp.value,
        ...(comparison === undefined ? {} : { comparisons: comparison }),
      };
      if (withMarkers) features.push('markers');
      if (subtypes.some((s) => isRecord(s['override']) && 'rsi' in s['override'])) features.push('rsi');
      if (extras.gardBands && !plain) document['gardBands'] = [1e-3, 20, 40, 1e4];
      if (extras.competing === 'background' || extras.competing === 'both') {
        document['background'] = backgroundValue;
        features.push('background');
      }
      if (extras.competing === 'metastasis' || extras.competing === 'both') {
        document['metastasis'] = metastasisValue;
        features.push('metastasis');
        if (metastasisValue.model !== undefined) features.push('metastasisModel');
      }
      if (plain && covariateMix !== undefined) features.push('covariates');
      // Complications need an arm with surgery and no GARD-prescribed arm (its EQD2 is per patient).
      if (extras.complications && surgeryArm && !arms.some((a) => a.gard)) {
        document['complications'] = {};
        features.push('complications');
      }
      if (extras.uncertainty) {
        document['uncertainty'] = { draws: 2, parameters: [{ path: `arms[${ids[0]}].doseModifyingFactor`, distribution: { dist: 'uniform', min: 0.5, max: 1.5 } }] };
        features.push('uncertainty');
      }
      return { document, features };
    });
  });

/** Tumour arms on the residual-disease model (beside a classic arm sometimes): covariates, metastasis, pathway, tables. */
const residualScenario: fc.Arbitrary<GeneratedScenario> = fc
  .record({
    top: seedAndPatients,
    subtypeCount: fc.integer({ min: 1, max: 3 }),
    armCount: fc.integer({ min: 1, max: 3 }),
    classicArm: fc.boolean(),
    extras: fc.record({
      covariates: fc.option(covariates, { nil: undefined }),
      unplannedShare: fc.option(share, { nil: undefined }),
      background: fc.option(background, { nil: undefined }),
      metastasis: fc.option(metastasis, { nil: undefined }),
      localControlModel: fc.option(localControlModel, { nil: undefined }),
      pathway: fc.option(pathway, { nil: undefined }),
      armPathway: fc.option(pathway, { nil: undefined }),
      histology: fc.option(leaning(-1, 1, [-5, 5]), { nil: undefined }),
      table: fc.constantFrom('none', 'grade', 'subtype'),
      complications: fc.option(fc.subarray(['wound', 'fibrosis', 'oedema', 'stiffness', 'fracture', 'pneumonitis'] as const, { minLength: 1 }), { nil: undefined }),
      uncertainty: fc.boolean(),
    }),
  })
  .chain(({ top, subtypeCount, armCount, classicArm, extras }) => {
    const subtypes = fc.tuple(...Array.from({ length: subtypeCount }, (_, i) => subtypeArbitrary(i, false)));
    const modelArms = fc.tuple(...Array.from({ length: armCount }, () => treatment('residual', false)));
    const classic = classicArm && extras.pathway === undefined ? treatment('classic', false).map((t) => [t]) : fc.constant([] as Treatment[]);
    const organs = fc.record({ lung: dvhBins.map((dvh) => ({ dvh })), femoralNeck: fc.oneof(dvhBins.map((dvh) => ({ dvh })), leaning(0, 60, [0, 200, 1e5]).map((meanDose) => ({ meanDose }))) });
    return fc.tuple(fc.constant({ top, extras }), subtypes, modelArms, classic, cohortSize, organs);
  })
  .chain(([{ top, extras }, subtypes, modelArms, classicArms, size, organDoses]) => {
    const span = Math.max(...[...modelArms, ...classicArms].map((t) => t.spanDays));
    const armIds = [...modelArms.map((_, i) => `lc${i}`), ...classicArms.map(() => 'classic')];
    return fc.tuple(followUpArbitrary(span), comparisons(armIds)).map(([followUp, comparison]): GeneratedScenario => {
      const features: Feature[] = ['residualDisease', ...modelArms.flatMap((t) => t.features), ...classicArms.flatMap((t) => ['classic' as const, ...t.features]), ...followUp.features];
      const endpoints = extras.complications ?? [];
      const surgical = endpoints.some((e) => e === 'wound' || e === 'fibrosis' || e === 'oedema' || e === 'stiffness');
      const anySurgery = [...modelArms, ...classicArms].some((t) => t.hasSurgery);
      const scoreComplications = endpoints.length > 0 && (!surgical || anySurgery);
      // Organ doses go to every scored arm: all arms with only organ endpoints, the arms with surgery beside a surgical one.
      const organsFor = (t: Treatment): Record<string, unknown> => {
        if (!scoreComplications || (surgical && !t.hasSurgery)) return {};
        const wanted = { ...(endpoints.includes('pneumonitis') ? { lung: organDoses.lung } : {}), ...(endpoints.includes('fracture') ? { femoralNeck: organDoses.femoralNeck } : {}) };
        return Object.keys(wanted).length === 0 ? {} : { organs: wanted };
      };
      const arms: Record<string, unknown>[] = modelArms.map((t, i) => ({ id: `lc${i}`, localControl: 'residual-disease', ...t.fields, ...organsFor(t) }));
      for (const t of classicArms) {
        // A classic arm cannot take graded margins or margins after an unplanned excision.
        arms.push({ id: 'classic', ...t.fields, ...organsFor(t) });
      }
      const tabled = extras.table !== 'none' && modelArms.length >= 2;
      const ownPathway = !tabled && classicArms.length === 0 ? extras.armPathway : undefined;
      if (tabled) {
        const [router] = arms;
        if (router !== undefined) router[extras.table === 'grade' ? 'treatmentByGrade' : 'treatmentBySubtype'] = extras.table === 'grade' ? { 1: 'lc1' } : { other: 'lc1', s0: 'lc1' };
        features.push('treatmentByDiagnosis');
      } else if (ownPathway !== undefined) {
        // An arm's own pathway replaces the fields it gives (treatment tables need the same pathway before diagnosis).
        const [first] = arms;
        if (first !== undefined) first['pathway'] = ownPathway;
        features.push('pathway');
      }
      const covariateMix = { ...(extras.covariates ?? {}), ...(extras.unplannedShare === undefined || extras.pathway !== undefined || ownPathway !== undefined ? {} : { unplannedExcision: extras.unplannedShare }) };
      const document: ScenarioDocument = {
        ...head('residual-disease arms', top.seed, top.patients),
        cohort: { ...size, ...(Object.keys(covariateMix).length === 0 ? {} : { covariates: covariateMix }), subtypes },
        arms,
        followUp: followUp.value,
        ...(comparison === undefined ? {} : { comparisons: comparison }),
      };
      if (Object.keys(covariateMix).length > 0) features.push('covariates');
      if (extras.background !== undefined) {
        document['background'] = extras.background;
        features.push('background');
      }
      if (extras.metastasis !== undefined) {
        document['metastasis'] = { ...extras.metastasis, ...(extras.histology === undefined ? {} : { histology: { s0: extras.histology } }) };
        features.push('metastasis');
        if (extras.metastasis.model !== undefined) features.push('metastasisModel');
      }
      if (extras.localControlModel !== undefined) {
        document['localControlModel'] = extras.localControlModel;
        features.push('localControlModel');
      }
      if (extras.pathway !== undefined) {
        document['pathway'] = extras.pathway;
        features.push('pathway');
      }
      if (scoreComplications) {
        document['complications'] = { endpoints };
        features.push('complications');
        if (endpoints.includes('fracture') || endpoints.includes('pneumonitis')) features.push('organs');
      }
      if (extras.uncertainty) {
        document['uncertainty'] = { draws: 2, parameters: [{ path: 'localControlModel.dormantShare', distribution: { dist: 'uniform', min: 0, max: 1 } }] };
        features.push('uncertainty');
      }
      return { document, features };
    });
  });

/** Lesion arms (SBRT of metastases), with progression, background and pneumonitis. */
const lesionScenario: fc.Arbitrary<GeneratedScenario> = fc
  .record({
    top: seedAndPatients,
    subtypeCount: fc.integer({ min: 1, max: 2 }),
    armCount: fc.integer({ min: 1, max: 3 }),
    progression: fc.option(fc.record({ era: fc.oneof(between(1950, 2100), fc.constantFrom(1950, 2100)) }, { requiredKeys: [] }), { nil: undefined }),
    background: fc.option(background, { nil: undefined }),
    covariates: fc.option(covariates, { nil: undefined }),
    localControlModel: fc.option(localControlModel, { nil: undefined }),
    pneumonitis: fc.boolean(),
  })
  .chain((s) => {
    const subtypes = fc.tuple(...Array.from({ length: s.subtypeCount }, (_, i) => subtypeArbitrary(i, false)));
    const arms = fc.tuple(
      ...Array.from({ length: s.armCount }, () =>
        fc.record({
          course: fc.oneof({ weight: 3, arbitrary: regularCourse(dosePerFraction, 'dose') }, { weight: 1, arbitrary: listCourse }),
          count: shares(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
          diameter: fc.oneof(parameter(ranges.diameter), fc.constantFrom(0.01, 60)),
          lung: dvhBins,
        }),
      ),
    );
    return fc.tuple(fc.constant(s), subtypes, arms, cohortSize);
  })
  .chain(([s, subtypes, arms, size]) => {
    const span = Math.max(...arms.map((a) => a.course.spanDays));
    return fc.tuple(followUpArbitrary(span), comparisons(arms.map((_, i) => `sbrt${i}`))).map(([followUp, comparison]): GeneratedScenario => {
      const features: Feature[] = ['lesions', 'radiotherapyAlone', ...followUp.features];
      if (arms.some((a) => a.course.fractions === 1)) features.push('oneFraction');
      if (arms.some((a) => 'list' in a.course.schedule)) features.push('listSchedule');
      const document: ScenarioDocument = {
        ...head('lesion arms', s.top.seed, s.top.patients),
        cohort: { ...size, ...(s.covariates === undefined ? {} : { covariates: s.covariates }), subtypes },
        arms: arms.map((a, i) => ({
          id: `sbrt${i}`,
          localControl: 'residual-disease',
          target: 'lesions',
          lesions: { count: a.count, diameter: a.diameter },
          schedule: a.course.schedule,
          ...(s.pneumonitis ? { organs: { lung: { dvh: a.lung } } } : {}),
        })),
        followUp: followUp.value,
        ...(comparison === undefined ? {} : { comparisons: comparison }),
      };
      if (s.covariates !== undefined) features.push('covariates');
      if (s.progression !== undefined) {
        document['progression'] = s.progression;
        features.push('progression');
      }
      if (s.background !== undefined) {
        document['background'] = s.background;
        features.push('background');
      }
      if (s.localControlModel !== undefined) {
        document['localControlModel'] = s.localControlModel;
        features.push('localControlModel');
      }
      if (s.pneumonitis) {
        document['complications'] = { endpoints: ['pneumonitis'] };
        features.push('complications', 'organs');
      }
      return { document, features };
    });
  });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scenario document of any of the three kinds (classic, residual-disease tumour arms, lesion arms). */
export const scenarioDocumentArbitrary: fc.Arbitrary<GeneratedScenario> = fc.oneof(classicScenario, residualScenario, lesionScenario);
