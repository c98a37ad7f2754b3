import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { formatScenarioIssue, parseScenario } from '@rtsim/sim';
import { describeViewer, dropFile, plainHttpHost, repositoryRoot as root, screenshotDirectory as screenshots } from './describeViewer.js';
import { simulateScenarioJson } from './simReference.js';

/** The parts of results.json that the competing-events panel shows. */
interface ReferenceEndpoint { hazardRatio: number; hazardRatioCi95: [number, number]; restrictedMeanDifferenceDays: number; restrictedMeanDifferenceCi95Days: [number, number] }
interface ReferenceResults {
  arms: { id: string; competingEvents: { atTimes: {
    years: number; localControl: number; localControlCi95: [number, number]; localRecurrenceIncidence: number; localRecurrenceIncidenceCi95: [number, number];
    otherCauseDeathIncidence: number; otherCauseDeathIncidenceCi95: [number, number]; localRecurrenceFreeSurvival: number; localRecurrenceFreeSurvivalCi95: [number, number];
  }[] } }[];
  comparisons: { a: string; b: string; competingEvents: { localRecurrenceFreeSurvival: ReferenceEndpoint; localControl: ReferenceEndpoint; trialPatientsPerArmLrfs: number | null } }[];
}

describeViewer('viewer end-to-end', ({ problems, open }) => {
  const readouts = (page: Page): Promise<Record<string, string>> =>
    page.$$eval('[data-readout]', (cells) => Object.fromEntries(cells.map((c) => [(c as HTMLElement).dataset['readout'] ?? '', c.textContent ?? ''])));

  it('explorer: moving the dose slider with the keyboard changes the TCP read-out', async () => {
    const page = await open();
    const tcp = page.locator('[data-readout="tcp"]');
    await expect.poll(() => tcp.textContent()).toMatch(/%$/);
    const before = await tcp.textContent();
    await page.locator('#control-dose').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#control-dose-value').inputValue()).toBe('2.3');
    await expect.poll(() => tcp.textContent()).not.toBe(before);
    // The charts are real SVG with data: the TCP chart has one line per schedule.
    expect(await page.locator('#card-tcp-dose svg path.series').count()).toBe(1);
    await page.waitForSelector('#card-isoeffect svg path.series'); // drawn from the explorer's worker
    await page.screenshot({ path: `${screenshots}/explorer.png`, fullPage: true });

    // The Content Security Policy is in force: an inline script is refused (and reported as a violation).
    const inline = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
      });
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      script.remove();
      return { ran: (window as unknown as { inlineRan?: boolean }).inlineRan === true, directive: await seen };
    });
    expect(inline).toEqual({ ran: false, directive: 'script-src-elem' });
    // That violation was provoked on purpose: let its console report arrive, then drop it (and only it).
    await page.waitForTimeout(200);
    const provoked = (problem: string): boolean => /inline script|CSP: script-src-elem/i.test(problem);
    problems.splice(0, problems.length, ...problems.filter((problem) => !provoked(problem)));
    // Chart downloads: SVG text and a PNG drawn on a canvas (img-src blob: under the CSP).
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download “TCP against total dose” as SVG' }).click()]);
    expect(svgFile.suggestedFilename()).toBe('tcp-dose.svg');
    expect(await readFile(await svgFile.path(), 'utf8')).toMatch(/^<\?xml[^]*<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download “TCP against total dose” as PNG' }).click()]);
    const png = await readFile(await pngFile.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('explorer: the local-control chart draws the margin classes, and its controls change it and the link', async () => {
    const page = await open();
    const card = page.locator('#card-local-control-time');
    const selected = page.locator('[data-readout="lc-selected"]');
    await card.locator('svg path.series').first().waitFor(); // drawn from the explorer's worker
    expect(await card.locator('svg path.series').count()).toBe(5);
    expect(await card.locator('svg').textContent()).toMatch(/Years after the end of treatment \(y\)[^]*Local control \(%\)/);
    await expect.poll(() => selected.textContent()).toMatch(/^R0 wide, preoperative RT\d/);
    const before = await selected.textContent();
    await page.locator('#control-margin').selectOption('R1-unplanned');
    await expect.poll(() => selected.textContent()).toMatch(/^R1 unplanned, preoperative RT/);
    const worse = await selected.textContent();
    expect(worse).not.toBe(before);
    // LC at 5 years is lower with the unplanned R1 margin (cells: label, 2 y, 5 y, 10 y).
    const fiveYears = (text: string | null): number => Number((text ?? '').match(/(\d+\.\d)%/g)?.[1]?.replace('%', ''));
    expect(fiveYears(worse)).toBeLessThan(fiveYears(before));
    await page.locator('#control-lc-comparison').selectOption('timing');
    await page.locator('#control-tumourDiameter-value').fill('12');
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/size=12.*margin=R1-unplanned.*lccmp=timing/);
    await expect.poll(() => card.locator('svg').textContent()).toMatch(/postoperative RT/);
    expect(await card.locator('svg path.series').count()).toBe(4);
    await card.screenshot({ path: `${screenshots}/explorer-local-control.png` });
    await page.locator('#control-lc-comparison').selectOption('margins');
    await page.locator('#large-text').check();
    await expect.poll(() => card.locator('svg path.series').count()).toBe(5);
    await card.screenshot({ path: `${screenshots}/explorer-local-control-large.png` });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('explorer: a shared link reproduces the lesson after a reload', async () => {
    const page = await open();
    await page.locator('#control-alpha-value').fill('0.25');
    await page.locator('#control-fractions-value').fill('5');
    await page.locator('#control-dose-value').fill('6');
    await page.locator('#control-model').selectOption('usc');
    await page.locator('#control-log10Clonogens-value').fill('3e8');
    await page.getByRole('button', { name: '+ Add schedule' }).click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/model=usc.*cmp=5x6w5/);
    const shared = await page.evaluate(() => window.location.href);
    const expected = await readouts(page);
    expect(expected['tcp']).toMatch(/%$/);

    const { search, hash } = new URL(shared);
    const again = await open(`${search}${hash}`);
    await expect.poll(() => readouts(again)).toEqual(expected);
    expect(await again.locator('#control-model').inputValue()).toBe('usc');
    expect(await again.locator('#control-alpha-value').inputValue()).toBe('0.25');
    expect(await again.locator('#card-tcp-dose svg path.series').count()).toBe(2);
    await again.waitForSelector('#card-population-tcp svg path.series');
    await again.screenshot({ path: `${screenshots}/explorer-shared-usc.png`, fullPage: true });
    await again.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a bundled scenario run in the page downloads the same results.json as the sim', async () => {
    const page = await open('?view=runner');
    const fileName = 'educator-minimal.yaml';
    const patients = 6000; // two blocks of 4096, the second partial
    await page.locator('#bundled-scenario').selectOption(fileName);
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('Teaching example');
    await page.locator('#run-patients').fill(String(patients));
    await page.locator('#run-workers').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: `${screenshots}/runner-results.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'results.json' }).click()]);
    const path = await download.path();
    const inPage = await readFile(path, 'utf8');
    const reference = await simulateScenarioJson(`${root}scenarios/${fileName}`, patients);
    console.info(`[viewer e2e] results.json compared with the sim's ${reference.source === 'cli' ? 'built command line' : 'in-thread runner'}`);
    expect(inPage).toBe(reference.json);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a file with follow-up times, on the page\'s WebAssembly kernel, gives the sim\'s results.json, paired LC included', async () => {
    // educator-minimal (the classic model: the kernel's path) with follow-up times: the pairs then count their paired
    // local recurrences, in the page's Web Workers as in Node.
    const text = (await readFile(`${root}scenarios/educator-minimal.yaml`, 'utf8')).replace(/^followUp:\n/m, 'followUp:\n  at: [1, 2]\n');
    expect(text).toContain('  at: [1, 2]');
    const directory = await mkdtemp(join(tmpdir(), 'rtsim-e2e-at-'));
    try {
      const file = join(directory, 'educator-minimal-at.yaml');
      await writeFile(file, text);
      const page = await open('?view=runner');
      await page.locator('#scenario-file').setInputFiles({ name: 'educator-minimal-at.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('Teaching example');
      await page.locator('#run-patients').fill('6000');
      await page.locator('#run-workers').fill('2');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect.poll(() => page.locator('.local-control-differences-table').count(), { timeout: 30_000 }).toBe(1);
      // The arms table shows LC at those times, as the terminal and report.html do, not at the fixed 2 and 5 years.
      const armsHead = await page.locator('.arms-table thead th').allTextContents();
      expect(armsHead.filter((head) => head.startsWith('LC '))).toEqual(['LC 1 y', 'LC 2 y']);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'results.json' }).click()]);
      const inPage = await readFile(await download.path(), 'utf8');
      expect(inPage).toContain('"localControlAtTimes"');
      expect(inPage).toBe((await simulateScenarioJson(file, 6000)).json);
      await page.close();
      expect(problems).toEqual([]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('runner: over plain http from a non-localhost address (a class on Wi-Fi) it runs and hashes as the sim does', async () => {
    const page = await open('?view=runner', plainHttpHost);
    // The point of the test: this page has no secure context, so no crypto.subtle.
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: globalThis.crypto.subtle !== undefined, host: location.hostname }))).toEqual({
      secure: false,
      subtle: false,
      host: plainHttpHost,
    });
    const fileName = 'educator-minimal.yaml';
    const patients = 1000;
    await page.locator('#bundled-scenario').selectOption(fileName);
    await page.locator('#run-patients').fill(String(patients));
    await page.locator('#run-workers').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: `${screenshots}/runner-plain-http.png`, fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'results.json' }).click()]);
    const inPage = await readFile(await download.path(), 'utf8');
    expect(inPage).toBe((await simulateScenarioJson(`${root}scenarios/${fileName}`, patients)).json);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner and avatar tabs say they are loading while their chunks download', async () => {
    const page = await open();
    await page.locator('[data-readout="tcp"]').waitFor();
    // Hold each lazily loaded chunk back until the test has seen the indicator, as a slow network would.
    const held: Array<() => void> = [];
    await page.route(/\/assets\/(runnerView|avatarView)-[^/]*\.js$/, (route) => {
      held.push(() => void route.continue());
    });
    for (const [tab, panel, text, ready] of [
      ['Trial runner', '#view-runner', 'Loading the trial runner…', '#bundled-scenario'],
      ['Avatar', '#view-avatar', 'Loading the avatar view…', '#view-avatar .card'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      const status = page.locator(`${panel} .view-loading[role="status"]`);
      await expect.poll(() => status.textContent()).toBe(text);
      expect(await status.isVisible()).toBe(true);
      expect(await page.locator(panel).getAttribute('aria-busy')).toBe('true');
      if (tab === 'Trial runner') await page.screenshot({ path: `${screenshots}/runner-loading.png` });
      await expect.poll(() => held.length).toBeGreaterThan(0);
      for (const release of held.splice(0)) release();
      await page.locator(ready).first().waitFor();
      expect(await status.count()).toBe(0);
      expect(await page.locator(panel).getAttribute('aria-busy')).toBeNull();
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('explorer: a typed 500 Gy is explained inline, 25 × 12.9 Gy is called beyond clinical practice, hypoxia is labelled', async () => {
    const page = await open('?h=0.2');
    const dose = page.locator('#control-dose-value');
    await dose.fill('500');
    const message = page.locator('#control-dose-message');
    await expect.poll(() => message.textContent()).toBe('500 is outside 0.5 to 30 Gy: the model keeps 2 Gy.');
    expect(await message.isVisible()).toBe(true);
    await page.locator('.control[data-key="dose"]').screenshot({ path: `${screenshots}/explorer-out-of-range.png` });
    await dose.fill('12.9');
    await expect.poll(() => page.locator('.readouts, #view-explorer').first().textContent()).toMatch(/25 × 12\.9 Gy = 322\.5 Gy \(BED \d+ Gy\) is beyond any clinical course/);
    expect(await message.isVisible()).toBe(false);
    expect(await page.locator('#view-explorer').textContent()).toMatch(/TCP, population \(σ_α = [\d.]+, without hypoxia\)/);
    await page.screenshot({ path: `${screenshots}/explorer-warnings.png`, fullPage: false });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a bundled multimodal scenario is listed and runs', async () => {
    const page = await open('?view=runner&scenario=multimodal/chemoradiotherapy.yaml');
    await expect.poll(() => page.locator('#bundled-scenario').inputValue()).toBe('multimodal/chemoradiotherapy.yaml');
    expect(await page.locator('#bundled-scenario option').allTextContents()).toEqual(expect.arrayContaining(['multimodal/chemoradiotherapy.yaml', 'multimodal/pembrolizumab-preop.yaml']));
    await page.locator('#run-patients').fill('500');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.arms-table tbody tr').count()).toBe(3);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: the local-control card shows LC curves per arm and, by the chosen stratum, curves and a table', async () => {
    const page = await open('?view=runner&scenario=local-control-over-time.yaml');
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('local control over time');
    await page.locator('#run-patients').fill('4000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 60_000 }).toBe(1);
    const card = page.locator('#card-local-control');
    // Three arms in the scenario: three curves in the arms' chart, then the strata of the first arm by grade.
    expect(await card.locator('figure.chart:not(.stratum-chart):not(.competing-events-panel *) svg path.series').count()).toBe(3);
    expect(await card.locator('.stratum-chart svg path.series').count()).toBe(3);
    expect(await card.locator('.stratum-chart svg').textContent()).toContain('Local control (%)');
    await page.locator('#stratum-by').selectOption('site');
    expect(await card.locator('.stratum-chart svg path.series').count()).toBe(4);
    await page.locator('#stratum-by').selectOption('size');
    await page.locator('#stratum-arm').selectOption({ index: 2 });
    expect(await card.locator('.stratum-chart svg path.series').count()).toBe(3);
    const rows = await card.locator('.stratum-table tbody th').allTextContents();
    expect(rows).toEqual(['under-5cm', '5-10cm', 'over-10cm']);
    expect(await card.locator('.stratum-table caption').textContent()).toContain('Radiotherapy alone');
    await card.screenshot({ path: `${screenshots}/runner-local-control-strata.png` });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: local-control-over-time shows the competing-event curves and tables, their numbers those of the command line\'s results.json', async () => {
    const fileName = 'local-control-over-time.yaml';
    const patients = 3000;
    const page = await open(`?view=runner&scenario=${fileName}`);
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('local control over time');
    await page.locator('#run-patients').fill(String(patients));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 60_000 }).toBe(1);
    const panel = page.locator('#card-local-control .competing-events-panel');
    // Four charts (LRFS, LC death censored, CIF of recurrence, CIF of death), one step line per arm in each, in years and %.
    for (const id of ['competing-lrfs', 'competing-local-control', 'competing-cif-recurrence', 'competing-cif-death']) {
      expect(await panel.locator(`figure.${id} svg path.series`).count()).toBe(3);
      expect(await panel.locator(`figure.${id} svg`).textContent()).toContain('(years)');
    }
    expect(await panel.locator('figure.competing-cif-death svg').textContent()).toContain('Cumulative incidence (%)');

    // The reference: results.json of the command line (or the in-thread runner) for the same scenario, seed and patients.
    const reference = JSON.parse((await simulateScenarioJson(`${root}scenarios/${fileName}`, patients)).json) as ReferenceResults;
    const numbers = (text: string): number[] => [...text.matchAll(/[-+]?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
    // Per arm and follow-up time: LC (death censored), CIF LR, CIF death, LRFS, each value [lower, upper] in % to 0.1.
    const expectedRows = reference.arms.flatMap((arm) => arm.competingEvents.atTimes.map((at) => ({ arm: arm.id, years: at.years, values: [
      at.localControl, ...at.localControlCi95, at.localRecurrenceIncidence, ...at.localRecurrenceIncidenceCi95,
      at.otherCauseDeathIncidence, ...at.otherCauseDeathIncidenceCi95, at.localRecurrenceFreeSurvival, ...at.localRecurrenceFreeSurvivalCi95,
    ] })));
    const rows = await panel.locator('.competing-events-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(rows.length).toBe(expectedRows.length);
    expect(expectedRows.length).toBe(3 * 4); // three arms at 1, 2, 5 and 10 years
    rows.forEach((row, i) => {
      const expected = expectedRows[i];
      expect(row[0]).toBe(expected.arm);
      expect(Number(row[1])).toBe(expected.years);
      const shown = row.slice(2).flatMap(numbers);
      expect(shown.length).toBe(12);
      // Shown to 0.1 percentage point: within half of that of 100 × the value in results.json.
      shown.forEach((value, j) => expect(Math.abs(value - 100 * expected.values[j])).toBeLessThanOrEqual(0.05 + 1e-9));
    });
    // Per pair: LRFS and LC HR [95% CI] to two decimals at least (formatHazardRatio), ΔRMST [95% CI] to 0.1 d, and trial
    // patients per arm exactly.
    const pairs = await panel.locator('.competing-events-comparison tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(pairs.length).toBe(reference.comparisons.length);
    pairs.forEach((row, i) => {
      const pair = reference.comparisons[i];
      expect(row[0]).toBe(`${pair.a} vs ${pair.b}`);
      const events = pair.competingEvents;
      for (const [offset, endpoint] of [[1, events.localRecurrenceFreeSurvival], [4, events.localControl]] as const) {
        const ratios = numbers(row[offset]);
        [endpoint.hazardRatio, ...endpoint.hazardRatioCi95].forEach((value, j) => expect(Math.abs(ratios[j] - value)).toBeLessThanOrEqual(0.005 + 1e-12));
        const days = numbers(row[offset + 2]);
        [endpoint.restrictedMeanDifferenceDays, ...endpoint.restrictedMeanDifferenceCi95Days].forEach((value, j) => expect(Math.abs(days[j] - value)).toBeLessThanOrEqual(0.05 + 1e-9));
      }
      expect(row[7]).toBe(events.trialPatientsPerArmLrfs === null ? '—' : String(events.trialPatientsPerArmLrfs));
    });
    await panel.screenshot({ path: `${screenshots}/runner-competing-events.png` });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a lesion scenario shows the per-lesion table and curves in the local-control card', async () => {
    const page = await open('?view=runner&scenario=sbrt-lung-metastases-lesions.yaml');
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('per lesion');
    await page.locator('#run-patients').fill('2000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 60_000 }).toBe(1);
    const card = page.locator('#card-local-control');
    // Four lesion arms, followed up at 1, 2 and 3 years: four rows, lesion LC beside patient LC at each time.
    expect(await card.locator('.lesion-table tbody th').allTextContents()).toEqual(['3x15', '3x20', '5x10', '8x7.5']);
    expect(await card.locator('.lesion-table thead th').allTextContents()).toContain('Patient LC 3 y');
    expect(await card.locator('.lesion-chart svg path.series').count()).toBe(4);
    await card.screenshot({ path: `${screenshots}/runner-local-control-lesions.png` });
    // PFS and OS by stratum (computed in the page's workers): 4 arms × (3 grades + 1, 2 or 3 lesions) × 3 times.
    const strata = page.locator('.progression-stratum-table');
    expect(await strata.locator('tbody tr').count()).toBe(4 * 6 * 3);
    expect(await strata.locator('tbody td').allTextContents()).toContain('3 lesions');
    await strata.screenshot({ path: `${screenshots}/runner-progression-strata.png` });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a long run shows progress, keeps the page responsive and can be cancelled', async () => {
    const page = await open('?view=runner&scenario=educator-minimal.yaml');
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('Teaching example');
    await page.locator('#run-patients').fill('50000000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('#run-progress').evaluate((p) => (p as HTMLProgressElement).value), { timeout: 20_000 }).toBeGreaterThan(0);
    // The main thread answers within a few frames while the workers compute. A blocked main thread would hold the
    // frames for the whole 50-million-patient run (tens of seconds); the bound is loose so that a loaded 2-core
    // machine (a frame once took 265 ms at load average 10) does not fail it.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const start = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    }));
    expect(frameMs).toBeLessThan(2000);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.run-status').textContent()).toContain('Cancelled');
    expect(await page.locator('.arms-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a broken scenario shows every problem with its path, as the CLI words it', async () => {
    const page = await open('?view=runner');
    const broken = 'version: 1\nname: broken\narms:\n  - id: a\n    schedule: { fractions: -3, dose: 2 }\n';
    await page.locator('#scenario-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const issues = page.locator('.issues li');
    await expect.poll(() => issues.count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.issues').textContent()).toContain('arms[0].schedule.fractions');
    // The same parser, the same messages: every line equals the sim's own formatting of its own issues.
    const parsed = parseScenario(broken, 'broken.yaml');
    expect(parsed.ok).toBe(false);
    const lines = parsed.ok ? [] : parsed.issues.map((issue) => formatScenarioIssue(issue, 'broken.yaml'));
    expect(await issues.allTextContents()).toEqual(lines);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${screenshots}/runner-errors.png`, fullPage: true });

    // Too large: refused before parsing.
    await page.locator('#scenario-file').setInputFiles({ name: 'huge.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(1_048_577, 0x20) });
    await expect.poll(() => page.locator('.issues').textContent()).toContain('limited to 1048576 bytes');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('runner: a hostile scenario name is shown as text, never run as markup (file dropped on the zone)', async () => {
    const page = await open('?view=runner');
    const text = (await readFile(`${root}scenarios/educator-minimal.yaml`, 'utf8'))
      .replace(/^name: .*$/m, 'name: "<img src=x onerror=alert(1)>"');
    // Drag and drop, as a person would.
    await page.waitForSelector('#drop-zone');
    await dropFile(page, 'drop-zone', { name: 'hostile.yaml', content: text, type: 'text/yaml' });
    await expect.poll(() => page.locator('.scenario-summary').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    await page.locator('#run-patients').fill('500');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.locator('.arms-table').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });
});
