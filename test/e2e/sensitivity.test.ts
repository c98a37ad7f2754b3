import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeViewer, repositoryRoot as root, screenshotDirectory as screenshots } from './describeViewer.js';
import { sensitivityReferenceFiles } from './simReference.js';

describeViewer('runner sensitivity end-to-end', ({ problems, open }) => {
  const fileName = 'uncertainty-preop.yaml';

  /** The runner with the bundled uncertainty example loaded and the sensitivity analysis chosen (by keyboard). */
  async function openSensitivity(): Promise<Page> {
    const page = await open(`?view=runner&scenario=${fileName}`);
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('parameter uncertainty');
    await page.locator('#analysis-trial').focus();
    await page.keyboard.press('ArrowDown'); // arrow keys move through a radio group and select
    expect(await page.locator('#analysis-sensitivity').isChecked()).toBe(true);
    expect(await page.locator('#run-patients').isVisible()).toBe(false);
    return page;
  }

  /** The text of a download started by clicking a button. */
  async function download(page: Page, name: string): Promise<{ text: string; fileName: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { text: await readFile(await file.path(), 'utf8'), fileName: file.suggestedFilename() };
  }

  it('a sensitivity analysis run in the page shows the report charts and downloads the files of rtsim sensitivity', async () => {
    const page = await openSensitivity();
    // Small settings: N = 8 rows, 300 patients per point, 5 parameters: (2·5 + 1) + 8·7 = 67 evaluations.
    const settings = { output: 'diff:preop-5x6,postop-66x33', measure: 'mean-tcp', samples: 8, patients: 300, resamples: 40 } as const;
    await page.getByLabel('Output').selectOption({ label: 'difference preop-5x6 − postop-66x33' });
    await page.getByLabel('Measure').selectOption(settings.measure);
    await page.getByLabel('Saltelli rows N').fill(String(settings.samples));
    await page.getByLabel('Patients per evaluation').fill(String(settings.patients));
    await page.getByLabel('Bootstrap resamples').fill(String(settings.resamples));
    await expect.poll(() => page.locator('.sensitivity-cost').textContent()).toContain('67 evaluations');
    await page.locator('#run-workers').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.tornado-table').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.run-status').textContent()).toContain('67 evaluations');
    // The report's own charts: two tornado bars and an S and S_T bar per parameter, each chart with a text description.
    expect(await page.locator('#card-tornado svg rect.bar').count()).toBe(10);
    expect(await page.locator('#card-sobol svg rect.bar.first').count()).toBe(5);
    expect(await page.locator('#card-sobol svg rect.bar.total').count()).toBe(5);
    expect(await page.locator('#card-tornado svg desc').textContent()).toMatch(/^Base -?\d+\.\d\d percentage points\. Swing by parameter/);
    expect(await page.locator('#card-sobol svg').getAttribute('aria-labelledby')).toBe('sobol-chart-title sobol-chart-desc');
    await page.screenshot({ path: `${screenshots}/runner-sensitivity.png`, fullPage: true });

    const json = await download(page, 'sensitivity.json');
    const html = await download(page, 'report-sensitivity.html');
    expect(json.fileName).toBe('uncertainty-preop.sensitivity.json');
    const reference = await sensitivityReferenceFiles(`${root}scenarios/${fileName}`, settings);
    console.info(`[viewer e2e] sensitivity.json compared with the sim's ${reference.source === 'cli' ? 'built command line' : 'in-thread runner'}`);
    expect(json.text).toBe(reference.json);
    expect(html.text).toBe(reference.html);

    // The command line's file opens in the viewer: the same charts, and the file itself as the download.
    await page.locator('#scenario-file').setInputFiles({ name: 'sensitivity.json', mimeType: 'application/json', buffer: Buffer.from(reference.json) });
    await expect.poll(() => page.locator('.sensitivity-results .muted').first().textContent()).toContain('opened from a file');
    expect(await page.locator('#card-sobol svg rect.bar.first').count()).toBe(5);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    expect((await download(page, 'sensitivity.json')).text).toBe(reference.json);

    // A results.json is not a sensitivity file: said so, with the path of the problem.
    await page.locator('#scenario-file').setInputFiles({ name: 'results.json', mimeType: 'application/json', buffer: Buffer.from('{"rtsim":{"version":"0.1.0","resultsFormat":1}}') });
    await expect.poll(() => page.locator('.issues li').textContent()).toContain('rtsim.sensitivityFormat: expected 1 (this is a results.json of rtsim run');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a sensitivity analysis shows progress and can be cancelled', async () => {
    const page = await openSensitivity();
    // The defaults (N = 256, 4096 patients: 1803 evaluations) take seconds, long enough to cancel.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('#run-progress').evaluate((p) => (p as HTMLProgressElement).value), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('.run-status').textContent()).toMatch(/^Sensitivity: [\d,]+ of 7,385,088 patients/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.run-status').textContent()).toContain('Cancelled');
    expect(await page.locator('.tornado-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });
});
