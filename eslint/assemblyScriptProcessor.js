// The WebAssembly block kernel (packages/sim/assembly) is AssemblyScript: TypeScript syntax, plus decorators on
// top-level functions and globals (`@inline function f(…)`), which TypeScript allows on classes and their members only,
// so typescript-eslint's parser refuses the whole file. We found no maintained ESLint parser or plugin for
// AssemblyScript, so this processor hands ESLint the file with those decorators blanked out, each character replaced
// by a space: every other character keeps its line and column, and each message points into the file as written.
// Only the syntax rules can run on the result; the type-aware ones would need AssemblyScript's types (i32, v128,
// load<T>), which TypeScript does not know.

/**
 * A decorator (`@name`, or `@name(…)` on one line) that starts a line and stands before a function or variable
 * declaration, `export` and `declare` allowed in between. Class and member decorators are TypeScript and stay.
 */
const topLevelDecorator = /^([ \t]*)(@[A-Za-z_$][\w$]*(?:\([^()\n]*\))?)(?=\s+(?:(?:export|declare)\s+)*(?:function|const|let|var)\b)/gm;

/**
 * The source with every top-level decorator replaced by as many spaces.
 * @param {string} text - an AssemblyScript file
 * @returns {string} TypeScript that typescript-eslint's parser reads, each remaining character where it was
 */
export function blankTopLevelDecorators(text) {
  return text.replace(topLevelDecorator, (_match, indent, decorator) => indent + ' '.repeat(decorator.length));
}

/**
 * ESLint processor for AssemblyScript files (flat config `processor`). The one block is a string, which ESLint lints
 * with the file's own configuration; fixes stay off, because one that spanned a blanked decorator would delete it.
 */
export const assemblyScriptProcessor = {
  meta: { name: 'rtsim/assemblyscript' },
  /** @param {string} text */
  preprocess: (text) => [blankTopLevelDecorators(text)],
  /** @param {import('eslint').Linter.LintMessage[][]} messages */
  postprocess: (messages) => messages.flat(),
  supportsAutofix: false,
};
