import type { AvatarData } from './parseAvatarCsv.js';

/** Most groups of identical rows named one by one; the rest are counted in one last note. */
const maxNotes = 10;

const listed = (rows: readonly number[]): string => (rows.length === 2 ? `${rows[0]} and ${rows[1]}` : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`);

/**
 * Notes on valid avatar data that the fit accepts but that may be a slip, one sentence each, for stderr
 * (`rtsim avatar: note: …`) and the viewer. Today one kind: surviving-fraction rows whose values are all identical
 * (dose, SF and sd), e.g. `rows 3, 6, 9 and 12 of organoid.csv are identical (dose 2 Gy, SF 0.55): …`. Copied rows
 * count as separate wells: they add degrees of freedom and weight without new information and narrow every
 * interval. Identical values can be real (SF rounded to two digits), so this is a note, not a refusal. Control rows
 * (dose 0, SF 1) are the normalisation and are alike by design; colony counts are left out, since equal counts in
 * replicate flasks are common (0 colonies at a high dose).
 * @param data - from {@link parseAvatarCsv}
 * @param fileName - the data file's name, as the notes show it
 * @returns the notes in order of their first row; empty when there is nothing to note
 */
export function avatarDataNotes(data: AvatarData, fileName: string): string[] {
  if (data.kind !== 'survivingFraction') return [];
  const groups = new Map<string, { rows: number[]; text: string }>();
  data.points.forEach(({ dose, survivingFraction, sd }, i) => {
    if (dose === 0 && survivingFraction === 1) return;
    const text = `dose ${dose} Gy, SF ${survivingFraction}${sd === undefined ? '' : `, sd ${sd}`}`;
    const group = groups.get(text);
    if (group === undefined) groups.set(text, { rows: [data.rows[i]], text });
    else group.rows.push(data.rows[i]);
  });
  const repeated = [...groups.values()].filter((group) => group.rows.length > 1);
  const notes = repeated
    .slice(0, maxNotes)
    .map(({ rows, text }) => `rows ${listed(rows)} of ${fileName} are identical (${text}): if they are copies rather than separate wells, they narrow the intervals falsely`);
  if (repeated.length > maxNotes) notes.push(`${repeated.length - maxNotes} more groups of identical rows in ${fileName}`);
  return notes;
}
