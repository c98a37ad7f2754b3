#!/usr/bin/env python3
"""Reference values for packages/core schedules, survival, BED/EQD2 and iso-effect.

Written from the formulas in docs/models.md (not from the TypeScript), with independent
machinery where that helps: calendars from Python's datetime, Lea-Catcheside factors in 60-digit Decimal
arithmetic, incomplete-repair interaction as an explicit O(n^2) double sum, hypoxia mixing with numpy logaddexp.

Writes test/fixtures/bed-eqd2.json and test/fixtures/core-survival.json.
Run from the repository root:  python3 scripts/reference/core_schedules_bed.py
"""

import datetime as dt
import json
import math
from decimal import Decimal, getcontext
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "test" / "fixtures"

# --------------------------------------------------------------------------------------------------
# Calendars
# --------------------------------------------------------------------------------------------------

WEEKDAYS = {  # treatment weekdays, Monday = 0 (datetime.weekday convention)
    1: {0},
    2: {0, 3},
    3: {0, 2, 4},
    4: {0, 1, 3, 4},
    5: {0, 1, 2, 3, 4},
    6: {0, 1, 2, 3, 4, 5},
    7: {0, 1, 2, 3, 4, 5, 6},
}
MONDAY = dt.date(2024, 1, 1)  # a Monday


def weekly_days(n_days, per_week=5, start_weekday=0):
    """Calendar days (from the first treatment day) of n_days treatment days."""
    date = MONDAY + dt.timedelta(days=start_weekday)
    while date.weekday() not in WEEKDAYS[per_week]:
        date += dt.timedelta(days=1)
    first = date
    out = []
    while len(out) < n_days:
        if date.weekday() in WEEKDAYS[per_week]:
            out.append((date - first).days)
        date += dt.timedelta(days=1)
    return out


