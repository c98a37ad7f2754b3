import type { ControlModel, TrialResults } from '../cohort/TrialResults.js';

/** How a sentence names each model of local control, and the page that describes it. */
const modelText: Readonly<Record<ControlModel, { readonly name: string; readonly doc: string }>> = {
  'residual-disease': { name: 'residual-disease', doc: 'docs/local-control-model.md' },
  clonogen: { name: 'classic clonogen', doc: 'docs/models.md' },
};

/**
 * The sentence under the arms of the terminal table and the report naming the model of local control behind each
 * arm's numbers (results.json `arms[].controlModel`): `Local control model: classic clonogen (every arm;
 * docs/models.md).`, or by model in the order of first use, `Local control model: residual-disease (arms a, b;
 * docs/local-control-model.md); classic clonogen (arm c; docs/models.md).` Said because the two models can rank the
 * same schedules differently, and nothing else in a table shows which one an arm ran on.
 * @param results - the results of a run
 * @returns the sentence, plain text (arm ids as the file gives them: the caller escapes them for its medium)
 */
export function controlModelSentence(results: TrialResults): string {
  const byModel = new Map<ControlModel, string[]>();
  for (const arm of results.arms) byModel.set(arm.controlModel, [...(byModel.get(arm.controlModel) ?? []), arm.id]);
  if (byModel.size === 1) {
    const [model] = [...byModel.keys()] as [ControlModel];
    return `Local control model: ${modelText[model].name} (every arm; ${modelText[model].doc}).`;
  }
  const parts = [...byModel].map(([model, ids]) => `${modelText[model].name} (arm${ids.length === 1 ? '' : 's'} ${ids.join(', ')}; ${modelText[model].doc})`);
  return `Local control model: ${parts.join('; ')}.`;
}
