/**
 * A word as a POSIX shell reads it back unchanged: as is when it holds only characters no shell treats
 * specially, otherwise in single quotes (a `'` inside written `'\''`).
 * @param word - any text without a NUL character
 * @returns the quoted word (`''` for the empty word)
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
