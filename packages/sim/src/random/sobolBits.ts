/** Binary digits of every Sobol' coordinate: points are whole numbers X < 2³², read as X/2³² (32-bit direction numbers). */
export const sobolBits = 32;
