// The trial runner shows distant metastasis and survival of a scenario with `metastasis` (issue 15): the bundled
// default scenario's two arms (residual-disease model), DMFS, DSS and OS at 2 and 5 years with 95% intervals as results.json has them,
// and the DMFS and OS curves beside the LC curve. The page's results.json is the command line's, byte for byte: the
// residual-disease model, metastasis and background on the TypeScript engine in the browser (the educator scenario of
// viewer.test.ts runs on the block kernel).
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { TrialResults } from '@rtsim/sim';
import { describeViewer, repositoryRoot as root, screenshotDirectory as screenshots } from './describeViewer.js';
import { simulateScenarioJson } from './simReference.js';

/** percentText's form: 100·p to one decimal, trailing zero kept, then `%`. */
const percent = (p: number | null | undefined): string => `${((p ?? Number.NaN) * 100).toFixed(1)}%`;

describeViewer('viewer metastasis', ({ problems, open }) => {
  it('runner: the default scenario shows DMFS, DSS and OS per arm at 2 and 5 years with intervals, and their curves; its results.json is the command line\'s', async () => {
    const page = await open('?view=runner');
    await page.locator('#bundled-scenario').selectOption('default.yaml');
    const patients = 6000; // two blocks of 4096, the second partial
    await page.locator('#run-patients').fill(String(patients));
    await page.locator('#run-workers').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.metastasis-table').count(), { timeout: 60_000 }).toBe(1);
    const table = page.locator('.metastasis-table');
    // 2 arms × 2 follow-up times.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Arm', 'Years', 'DMFS', 'DSS', 'OS']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'results.json' }).click()]);
    const inPage = await readFile(await download.path(), 'utf8');
    expect(inPage).toBe((await simulateScenarioJson(`${root}scenarios/default.yaml`, patients)).json);
    const results = JSON.parse(inPage) as TrialResults;
    const arm = results.arms.find((one) => one.id === 'preop-5x6');
    const at5 = arm?.competingEvents?.metastasis?.atTimes?.find((at) => at.years === 5);
    if (arm === undefined || at5 === undefined) throw new Error('no metastasis endpoints at 5 years for preop-5x6');
    const row = table.locator('tbody tr', { hasText: 'preop-5x6' }).filter({ has: page.locator('td', { hasText: /^5$/ }) });
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('5');
    expect(cells[1]).toBe(`${percent(at5.distantMetastasisFreeSurvival)} (${percent(at5.distantMetastasisFreeSurvivalCi95?.[0])} to ${percent(at5.distantMetastasisFreeSurvivalCi95?.[1])})`);
    expect(cells[2]).toBe(`${percent(at5.diseaseSpecificSurvival)} (${percent(at5.diseaseSpecificSurvivalCi95?.[0])} to ${percent(at5.diseaseSpecificSurvivalCi95?.[1])})`);
    expect(cells[3]).toBe(`${percent(at5.overallSurvival)} (${percent(at5.overallSurvivalCi95?.[0])} to ${percent(at5.overallSurvivalCi95?.[1])})`);
    // OS ≤ DSS and a real interval around each value.
    expect(at5.overallSurvival ?? 1).toBeLessThanOrEqual(at5.diseaseSpecificSurvival ?? 0);
    expect(at5.overallSurvivalCi95?.[0] ?? 1).toBeLessThan(at5.overallSurvival ?? 0);
    // The DMFS and OS curves beside the LC curve, one line per arm.
    const panel = page.locator('.metastasis-panel');
    expect(await panel.locator('figure svg').count()).toBe(2);
    await table.screenshot({ path: `${screenshots}/runner-metastasis-table.png` });
    await panel.screenshot({ path: `${screenshots}/runner-metastasis-curves.png` });
    await page.close();
    expect(problems).toEqual([]);
  });
});
