#!/usr/bin/env python3
"""Independent reference values for the life-table kernels of packages/core (background mortality).

Written from the equations of docs/models.md ("Background mortality"), not from the TypeScript: in 50-digit
decimal arithmetic, the cumulative hazard is the difference of its antiderivative
    F(s) = sum_{j < floor(s)} h_j + h_floor(s) * (s - floor(s)),  h_j = -ln(1 - q_j),  h_j = h_{n-1} for j >= n-1,
so H(a, t) = F(a + t) - F(a) (the TypeScript walks the years instead), S = exp(-H), and the time of death for a
uniform u is found by bisection on F (the TypeScript solves each year linearly).

It also checks the published table against itself and records what it finds for the tests:
- l_0 prod (1 - q_j) against the published l_x (whole lives out of 100,000), where the CSV has l_x;
- both sexes: the life expectancy e_x recomputed from q_x (l_x = prod (1 - q_j), L_x = (l_x + l_{x+1})/2,
  e_x = sum_{k >= x} L_k / l_x, closed at the last age with the published e) against the published e_x, and the
  life expectancy of the piecewise-constant hazard model (the integral of S) against it too.

Usage:  python3 scripts/reference/core_life_table.py   (writes test/fixtures/life-table.json; deterministic)
"""

import csv
import json
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 50
ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "packages/core/src/library/lifeTables"
OUT = ROOT / "test/fixtures/life-table.json"
# Each table, and the sexes whose published l_x are in its CSV (the SSA copy of the female table has none).
TABLES = [("us-ssa-2017", ("male",)), ("de-destatis-2022-2024", ("female", "male"))]


def read_table(table_id):
    with (FOLDER / f"{table_id}.csv").open() as f:
        rows = list(csv.DictReader(f))
    for i, row in enumerate(rows):
        assert int(row["age"]) == i
    return rows


def hazards(q):
    """h_j = -ln(1 - q_j) per year, exact to 50 digits (q as its published decimal text)."""
    return [-(Decimal(1) - Decimal(x)).ln() if Decimal(x) < 1 else None for x in q]


def antiderivative(h, s):
    """F(s) = integral_0^s mu, mu piecewise constant by year of age, the last hazard continuing."""
    last = len(h) - 1
    whole = int(s)  # floor for s >= 0
    if whole >= last:
        return sum(h[:last], Decimal(0)) + h[last] * (s - last)
    return sum(h[:whole], Decimal(0)) + h[whole] * (s - whole)


def cumulative_hazard(h, age, years):
    return antiderivative(h, Decimal(age) + Decimal(years)) - antiderivative(h, Decimal(age))


def death_years(h, age, u):
    """T with F(a + T) - F(a) = -ln(1 - u), by 200 bisection steps on [0, 400] years."""
    target = -(Decimal(1) - Decimal(u)).ln()
    a = Decimal(age)
    base = antiderivative(h, a)
    lo, hi = Decimal(0), Decimal(400)
    for _ in range(200):
        mid = (lo + hi) / 2
        if antiderivative(h, a + mid) - base < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def life_expectancy_midpoint(q, e_last):
    """e_x by the publishers' rule for x >= 1, L_x = (l_x + l_{x+1})/2, closed at the last age n - 1 with the
    published e_{n-1} (both publishers carry their tables past the ages they print)."""
    l = [1.0]
    for x in q:
        l.append(l[-1] * (1 - x))
    last = len(q) - 1
    big_l = [(l[i] + l[i + 1]) / 2 for i in range(last)]
    return [(sum(big_l[x:]) + l[last] * e_last) / l[x] for x in range(len(q))]


def life_expectancy_model(h, age):
    """Integral of S(a, t) dt over t in [0, inf) for the piecewise-constant hazard: per year (1 - e^{-h})/h."""
    last = len(h) - 1
    total = Decimal(0)
    survive = Decimal(1)
    for j in range(age, last):
        total += survive * (1 - (-h[j]).exp()) / h[j]
        survive *= (-h[j]).exp()
    return total + survive / h[last]  # beyond the last age: exponential with the last hazard


def table_result(table_id, sexes_with_lives):
    rows = read_table(table_id)
    last = len(rows) - 1
    h = {sex: hazards([row[f"{sex}_qx"] for row in rows]) for sex in ("female", "male")}
    result = {"survival": [], "deathYears": [], "published": {}}
    for sex in ("female", "male"):
        for age in (0, 1, 18.5, 45, 62.25, 80, 99.9, last - 0.5, last, last + 11):
            for years in (0, 0.25, 1, 5, 10.7, 30, 60):
                hz = cumulative_hazard(h[sex], age, years)
                result["survival"].append({
                    "sex": sex, "ageYears": age, "years": years,
                    "cumulativeHazard": float(hz), "survival": float((-hz).exp()),
                })
        for age in (0, 18.5, 62.25, 99.9, last + 6):
            for u in ("0", "0.000001", "0.1", "0.5", "0.9", "0.999999"):
                result["deathYears"].append({"sex": sex, "ageYears": age, "uniform": float(u), "years": float(death_years(h[sex], age, u))})
        q = [float(row[f"{sex}_qx"]) for row in rows]
        published = [float(row[f"{sex}_ex"]) for row in rows]
        mid = life_expectancy_midpoint(q, published[last])
        model = [float(life_expectancy_model(h[sex], x)) for x in range(len(rows))]
        entry = {
            # x = 1 ... n - 2: the publishers' rule at age 0 is not the midpoint rule.
            "midpointExpectancyMaxAbsError": max(abs(mid[x] - published[x]) for x in range(1, last)),
            # Ages 0-90: past 90 the model's closure (the last age's hazard, held) and the publisher's (a table carried
            # on past the printed ages) part, by up to 0.15 years at age 100 (Germany, women).
            "modelExpectancyMaxAbsError": max(abs(model[x] - published[x]) for x in range(0, 91)),
            "modelExpectancy": model[:101],
        }
        if sex in sexes_with_lives:
            lives = [int(row[f"{sex}_lx"]) for row in rows]
            product = [1.0]
            for x in q:
                product.append(product[-1] * (1 - x))
            entry["livesMaxAbsError"] = max(abs(product[x] * lives[0] - lives[x]) for x in range(len(rows)))
        result["published"][sex] = entry
    return result


def main():
    result = {table_id: table_result(table_id, sexes) for table_id, sexes in TABLES}
    OUT.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    for table_id, table in result.items():
        for sex, p in table["published"].items():
            lives = f"{p['livesMaxAbsError']:.3f}" if "livesMaxAbsError" in p else "-"
            print(f"{table_id} {sex}: l_x max err {lives} lives; e_x midpoint max err (x=1..n-2) "
                  f"{p['midpointExpectancyMaxAbsError']:.5f}; model e_x max err (x=0..90) {p['modelExpectancyMaxAbsError']:.5f}")


if __name__ == "__main__":
    main()
