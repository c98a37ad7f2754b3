"""Sarcoma toxicity endpoint models (issue 16 foundation): fit, profile intervals, held-out table, fixture.

Independent of the TypeScript code: numpy only (PyYAML to read the data file). Reads
calibration/toxicity-evidence.yaml, fits the calibrated models by maximum likelihood (binomial terms) to the series
with role `fit`, profiles each fitted parameter, predicts the `holdout` series once, derives the cited fracture model
from its published dose summary, and writes test/fixtures/toxicity-models.json (parameters, every term's prediction,
kernel reference values).

THE MODELS (docs/toxicity-model.md).
  Major wound complication (<= 120 d), a logistic in the linear predictor
    eta = b0 + b_pre [preop] + b_dose [preop] (EQD2_10 - 50 Gy) + b_large [diameter > 5 cm] + b_lower [lower limb]
    p = 1/(1 + exp(-eta)); EQD2_10 = D (d + 10)/(2 + 10), the preoperative schedule's EQD2 at alpha/beta 10 Gy
    (early-reacting tissue). The dose term acts only preoperatively: postoperative RT follows a healed wound.
    b_lower is an assumption (0): no series in the evidence separates sites.
    A group with covariate shares is the share-weighted mean of p over its strata.
  Late grade >= 2 effect at 2 y (fibrosis, oedema, joint stiffness), one logistic dose-response each in EQD2_3:
    p = 1/(1 + (D50/EQD2_3)^(4 gamma50)), EQD2_3 = D (d + 3)/(2 + 3).
  Fracture, cited (not fitted here): a logistic in the mean femoral-neck dose derived from the published group means and
    SDs (E8) by linear discriminant analysis: slope = (mu1 - mu0)/s^2, intercept = ln(n1/n0) - (mu1^2 - mu0^2)/(2 s^2),
    s^2 the pooled variance.
  Radiation pneumonitis, cited (not fitted here): LKB with n = 1 on the mean lung EQD2, Seppenwoolde 2003
    TD50 = 30.8 Gy, m = 0.37: p = Phi((MLD - TD50)/(m TD50)).

Run: python3 scripts/reference/toxicity_models.py             (fit, profiles, tables, fixture)
     python3 scripts/reference/toxicity_models.py --fit-only  (fit and fitted terms only: held-out series hidden)
     python3 scripts/reference/toxicity_models.py --markdown  (the doc's tables from the fixture)
"""
import json
import math
import pathlib
import sys

import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / 'calibration' / 'toxicity-evidence.yaml'
FIXTURE = ROOT / 'test' / 'fixtures' / 'toxicity-models.json'

WOUND_ALPHA_BETA_GY = 10.0   # early-reacting tissue (Thames HD, Hendry JH 1987; Fowler JF 1989)
LATE_ALPHA_BETA_GY = 3.0     # late-reacting connective tissue (Thames HD, Hendry JH 1987)
REFERENCE_EQD2_GY = 50.0     # the dose term is centred at 50 Gy in 25 fractions (EQD2_10 = 50 Gy)
CHI2_1_95 = 3.841458820694124
WOUND_NAMES = ['interceptLogOdds', 'preoperativeLogOddsRatio', 'preoperativeDoseLogOddsPerGy', 'largeTumourLogOddsRatio']
LATE_ENDPOINTS = ['fibrosis', 'oedema', 'stiffness']

# E8 femoral-neck mean dose, Gy: fracture 57.6 +/- 8.9 (4), no fracture 22.9 +/- 20.8 (59)
FRACTURE_SUMMARY = {'fractureMeanGy': 57.6, 'fractureSdGy': 8.9, 'fractures': 4,
                    'noFractureMeanGy': 22.9, 'noFractureSdGy': 20.8, 'noFractures': 59}
PNEUMONITIS = {'td50Gy': 30.8, 'm': 0.37}


def eqd2(dose_gy, fractions, alpha_beta_gy):
    d = dose_gy / fractions
    return dose_gy * (d + alpha_beta_gy) / (2 + alpha_beta_gy)


def logistic(x):
    if x < -700:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def wound_probability(b, preop, eqd2_gy, large, lower=False, lower_log_or=0.0):
    eta = b[0] + (b[1] + b[2] * (eqd2_gy - REFERENCE_EQD2_GY) if preop else 0.0) + (b[3] if large else 0.0)
    eta += lower_log_or if lower else 0.0
    return logistic(eta)


