"""Constants and tables of packages/core/src/portable/ (the portable elementary functions), in 60-digit decimal.

Prints the TypeScript literals pasted into expTable.ts and logTable.ts; every value is the nearest double
(float(Decimal) rounds correctly) of the stated exact quantity, written with repr (shortest round-trip digits):
- exp: 2^(j/128) = T_HI[j] + T_LO[j], j = 0..127 (Tang 1989's table, 128 entries instead of 32);
  ln2/128 = LN2_128_HI + LN2_128_LO with LN2_128_HI a multiple of 2^-42 (35 significant bits, so n*HI is exact
  for |n| < 2^18); 128/ln2.
- log: F_j = 1 + j/128, j = 0..128; LOG_F_HI[j] = ln F_j rounded to a multiple of 2^-42, LOG_F_LO[j] the
  rest; INV_F[j] = 1/F_j; LN2_HI (a multiple of 2^-42, so k*LN2_HI + LOG_F_HI[j] is exact for |k| <= 1075) and
  LN2_LO. Entry 128 is F = 2 with the logarithm 0: the caller adds 1 to the exponent instead.
Run from the repository root: python3 scripts/reference/core_portable_math_tables.py
"""
from decimal import Decimal, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
LN2 = Decimal(2).ln()


def on_grid(value, bits):
    """value rounded to the nearest multiple of 2^-bits (an exact double when it has <= 53 significant bits)."""
    scaled = (value * (Decimal(2) ** bits)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    return float(scaled) / 2.0 ** bits  # exact: an integer below 2^53 times a power of two


def rest(value, head):
    return float(value - Decimal(head))


def literal_list(name, values, per_line=4):
    lines = [f'const {name}: Float64Array = new Float64Array([']
    for i in range(0, len(values), per_line):
        lines.append('  ' + ', '.join(repr(v) for v in values[i:i + per_line]) + ',')
    lines.append(']);')
    return '\n'.join(lines)


def main():
    # exp
    t_hi, t_lo = [], []
    for j in range(128):
        v = (Decimal(j) / 128 * LN2).exp()
        t_hi.append(float(v))
        t_lo.append(rest(v, t_hi[-1]))
    l128 = LN2 / 128
    l128_hi = on_grid(l128, 42)
    print('// exp')
    print(f'INV_LN2_128 = {float(128 / LN2)!r}')
    print(f'LN2_128_HI = {l128_hi!r}')
    print(f'LN2_128_LO = {rest(l128, l128_hi)!r}')
    print(literal_list('EXP2_HI', t_hi))
    print(literal_list('EXP2_LO', t_lo))
    # log
    ln2_hi = on_grid(LN2, 42)
    print('// log')
    print(f'LN2_HI = {ln2_hi!r}')
    print(f'LN2_LO = {rest(LN2, ln2_hi)!r}')
    inv_ln2 = 1 / LN2
    print(f'INV_LN2_HI = {float(inv_ln2)!r}')
    print(f'INV_LN2_LO = {rest(inv_ln2, float(inv_ln2))!r}')
    f_hi, f_lo, inv_f = [], [], []
    for j in range(129):
        f = 1 + Decimal(j) / 128
        if j == 128:
            f_hi.append(0.0)
            f_lo.append(0.0)
        else:
            lf = f.ln()
            f_hi.append(on_grid(lf, 42))
            f_lo.append(rest(lf, f_hi[-1]))
        inv_f.append(float(1 / f))
    print(literal_list('LOG_F_HI', f_hi))
    print(literal_list('LOG_F_LO', f_lo))
    print(literal_list('INV_F', inv_f))


if __name__ == '__main__':
    main()
