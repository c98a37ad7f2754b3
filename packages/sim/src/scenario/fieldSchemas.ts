import * as v from 'valibot';
import { describeValue } from './describeValue.js';
import { reservedNameProblem } from './reservedNames.js';

/** A key in a path through a scenario: an object key or a list index. */
export type PathKey = string | number;

/** A problem found by a cross-field check, `keys` relative to the checked value. */
export interface FieldProblem {
  readonly keys: readonly PathKey[];
  readonly message: string;
}

/** Bounds of a numeric field; every numeric field is also finite. */
export interface NumberBounds {
  readonly integer?: boolean;
  readonly min?: number;
  readonly exclusiveMin?: boolean;
  readonly max?: number;
  readonly exclusiveMax?: boolean;
}

const labels = new WeakMap<object, string>();

// Type identity (not just mutual assignability, which ignores an optional key present on one side only).
type SameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Declares the type a schema accepts, checked at compile time: the call does not compile unless the schema's
 * inferred input type is identical to `T` (same keys, same optionality, same value types). So a hand-written type (needed
 * where isolatedDeclarations cannot publish an inferred one) stays the schema's own type.
 * @returns a function from the schema to the same schema, typed `v.GenericSchema<T>`
 */
export function exactly<T>(): <S extends v.GenericSchema>(
  schema: S & (SameType<v.InferInput<S>, T> extends true ? unknown : never),
) => v.GenericSchema<T> {
  return (schema) => schema as unknown as v.GenericSchema<T>;
}

/**
 * Registers what a schema expects in words ("a schedule: …"), for the "expected …, got …" message the
 * validator writes when a value has the wrong shape.
 * @param schema - the schema (not its pipe)
 * @param label - a noun phrase
 * @returns `schema` itself
 */
export function labelled<T extends object>(schema: T, label: string): T {
  labels.set(schema, label);
  return schema;
}

/**
 * The noun phrase registered with {@link labelled}, if any.
 * @param schema - a schema without its pipe
 */
export function schemaLabel(schema: object): string | undefined {
  return labels.get(schema);
}

/**
 * The bounds of a numeric field in words: "a whole number ≥ 1", "a number > 0", "a number from 0 to 1".
 * @param bounds - the field's bounds
 */
export function expectedNumber(bounds: NumberBounds): string {
  const kind = bounds.integer === true ? 'a whole number' : 'a number';
  const lower = bounds.min === undefined ? undefined : `${bounds.exclusiveMin === true ? '>' : '≥'} ${bounds.min}`;
  const upper = bounds.max === undefined ? undefined : `${bounds.exclusiveMax === true ? '<' : '≤'} ${bounds.max}`;
  if (lower !== undefined && upper !== undefined) {
    if (bounds.exclusiveMin !== true && bounds.exclusiveMax !== true) return `${kind} from ${bounds.min} to ${bounds.max}`;
    return `${kind} ${lower} and ${upper}`;
  }
  if (lower !== undefined) return `${kind} ${lower}`;
  if (upper !== undefined) return `${kind} ${upper}`;
  return kind;
}

/**
 * Whether a number lies within bounds (finite, whole when required).
 * @param value - the number
 * @param bounds - the bounds
 */
export function withinBounds(value: number, bounds: NumberBounds): boolean {
  if (!Number.isFinite(value)) return false;
  if (bounds.integer === true && !Number.isInteger(value)) return false;
  if (bounds.min !== undefined && (bounds.exclusiveMin === true ? !(value > bounds.min) : !(value >= bounds.min))) return false;
  if (bounds.max !== undefined && (bounds.exclusiveMax === true ? !(value < bounds.max) : !(value <= bounds.max))) return false;
  return true;
}

type NumberPipeItem = v.PipeItem<number, number, v.BaseIssue<unknown>>;
// valibot's `pipe` is typed for literal tuples; the items here are chosen at run time, all number → number.
const numberPipe = v.pipe as unknown as (
  schema: v.NumberSchema<(issue: v.NumberIssue) => string>,
  ...items: NumberPipeItem[]
) => v.GenericSchema<number>;

/**
 * A finite number within bounds, documented for editors, with one message for every way it can fail:
 * `expected a whole number ≥ 1, got -3`.
 * @param bounds - the accepted range (also written to the JSON Schema as minimum/maximum/integer)
 * @param description - what the field is, with its unit (shown by editors)
 * @param cap - an upper limit with its own message (e.g. "at most 1000 fractions"), kept out of `bounds` so
 * the usual message names only the natural bound
 */
export function numberField(
  bounds: NumberBounds,
  description: string,
  cap?: { readonly max: number; readonly message: (value: unknown) => string },
): v.GenericSchema<number> {
  const message = (issue: v.BaseIssue<unknown>): string =>
    `expected ${expectedNumber(bounds)}, got ${describeValue(issue.input)}`;
  const items: NumberPipeItem[] = [v.finite(message)];
  if (bounds.integer === true) items.push(v.integer(message));
  if (bounds.min !== undefined) items.push(bounds.exclusiveMin === true ? v.gtValue(bounds.min, message) : v.minValue(bounds.min, message));
  if (bounds.max !== undefined) items.push(bounds.exclusiveMax === true ? v.ltValue(bounds.max, message) : v.maxValue(bounds.max, message));
  if (cap !== undefined) items.push(v.maxValue(cap.max, (issue: v.BaseIssue<unknown>) => cap.message(issue.input)));
  items.push(v.description(description));
  return numberPipe(v.number(message), ...items);
}

