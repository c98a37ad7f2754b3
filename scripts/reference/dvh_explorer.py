"""Independent reference for the explorer's DVH panel (issue 16) and core's dvhLogSurvival / tcpPopulationDvh:
TCP over a target DVH and LKB NTCP of organ DVHs, from the formulas of docs/models.md, with its own parsing of the
Eclipse text fixtures (no rtsim code).

- DVH reading: cumulative points (D_i, V_i) -> bins [D_i, D_{i+1}) of volume V_i - V_{i+1} at the midpoint dose,
  plus the tail V_last at D_last (Drzymala 1991); relative volumes.
- Single-tumour TCP: bin k gets n fractions of D_k/n Gy (LQ, beta = alpha/(alpha/beta)), on the course's days;
  TCP = exp(-N0 * G * sum_k f_k exp(-alpha D_k - beta D_k^2/n)), ln G = ln2/Td * max(0, T - Tk).
- LQ-L (Astrahan 2008): per fraction of dose d above D_T, -ln S = alpha D_T + beta D_T^2 + (alpha + 2 beta D_T)(d - D_T).
- Population TCP (Webb & Nahum 1993): alpha ~ normal(mean, sd) truncated at 0, composite Simpson over alpha with
  20,001 points on [max(0, mean - 10 sd), mean + 10 sd], divided by Phi(mean/sd).
- LKB NTCP: EQD2 per bin D(D/n + ab)/(2 + ab), gEUD = (sum f_k D_k^(1/n))^n, NTCP = Phi((gEUD - TD50)/(m TD50)).

Writes test/fixtures/dvh-explorer.json. Run from the repository root: python3 scripts/reference/dvh_explorer.py
"""
import json
import math
import pathlib
import re

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]


def eclipse_bins(path):
    """Structure name -> (midpoint doses Gy, relative volumes) of an Eclipse cumulative export."""
    curves, rows, scale = {}, None, 1.0
    for line in path.read_text(encoding='utf-8').splitlines():
        line = line.strip()
        if line.startswith('Structure:'):
            rows = curves.setdefault(line.split(':', 1)[1].strip(), [])
        elif line.startswith('Dose ['):
            scale = 0.01 if line.startswith('Dose [cGy]') else 1.0
        elif line and rows is not None and re.match(r'^[\d.]', line):
            cells = line.split()
            rows.append((float(cells[0]) * scale, float(cells[-1])))
    out = {}
    for name, points in curves.items():
        d = np.array([p[0] for p in points])
        v = np.array([p[1] for p in points])
        drops = np.append(v[:-1] - v[1:], v[-1])
        mids = np.append((d[:-1] + d[1:]) / 2, d[-1])
        keep = drops > 0
        out[name] = (mids[keep], drops[keep] / drops[keep].sum())
    return out


def phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))


def minus_log_s(dose_total, n, alpha, beta, transition=None):
    """-ln S of n equal fractions giving dose_total (arrays allowed), LQ or LQ-L."""
    d = np.asarray(dose_total, dtype=float) / n
    if transition is None:
        return n * (alpha * d + beta * d * d)
    low = alpha * d + beta * d * d
    high = alpha * transition + beta * transition ** 2 + (alpha + 2 * beta * transition) * (d - transition)
    return n * np.where(d <= transition, low, high)


def log_gain(overall_days, doubling, kickoff):
    return math.log(2) / doubling * max(0.0, overall_days - kickoff)


def tcp_single(doses, fractions_rel, case, alpha):
    beta = alpha / case['alphaBeta']
    s = np.sum(fractions_rel * np.exp(-minus_log_s(doses, case['fractions'], alpha, beta, case.get('transitionDose'))))
    return math.exp(-case['clonogens'] * math.exp(case['logGain']) * s)


def tcp_population(doses, fractions_rel, case):
    mean, sd = case['alphaMean'], case['alphaSd']
    if sd == 0:
        return tcp_single(doses, fractions_rel, case, mean)
    lo, hi = max(0.0, mean - 10 * sd), mean + 10 * sd
    alphas = np.linspace(lo, hi, 20001)
    beta = alphas / case['alphaBeta']
    mls = minus_log_s(doses[None, :], case['fractions'], alphas[:, None], beta[:, None], case.get('transitionDose'))
    s = np.sum(fractions_rel[None, :] * np.exp(-mls), axis=1)
    tcp = np.exp(-case['clonogens'] * math.exp(case['logGain']) * s)
    density = np.exp(-0.5 * ((alphas - mean) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))
    f = tcp * density
    h = (hi - lo) / 20000
    integral = h / 3 * (f[0] + f[-1] + 4 * f[1:-1:2].sum() + 2 * f[2:-1:2].sum())
    # Mass above mean + 10 sd (TCP 1 there) is < 1e-23: left out.
    return integral / phi(mean / sd)


