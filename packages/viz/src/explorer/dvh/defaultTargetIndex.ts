/**
 * The structure the panel first offers as the target: the first whose name starts with PTV, CTV, GTV or ITV (so
 * `Lung-GTV`, an organ minus the tumour, is not one), else the first structure.
 * @param names - the structures' names, in file order
 * @returns an index into `names` (0 for an empty list)
 */
export function defaultTargetIndex(names: readonly string[]): number {
  const index = names.findIndex((name) => /^(PTV|CTV|GTV|ITV)/i.test(name.trim()));
  return index < 0 ? 0 : index;
}
