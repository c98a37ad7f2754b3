import type { PathIssue } from '../scenario/schemaIssues.js';

/**
 * A problem for every id that an earlier item of the list already has, at `list[i].id`, naming the earlier item.
 * @param list - the key of the list in the file (`cohorts`, `series`)
 * @param ids - the ids of its items, in order
 * @returns the problems, in list order (none when the ids are unique)
 */
export function duplicateIdIssues(list: string, ids: readonly string[]): PathIssue[] {
  const firstWithId = new Map<string, number>();
  const issues: PathIssue[] = [];
  ids.forEach((id, i) => {
    const earlier = firstWithId.get(id);
    if (earlier === undefined) firstWithId.set(id, i);
    else issues.push({ path: [list, i, 'id'], message: `duplicate series id '${id}' (also ${list}[${earlier}])` });
  });
  return issues;
}
