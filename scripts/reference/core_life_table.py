#!/usr/bin/env python3
"""Independent reference values for the life-table kernels of packages/core (background mortality).

Written from the equations of docs/models.md ("Background mortality"), not from the TypeScript: in 50-digit
decimal arithmetic, the cumulative hazard is the difference of its antiderivative
    F(s) = sum_{j < floor(s)} h_j + h_floor(s) * (s - floor(s)),  h_j = -ln(1 - q_j),  h_j = h_{n-1} for j >= n-1,
so H(a, t) = F(a + t) - F(a) (the TypeScript walks the years instead), S = exp(-H), and the time of death for a
uniform u is found by bisection on F (the TypeScript solves each year linearly).

It also checks the published table against itself and records what it finds for the tests:
- males: S(x, k) = prod (1 - q_j) against the published l_{x+k}/l_x (the SSA's own l_x, rounded to whole lives);
- both sexes: the life expectancy e_x recomputed from q_x (l_x = prod (1 - q_j), L_x = (l_x + l_{x+1})/2,
  e_x = sum_{k >= x} L_k / l_x) against the published e_x, and the life expectancy of the piecewise-constant
  hazard model (the integral of S) against it too.

Usage:  python3 scripts/reference/core_life_table.py   (writes test/fixtures/life-table.json; deterministic)
"""

import csv
import json
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 50
ROOT = Path(__file__).resolve().parents[2]
CSV = ROOT / "packages/core/src/library/lifeTables/us-ssa-2017.csv"
OUT = ROOT / "test/fixtures/life-table.json"


def read_table():
    with CSV.open() as f:
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


def life_expectancy_midpoint(q):
    """e_x by the SSA's rule for x >= 1: L_x = (l_x + l_{x+1})/2 (the table closes at 120 with l_120 = l_119(1-q_119))."""
    l = [1.0]
    for x in q:
        l.append(l[-1] * (1 - x))
    big_l = [(l[i] + l[i + 1]) / 2 for i in range(len(q))]
    return [sum(big_l[x:]) / l[x] for x in range(len(q))]


def life_expectancy_model(h, age):
    """Integral of S(a, t) dt over t in [0, inf) for the piecewise-constant hazard: per year (1 - e^{-h})/h."""
    last = len(h) - 1
    total = Decimal(0)
    survive = Decimal(1)
    for j in range(age, last):
        total += survive * (1 - (-h[j]).exp()) / h[j]
        survive *= (-h[j]).exp()
    return total + survive / h[last]  # beyond the last age: exponential with the last hazard


def main():
    rows = read_table()
    result = {"table": "us-ssa-2017", "survival": [], "deathYears": [], "published": {}}
    columns = {"female": "female_qx", "male": "male_qx"}
    h = {sex: hazards([row[col] for row in rows]) for sex, col in columns.items()}
    for sex in ("female", "male"):
        for age in (0, 1, 18.5, 45, 62.25, 80, 99.9, 118.5, 119, 130):
            for years in (0, 0.25, 1, 5, 10.7, 30, 60):
                hz = cumulative_hazard(h[sex], age, years)
                result["survival"].append({
                    "sex": sex, "ageYears": age, "years": years,
                    "cumulativeHazard": float(hz), "survival": float((-hz).exp()),
                })
        for age in (0, 18.5, 62.25, 99.9, 125):
            for u in ("0", "0.000001", "0.1", "0.5", "0.9", "0.999999"):
                result["deathYears"].append({"sex": sex, "ageYears": age, "uniform": float(u), "years": float(death_years(h[sex], age, u))})

    # The published table against itself.
    male_q = [float(row["male_qx"]) for row in rows]
    male_l = [int(row["male_lx"]) for row in rows]
    product = [1.0]
    for x in male_q:
        product.append(product[-1] * (1 - x))
    lives_error = max(abs(product[x] * 100000 - male_l[x]) for x in range(len(rows)))
    result["published"]["maleLivesMaxAbsError"] = lives_error
    for sex, col in columns.items():
        q = [float(row[col]) for row in rows]
        published = [float(row[f"{sex}_ex"]) for row in rows]
        mid = life_expectancy_midpoint(q)
        model = [float(life_expectancy_model(h[sex], x)) for x in range(len(rows))]
        result["published"][sex] = {
            # x = 1 ... 118: the SSA's age-0 and closing rules are not the midpoint rule.
            "midpointExpectancyMaxAbsError": max(abs(mid[x] - published[x]) for x in range(1, 119)),
            "modelExpectancyMaxAbsError": max(abs(model[x] - published[x]) for x in range(0, 101)),
            "modelExpectancy": model[:101],
        }
    OUT.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    print("male |100000 prod(1-q) - l_x| max:", lives_error)
    for sex in columns:
        p = result["published"][sex]
        print(sex, "e_x midpoint max err (x=1..118):", round(p["midpointExpectancyMaxAbsError"], 5),
              " model e_x max err (x=0..100):", round(p["modelExpectancyMaxAbsError"], 5))


if __name__ == "__main__":
    main()