def ntcp_lkb(doses, fractions_rel, td50, m, n, alpha_beta, fractions):
    eqd2 = doses * (doses / fractions + alpha_beta) / (2 + alpha_beta)
    geud = np.sum(fractions_rel * eqd2 ** (1 / n)) ** n
    return phi((geud - td50) / (m * td50)), float(geud)


thigh = eclipse_bins(ROOT / 'test/fixtures/dvh/eclipse-cumulative-cgy.txt')
lung = eclipse_bins(ROOT / 'scenarios/dvh/plans/plan-a-small.txt')

# The explorer's default state (packages/viz/src/explorer/parameters.ts): alpha 0.3/Gy, alpha/beta 4 Gy, 25 x 2 Gy
# five a week (T = 32 d), repopulation on (Tk 21 d, Td 10 d), N0 = 1e9, sigma_alpha 0.07/Gy, LQ.
default = {'alphaMean': 0.3, 'alphaSd': 0.07, 'alphaBeta': 4.0, 'fractions': 25, 'clonogens': 1e9, 'logGain': log_gain(32, 10, 21)}
# 3 x 18 Gy every 2 days (T = 4 d < Tk: no repopulation), the explorer's defaults otherwise.
sbrt = {**default, 'fractions': 3, 'logGain': 0.0}


def explorer_case(bins, case, prescription):
    doses, rel = bins
    mean = float(np.sum(doses * rel))
    uniform = lambda total: (np.array([total]), np.array([1.0]))
    return {
        'dmean': mean,
        'tcp': {
            'dvh': {'single': tcp_single(doses, rel, case, case['alphaMean']), 'population': tcp_population(doses, rel, case)},
            'prescription': {'single': tcp_single(*uniform(prescription), case, case['alphaMean']), 'population': tcp_population(*uniform(prescription), case)},
            'dmean': {'single': tcp_single(*uniform(mean), case, case['alphaMean']), 'population': tcp_population(*uniform(mean), case)},
        },
    }


thigh_case = explorer_case(thigh['PTV'], default, 50.0)
# User-set LKB parameters for Femur_R in the e2e test (not a fit: values chosen to give a mid-range NTCP).
femur = {'td50': 20.0, 'm': 0.3, 'n': 0.5, 'alphaBeta': 3.0}
thigh_case['ntcp'] = {'Femur_R': {**femur, 'ntcp': ntcp_lkb(*thigh['Femur_R'], femur['td50'], femur['m'], femur['n'], femur['alphaBeta'], 25)[0]}}
lung_case = explorer_case(lung['PTV'], sbrt, 54.0)
# The library's pneumonitis fit (Seppenwoolde 2003: TD50 30.8 Gy, m 0.37, n 1; alpha/beta 3 Gy, Kwa 1998).
lung_case['ntcp'] = {'Lung-GTV': {'ntcp': ntcp_lkb(*lung['Lung-GTV'], 30.8, 0.37, 1.0, 3.0, 3)[0]}}

# Core cases (dvhLogSurvival, tcpPopulationDvh), on the lung plan's PTV (1,000+ bins, 18-23 Gy fractions).
core_cases = []
for label, case in [
    ('LQ, sigma 0.07, 3 fractions', sbrt),
    ('LQ, sigma 0, 3 fractions', {**sbrt, 'alphaSd': 0.0}),
    ('LQ-L D_T 6 Gy, sigma 0.07, 3 fractions', {**sbrt, 'transitionDose': 6.0}),
    ('LQ, few clonogens (1e3), sigma 0.1, 3 fractions', {**sbrt, 'clonogens': 1e3, 'alphaSd': 0.1, 'alphaMean': 0.05}),
    ('LQ-L D_T 6 Gy, mean alpha 0.1, sigma 0.05, 3 fractions', {**sbrt, 'transitionDose': 6.0, 'alphaMean': 0.1, 'alphaSd': 0.05}),
]:
    doses, rel = lung['PTV']
    core_cases.append({'label': label, **case, 'tcpPopulation': tcp_population(doses, rel, case)})
for label, case in [('LQ, sigma 0.07, 25 fractions, repopulation', default)]:
    doses, rel = thigh['PTV']
    core_cases.append({'label': label, 'plan': 'thigh', **case, 'tcpPopulation': tcp_population(doses, rel, case)})

out = {
    'thigh': {'file': 'test/fixtures/dvh/eclipse-cumulative-cgy.txt', 'state': default, **thigh_case},
    'lung': {'file': 'scenarios/dvh/plans/plan-a-small.txt', 'state': sbrt, **lung_case},
    'core': core_cases,
}
(ROOT / 'test/fixtures/dvh-explorer.json').write_text(json.dumps(out, indent=2) + '\n')
print(json.dumps(out, indent=2))
