import * as v from 'valibot';
import { mapping, numberField } from './fieldSchemas.js';

/**
 * Field schemas shared by the sections that override a model's library values (`localControlModel`,
 * `metastasis.model`): a log odds, a mapping of named log odds, and a lognormal's median and sigma.
 */

/**
 * A log odds or log odds ratio from −30 to 30: beyond ±30 a probability is within 1e-13 of 0 or 1, so a wider value
 * is a typing error, not a model.
 * @param what - the number in words, with its symbol
 */
export function logOddsOverride(what: string): v.GenericSchema<number> {
  return numberField({ min: -30, max: 30 }, `${what} (log odds, −30 to 30).`);
}

/**
 * A strict mapping of named log odds (margin classes, covariate levels), each optional: an absent name keeps the
 * library value, an unknown one is refused at its key.
 * @param names - the names accepted
 * @param each - one number in words, given the name
 * @param label - the mapping in words, for messages
 * @param description - shown by editors
 */
export function logOddsMapping<const N extends string>(names: readonly N[], each: (name: N) => string, label: string, description: string): v.GenericSchema<{ [K in N]?: number }> {
  const entries = Object.fromEntries(names.map((name) => [name, v.exactOptional(logOddsOverride(each(name)))])) as {
    [K in N]: v.ExactOptionalSchema<v.GenericSchema<number>, undefined>;
  };
  return mapping(entries, `${label}: { ${names.join(', ')} }`, description);
}

/**
 * A lognormal between patients as overrides: its median (> 0, at most `maxMedian`, in the unit `median` names) and
 * the SD of its natural log (0 to 10, or above 0 when the model draws its times by a quantile that needs a spread);
 * an absent field keeps the library value.
 * @param label - the quantity in words, with its unit
 * @param median - the median in words, with its unit
 * @param maxMedian - the largest median accepted
 * @param sigmaAboveZero - refuse σ = 0 (the metastasis model's detection and survival quantiles divide by σ)
 */
export function lognormalOverride(label: string, median: string, maxMedian: number, sigmaAboveZero = false): v.GenericSchema<{ median?: number; sigma?: number }> {
  return mapping(
    {
      median: v.exactOptional(numberField({ min: 0, exclusiveMin: true, max: maxMedian }, `${median} (> 0, at most ${maxMedian}).`)),
      sigma: v.exactOptional(
        sigmaAboveZero
          ? numberField({ min: 0, exclusiveMin: true, max: 10 }, 'SD of its natural log between patients (> 0, at most 10).')
          : numberField({ min: 0, max: 10 }, 'SD of its natural log between patients (0 to 10).'),
      ),
    },
    `${label}: { median?, sigma? }`,
    `${label}, lognormal between patients; an absent field keeps the library value.`,
  );
}
