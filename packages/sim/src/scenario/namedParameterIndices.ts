/**
 * The uncertain parameters a name in `uncertainty.correlations[c].between` refers to: every parameter whose path
 * or label (the path when none is given) is exactly that text.
 * @param parameters - `uncertainty.parameters` as written or resolved (file order)
 * @param name - a path or label, as written
 * @returns the indices of the matching parameters, in file order: one for a valid name, none for an unknown name,
 *   several for an ambiguous one (a label that repeats, or that is another parameter's path)
 */
export function namedParameterIndices(parameters: readonly { readonly path: string; readonly label?: string }[], name: string): number[] {
  const indices: number[] = [];
  parameters.forEach((parameter, j) => {
    if (parameter.path === name || parameter.label === name) indices.push(j);
  });
  return indices;
}
