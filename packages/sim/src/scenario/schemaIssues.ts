import * as v from 'valibot';
import { describeValue } from './describeValue.js';
import { didYouMean } from './didYouMean.js';
import type { PathKey } from './fieldSchemas.js';
import { schemaLabel } from './fieldSchemas.js';
import { reservedNameProblem } from './reservedNames.js';
import { isMapping } from './isMapping.js';

/** A problem at a path of keys from the root of the checked value. */
export interface PathIssue {
  readonly path: readonly PathKey[];
  readonly message: string;
  /** The problem is the key itself (an unknown key), not its value: point at the key. */
  readonly atKey?: boolean;
}

// The parts of valibot's schema objects the walker reads (all public properties of valibot schemas).
interface SchemaNode {
  readonly type: string;
  readonly kind: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly key?: string;
  readonly literal?: unknown;
}

function baseOf(schema: SchemaNode): SchemaNode {
  let node = schema;
  while (node.pipe !== undefined && node.pipe[0] !== undefined && node.pipe[0] !== node) node = node.pipe[0];
  return node;
}

const isOptional = (schema: SchemaNode): boolean => {
  const type = baseOf(schema).type;
  return type === 'optional' || type === 'exact_optional';
};

function hasChecks(schema: SchemaNode): boolean {
  const pipe = schema.pipe;
  if (pipe === undefined) return false;
  return pipe.some((item, index) => (index > 0 && item.kind === 'validation') || (index === 0 && item !== schema && hasChecks(item)));
}

function literalOf(option: SchemaNode, key: string): unknown {
  const entry = option.entries?.[key];
  return entry === undefined ? undefined : baseOf(entry).literal;
}

/** The literal a mapping option's entry must equal, through an optional (an organ at risk's `model`), if it is one. */
function entryLiteral(option: SchemaNode, key: string): { readonly literal: unknown } | undefined {
  const entry = option.entries !== undefined && Object.hasOwn(option.entries, key) ? option.entries[key] : undefined;
  if (entry === undefined) return undefined;
  let base = baseOf(entry);
  if ((base.type === 'optional' || base.type === 'exact_optional') && base.wrapped !== undefined) base = baseOf(base.wrapped);
  return base.type === 'literal' ? { literal: base.literal } : undefined;
}

/** "expected one of 'a', 'b', got "c" (did you mean 'a'?)": a discriminating key's value none of the options takes. */
function unknownChoice(allowed: readonly unknown[], given: unknown): string {
  const choices = allowed.map((a) => `'${String(a)}'`).join(', ');
  const suggestion = typeof given === 'string' ? didYouMean(given, allowed.map(String)) : undefined;
  const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
  return `expected one of ${choices}, got ${describeValue(given)}${hint}`;
}

/**
 * A union of mappings told apart by a key with a literal in each (an organ at risk's `model`: optional `lkb` or
 * `logistic`), given a value for that key none of them takes: the problem at that key, worded as a variant's, instead
 * of valibot's raw literal message beside the missing keys of whichever option fitted best.
 */
function unknownDiscriminator(options: readonly SchemaNode[], value: unknown, path: readonly PathKey[]): PathIssue | undefined {
  const mappings = options.map(baseOf);
  if (!isMapping(value) || !mappings.every((option) => option.type === 'strict_object')) return undefined;
  for (const key of Object.keys(mappings[0]?.entries ?? {})) {
    const literals = mappings.map((option) => entryLiteral(option, key));
    const given = value[key];
    if (given === undefined || literals.some((literal) => literal === undefined || literal.literal === given)) continue;
    return { path: [...path, key], message: unknownChoice(literals.map((literal) => literal?.literal), given) };
  }
  return undefined;
}

// How well a value fits one option of a union: -Infinity when its type is wrong or a key the option fixes to a
// literal has another value; for mappings, +2 for each required key present, +1 for each optional key present, -1 for
// each unknown key. Ties go to the first option.
function fit(option: SchemaNode, value: unknown): number {
  const base = baseOf(option);
  switch (base.type) {
    case 'strict_object': {
      if (!isMapping(value)) return -Infinity;
      const entries = base.entries ?? {};
      let score = 0;
      for (const key of Object.keys(value)) {
        const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
        const literal = entryLiteral(base, key);
        if (literal !== undefined && literal.literal !== value[key]) return -Infinity;
        score += entry === undefined ? -1 : isOptional(entry) ? 1 : 2;
      }
      return score;
    }
    case 'variant':
      if (!isMapping(value)) return -Infinity;
      return (base.options ?? []).some((o) => literalOf(baseOf(o), base.key ?? '') === value[base.key ?? '']) ? 2 : 0;
    case 'number':
      return typeof value === 'number' ? 0 : -Infinity;
    case 'string':
    case 'picklist':
      return typeof value === 'string' ? 0 : -Infinity;
    case 'array':
      return Array.isArray(value) ? 0 : -Infinity;
    case 'literal':
      return value === base.literal ? 0 : -Infinity;
    default:
      return 0;
  }
}

