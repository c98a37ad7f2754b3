import { parseArgs } from 'node:util';
import { didYouMean } from '../scenario/didYouMean.js';
import { UsageError } from './UsageError.js';

/** An option of a command: a flag (boolean) or an option taking a value (string). */
export interface CommandOption {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
}

/** The value of an option as read: `boolean` for a flag, the text for an option taking a value. */
export type CommandOptionValue<Option extends CommandOption> = Option['type'] extends 'boolean' ? boolean : string;

/** Options and positionals as read from the command line, each option typed by its declaration (`help` added). */
export interface CommandArguments<Options extends Readonly<Record<string, CommandOption>>> {
  readonly values: { readonly [Name in keyof Options]?: CommandOptionValue<Options[Name]> } & { readonly help?: boolean };
  readonly positionals: readonly string[];
}

// A negative number as written on a command line: -1, -3.5, -.5, -1e3.
const negativeNumber = /^-(?:\d|\.\d)/;

/**
 * The arguments with `--option -3` written `--option=-3` when the option takes a value: parseArgs refuses a value
 * that starts with a dash as ambiguous ("use '--workers=-XYZ'"), but no option of rtsim is a negative number, so the
 * number is meant as the value and its option's own check gives the range (`--workers: expected a whole number from 0
 * …, got '-1'`), as it does for `--workers=-1`. Short options and everything after `--` are left as they are.
 */
function negativeValuesJoined(args: readonly string[], config: Readonly<Record<string, CommandOption>>): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') return [...joined, ...args.slice(i)];
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    const takesValue = name !== undefined && Object.hasOwn(config, name) && config[name]?.type === 'string';
    if (takesValue && next !== undefined && negativeNumber.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * Reads a command's arguments with `node:util` parseArgs in strict mode, turning its errors into messages for
 * people: `rtsim run: unknown option '--patinets'; did you mean '--patients'? (see rtsim run --help)`. A negative number
 * after an option that takes a value is that value (`--workers -1` reads as `--workers=-1`).
 * @param command - the command's name, for messages (`run`)
 * @param args - the arguments after the command name
 * @param options - the command's options (`--help` is added), declared inline so their names and types are kept
 * @returns values (each typed by its option: text or flag) and positionals
 * @throws UsageError for an unknown option, a missing value, a value given to a flag, or a repeated option
 */
export function parseCommandOptions<const Options extends Readonly<Record<string, CommandOption>>>(
  command: string,
  args: readonly string[],
  options: Options,
): CommandArguments<Options> {
  const config: Record<string, CommandOption> = { ...options, help: { type: 'boolean', short: 'h' } };
  const seeHelp = `(see rtsim ${command} --help)`;
  try {
    const { values, positionals, tokens } = parseArgs({ args: negativeValuesJoined(args, config), options: config, allowPositionals: true, strict: true, tokens: true });
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) throw new UsageError(`rtsim ${command}: ${token.rawName} is given more than once ${seeHelp}`);
      seen.add(token.name);
    }
    // parseArgs types its values from a literal config only; this config is generic, and declared by the same options.
    return { values: values as CommandArguments<Options>['values'], positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const written = /'([^']+)'/.exec(message)?.[1] ?? '?';
      const bare = written.replace(/^-+/, '').split('=')[0] ?? '';
      const guess = didYouMean(bare, Object.keys(config));
      throw new UsageError(`rtsim ${command}: unknown option '${written}'${guess === undefined ? '' : `; did you mean '--${guess}'?`} ${seeHelp}`);
    }
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const first = message.split('. ')[0] ?? message;
      throw new UsageError(`rtsim ${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)} ${seeHelp}`);
    }
    throw error;
  }
}
