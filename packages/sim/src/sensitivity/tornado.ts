/** An input of a one-at-a-time analysis: its nominal value and the two ends it is moved to. */
export interface TornadoParameter {
  readonly name: string;
  /** Value every other run keeps while this input moves. */
  readonly nominal: number;
  /** The ends of its interval (e.g. its 2.5 % and 97.5 % quantiles). */
  readonly low: number;
  readonly high: number;
}

/** One bar of a tornado chart. */
export interface TornadoRow {
  readonly name: string;
  /** Input index in the parameters given. */
  readonly index: number;
  readonly low: number;
  readonly high: number;
  /** Output with this input at its low end and at its high end (every other input nominal). */
  readonly outputLow: number;
  readonly outputHigh: number;
  /** |outputHigh − outputLow|: the bar's length, by which rows are ranked. */
  readonly swing: number;
}

/** The result of a one-at-a-time analysis. */
export interface TornadoResult {
  /** Output with every input at its nominal value. */
  readonly base: number;
  /** Rows by swing, largest first (ties keep the inputs' order; NaN swings last). */
  readonly rows: readonly TornadoRow[];
}

/**
 * The 2d + 1 input vectors of a one-at-a-time analysis: first all inputs nominal, then for each input i in turn
 * the vector with input i at its low end and the one with input i at its high end.
 * @param parameters - the inputs
 * @returns the points to evaluate, in that order (base, low₀, high₀, low₁, high₁, …)
 */
export function tornadoPoints(parameters: readonly TornadoParameter[]): number[][] {
  const nominal = parameters.map((p) => p.nominal);
  const points: number[][] = [nominal];
  parameters.forEach((p, i) => {
    for (const end of [p.low, p.high]) {
      const point = nominal.slice();
      point[i] = end;
      points.push(point);
    }
  });
  return points;
}

/**
 * Ranks the inputs of a one-at-a-time analysis from the outputs at {@link tornadoPoints}.
 * @param parameters - the inputs
 * @param outputs - the model at each point of `tornadoPoints(parameters)`, same order (2d + 1 values)
 * @returns the base output and the rows by swing, largest first
 * @throws RangeError when the outputs do not match the points
 */
export function tornadoRows(parameters: readonly TornadoParameter[], outputs: readonly number[]): TornadoResult {
  if (outputs.length !== 2 * parameters.length + 1) {
    throw new RangeError(`expected ${2 * parameters.length + 1} outputs (base, then low and high of each input), got ${outputs.length}`);
  }
  const rows = parameters.map((p, index): TornadoRow => {
    const outputLow = outputs[1 + 2 * index];
    const outputHigh = outputs[2 + 2 * index];
    return { name: p.name, index, low: p.low, high: p.high, outputLow, outputHigh, swing: Math.abs(outputHigh - outputLow) };
  });
  const key = (row: TornadoRow): number => (Number.isNaN(row.swing) ? -1 : row.swing);
  rows.sort((x, y) => key(y) - key(x) || x.index - y.index);
  return { base: outputs[0], rows };
}

/**
 * One-at-a-time (tornado) sensitivity: each input moved alone to the two ends of its interval while the others
 * stay nominal, ranked by the swing |f(high) − f(low)| it causes. Local, not global: it misses interactions and
 * non-monotone effects inside the interval (the Sobol indices catch both).
 * @param model - the output as a function of the input vector (same order as `parameters`)
 * @param parameters - the inputs with their nominal values and interval ends
 * @returns the base output and the rows by swing, largest first
 */
export function tornado(model: (values: readonly number[]) => number, parameters: readonly TornadoParameter[]): TornadoResult {
  return tornadoRows(parameters, tornadoPoints(parameters).map(model));
}