def wound_group_probability(b, obs, default_large):
    large = obs.get('largeShare', default_large)
    preop_share = {'preop': 1.0, 'postop': 0.0, 'mixed': obs.get('preopShare')}[obs['timing']]
    e = eqd2(obs['schedule']['doseGy'], obs['schedule']['fractions'], WOUND_ALPHA_BETA_GY)
    total = 0.0
    for preop, ws in ((True, preop_share), (False, 1 - preop_share)):
        for is_large, wl in ((True, large), (False, 1 - large)):
            if ws * wl > 0:
                total += ws * wl * wound_probability(b, preop, e, is_large)
    return total


def late_probability(d50, gamma50, eqd2_gy):
    return logistic(4 * gamma50 * math.log(eqd2_gy / d50))  # the same function, written as a logistic in ln D


def binomial_loglik(p, events, patients):
    if not 0 < p < 1:
        return -math.inf  # a parameter value that makes an observed outcome impossible
    return events * math.log(p) + (patients - events) * math.log1p(-p)


def terms(data, role, endpoints):
    out = []
    for s in data['series']:
        if s['role'] != role:
            continue
        for o in s['observations']:
            if o['endpoint'] in endpoints:
                out.append((s['id'], o))
    return out


def minimise(f, x0, fixed=None):
    """Damped Newton with central-difference derivatives; `fixed` = (index, value) held constant (profiles)."""
    x = np.array(x0, dtype=float)
    free = [i for i in range(len(x)) if fixed is None or i != fixed[0]]
    if fixed is not None:
        x[fixed[0]] = fixed[1]
    h = 1e-4
    for _ in range(200):
        g = np.zeros(len(free))
        hess = np.zeros((len(free), len(free)))
        f0 = f(x)
        for a, i in enumerate(free):
            ei = np.zeros(len(x)); ei[i] = h
            g[a] = (f(x + ei) - f(x - ei)) / (2 * h)
            for c, j in enumerate(free):
                if c < a:
                    continue
                ej = np.zeros(len(x)); ej[j] = h
                v = (f(x + ei + ej) - f(x + ei - ej) - f(x - ei + ej) + f(x - ei - ej)) / (4 * h * h)
                hess[a, c] = hess[c, a] = v
        try:
            step = -np.linalg.solve(hess, g)
        except np.linalg.LinAlgError:
            step = -g
        if g @ step > 0:
            step = -g
        t = 1.0
        while t > 1e-8:
            trial = x.copy()
            trial[free] += t * step
            if f(trial) <= f0:
                break
            t /= 2
        x = trial
        if np.max(np.abs(t * step)) < 1e-10:
            break
    return x, f(x)


def profile_interval(f, x_hat, f_hat, index, scale, reach):
    """95% profile-likelihood interval: 2 (f(profile) - f_hat) = chi2_1(0.95); f is -ln L. A side that does not
    close within `reach` of the estimate is reported as None (unbounded by the data)."""
    bounds = []
    for direction in (-1, 1):
        inner, outer = 0.0, scale
        while True:
            _, fv = minimise(f, x_hat, (index, x_hat[index] + direction * outer))
            if 2 * (fv - f_hat) > CHI2_1_95:
                break
            inner, outer = outer, outer * 2
            if outer > reach:
                break
        if outer > reach:
            bounds.append(None)
            continue
        for _ in range(40):
            mid = (inner + outer) / 2
            _, fv = minimise(f, x_hat, (index, x_hat[index] + direction * mid))
            if 2 * (fv - f_hat) > CHI2_1_95:
                outer = mid
            else:
                inner = mid
        bounds.append(x_hat[index] + direction * (inner + outer) / 2)
    return bounds


def wilson(events, patients, z=1.959963984540054):
    p = events / patients
    centre = (p + z * z / (2 * patients)) / (1 + z * z / patients)
    half = z * math.sqrt(p * (1 - p) / patients + z * z / (4 * patients * patients)) / (1 + z * z / patients)
    return centre - half, centre + half


def fit_wound(data):
    default_large = data['defaults']['largeShare']
    fit_terms = terms(data, 'fit', {'wound'})

    def nll(b):
        return -sum(o.get('weight', 1) * binomial_loglik(wound_group_probability(b, o, default_large), o['events'], o['patients'])
                    for _, o in fit_terms)

    b_hat, f_hat = minimise(nll, [-1.5, 0.8, 0.0, 0.5])
    intervals = [profile_interval(nll, b_hat, f_hat, i, 0.2, 10.0) for i in range(len(b_hat))]
    return b_hat, f_hat, intervals, fit_terms