function wrongShape(base: SchemaNode, value: unknown, path: readonly PathKey[], fallback: string): PathIssue {
  return { path, message: `expected ${schemaLabel(base) ?? fallback}, got ${describeValue(value)}` };
}

function unknownKey(key: string, known: readonly string[]): string {
  const shown = describeValue(key).slice(1, -1);
  const suggestion = didYouMean(key, known);
  return suggestion === undefined
    ? `unknown key '${shown}'; expected one of: ${known.join(', ')}`
    : `unknown key '${shown}'; did you mean '${suggestion}'?`;
}

function fromValibot(schema: SchemaNode, value: unknown, path: readonly PathKey[], out: PathIssue[]): void {
  const result = v.safeParse(schema as unknown as v.GenericSchema, value);
  if (result.success) return;
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map((item) => item.key as PathKey);
    out.push({ path: [...path, ...keys], message: issue.message });
  }
}

function walk(schema: SchemaNode, value: unknown, path: readonly PathKey[], out: PathIssue[]): void {
  const base = baseOf(schema);
  const before = out.length;
  switch (base.type) {
    case 'optional':
    case 'exact_optional':
      if (value !== undefined && base.wrapped !== undefined) walk(base.wrapped, value, path, out);
      break;
    case 'strict_object': {
      if (!isMapping(value)) {
        out.push(wrongShape(base, value, path, 'a mapping'));
        return;
      }
      const entries = base.entries ?? {};
      for (const [key, entry] of Object.entries(entries)) {
        const present = Object.hasOwn(value, key) && value[key] !== undefined;
        if (present) walk(entry, value[key], [...path, key], out);
        else if (!isOptional(entry)) out.push({ path: [...path, key], message: 'required, but missing' });
      }
      const known = Object.keys(entries);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(entries, key)) out.push({ path: [...path, key], message: unknownKey(key, known), atKey: true });
      }
      break;
    }
    case 'array': {
      if (!Array.isArray(value)) {
        out.push(wrongShape(base, value, path, 'a list'));
        return;
      }
      if (base.item !== undefined) {
        const item = base.item;
        value.forEach((element, index) => walk(item, element, [...path, index], out));
      }
      break;
    }
    case 'variant': {
      if (!isMapping(value)) {
        out.push(wrongShape(base, value, path, 'a mapping'));
        return;
      }
      const key = base.key ?? '';
      const options = (base.options ?? []).map(baseOf);
      const allowed = options.map((o) => literalOf(o, key));
      const discriminator = value[key];
      if (discriminator === undefined) {
        out.push({ path: [...path, key], message: `required, but missing; expected one of ${allowed.map((a) => `'${String(a)}'`).join(', ')}` });
        return;
      }
      const chosen = options.find((o) => literalOf(o, key) === discriminator);
      if (chosen === undefined) {
        out.push({ path: [...path, key], message: unknownChoice(allowed, discriminator) });
        return;
      }
      walk(chosen, value, path, out);
      break;
    }
    case 'record': {
      // valibot's record skips the keys '__proto__', 'constructor' and 'prototype' without a word (its output
      // would lack them): they are refused here, and the rest is valibot's.
      if (isMapping(value)) {
        for (const key of Object.keys(value)) {
          const problem = reservedNameProblem(key);
          if (problem !== undefined) out.push({ path: [...path, key], message: problem, atKey: true });
        }
      }
      fromValibot(schema, value, path, out);
      return;
    }
    case 'union': {
      const discriminator = unknownDiscriminator(base.options ?? [], value, path);
      if (discriminator !== undefined) {
        out.push(discriminator);
        return;
      }
      let best: SchemaNode | undefined;
      let bestFit = -Infinity;
      for (const option of base.options ?? []) {
        const score = fit(option, value);
        if (score > bestFit) {
          best = option;
          bestFit = score;
        }
      }
      if (best === undefined) {
        out.push(wrongShape(base, value, path, 'another kind of value'));
        return;
      }
      walk(best, value, path, out);
      break;
    }
    default:
      fromValibot(schema, value, path, out);
      return;
  }
  // Checks on the whole value (cross-field rules) run once its parts are fine, as valibot itself does.
  if (out.length === before && hasChecks(schema)) fromValibot(schema, value, path, out);
}

/**
 * Every problem of a value against a valibot schema, each with its path and a message written for people:
 * unknown keys with a "did you mean" hint (all of them, not just the first), missing keys, wrong shapes
 * named in words, and for a union the problems of the option the value most resembles (not a pile of
 * every option's complaints). Leaf messages come from the schema's own message functions.
 * @param schema - a schema built from strict objects, arrays, unions, variants, optionals and leaves
 * @param value - any value (e.g. from a YAML parser)
 * @returns the problems in the schema's key order, without duplicates; empty when the value is valid
 */
export function schemaIssues(schema: v.GenericSchema, value: unknown): PathIssue[] {
  const out: PathIssue[] = [];
  walk(schema, value, [], out);
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = JSON.stringify([issue.path, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
