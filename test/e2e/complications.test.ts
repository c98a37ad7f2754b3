// The trial runner shows the complications of a scenario with `complications` (issue 16): the bundled extremity
// scenario's four arms with surgery, each rate as results.json has it.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { TrialResults } from '@rtsim/sim';
import { describeViewer, screenshotDirectory as screenshots } from './describeViewer.js';

describeViewer('viewer complications', ({ problems, open }) => {
  it('runner: the extremity scenario shows wound complications, late effects and complication-free LC per arm', async () => {
    const page = await open('?view=runner');
    await page.locator('#bundled-scenario').selectOption('extremity-preop-hypofractionation.yaml');
    await page.locator('#run-patients').fill('4000');
    await page.locator('#run-workers').fill('1');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.complications-table').count(), { timeout: 60_000 }).toBe(1);
    const table = page.locator('.complications-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    const heads = await table.locator('thead th').allTextContents();
    expect(heads).toEqual(['Arm', 'Surgery', 'Wound complication ≤ 120 d', 'Fibrosis ≥ G2, 2 y', 'Oedema ≥ G2, 2 y', 'Joint stiffness ≥ G2, 2 y', 'Complication-free LC']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'results.json' }).click()]);
    const results = JSON.parse(await readFile(await download.path(), 'utf8')) as TrialResults;
    const postop = results.arms.find((arm) => arm.id === 'postop-66x33')?.complications;
    if (postop === undefined) throw new Error('no complications for postop-66x33');
    const row = table.locator('tbody tr', { hasText: 'postop-66x33' });
    const wound = postop.endpoints[0];
    if (wound === undefined) throw new Error('no wound endpoint');
    expect(await row.locator('td').nth(0).textContent()).toBe('postoperative');
    // percentText: one decimal, trailing zero kept (formatTableNumber: 19.0% prints as 19.0%).
    expect(await row.locator('td').nth(1).textContent()).toMatch(new RegExp(`^${(wound.rate * 100).toFixed(1).replace('.', '\\.')}% \\(`));
    await table.screenshot({ path: `${screenshots}/runner-complications.png` });
    // The therapeutic ratio of each compared pair (issue 16): the postoperative comparison's wound NNH as results.json has it.
    const ratioTable = page.locator('.therapeutic-ratio-table');
    await expect.poll(() => ratioTable.count()).toBe(1);
    const comparison = results.comparisons.find((c) => c.therapeuticRatio !== undefined && c.b === 'postop-66x33');
    const woundHarm = comparison?.therapeuticRatio?.harms.find((harm) => harm.endpoint === 'wound')?.numberNeededToHarm.patients;
    if (comparison === undefined || woundHarm == null) throw new Error('no therapeutic ratio against postop-66x33');
    const ratioRow = ratioTable.locator('tbody tr', { hasText: `${comparison.a} − postop-66x33` });
    // Altman's convention: NNTH when the first arm has more wound complications, NNTB when fewer, the number positive
    // (formatTableNumber: one decimal, trailing zero kept).
    const expected = `${woundHarm > 0 ? 'NNTH' : 'NNTB'} ${Math.abs(woundHarm).toFixed(1)}`;
    expect(await ratioRow.locator('td').nth(2).textContent()).toMatch(new RegExp(`^${expected.replace('.', '\\.')} \\(`));
    await ratioTable.screenshot({ path: `${screenshots}/runner-therapeutic-ratio.png` });
    await page.close();
    expect(problems).toEqual([]);
  });
});