def fit_late(data):
    fit_terms = terms(data, 'fit', set(LATE_ENDPOINTS))
    out = {}
    for endpoint in LATE_ENDPOINTS:
        ts = [o for _, o in fit_terms if o['endpoint'] == endpoint]

        def nll(x, ts=ts):
            if not (abs(x[0]) < 20 and abs(x[1]) < 20):
                return math.inf  # far outside any plausible dose-response: keeps exp() finite
            d50, gamma = math.exp(x[0]), math.exp(x[1])
            return -sum(binomial_loglik(late_probability(d50, gamma, eqd2(o['schedule']['doseGy'], o['schedule']['fractions'], LATE_ALPHA_BETA_GY)),
                                        o['events'], o['patients']) for o in ts)

        x_hat, f_hat = minimise(nll, [math.log(70.0), math.log(0.7)])
        intervals = [[None if v is None else math.exp(v) for v in profile_interval(nll, x_hat, f_hat, i, 0.1, 5.0)] for i in range(2)]
        out[endpoint] = {'d50Gy': math.exp(x_hat[0]), 'gamma50': math.exp(x_hat[1]), 'minusLogLik': f_hat,
                         'd50Interval': intervals[0], 'gamma50Interval': intervals[1]}
    return out, fit_terms


def fracture_model():
    s = FRACTURE_SUMMARY
    n1, n0 = s['fractures'], s['noFractures']
    pooled = ((n1 - 1) * s['fractureSdGy'] ** 2 + (n0 - 1) * s['noFractureSdGy'] ** 2) / (n1 + n0 - 2)
    slope = (s['fractureMeanGy'] - s['noFractureMeanGy']) / pooled
    intercept = math.log(n1 / n0) - (s['fractureMeanGy'] ** 2 - s['noFractureMeanGy'] ** 2) / (2 * pooled)
    return {'interceptLogOdds': intercept, 'logOddsPerGy': slope, 'pooledSdGy': math.sqrt(pooled)}


def normal_cdf(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))


def term_row(series_id, o, predicted, role):
    lo, hi = wilson(o['events'], o['patients'])
    return {'series': series_id, 'role': role, 'endpoint': o['endpoint'], 'timing': o['timing'],
            'doseGy': o['schedule']['doseGy'], 'fractions': o['schedule']['fractions'],
            'events': o['events'], 'patients': o['patients'], 'observed': o['events'] / o['patients'],
            'predicted': predicted, 'wilsonLow': lo, 'wilsonHigh': hi, 'inside': lo <= predicted <= hi}


def late_term_prediction(late, o):
    e = eqd2(o['schedule']['doseGy'], o['schedule']['fractions'], LATE_ALPHA_BETA_GY)
    endpoint = 'fibrosis' if o['endpoint'] == 'any-late' else o['endpoint']  # any grade >= 2: its commonest part
    return late_probability(late[endpoint]['d50Gy'], late[endpoint]['gamma50'], e)


def kernel_cases(b, late, fracture):
    wound = []
    for preop in (True, False):
        for dose, fractions in ((50, 25), (30, 5), (25, 5), (36, 18), (66, 33)):
            for large in (True, False):
                for lower in (True, False):
                    e = eqd2(dose, fractions, WOUND_ALPHA_BETA_GY)
                    wound.append({'preoperative': preop, 'eqd2Gy': e, 'largeTumour': large, 'lowerLimb': lower,
                                  'lowerLimbLogOddsRatio': 0.4,
                                  'probability': wound_probability(b, preop, e, large, lower, 0.4)})
    logistic_grid = []
    for endpoint in LATE_ENDPOINTS:
        for dose in (0.0, 10.0, 36.0, 50.0, 54.0, 66.0, 80.0, 120.0):
            p = late[endpoint]
            logistic_grid.append({'eqd2Gy': dose, 'd50Gy': p['d50Gy'], 'gamma50': p['gamma50'],
                                  'probability': late_probability(p['d50Gy'], p['gamma50'], dose) if dose > 0 else 0.0})
    fracture_grid = [{'meanDoseGy': d, 'probability': logistic(fracture['interceptLogOdds'] + fracture['logOddsPerGy'] * d)}
                     for d in (0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0)]
    pneumonitis_grid = [{'meanLungDoseGy': d, 'probability': normal_cdf((d - PNEUMONITIS['td50Gy']) / (PNEUMONITIS['m'] * PNEUMONITIS['td50Gy']))}
                        for d in (0.0, 5.0, 10.0, 15.0, 20.0, 30.8, 40.0)]
    return {'wound': wound, 'ntcpLogistic': logistic_grid, 'fracture': fracture_grid, 'pneumonitis': pneumonitis_grid}


