import { portableExp, portableLog } from '@rtsim/core';
import type { CalibrationParameter } from './CalibrationSetup.js';

/** A parameter's value on the scale the search and the profile move on: ln x for `scale: log`, else x itself. */
export const toSearch = (p: CalibrationParameter, x: number): number => (p.scale === 'log' ? portableLog(x) : x);

/** The inverse of {@link toSearch}: a search coordinate back to the parameter's own value. */
export const fromSearch = (p: CalibrationParameter, u: number): number => (p.scale === 'log' ? portableExp(u) : u);
