import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeViewer, dropFile, repositoryRoot as root, screenshotDirectory as screenshots } from './describeViewer.js';

interface TcpPair { readonly single: number; readonly population: number }
interface PlanReference {
  readonly file: string;
  readonly tcp: Readonly<Record<'dvh' | 'prescription' | 'dmean', TcpPair>>;
  readonly ntcp: Readonly<Record<string, { readonly ntcp: number; readonly td50?: number; readonly m?: number; readonly n?: number }>>;
}

// Independent of the viewer's code: scripts/reference/dvh_explorer.py (numpy, its own parsing, brute-force integral
// over α) for TCP and NTCP; scripts/reference/dvh_metrics.py (numpy) for the structure metrics.
const reference = JSON.parse(await readFile(`${root}test/fixtures/dvh-explorer.json`, 'utf8')) as { readonly thigh: PlanReference; readonly lung: PlanReference };
const metrics = JSON.parse(await readFile(`${root}test/fixtures/dvh/reference.json`, 'utf8')) as Readonly<Record<string, Readonly<Record<string, { readonly mean: number; readonly d95: number; readonly d2: number }>>>>;

/**
 * A probability as the page prints it: a percentage with at most one decimal, trailing zeros dropped; `< 0.1%` and
 * `> 99.9%` for values that would round to 0 % or 100 % without being 0 or 1.
 */
const percent = (p: number): string => {
  if (p > 0 && p < 0.0005) return '< 0.1%';
  if (p < 1 && p > 0.9995) return '> 99.9%';
  return `${String(Math.round(p * 1000) / 10)}%`;
};

/** Page-level horizontal overflow in CSS px, as layout.test.ts measures it (0: no sideways scroll). */
const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });

/** Loads a DVH file through the card's file input and waits for its TCP table or its problems. */
async function load(page: Page, path: string): Promise<void> {
  await page.setInputFiles('#dvh-file', `${root}${path}`);
  await page.waitForSelector('[data-readout="dvh-tcp-dvh"], .dvh-issues', { timeout: 20_000 });
}

/** The cells of a table row after its heading, as text. */
const cells = (page: Page, readout: string): Promise<string[]> => page.locator(`[data-readout="${readout}"] td`).allTextContents();