def fmt(x, digits=3, missing='unbounded'):
    return missing if x is None else f'{x:.{digits}f}'


def markdown(fx):
    lines = ['| parameter | value | profile 95% interval |', '|---|---|---|']
    for name, v, (lo, hi) in zip(WOUND_NAMES, fx['wound']['coefficients'], fx['wound']['intervals']):
        lines.append(f'| wound {name} | {fmt(v)} | {fmt(lo)} to {fmt(hi)} |')
    for endpoint in LATE_ENDPOINTS:
        p = fx['late'][endpoint]
        lines.append(f"| {endpoint} D50 (Gy) | {fmt(p['d50Gy'], 1)} | {fmt(p['d50Interval'][0], 1)} to {fmt(p['d50Interval'][1], 1)} |")
        lines.append(f"| {endpoint} gamma50 | {fmt(p['gamma50'], 2)} | {fmt(p['gamma50Interval'][0], 2, '0 (not closed)')} to {fmt(p['gamma50Interval'][1], 2)} |")
    lines.append('')
    lines.append('| series | role | endpoint | timing | schedule | observed | predicted | Wilson 95% | inside |')
    lines.append('|---|---|---|---|---|---|---|---|---|')
    for r in fx['terms']:
        lines.append(f"| {r['series']} | {r['role']} | {r['endpoint']} | {r['timing']} | {r['doseGy']:g} Gy / {r['fractions']} | "
                     f"{r['events']}/{r['patients']} ({fmt(r['observed'])}) | {fmt(r['predicted'])} | "
                     f"{fmt(r['wilsonLow'])} to {fmt(r['wilsonHigh'])} | {'yes' if r['inside'] else 'no'} |")
    return '\n'.join(lines)


def main(argv):
    if '--markdown' in argv:
        print(markdown(json.loads(FIXTURE.read_text())))
        return
    data = yaml.safe_load(DATA.read_text())
    b, f_wound, b_intervals, wound_fit = fit_wound(data)
    late, late_fit = fit_late(data)
    default_large = data['defaults']['largeShare']
    rows = [term_row(sid, o, wound_group_probability(b, o, default_large), 'fit') for sid, o in wound_fit]
    rows += [term_row(sid, o, late_term_prediction(late, o), 'fit') for sid, o in late_fit]
    if '--fit-only' not in argv:
        rows += [term_row(sid, o, wound_group_probability(b, o, default_large), 'holdout') for sid, o in terms(data, 'holdout', {'wound'})]
        rows += [term_row(sid, o, late_term_prediction(late, o), 'holdout') for sid, o in terms(data, 'holdout', {'any-late'})]
    fracture = fracture_model()
    fx = {
        'generator': 'scripts/reference/toxicity_models.py',
        'alphaBetaGy': {'wound': WOUND_ALPHA_BETA_GY, 'late': LATE_ALPHA_BETA_GY},
        'referenceEqd2Gy': REFERENCE_EQD2_GY,
        'wound': {'names': WOUND_NAMES, 'coefficients': list(b), 'intervals': b_intervals, 'minusLogLik': f_wound},
        'late': late,
        'fracture': fracture,
        'pneumonitis': PNEUMONITIS,
        'terms': rows,
        'kernels': kernel_cases(b, late, fracture),
    }
    for r in rows:
        print(f"{r['role']:8s} {r['series']:26s} {r['endpoint']:9s} {r['timing']:6s} obs {r['observed']:.3f} pred {r['predicted']:.3f} "
              f"[{r['wilsonLow']:.3f}, {r['wilsonHigh']:.3f}] {'inside' if r['inside'] else 'MISS'}")
    print('wound', dict(zip(WOUND_NAMES, b)), b_intervals)
    print('late', late)
    print('fracture', fracture)
    if '--fit-only' in argv:
        return
    FIXTURE.write_text(json.dumps(fx, indent=1) + '\n')
    print('wrote', FIXTURE.relative_to(ROOT))


if __name__ == '__main__':
    main(sys.argv[1:])
