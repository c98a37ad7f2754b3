import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { inProcessCli } from './inProcessCli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rtsim = inProcessCli(root);

// docs/cli.md shows what `rtsim run scenarios/default.yaml` prints: the numbers come from this run, not from memory.
it('docs/cli.md: the table of rtsim run scenarios/default.yaml is what the command prints', async () => {
  const doc = await readFile(join(root, 'docs/cli.md'), 'utf8');
  const block = doc.split('<!-- cli-run-default:start -->')[1]?.split('<!-- cli-run-default:end -->')[0] ?? '';
  const shown = block.split('```\n')[1] ?? '';
  expect(shown).toMatch(/^Preoperative 50 Gy\/25 vs 5 x 6 Gy/);
  const out = await mkdtemp(join(tmpdir(), 'rtsim-cli-docs-'));
  try {
    // No worker threads: the result does not depend on the thread count (docs/determinism.md).
    const run = await rtsim('run', 'scenarios/default.yaml', '--out', out, '--workers', '0');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown);
    // The endpoints.csv section quotes this run's first lines and its row count (492: 2 arms × 11 rows, the arm and
    // its 10 strata, × 11 endpoints × 2 times, and 2 subtypes × 2 endpoints × 2 times).
    const quoted = doc.split('<!-- endpoints-csv-default:start -->')[1]?.split('<!-- endpoints-csv-default:end -->')[0]?.split('```\n')[1] ?? '';
    const endpoints = await readFile(join(out, 'endpoints.csv'), 'utf8');
    expect(quoted.split('\n').length).toBeGreaterThan(2);
    expect(endpoints.startsWith(quoted)).toBe(true);
    expect(doc).toContain('`rtsim run scenarios/default.yaml` writes 492 rows:');
    expect(endpoints.trimEnd().split('\n').length - 1).toBe(2 * 11 * 11 * 2 + 2 * 2 * 2);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

// docs/metastasis-model.md quotes two of the paired differences of that run: they are the ones docs/cli.md shows.
it('docs/metastasis-model.md: the paired differences it quotes from scenarios/default.yaml are those of the docs/cli.md run', async () => {
  const model = await readFile(join(root, 'docs/metastasis-model.md'), 'utf8');
  const cli = await readFile(join(root, 'docs/cli.md'), 'utf8');
  const quoted = /differs by (\S+) points \[(\S+), (\S+)\] in death from sarcoma\s+by 2 years and (\S+) \[(\S+), (\S+)\] in local recurrence/.exec(model);
  expect(quoted).not.toBeNull();
  // The docs write a minus sign (−), the terminal a hyphen.
  const [dod, dodLow, dodHigh, lr, lrLow, lrHigh] = (quoted ?? []).slice(1).map((text) => text.replace('−', '-'));
  const lines = cli.split('\n');
  // The table's heads, its rule, then the pair's row; each column spans one run of the rule's dashes.
  const headAt = lines.findIndex((line) => line.includes('CIF LR Δ 2 y'));
  const [head = '', rule = '', row = ''] = lines.slice(headAt, headAt + 3);
  const cell = (heading: string): string => {
    const span = [...rule.matchAll(/-+/g)].find((dashes) => head.slice(dashes.index, dashes.index + dashes[0].length).trim().startsWith(heading));
    return span === undefined ? '' : row.slice(span.index, span.index + span[0].length).trim();
  };
  expect(cell('CIF LR Δ 2 y')).toBe(`${lr} [${lrLow}, ${lrHigh}]`);
  expect(cell('CIF DOD Δ 2 y')).toBe(`${dod} [${dodLow}, ${dodHigh}]`);
});

// docs/avatars.md shows what `rtsim avatar` prints for the shipped example: the TCP at the fit and the mean over the
// draws side by side, as the text below the block explains.
it('docs/avatars.md: the table of the shipped avatar example is what the command prints', async () => {
  const doc = await readFile(join(root, 'docs/avatars.md'), 'utf8');
  const block = doc.split('<!-- cli-avatar-example:start -->')[1]?.split('<!-- cli-avatar-example:end -->')[0] ?? '';
  const shown = block.split('```\n')[1] ?? '';
  expect(shown).toMatch(/^scenarios\/avatars\/ups-organoid\.csv: 15 surviving fractions/);
  const out = await mkdtemp(join(tmpdir(), 'rtsim-avatar-docs-'));
  try {
    const run = await rtsim('avatar', 'scenarios/avatars/ups-organoid.csv', '--schedules', '25x2,5x6,3x18:everyDays=2', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown);
    expect(doc).toContain('25x2 is 74.7% at the fit but 65.5% on average');
    const json = JSON.parse(await readFile(join(out, 'avatar.json'), 'utf8'));
    const row = json.comparison.schedules.find((schedule: { label: string }) => schedule.label === '25x2');
    expect((100 * row.tcp).toFixed(1)).toBe('74.7');
    expect((100 * row.tcpMean).toFixed(1)).toBe('65.5');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