/**
 * A name field that also refuses the reserved names (`constructor`, `prototype`, `__proto__`; see
 * {@link reservedNameProblem}): a name may become a key of a mapping, where those are taken.
 * @param schema - the text field
 * @returns the field with the check added (not part of the JSON Schema: a check action)
 */
export function notReserved(schema: v.GenericSchema<string>): v.GenericSchema<string> {
  return v.pipe(schema, v.check((name: string) => reservedNameProblem(name) === undefined, (issue) => reservedNameProblem(String(issue.input)) ?? ''));
}

/**
 * Text, non-empty unless allowed, at most `maxLength` characters, optionally matching a pattern. Numbers and booleans
 * get a hint to quote them (YAML reads `name: 2024` as a number); text over the limit is told the limit.
 * @param description - what the field is (shown by editors)
 * @param options - `pattern` with `expected` (what the pattern means in words), `maxLength` in characters
 */
export function textField(
  description: string,
  options: { readonly pattern?: RegExp; readonly expected?: string; readonly maxLength?: number } = {},
): v.GenericSchema<string> {
  const expected = options.expected ?? 'non-empty text';
  const message = (issue: v.BaseIssue<unknown>): string => {
    const hint = typeof issue.input === 'number' || typeof issue.input === 'boolean' ? ' (quote it to make it text)' : '';
    return `expected ${expected}, got ${describeValue(issue.input)}${hint}`;
  };
  const maxLength = options.maxLength ?? 10_000;
  // Its own message: "expected non-empty text" for 20 000 characters would not say what is wrong.
  const tooLong = (issue: v.BaseIssue<unknown>): string =>
    `expected text of at most ${maxLength} characters, got ${typeof issue.input === 'string' ? issue.input.length : '?'} characters (${describeValue(issue.input)})`;
  if (options.pattern !== undefined) {
    return v.pipe(v.string(message), v.minLength(1, message), v.maxLength(maxLength, tooLong), v.regex(options.pattern, message), v.description(description));
  }
  return v.pipe(v.string(message), v.minLength(1, message), v.maxLength(maxLength, tooLong), v.description(description));
}

/**
 * One of a few fixed words.
 * @param options - the accepted words
 * @param description - what the field is (shown by editors)
 */
export function choiceField<const T extends readonly string[]>(
  options: T,
  description: string,
): v.SchemaWithPipe<readonly [v.PicklistSchema<T, (issue: v.PicklistIssue) => string>, v.DescriptionAction<T[number], string>]> {
  const message = (issue: v.PicklistIssue): string =>
    `expected one of ${options.map((option) => `'${option}'`).join(', ')}, got ${describeValue(issue.input)}`;
  return v.pipe(v.picklist(options, message), v.description(description));
}

/**
 * A mapping with exactly these keys (unknown keys are errors), documented for editors.
 * @param entries - the keys and their schemas
 * @param label - what the mapping is, in words ("a surgery: { day, margins, … }")
 * @param description - shown by editors
 */
export function mapping<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  label: string,
  description: string,
): v.SchemaWithPipe<readonly [v.StrictObjectSchema<TEntries, undefined>, v.DescriptionAction<v.InferOutput<v.StrictObjectSchema<TEntries, undefined>>, string>]> {
  return v.pipe(labelled(v.strictObject(entries), label), v.description(description));
}

/**
 * A list of items, at least `minItems` of them, documented for editors.
 * @param item - the schema of each item
 * @param label - what the list is, in words
 * @param description - shown by editors
 * @param minItems - fewest items accepted (default 0)
 */
export function list<const TItem extends v.GenericSchema>(
  item: TItem,
  label: string,
  description: string,
  minItems = 0,
): v.GenericSchema<v.InferInput<TItem>[], v.InferOutput<TItem>[]> {
  const array = labelled(v.array(item), label);
  if (minItems === 0) return v.pipe(array, v.description(description));
  const message = (): string => (minItems === 1 ? 'expected at least one item, got an empty list' : `expected at least ${minItems} items`);
  return v.pipe(array, v.minLength(minItems, message), v.description(description));
}

function pathItems(root: unknown, keys: readonly PathKey[]): v.IssuePathItem[] {
  const items: v.IssuePathItem[] = [];
  let current: unknown = root;
  for (const key of keys) {
    const value: unknown = typeof current === 'object' && current !== null ? (current as Record<PathKey, unknown>)[key] : undefined;
    if (typeof key === 'number') items.push({ type: 'array', origin: 'value', input: Array.isArray(current) ? current : [], key, value });
    else items.push({ type: 'object', origin: 'value', input: (typeof current === 'object' && current !== null ? current : {}) as Record<string, unknown>, key, value });
    current = value;
  }
  return items;
}

/**
 * A schema followed by a cross-field check that runs once the value has its shape, reporting each problem
 * at its own path (relative to the value).
 * @param schema - the schema of the value
 * @param check - pure function from the typed value to its problems (empty when fine)
 */
export function checked<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  check: (value: v.InferOutput<TSchema>) => readonly FieldProblem[],
): v.SchemaWithPipe<readonly [TSchema, v.RawCheckAction<v.InferOutput<TSchema>>]> {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<TSchema>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const problem of check(dataset.value)) {
        const [first, ...rest] = pathItems(dataset.value, problem.keys);
        addIssue(first === undefined ? { message: problem.message } : { message: problem.message, path: [first, ...rest] });
      }
    }),
  );
}
