import { didYouMean } from './didYouMean.js';

/** What {@link modelParameterPath} returns: the parameter and key a path names, or what is wrong with it. */
export type ModelParameterParse<P extends string> =
  | { readonly ok: true; readonly parameter: P; readonly key?: string }
  | { readonly ok: false; readonly message: string };

/** A model whose numbers parameter paths may name: how messages call it, its path prefix, parameters and keys. */
export interface OverridableModel<P extends string> {
  /** The model in words, for messages: `local-control model`. */
  readonly what: string;
  /** The path's prefix without its final dot: `localControlModel`, `metastasis.model`. */
  readonly prefix: string;
  readonly parameters: readonly P[];
  /** The keys of a parameter (covariate levels, `median` and `sigma`), empty for a plain number. */
  readonly keys: (parameter: P) => readonly string[];
}

/**
 * Reads the rest of a path `PREFIX.PARAMETER[.KEY]` after its prefix and dot: a parameter of the model, with a key
 * exactly when the parameter has keys. Unknown names get the closest known one in the message.
 * @param rest - the path after `PREFIX.`
 * @param model - the model's parameters and keys
 * @returns the parameter and key, or a message naming what is wrong and what was expected
 */
export function modelParameterPath<P extends string>(rest: string, model: OverridableModel<P>): ModelParameterParse<P> {
  const dot = rest.indexOf('.');
  const name = dot < 0 ? rest : rest.slice(0, dot);
  const key = dot < 0 ? undefined : rest.slice(dot + 1);
  const names: readonly string[] = model.parameters;
  const parameter = model.parameters[names.indexOf(name)];
  if (parameter === undefined) {
    const guess = didYouMean(name, names);
    return { ok: false, message: `unknown ${model.what} parameter '${name}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (parameters: ${names.join(', ')})` };
  }
  const keys = model.keys(parameter);
  if (keys.length === 0) return key === undefined ? { ok: true, parameter } : { ok: false, message: `${parameter} is one number: drop '.${key}'` };
  if (key === undefined) return { ok: false, message: `name one of ${parameter}'s numbers: ${model.prefix}.${parameter}.KEY, KEY one of ${keys.join(', ')}` };
  if (!keys.includes(key)) {
    const guess = didYouMean(key, keys);
    return { ok: false, message: `${parameter} has no '${key}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (${keys.join(', ')})` };
  }
  return { ok: true, parameter, key };
}
