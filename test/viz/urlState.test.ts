import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplorerState, ScheduleChoice } from '../../packages/viz/src/explorer/explorerState.js';
import { defaultState, numericParameter, numericParameters } from '../../packages/viz/src/explorer/parameters.js';
import type { NumericKey } from '../../packages/viz/src/explorer/parameters.js';
import { findLesson } from '../../packages/viz/src/explorer/lessons/lessons.js';
import { decodeExplorerState, decodeLessonPosition, encodeExplorerState, encodeLessonPosition, gradeWords, marginWords, parseScheduleToken, referralWords, scheduleToken, siteWords, timingWords } from '../../packages/viz/src/explorer/urlState.js';

// A value on the slider's grid, so it is representable in the URL exactly as the UI would produce it.
const onGrid = (key: NumericKey): fc.Arbitrary<number> => {
  const p = numericParameter(key);
  const steps = Math.round((p.max - p.min) / p.step);
  return fc.integer({ min: 0, max: steps }).map((k) => Number((p.min + k * p.step).toFixed(p.decimals)));
};

const scheduleArbitrary: fc.Arbitrary<ScheduleChoice> = fc.oneof(
  fc.record({ fractions: onGrid('fractions'), dose: onGrid('dose'), spacing: fc.constant('perWeek' as const), every: onGrid('perWeek') }),
  fc.record({ fractions: onGrid('fractions'), dose: onGrid('dose'), spacing: fc.constant('everyDays' as const), every: onGrid('everyDays') }),
);

const stateArbitrary: fc.Arbitrary<ExplorerState> = fc.record({
  alpha: onGrid('alpha'),
  alphaBeta: onGrid('alphaBeta'),
  reference: scheduleArbitrary,
  gapAfter: onGrid('gapAfter'),
  gapDays: onGrid('gapDays'),
  kickoffTime: onGrid('kickoffTime'),
  doublingTime: onGrid('doublingTime'),
  repopulation: fc.boolean(),
  log10Clonogens: onGrid('log10Clonogens'),
  hypoxicFraction: onGrid('hypoxicFraction'),
  oer: onGrid('oer'),
  reoxygenation: fc.constantFrom('none' as const, 'full' as const),
  model: fc.constantFrom('lq' as const, 'lq-l' as const, 'usc' as const),
  transitionDose: onGrid('transitionDose'),
  d0: onGrid('d0'),
  sigmaAlpha: onGrid('sigmaAlpha'),
  compare: fc.array(scheduleArbitrary, { maxLength: 3 }),
  marginClass: fc.constantFrom(...marginWords),
  timing: fc.constantFrom(...timingWords),
  grade: fc.constantFrom(...gradeWords),
  tumourDiameter: onGrid('tumourDiameter'),
  site: fc.constantFrom(...siteWords),
  depth: fc.constantFrom('deep' as const, 'superficial' as const),
  ageBand: fc.constantFrom('under50' as const, 'over50' as const),
  localControlComparison: fc.constantFrom('margins' as const, 'timing' as const),
  primaryCareDays: onGrid('primaryCareDays'),
  secondaryCareDays: onGrid('secondaryCareDays'),
  sarcomaCentreDays: onGrid('sarcomaCentreDays'),
  treatmentDays: onGrid('treatmentDays'),
  referral: fc.constantFrom(...referralWords),
  reviewShare: onGrid('reviewShare'),
  patientIntervalShare: onGrid('patientIntervalShare'),
});

