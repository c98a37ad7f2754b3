// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '@rtsim/sim';
import { expect, test } from 'vitest';
import { sensitivityForm } from '../../packages/viz/src/runner/sensitivityForm.js';

const scenario = (text: string): Parameters<ReturnType<typeof sensitivityForm>['setScenario']>[0] => {
  const parsed = parseScenario(text, 'test.yaml');
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.scenario;
};

test('sensitivityForm offers the measures the scenario reports, in rtsim sensitivity --measure terms, keeping the choice', () => {
  const shipped = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'uncertainty-preop.yaml'), 'utf8');
  const form = sensitivityForm();
  const select = form.element.querySelector<HTMLSelectElement>('#sensitivity-measure');
  const options = (): string[][] => [...(select?.options ?? [])].map((option) => [option.value, option.textContent ?? '']);
  form.setScenario(scenario(shipped));
  expect(options()).toEqual([['control-rate', 'control rate'], ['mean-tcp', 'mean TCP (smoother)']]);
  // With follow-up times and metastasis: LC, DMFS, the incidence of metastasis, DSS and OS at each time.
  const timed = shipped.replace(/^followUp:.*$/m, '').concat('\nfollowUp: { years: 5, at: [2, 5] }\nmetastasis: {}\n');
  if (select !== null) select.value = 'mean-tcp';
  form.setScenario(scenario(timed));
  expect(options().map(([value]) => value)).toEqual([
    'control-rate', 'mean-tcp',
    'local-control@2', 'distant-metastasis-free-survival@2', 'metastasis@2', 'disease-specific-survival@2', 'overall-survival@2',
    'local-control@5', 'distant-metastasis-free-survival@5', 'metastasis@5', 'disease-specific-survival@5', 'overall-survival@5',
  ]);
  expect(options()[11]).toEqual(['overall-survival@5', 'overall survival at 5 y']);
  expect(options()[3]).toEqual(['distant-metastasis-free-survival@2', 'metastasis-free survival (DMFS) at 2 y']);
  expect(options()[4]).toEqual(['metastasis@2', 'metastasis (cumulative incidence) at 2 y']);
  expect(options()[5]).toEqual(['disease-specific-survival@2', 'disease-specific survival at 2 y']);
  expect(select?.value).toBe('mean-tcp');
  if (select !== null) select.value = 'overall-survival@5';
  const read = form.read();
  expect('settings' in read && read.settings.measure).toBe('overall-survival@5');
  // Back to a scenario without them: the choice falls back to the first measure.
  form.setScenario(scenario(shipped));
  expect(select?.value).toBe('control-rate');
});
