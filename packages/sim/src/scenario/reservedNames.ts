/**
 * Names a scenario may not give to a marker, agent, arm or subtype, nor use as a key of a mapping of names
 * (`markers`, `responseBySubtype`): the keys JavaScript objects treat specially. The schema library skips them
 * in mappings (a prevalence under `constructor` would be dropped without a word), and `__proto__` sets an
 * object's prototype when assigned, so they are refused with a message instead.
 */
export const reservedNames: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);

/**
 * Why a name is refused, or undefined when it is not reserved.
 * @param name - a name or mapping key as written
 * @returns the message, e.g. `'constructor' is reserved (…); choose another name`
 */
export function reservedNameProblem(name: string): string | undefined {
  if (!reservedNames.includes(name)) return undefined;
  return `'${name}' is reserved (rtsim keeps names as keys of JavaScript objects, where ${reservedNames.map((n) => `'${n}'`).join(', ')} are taken); choose another name`;
}
