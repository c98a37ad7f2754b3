import { expect, it } from 'vitest';
import { describeViewer } from './describeViewer.js';

describeViewer('runner share link', ({ problems, open }) => {
  it('a runner link carries scenario, seed, patients and run=1 (no explorer parameters) and re-runs to the same arms table in a fresh page', async () => {
    const page = await open('?view=runner');
    await page.locator('#bundled-scenario').selectOption('educator-minimal.yaml');
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('Teaching example');
    await page.locator('#run-patients').fill('5000');
    await page.locator('#run-patients').dispatchEvent('change');
    await page.locator('#run-workers').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 60_000 }).toBe(1);
    const original = await page.locator('.arms-table').innerText();
    expect(original).toMatch(/5,000 virtual patients, seed 1/);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('run=1');
    const search = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect(Object.fromEntries(search)).toEqual({ view: 'runner', scenario: 'educator-minimal.yaml', seed: expect.stringMatching(/^\d+$/), patients: '5000', run: '1' });
    await page.close();

    const again = await open(`?${search.toString()}`);
    await expect.poll(() => again.locator('.arms-table').count(), { timeout: 60_000 }).toBe(1);
    expect(await again.locator('.arms-table').innerText()).toBe(original);
    await again.close();

    // A link whose seed is not the file's is not re-run, and says why.
    search.set('seed', '999999');
    const other = await open(`?${search.toString()}`);
    await expect.poll(() => other.locator('#run-status, .run-status, [role="status"]').allInnerTexts()).toContainEqual(expect.stringContaining('another seed'));
    expect(await other.locator('.arms-table').count()).toBe(0);
    await other.close();
    expect(problems).toEqual([]);
  });
});
