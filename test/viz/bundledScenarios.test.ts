import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '@rtsim/sim';
import { bundledScenarios } from '../../packages/viz/src/runner/bundledScenarios.js';
import { fileStem } from '../../packages/viz/src/runner/fileStem.js';

const scenarios = new URL('../../scenarios/', import.meta.url);
const scenarioFiles = (folder: string): string[] =>
  readdirSync(new URL(folder, scenarios)).filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => `${folder}${name}`).sort();

describe('bundledScenarios', () => {
  it('lists every scenario of scenarios/ and scenarios/multimodal/ (top level first), with its file text', () => {
    const expected = [...scenarioFiles(''), ...scenarioFiles('multimodal/')];
    expect(scenarioFiles('multimodal/').length).toBeGreaterThanOrEqual(5);
    expect(bundledScenarios.map((s) => s.fileName)).toEqual(expected);
    for (const { fileName, text } of bundledScenarios) expect(text, fileName).toBe(readFileSync(new URL(fileName, scenarios), 'utf8'));
  });

  it('every bundled scenario parses, so the runner can load each', () => {
    for (const { fileName, text } of bundledScenarios) {
      const parsed = parseScenario(text, fileName);
      expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message), fileName).toEqual([]);
    }
  });
});

describe('fileStem(fileName)', () => {
  it('drops the folder and the extension, so a multimodal scenario names its downloads by its own name', () => {
    expect(fileStem('multimodal/chemoradiotherapy.yaml')).toBe('chemoradiotherapy');
    expect(fileStem('default.yaml')).toBe('default');
    expect(fileStem('results.json')).toBe('results');
  });
});
