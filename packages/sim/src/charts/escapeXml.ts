const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for XML and HTML, in element content and in quoted attribute values alike: `& < > " '` become
 * entities. Every string that comes from a scenario (names, ids, references, the file itself) passes through it.
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE/F)
 * become U+FFFD so that an SVG stays well-formed whatever the scenario holds.
 * @param text - any string
 * @returns the escaped string
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => entities[character])
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be replaced
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