describe('encodeExplorerState / decodeExplorerState', () => {
  it('decode(encode(state)) is state, for every state the controls can produce', () => {
    fc.assert(fc.property(stateArbitrary, (state) => {
      const params = new URLSearchParams(encodeExplorerState(state).toString());
      const decoded = decodeExplorerState(params);
      expect(decoded.ignored).toEqual([]);
      expect(decoded.state).toEqual(state);
    }), { numRuns: 300 });
  });

  it('encode(decode(query)) is a fixed point after one round', () => {
    fc.assert(fc.property(stateArbitrary, (state) => {
      const once = encodeExplorerState(state).toString();
      const twice = encodeExplorerState(decodeExplorerState(new URLSearchParams(once)).state).toString();
      expect(twice).toBe(once);
    }), { numRuns: 100 });
  });

  it('an empty query string gives the default state', () => {
    expect(decodeExplorerState(new URLSearchParams('')).state).toEqual(defaultState);
  });

  it('writes every slider, so a shared link does not depend on the defaults of a later version', () => {
    const params = encodeExplorerState(defaultState);
    expect(params.get('v')).toBe('1');
    for (const p of numericParameters) {
      if (p.key === 'everyDays') continue; // the default schedule is 5 a week
      expect(params.has(p.param)).toBe(true);
    }
  });

  it('reads a hand-written lesson link', () => {
    const { state, ignored } = decodeExplorerState(new URLSearchParams('alpha=0.15&ab=4&d=18&n=3&ed=2&model=lq-l&dt=6&cmp=25x2w5&cmp=5x6w5'));
    expect(ignored).toEqual([]);
    expect(state.reference).toEqual({ fractions: 3, dose: 18, spacing: 'everyDays', every: 2 });
    expect(state.model).toBe('lq-l');
    expect(state.compare).toEqual([
      { fractions: 25, dose: 2, spacing: 'perWeek', every: 5 },
      { fractions: 5, dose: 6, spacing: 'perWeek', every: 5 },
    ]);
  });

  it('reads the local-control controls of a link, and replaces unknown words (prototype names too) by the defaults', () => {
    const good = decodeExplorerState(new URLSearchParams('margin=R1-unplanned&timing=postop&grade=G2&size=12.5&site=retroperitoneum&depth=superficial&age=under50&lccmp=timing'));
    expect(good.ignored).toEqual([]);
    expect(good.state).toMatchObject({
      marginClass: 'R1-unplanned', timing: 'postop', grade: 'G2', tumourDiameter: 12.5, site: 'retroperitoneum',
      depth: 'superficial', ageBand: 'under50', localControlComparison: 'timing',
    });
    const bad = decodeExplorerState(new URLSearchParams('margin=__proto__&timing=constructor&grade=G4&size=99&site=toString&depth=&age=old&lccmp=both'));
    expect([...bad.ignored].sort()).toEqual(['age', 'depth', 'grade', 'lccmp', 'margin', 'site', 'size', 'timing']);
    expect(bad.state).toMatchObject({
      marginClass: defaultState.marginClass, timing: defaultState.timing, grade: defaultState.grade, tumourDiameter: 30,
      site: defaultState.site, depth: defaultState.depth, ageBand: defaultState.ageBand, localControlComparison: defaultState.localControlComparison,
    });
  });

  it('reads the pathway controls of a link (pwpc, pwsc, pwcc, pwtx, pwref, pwrev, pwpi), clamping days to 0–120, the patient interval to 0.1–1, and refusing unknown words', () => {
    const good = decodeExplorerState(new URLSearchParams('pwpc=3&pwsc=14&pwcc=15&pwtx=22&pwref=reference-centre&pwrev=0.5&pwpi=0.5'));
    expect(good.ignored).toEqual([]);
    expect(good.state).toMatchObject({ primaryCareDays: 3, secondaryCareDays: 14, sarcomaCentreDays: 15, treatmentDays: 22, referral: 'reference-centre', reviewShare: 0.5, patientIntervalShare: 0.5 });
    const bad = decodeExplorerState(new URLSearchParams('pwpc=500&pwsc=-1&pwref=__proto__&pwrev=2&pwpi=0'));
    expect([...bad.ignored].sort()).toEqual(['pwpc', 'pwpi', 'pwref', 'pwrev', 'pwsc']);
    expect(bad.state).toMatchObject({ primaryCareDays: 120, secondaryCareDays: 0, referral: 'local', reviewShare: 1, patientIntervalShare: 0.1 });
  });

  it('clamps out-of-range numbers, replaces unreadable values and lists them as ignored', () => {
    const { state, ignored } = decodeExplorerState(new URLSearchParams('alpha=7&ab=abc&n=&model=<script>&cmp=1x1q1&reox=maybe'));
    expect(state.alpha).toBe(1);
    expect(state.alphaBeta).toBe(defaultState.alphaBeta);
    expect(state.reference.fractions).toBe(defaultState.reference.fractions);
    expect(state.model).toBe('lq');
    expect(state.compare).toEqual([]);
    expect(state.reoxygenation).toBe(defaultState.reoxygenation);
    expect([...ignored].sort()).toEqual(['ab', 'alpha', 'cmp', 'model', 'n', 'reox']);
  });

  it('keeps at most three comparison schedules', () => {
    const { state, ignored } = decodeExplorerState(new URLSearchParams('cmp=1x2w5&cmp=2x2w5&cmp=3x2w5&cmp=4x2w5'));
    expect(state.compare).toHaveLength(3);
    expect(ignored).toEqual(['cmp']);
  });
});

