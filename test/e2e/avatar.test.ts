import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { avatarAnalysis, avatarRankingSummary, avatarTumour, formatAvatarIssue, parseAvatarCsv, parseScheduleList } from '@rtsim/sim';
import { describeViewer, dropFile, repositoryRoot as root, screenshotDirectory as screenshots } from './describeViewer.js';

describeViewer('avatar view end-to-end', ({ problems, open: openViewer }) => {
  /** The viewer's Avatar tab, ready for a file. */
  async function open(): Promise<Page> {
    const page = await openViewer();
    await page.getByRole('tab', { name: 'Avatar' }).click();
    await page.waitForSelector('#avatar-drop-zone');
    return page;
  }

  /** Drops a CSV file on the Avatar view's drop zone, as a person would. */
  const drop = (page: Page, name: string, content: string): Promise<void> => dropFile(page, 'avatar-drop-zone', { name, content, type: 'text/csv' });

  it('dropping the example CSV shows the fit and the schedule ranking, with the numbers of the sim', async () => {
    const page = await open();
    const text = await readFile(`${root}scenarios/avatars/ups-organoid.csv`, 'utf8');
    await drop(page, 'ups-organoid.csv', text);
    const ranking = page.locator('.avatar-ranking tbody tr');
    await expect.poll(() => ranking.count(), { timeout: 15_000 }).toBe(3);
    expect(await ranking.first().locator('th').textContent()).toBe('1. 3x18:everyDays=2');
    expect(await page.locator('#card-avatar-survival svg circle.point').count()).toBe(15);
    expect(await page.locator('#card-avatar-tcp svg g.row').count()).toBe(3);
    expect(await page.locator('.avatar-fit [data-readout="alpha"] td').first().textContent()).toBe('0.327');
    // The same functions with the view's defaults (schedules 25x2,5x6,3x18:everyDays=2; sts; 4000 draws; seed 1).
    const data = parseAvatarCsv(text);
    const schedules = parseScheduleList('25x2,5x6,3x18:everyDays=2');
    const tumour = avatarTumour();
    if (!data.ok || !schedules.ok || !tumour.ok) throw new Error('example inputs');
    const expected = avatarRankingSummary(avatarAnalysis(data, schedules.schedules, tumour.tumour, { draws: 4000, seed: 1 }).comparison);
    expect(await page.locator('[data-readout="ranking"]').textContent()).toBe(expected);
    await page.screenshot({ path: `${screenshots}/avatar.png`, fullPage: true });

    // Editing the schedules re-ranks: 5x6 against 25x2 alone.
    await page.locator('#avatar-schedules').fill('25x2,5x6');
    await expect.poll(() => ranking.count()).toBe(2);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a bad CSV lists each problem with its row and column, as the CLI words it', async () => {
    const page = await open();
    const bad = 'dose,survivingFraction\n0,1\n-2,0.5\n4,1.3\n';
    await drop(page, 'bad.csv', bad);
    const items = page.locator('.avatar-issues li');
    await expect.poll(() => items.count()).toBe(2);
    const parsed = parseAvatarCsv(bad);
    expect(await items.allTextContents()).toEqual(parsed.ok ? [] : parsed.issues.map(formatAvatarIssue));
    await page.close();
    expect(problems).toEqual([]);
  });
});
