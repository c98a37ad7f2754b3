// @vitest-environment jsdom
import { avatarAnalysis, avatarTumour, parseAvatarCsv, parseScheduleList } from '@rtsim/sim';
import { describe, expect, it } from 'vitest';
import { avatarResult } from '../../packages/viz/src/avatar/avatarResult.js';

/** What the Avatar view shows for a data file with schedules 25x2,5x6 and the library tumour, in a container. */
function shown(text: string, fileName: string): HTMLElement {
  const data = parseAvatarCsv(text);
  const schedules = parseScheduleList('25x2,5x6');
  const tumour = avatarTumour();
  if (!data.ok || !schedules.ok || !tumour.ok) throw new Error('the test inputs must parse');
  const container = document.createElement('div');
  container.append(...avatarResult(fileName, avatarAnalysis(data, schedules.schedules, tumour.tumour, { draws: 200, seed: 1 }), schedules.schedules));
  return container;
}

describe('avatarResult(fileName, analysis, schedules)', () => {
  it('lists the identical rows as rtsim avatar notes them, and the ranking table has the mean TCP beside the TCP at the fit', () => {
    const container = shown(`dose,survivingFraction\n${'2,0.55\n4,0.12\n6,0.015\n'.repeat(2)}`, 'copied.csv');
    const notes = [...container.querySelectorAll('.avatar-notes li')].map((item) => item.textContent);
    expect(notes).toEqual([
      'Note — rows 2 and 5 of copied.csv are identical (dose 2 Gy, SF 0.55): if they are copies rather than separate wells, they narrow the intervals falsely.',
      'Note — rows 3 and 6 of copied.csv are identical (dose 4 Gy, SF 0.12): if they are copies rather than separate wells, they narrow the intervals falsely.',
      'Note — rows 4 and 7 of copied.csv are identical (dose 6 Gy, SF 0.015): if they are copies rather than separate wells, they narrow the intervals falsely.',
    ]);
    const heads = [...container.querySelectorAll('.avatar-ranking thead th')].map((cell) => cell.textContent);
    expect(heads).toEqual(['Schedule', 'Dose / fractions', 'T (days)', 'TCP at fit', '95% interval', 'Mean TCP', 'P(best)', 'P(above next)']);
    // 6 rows, 2 coefficients: 4 degrees of freedom.
    expect(container.querySelector('.avatar-fit caption')?.textContent).toContain('Student t, 4 degrees of freedom');
  });

  it('shows why data are refused (the reason rtsim avatar prints) and no ranking', () => {
    const container = shown('dose,survivingFraction\n0,1\n2,0.5\n4,0.1\n', 'three.csv');
    expect(container.querySelector('.avatar-refused')?.textContent).toMatch(/^No intervals can be given for these data: two dose levels besides the control \(row 3 at 2 Gy and row 4 at 4 Gy\) determine α and β exactly/);
    expect(container.querySelector('.avatar-ranking')).toBeNull();
  });
});