def build(fractions, dose, per_week=None, every_days=None, per_day=1, interval_hours=0.0, start_weekday=0, gaps=()):
    n_days = -(-fractions // per_day)
    if every_days is not None:
        tdays = [j * every_days for j in range(n_days)]
    else:
        tdays = weekly_days(n_days, per_week or 5, start_weekday)
    days = []
    for k in range(fractions):
        day = tdays[k // per_day] + (k % per_day) * interval_hours / 24.0
        day += sum(g for (after, g) in gaps if k + 1 > after)
        days.append(day)
    return [{"dose": dose, "day": d} for d in days]


def overall_time(s):
    days = [f["day"] for f in s]
    return max(days) - min(days) if days else 0.0


# --------------------------------------------------------------------------------------------------
# Survival models (single fraction, -ln S)
# --------------------------------------------------------------------------------------------------


def kill_lq(d, a, b):
    return a * d + b * d * d


def kill_lql(d, a, b, dt_):
    if d <= dt_:
        return kill_lq(d, a, b)
    return a * dt_ + b * dt_ * dt_ + (a + 2 * b * dt_) * (d - dt_)


def usc_dq(a, b, d0):
    return (1 - a * d0) ** 2 / (4 * b * d0)


def usc_dt(a, b, d0):
    return 2 * usc_dq(a, b, d0) / (1 - a * d0)


def kill_usc(d, a, b, d0):
    if d <= usc_dt(a, b, d0):
        return kill_lq(d, a, b)
    return d / d0 - usc_dq(a, b, d0) / d0


def kill(d, a, b, model):
    if model["model"] == "lq":
        return kill_lq(d, a, b)
    if model["model"] == "lq-l":
        return kill_lql(d, a, b, model["transitionDose"])
    return kill_usc(d, a, b, model["d0"])


getcontext().prec = 60


def lea_catcheside_decimal(x):
    x = Decimal(x)
    if x == 0:
        return Decimal(1)
    return 2 * (x - 1 + (-x).exp()) / (x * x)


def lea_catcheside(x):
    return float(lea_catcheside_decimal(repr(float(x))))


def course_kill_terms(s, a, b, model, half_time=None, scale=1.0):
    """Per-fraction -ln S_j (explicit double sum for the interaction)."""
    terms = []
    mu = None if half_time is None else math.log(2) / half_time
    for j, f in enumerate(s):
        d = scale * f["dose"]
        g = 1.0
        inter = 0.0
        if mu is not None:
            tau_h = f.get("durationMinutes", 0.0) / 60.0
            g = lea_catcheside(mu * tau_h)
            for i in range(j):
                di = scale * s[i]["dose"]
                inter += 2 * b * di * d * math.exp(-mu * 24.0 * (f["day"] - s[i]["day"]))
        terms.append(kill(d, a, b * g, model) + inter)
    return terms


def log_survival(s, cell, model):
    a, b = cell["alpha"], cell["beta"]
    half = cell.get("repairHalfTimeHours")
    dmf = cell.get("doseModifyingFactor", 1.0)
    h = cell.get("hypoxicFraction", 0.0)
    ox = -np.array(course_kill_terms(s, a, b, model, half, dmf))
    if h == 0:
        return float(ox.sum())
    oer = cell["oer"]
    hy = -np.array(course_kill_terms(s, a, b, model, half, dmf / oer))
    if cell.get("reoxygenation", "none") == "none":
        return float(np.logaddexp(math.log(1 - h) + ox.sum(), math.log(h) + hy.sum()))
    return float(np.sum(np.logaddexp(math.log(1 - h) + ox, math.log(h) + hy)))


# --------------------------------------------------------------------------------------------------
# BED / EQD2 / iso-effect (models.md formulas)
# --------------------------------------------------------------------------------------------------


def bed_lq(n, d, ab):
    return n * d * (1 + d / ab)


def time_term(T, alpha, td, tk):
    return math.log(2) * max(0.0, T - tk) / (alpha * td)


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)

    # BED / EQD2, LQ, no time factor: the schedules of sts-evidence.md section 3a/3c and models.md.
    courses = [(26, 2.5), (33, 2.0), (25, 2.0), (28, 1.8), (18, 2.0), (15, 2.85), (5, 5.0), (5, 6.0), (5, 7.0),
               (4, 12.0), (3, 18.0), (3, 20.0), (8, 7.5), (5, 10.0), (1, 30.0)]
    ratios = [1.5, 3.0, 3.29, 4.0, 4.9, 10.0]
    lq_rows = []
    for n, d in courses:
        for ab in ratios:
            b = bed_lq(n, d, ab)
            lq_rows.append({"fractions": n, "dose": d, "alphaBeta": ab, "bed": b, "eqd2": b / (1 + 2 / ab)})

    # BED with the time term; T from the datetime calendar (five a week from a Monday).
    time_rows = []
    for n, d, ab, alpha, td, tk in [(25, 2.0, 10.0, 0.3, 3.0, 21.0), (35, 2.0, 10.0, 0.35, 3.0, 28.0),
                                    (30, 2.0, 4.9, 0.2, 5.0, 0.0), (5, 5.0, 4.0, 0.25, 4.0, 2.0),
                                    (33, 2.0, 3.0, 0.15, 10.0, 28.0), (10, 3.0, 10.0, 0.3, 3.0, 28.0)]:
        T = weekly_days(n)[-1]
        b = bed_lq(n, d, ab) - time_term(T, alpha, td, tk)
        time_rows.append({"fractions": n, "dose": d, "alphaBeta": ab, "alpha": alpha, "doublingTime": td,
                          "kickoffTime": tk, "overallTime": T, "bed": b, "eqd2": b / (1 + 2 / ab)})

    # LQ-L and USC BED = -ln S / alpha with beta = alpha / (alpha/beta).
    model_rows = []
    for n, d in [(3, 18.0), (5, 6.0), (5, 10.0), (1, 30.0), (25, 2.0), (4, 12.0)]:
        for model, alpha, ab in [({"model": "lq-l", "transitionDose": 6.0}, 0.3, 3.0),
                                 ({"model": "lq-l", "transitionDose": 8.0}, 0.25, 10.0),
                                 ({"model": "usc", "d0": 1.25}, 0.33, 0.33 / 0.0384),
                                 ({"model": "usc", "d0": 1.0}, 0.2, 4.0)]:
            beta = alpha / ab
            k = sum(kill(d, alpha, beta, model) for _ in range(n))
            b = k / alpha
            model_rows.append({"fractions": n, "dose": d, "model": model, "alpha": alpha, "alphaBeta": ab,
                               "logSurvival": -k, "bed": b, "eqd2": b / (1 + 2 / ab)})

    # Iso-effect: closed form of n d (1 + d/ab) = B + time term, solved here with numpy.roots.
    iso_rows = []
    for target, n, ab, kin in [(60.0, 25, 10.0, None), (75.0, 5, 4.0, None), (100.0, 5, 3.0, None),
                               (80.4, 15, 3.29, None), (72.0, 30, 10.0, (0.3, 3.0, 21.0)),
                               (50.0, 5, 4.9, (0.25, 4.0, 2.0))]:
        T = weekly_days(n)[-1]
        extra = 0.0 if kin is None else time_term(T, *kin)
        roots = np.roots([n / ab, n, -(target + extra)])
        d = float(max(r.real for r in roots))
        row = {"targetBed": target, "fractions": n, "alphaBeta": ab, "dosePerFraction": d}
        if kin is not None:
            row.update({"alpha": kin[0], "doublingTime": kin[1], "kickoffTime": kin[2]})
        iso_rows.append(row)
    iso_fraction_rows = [{"targetBed": target, "dosePerFraction": d, "alphaBeta": ab,
                          "fractions": target / (d * (1 + d / ab))}
                         for target, d, ab in [(60.0, 2.0, 10.0), (75.0, 6.0, 4.0), (83.33, 2.5, 3.0), (100.0, 1.8, 10.0)]]

    (FIXTURES / "bed-eqd2.json").write_text(json.dumps({
        "generator": "scripts/reference/core_schedules_bed.py",
        "lq": lq_rows, "lqWithTime": time_rows, "models": model_rows,
        "isoeffectDosePerFraction": iso_rows, "isoeffectFractions": iso_fraction_rows,
    }, indent=1) + "\n")

    # Schedules: day lists.
    schedule_rows = []
    for spec, kw in [
        ({"fractions": 25, "dose": 2, "perWeek": 5}, dict(fractions=25, dose=2, per_week=5)),
        ({"fractions": 30, "dose": 2, "perWeek": 5}, dict(fractions=30, dose=2, per_week=5)),
        ({"fractions": 10, "dose": 2, "perWeek": 5, "startWeekday": 2}, dict(fractions=10, dose=2, per_week=5, start_weekday=2)),
        ({"fractions": 7, "dose": 2, "perWeek": 5, "startWeekday": 5}, dict(fractions=7, dose=2, per_week=5, start_weekday=5)),
        ({"fractions": 8, "dose": 3, "perWeek": 3}, dict(fractions=8, dose=3, per_week=3)),
        ({"fractions": 9, "dose": 2, "perWeek": 6, "startWeekday": 4}, dict(fractions=9, dose=2, per_week=6, start_weekday=4)),
        ({"fractions": 5, "dose": 6, "everyDays": 1}, dict(fractions=5, dose=6, every_days=1)),
        ({"fractions": 3, "dose": 18, "everyDays": 2}, dict(fractions=3, dose=18, every_days=2)),
        ({"fractions": 11, "dose": 1.5, "perDay": 2, "intervalHours": 6, "perWeek": 5},
         dict(fractions=11, dose=1.5, per_day=2, interval_hours=6, per_week=5)),
        ({"fractions": 6, "dose": 1.6, "perDay": 3, "intervalHours": 4, "everyDays": 2},
         dict(fractions=6, dose=1.6, per_day=3, interval_hours=4, every_days=2)),
        ({"fractions": 25, "dose": 2, "perWeek": 5, "gaps": [{"afterFraction": 10, "days": 7}, {"afterFraction": 20, "days": 3}]},
         dict(fractions=25, dose=2, per_week=5, gaps=[(10, 7), (20, 3)])),
    ]:
        s = build(**kw)
        schedule_rows.append({"spec": spec, "days": [f["day"] for f in s], "overallTime": overall_time(s)})

    g_rows = [{"x": x, "g": float(lea_catcheside_decimal(x))}
              for x in ["1e-12", "1e-8", "1e-4", "0.01", "0.1", "0.3", "0.49", "0.5", "0.51", "1", "2", "5", "10", "100", "1e6"]]

    # Survival with incomplete repair, hypoxia, DMF (log space throughout).
    survival_rows = []
    twice_daily = build(fractions=30, dose=1.6, per_day=2, interval_hours=6, per_week=5)
    slow = [dict(f, durationMinutes=30.0) for f in build(fractions=5, dose=8.0, every_days=1)]
    mixed = [{"dose": 2.0, "day": 0.0, "durationMinutes": 10.0}, {"dose": 3.0, "day": 0.125},
             {"dose": 1.0, "day": 0.25, "durationMinutes": 120.0}, {"dose": 2.0, "day": 1.0}, {"dose": 4.0, "day": 3.5}]
    sbrt = build(fractions=3, dose=18.0, every_days=2)
    conv = build(fractions=25, dose=2.0, per_week=5)
    cases = [
        ("twice daily 30 x 1.6 Gy, T1/2 1.5 h", twice_daily, {"alpha": 0.3, "beta": 0.03, "repairHalfTimeHours": 1.5}, {"model": "lq"}),
        ("twice daily 30 x 1.6 Gy, T1/2 4 h, LQ-L", twice_daily, {"alpha": 0.3, "beta": 0.03, "repairHalfTimeHours": 4.0}, {"model": "lq-l", "transitionDose": 1.0}),
        ("5 x 8 Gy over 30 min, T1/2 0.5 h", slow, {"alpha": 0.25, "beta": 0.05, "repairHalfTimeHours": 0.5}, {"model": "lq"}),
        ("5 x 8 Gy over 30 min, T1/2 0.5 h, USC", slow, {"alpha": 0.25, "beta": 0.05, "repairHalfTimeHours": 0.5}, {"model": "usc", "d0": 1.5}),
        ("mixed list, T1/2 2 h, DMF 1.2", mixed, {"alpha": 0.2, "beta": 0.04, "repairHalfTimeHours": 2.0, "doseModifyingFactor": 1.2}, {"model": "lq"}),
        ("mixed list, T1/2 2 h, LQ-L 2.5 Gy", mixed, {"alpha": 0.2, "beta": 0.04, "repairHalfTimeHours": 2.0}, {"model": "lq-l", "transitionDose": 2.5}),
        ("54 Gy/3, hypoxia none", sbrt, {"alpha": 0.35, "beta": 0.035, "hypoxicFraction": 0.2, "oer": 3.0, "reoxygenation": "none"}, {"model": "lq"}),
        ("54 Gy/3, hypoxia full", sbrt, {"alpha": 0.35, "beta": 0.035, "hypoxicFraction": 0.2, "oer": 3.0, "reoxygenation": "full"}, {"model": "lq"}),
        ("54 Gy/3, hypoxia none, USC", sbrt, {"alpha": 0.33, "beta": 0.0384, "hypoxicFraction": 0.1, "oer": 2.5}, {"model": "usc", "d0": 1.25}),
        ("25 x 2 Gy, hypoxia full, DMF 1.3", conv, {"alpha": 0.3, "beta": 0.03, "hypoxicFraction": 0.3, "oer": 2.8, "reoxygenation": "full", "doseModifyingFactor": 1.3}, {"model": "lq"}),
        ("25 x 2 Gy, hypoxia none, LQ-L 1.5 Gy, DMF 1.5", conv, {"alpha": 0.3, "beta": 0.03, "hypoxicFraction": 0.3, "oer": 2.8, "doseModifyingFactor": 1.5}, {"model": "lq-l", "transitionDose": 1.5}),
    ]
    for name, s, cell, model in cases:
        row = {"name": name, "schedule": s, "cell": cell, "model": model, "logSurvival": log_survival(s, cell, model)}
        if model["model"] != "usc" and "hypoxicFraction" not in cell:
            # Coefficients of alpha and beta: evaluate -ln S at (1, 0) and (0, 1).
            base = {k: v for k, v in cell.items() if k not in ("alpha", "beta")}
            row["alphaDose"] = -log_survival(s, dict(base, alpha=1.0, beta=0.0), model)
            row["betaDose"] = -log_survival(s, dict(base, alpha=0.0, beta=1.0), model)
        survival_rows.append(row)

    (FIXTURES / "core-survival.json").write_text(json.dumps({
        "generator": "scripts/reference/core_schedules_bed.py",
        "schedules": schedule_rows, "leaCatcheside": g_rows, "survival": survival_rows,
    }, indent=1) + "\n")


if __name__ == "__main__":
    main()
