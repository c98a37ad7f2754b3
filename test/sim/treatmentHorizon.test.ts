// Every arm's treatment, and the first visit after it, must fall within the follow-up horizon (treatmentHorizonProblems):
// follow-up counts from the first treatment event and the engine censors at followUp.years × 365.25 days, so a
// surgery day of 6700 (for 67) used to report LC 100 % at 5 years beside a control rate of 89 %.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { inProcessCli } from './inProcessCli.js';
import { parsedScenario } from './parsedScenario.js';

const defaultScenario = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

/** default.yaml with one piece of text replaced (the first occurrence), checked to be there. */
function edited(from: string, to: string): string {
  expect(defaultScenario).toContain(from);
  return defaultScenario.replace(from, to);
}

/** Each issue of a scenario text as `path: message`; empty when it parses. */
function issues(text: string): string[] {
  const result = parseScenario(text, 'horizon.yaml');
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const horizon = 'the follow-up horizon of 1826.25 days (followUp.years 5 × 365.25, counted from the first treatment event): the treatment must end within it';

describe('treatment and first visit within the follow-up horizon', () => {
  test('the shipped default scenario, preoperative surgery on day 67, parses', () => {
    expect(parsedScenario(defaultScenario).arms[0]?.surgery?.day).toBe(67);
  });

  test('preoperative surgery after the horizon (day 6700 for 67) is refused at its day', () => {
    expect(issues(edited('day: 67,', 'day: 6700,'))).toEqual([
      `arms[0].surgery.day: surgery on day 6700 comes 6700 days after the treatment's first event (the first fraction, day 0), beyond ${horizon}`,
    ]);
  });

  test('postoperative surgery (a negative day) counts from surgery: -1e9 is refused, -35 parses', () => {
    expect(issues(edited('day: 67,', 'day: -1e9,'))).toEqual([
      `arms[0].surgery.day: surgery on day -1000000000 comes 1000000032 days before the treatment's last event (the last fraction, day 32), more than ${horizon}`,
    ]);
    expect(parsedScenario(edited('day: 67,', 'day: -35,')).arms[0]?.surgery?.day).toBe(-35);
  });

  test('a course stretched past the horizon by everyDays or by a gap is refused at that field', () => {
    expect(issues(edited('perWeek: 5 }', 'everyDays: 1e9 }'))).toEqual([
      `arms[0].schedule.everyDays: the course runs 24000000000 days (last fraction on day 24000000000), more than ${horizon}`,
    ]);
    expect(issues(edited('perWeek: 5 }', 'perWeek: 5, gaps: [{ afterFraction: 2, days: 7 }, { afterFraction: 3, days: 1e9 }] }'))).toEqual([
      `arms[0].schedule.gaps[1].days: the course runs 1000000039 days (last fraction on day 1000000039), more than ${horizon}`,
    ]);
  });

  test('a modifier\'s kill far before the course is refused at its day; a neoadjuvant kill six weeks before parses', () => {
    // The shipped chemoradiotherapy scenario gives ifosfamide's kill on day -42 before 50 Gy / 25 and surgery on day 67.
    const chemoradiotherapy = readFileSync(new URL('../../scenarios/multimodal/chemoradiotherapy.yaml', import.meta.url), 'utf8');
    const kill = (day: number): string => {
      expect(chemoradiotherapy).toContain('day: -42 ');
      return chemoradiotherapy.replace('day: -42 ', `day: ${day} `);
    };
    expect(issues(kill(-5000))).toEqual([
      `arms[2].modifiers[1].day: the kill of modifiers[1] on day -5000 comes 5067 days before the treatment's last event (surgery, day 67), more than ${horizon}`,
    ]);
    expect(parsedScenario(kill(-42)).arms.some((arm) => arm.modifiers?.some((m) => 'day' in m && m.day === -42))).toBe(true);
  });

  test('a one-fraction course is called the fraction: surgery long before it is refused, naming it', () => {
    const single = edited('schedule: { fractions: 25, dose: 2, perWeek: 5 }', 'schedule: { list: [{ dose: 8, day: 7000 }] }');
    expect(issues(single)).toEqual([
      `arms[0].surgery.day: surgery on day 67 comes 6933 days before the treatment's last event (the fraction, day 7000), more than ${horizon}`,
    ]);
  });

  test('a first visit at or after the horizon is refused at followUp.firstVisitDays, naming the latest arm', () => {
    expect(issues(edited('followUp: { years: 5,', 'followUp: { years: 5, firstVisitDays: 100000,'))).toEqual([
      'followUp.firstVisitDays: the first visit of arm \'preop-50x25\' falls on day 100067 after its first treatment event (its treatment ends on day 67, then firstVisitDays 100000), ' +
        'at or after the follow-up horizon of 1826.25 days (followUp.years 5 × 365.25): no local failure could be detected; the first visit must fall before the horizon',
    ]);
    // Day 67 + 1759.25 is exactly the horizon: refused; a quarter-day earlier, the visit falls inside.
    expect(issues(edited('followUp: { years: 5,', 'followUp: { years: 5, firstVisitDays: 1759.25,'))).toHaveLength(1);
    expect(issues(edited('followUp: { years: 5,', 'followUp: { years: 5, firstVisitDays: 1759,'))).toEqual([]);
  });

  test('with the default first visit (90 days) a too-short horizon is refused at followUp.years', () => {
    expect(issues(edited('followUp: { years: 5, at: [2, 5] }', 'followUp: { years: 0.4 }'))).toEqual([
      "followUp.years: the first visit of arm 'preop-50x25' falls on day 157 after its first treatment event (its treatment ends on day 67, then firstVisitDays 90 by default), " +
        'at or after the follow-up horizon of 146.1 days (followUp.years 0.4 × 365.25): no local failure could be detected; the first visit must fall before the horizon',
    ]);
  });

  test('rtsim run refuses surgery after the horizon with exit 2 and writes nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rtsim-horizon-'));
    writeFileSync(join(directory, 'late.yaml'), edited('day: 67,', 'day: 6700,'));
    const run = await inProcessCli(directory)('run', 'late.yaml', '--patients', '20', '--workers', '0', '--out', 'out');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('arms[0].surgery.day: surgery on day 6700 comes 6700 days after');
    expect(readdirSync(directory)).toEqual(['late.yaml']);
  });
});
