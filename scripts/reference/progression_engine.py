#!/usr/bin/env python3
"""Independent reference for progression and survival after SBRT as wired into the cohort engine (issue 15, SBRT part;
docs/metastasis-model.md, "Metastatic patients treated with SBRT"): a cohort whose every lesion is controlled and who
die of nothing else (no `background`), so that only the two new times act:

    OS(t)  = P(T_S > t) = Phi(-ln(t / mu_S) / sigma_S)
    PFS(t) = P(T_N > t, T_S > t) = exp(-lambda_N t) * OS(t)      (independent draws)

with t from the first treatment (day 0), whatever the length of the course (the test's arm: ten daily fractions)

with mu_S = 589.6 d * exp(beta (era - 2004) + c_sbrt) and the library values of
packages/core/src/library/metastasisDefaults.ts copied here by hand. Written from those equations with math, not from
the TypeScript (which draws per patient by inversion and counts per time bin). Usage:

    python3 scripts/reference/progression_engine.py   (writes test/fixtures/progression-engine.json; deterministic)
"""

import json
from math import erf, exp, log, sqrt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "test" / "fixtures" / "progression-engine.json"

MU_S_2004, SIGMA_S = 589.6, 1.4205  # days, survival after metastasis at 2004 (all-comers)
BETA = 0.0237                       # ln median per calendar year
C_SBRT = 0.113                      # ln median ratio after SBRT
LAMBDA_PER_DAY = 0.0003146          # new metastases elsewhere
ERA = 2016
YEARS = [0.5, 1, 2, 3, 5]
DAYS_PER_YEAR = 365.25


def phi(z: float) -> float:
    return 0.5 * (1.0 + erf(z / sqrt(2.0)))


def main() -> None:
    mu = MU_S_2004 * exp(BETA * (ERA - 2004) + C_SBRT)
    times = []
    for years in YEARS:
        t = years * DAYS_PER_YEAR
        os_ = phi(-log(t / mu) / SIGMA_S)
        times.append({"years": years, "os": os_, "pfs": exp(-LAMBDA_PER_DAY * t) * os_})
    FIXTURE.write_text(json.dumps({"generatedBy": "scripts/reference/progression_engine.py", "era": ERA, "survivalMedianDays": mu, "times": times}, indent=2) + "\n")
    print(FIXTURE.read_text())


if __name__ == "__main__":
    main()