describeViewer('explorer: a plan’s DVH (issue 16)', ({ problems, open }) => {
  it('the thigh plan: structures as rtsim dvh gives them, TCP over the DVH and a user-set NTCP as numpy computes them', async () => {
    const page = await open('?v=1');
    // The DICOM reader is a chunk of its own (assets/dvh-*.js), fetched only once a file is opened.
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.locator('[data-readout="tcp"]').waitFor();
    expect(fetched.filter((url) => /\/assets\/dvh-[^/]*\.js$/.test(url))).toEqual([]);
    await load(page, 'test/fixtures/dvh/eclipse-cumulative-cgy.txt');
    expect(fetched.filter((url) => /\/assets\/dvh-[^/]*\.js$/.test(url))).toHaveLength(1);
    const rows = page.locator('[data-readout="dvh-structure"]');
    // Volumes as the file states them (Volume [cm³]: 200.0 and 400.0); doses to 2 decimals as `rtsim dvh` prints.
    const expected = [['PTV', '200.0'], ['Femur_R', '400.0']].map(([name, volume]) => {
      const m = metrics['eclipse-cumulative-cgy.txt']?.[name ?? ''];
      if (m === undefined) throw new Error(`no reference metrics for ${name}`);
      return [name, volume, m.mean.toFixed(2), m.d95.toFixed(2), m.d2.toFixed(2)];
    });
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)))).toEqual(expected);
    expect(await page.locator('#dvh-target').inputValue()).toBe('0');

    // The explorer's defaults: 25 × 2 Gy five a week, α 0.3/Gy, α/β 4 Gy, N₀ 10⁹, repopulation on, σ_α 0.07/Gy.
    for (const key of ['dvh', 'prescription', 'dmean'] as const) {
      expect(await cells(page, `dvh-tcp-${key}`), key).toEqual([percent(reference.thigh.tcp[key].single), percent(reference.thigh.tcp[key].population)]);
    }
    // Heterogeneity shows: the DVH's population TCP differs from the uniform prescription's.
    expect(percent(reference.thigh.tcp.dvh.population)).not.toBe(percent(reference.thigh.tcp.prescription.population));

    const femur = reference.thigh.ntcp['Femur_R'];
    if (femur?.td50 === undefined || femur.m === undefined || femur.n === undefined) throw new Error('reference lacks Femur_R');
    await page.locator('#dvh-organ-1-td50').fill(String(femur.td50));
    await page.locator('#dvh-organ-1-m').fill(String(femur.m));
    await page.locator('#dvh-organ-1-n').fill(String(femur.n));
    await expect.poll(async () => (await cells(page, 'dvh-ntcp')).at(-1)).toBe(percent(femur.ntcp));

    // A slider change recomputes the tables: no repopulation raises every TCP.
    const before = await cells(page, 'dvh-tcp-dvh');
    await page.locator('#control-repopulation').uncheck();
    await expect.poll(() => cells(page, 'dvh-tcp-dvh')).not.toEqual(before);
    await page.locator('#card-dvh').screenshot({ path: `${screenshots}/explorer-dvh.png` });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the lung SBRT plan in 3 × 18 Gy: Lung-GTV takes the library pneumonitis fit, NTCP as numpy computes it', async () => {
    const page = await open('?v=1&n=3&d=18&ed=2');
    await load(page, reference.lung.file);
    const lung = reference.lung.ntcp['Lung-GTV'];
    if (lung === undefined) throw new Error('reference lacks Lung-GTV');
    const row = await cells(page, 'dvh-ntcp');
    expect(row[0]).toMatch(/^library: grade ≥ 2 radiation pneumonitis/);
    expect(row.at(-1)).toBe(percent(lung.ntcp));
    expect(await cells(page, 'dvh-tcp-dvh')).toEqual([percent(reference.lung.tcp.dvh.single), percent(reference.lung.tcp.dvh.population)]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a malformed file dropped on the card shows the parser’s line-named message, and a good file then replaces it', async () => {
    const page = await open('?v=1');
    await page.waitForSelector('#dvh-drop-zone');
    const content = await readFile(`${root}test/fixtures/dvh/bad-non-monotone.txt`, 'utf8');
    await dropFile(page, 'dvh-drop-zone', { name: 'bad-non-monotone.txt', content, type: 'text/plain' });
    const issues = page.locator('.dvh-issues');
    await issues.waitFor();
    // As `rtsim dvh` words it (test/fixtures/dvh: line 28 is the Bladder row where the volume rises).
    expect(await issues.locator('h2').textContent()).toBe('1 problem in bad-non-monotone.txt');
    expect(await issues.locator('li').allTextContents()).toEqual(["line 28: structure 'Bladder': cumulative volume rises from 60 to 70; a cumulative DVH never increases with dose (is the file differential?)"]);
    await load(page, 'test/fixtures/dvh/csv-gy-cm3.csv');
    await expect.poll(() => issues.count()).toBe(0);
    expect(await page.locator('.dvh-summary').textContent()).toBe('csv-gy-cm3.csv: CSV DVH, 2 structures');
    await page.close();
    expect(problems).toEqual([]);
  });

  for (const screen of [{ name: 'projector', width: 1024, height: 768, query: '&large=1' }, { name: 'phone', width: 390, height: 844, query: '' }]) {
    it(`${screen.name} (${screen.width}×${screen.height}): the loaded DVH card fits the width`, async () => {
      const page = await open(`?v=1${screen.query}`);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await load(page, 'test/fixtures/dvh/eclipse-cumulative-cgy.txt');
      await page.locator('[data-readout="dvh-ntcp"]').waitFor();
      await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const card = await page.locator('#card-dvh').boundingBox();
      expect(card === null ? Infinity : card.x + card.width).toBeLessThanOrEqual(screen.width);
      await page.locator('#card-dvh').screenshot({ path: `${screenshots}/explorer-dvh-${screen.name}.png` });
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});
