import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { localControlEvidenceMarkdown, localControlEvidencePatients, localControlEvidenceTitle } from './localControlEvidence.mjs';

// docs/reproductions.md is generated (pnpm build && node scripts/reproductions-table.mjs > docs/reproductions.md).
// Its issue-14 section states, per role, how many terms of calibration/local-control-evidence.yaml the engine
// predicts inside their observed interval with the library defaults: this reruns that prediction (same seed, same
// patient count, so the same numbers exactly) and requires the doc to say what the engine gives now.
const doc = readFileSync(new URL('../../docs/reproductions.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
let markdownOnce: Promise<string> | undefined;
const engineMarkdown = (): Promise<string> => (markdownOnce ??= localControlEvidenceMarkdown());

test('docs/reproductions.md states the engine\'s coverage and every term of the local-control evidence as they are now', async () => {
  const section = doc.split(`## ${localControlEvidenceTitle}`)[1] ?? '';
  expect(section).not.toBe('');
  const markdown = await engineMarkdown();
  expect(section).toContain(`Virtual patients per population part: ${localControlEvidencePatients},`);
  const coverage = markdown.split('\n').filter((line) => line.startsWith('- ') && line.includes(' inside ('));
  expect(coverage.length).toBeGreaterThanOrEqual(2);
  for (const line of coverage) expect(section, line).toContain(line);
  expect(section).toContain(markdown.trimEnd());
}, 60_000);

test('the README quotes the engine\'s held-out coverage as it is now (pooled, and holdout-3, the blind set)', async () => {
  const lines = (await engineMarkdown()).split('\n');
  const counts = (role: RegExp): [number, number] =>
    lines
      .map((line) => /^- ([\w-]+): (\d+)\/(\d+) inside \(/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && role.test(m[1] ?? ''))
      .reduce<[number, number]>(([inside, total], m) => [inside + Number(m[2]), total + Number(m[3])], [0, 0]);
  const [pooled, terms] = counts(/^holdout/);
  const [blind, blindTerms] = counts(/^holdout-3$/);
  expect(terms).toBeGreaterThan(blindTerms);
  expect(readme).toContain(`${pooled} of ${terms} held-out outcomes inside their 95% interval, ${blind} of ${blindTerms} on a blind set`);
  const above = /predicted above observed in (\d+) terms/.exec(lines.find((line) => line.startsWith('- held out, pooled:')) ?? '')?.[1];
  expect(readme).toContain(`pessimistic overall (its prediction above the observed proportion in ${above ?? '?'} of the ${terms})`);
}, 60_000);

/** Two-sided exact sign test: twice the smaller binomial(a + b, ½) tail, summed here independently of mcnemarTest. */
function signTestP(a: number, b: number): number {
  const n = a + b;
  let term = 2 ** -n; // P(X = 0)
  let tail = 0;
  for (let i = 0; i <= Math.min(a, b); i++) {
    tail += term;
    term *= (n - i) / (i + 1);
  }
  return Math.min(1, 2 * tail);
}

test('docs/local-control-model.md quotes the engine\'s and the Python reference\'s splits (prediction above against below the observed) as they are', async () => {
  const model = readFileSync(new URL('../../docs/local-control-model.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const engine = /predicted above observed in (\d+) terms, below in (\d+) \(sign test p = ([\d.]+)\)/.exec((await engineMarkdown()).split('\n').find((line) => line.startsWith('- held out, pooled:')) ?? '');
  expect(engine).not.toBeNull();
  const [engineAbove, engineBelow, engineP] = (engine ?? []).slice(1);
  expect(model).toContain(`above the observed proportion in ${engineAbove} of the 74 held-out terms and below it in ${engineBelow} (exact sign test p = ${engineP};`);
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/local-control-model.json', import.meta.url), 'utf8')) as { predictions: { role: string; observed: number; predicted: number }[] };
  const split = (fit: boolean): [number, number, number] => {
    const terms = fixture.predictions.filter((t) => (t.role === 'fit') === fit);
    return [terms.filter((t) => t.predicted > t.observed).length, terms.filter((t) => t.predicted < t.observed).length, terms.length];
  };
  const [above, below] = split(false);
  const [fitAbove, fitBelow, fitTerms] = split(true);
  expect(model).toContain(`local-control-model.json: ${above} against ${below}, p = ${signTestP(above, below).toPrecision(2)}; its ${fitTerms} fit terms ${fitAbove} against ${fitBelow})`);
  expect(signTestP(51, 23)).toBeCloseTo(0.0015162, 6); // the exact binomial sum, checked with Python's integers
}, 60_000);