describe('scheduleToken / parseScheduleToken', () => {
  it('round-trips 25 × 2 Gy 5 a week and 3 × 18 Gy every 2 days', () => {
    expect(scheduleToken({ fractions: 25, dose: 2, spacing: 'perWeek', every: 5 })).toBe('25x2w5');
    expect(parseScheduleToken('3x18e2')).toEqual({ fractions: 3, dose: 18, spacing: 'everyDays', every: 2 });
    expect(parseScheduleToken('28x1.8w5')).toEqual({ fractions: 28, dose: 1.8, spacing: 'perWeek', every: 5 });
  });

  it('rejects anything else', () => {
    for (const bad of ['', 'x', '25x2', '25x2w', '1e3x2w5', '25x-2w5', '25x2w5;alert(1)']) expect(parseScheduleToken(bad)).toBeUndefined();
  });
});

describe('encodeLessonPosition / decodeLessonPosition', () => {
  it('writes lesson=<id>&step=<k> counted from 1 beside the explorer state, and reads it back', () => {
    const lesson = findLesson('repopulation');
    if (!lesson) throw new Error('lesson repopulation missing');
    const params = encodeExplorerState(defaultState);
    encodeLessonPosition(params, { lesson, step: 2 });
    expect(params.get('lesson')).toBe('repopulation');
    expect(params.get('step')).toBe('3');
    expect(decodeLessonPosition(params)).toEqual({ position: { lesson, step: 2 }, ignored: [] });
    // The explorer state is untouched by the lesson parameters.
    expect(decodeExplorerState(params)).toEqual({ state: defaultState, ignored: [] });
    encodeLessonPosition(params, undefined);
    expect(params.has('lesson') || params.has('step')).toBe(false);
  });

  it('an old link without lesson opens no lesson and reports nothing', () => {
    expect(decodeLessonPosition(new URLSearchParams('v=1&ab=4&d=2'))).toEqual({ position: undefined, ignored: [] });
  });

  it('an unknown lesson (also __proto__ and toString) opens none and is reported', () => {
    for (const id of ['nope', '__proto__', 'toString', '']) {
      expect(decodeLessonPosition(new URLSearchParams({ lesson: id, step: '2' }))).toEqual({ position: undefined, ignored: ['lesson'] });
    }
  });

  it('a step out of range or not a whole number is clamped (4 steps: 9 → 4, 0 → 1) and reported; no step opens step 1', () => {
    const lesson = findLesson('sbrt');
    expect(lesson?.steps).toHaveLength(4);
    const at = (step: string) => decodeLessonPosition(new URLSearchParams({ lesson: 'sbrt', step }));
    expect(at('9')).toEqual({ position: { lesson, step: 3 }, ignored: ['step'] });
    expect(at('0')).toEqual({ position: { lesson, step: 0 }, ignored: ['step'] });
    expect(at('2.5')).toEqual({ position: { lesson, step: 0 }, ignored: ['step'] });
    expect(at('-1')).toEqual({ position: { lesson, step: 0 }, ignored: ['step'] });
    expect(decodeLessonPosition(new URLSearchParams('lesson=sbrt'))).toEqual({ position: { lesson, step: 0 }, ignored: [] });
  });
});
