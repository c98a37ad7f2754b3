"""Writes scenarios/dvh/plans/*.txt: three synthetic lung SBRT plans (3 x 18 Gy) as Varian Eclipse cumulative DVH
text exports (the layout of Eclipse's "Export DVH in tabular format": a header, then per structure a block of
`Name: value` lines and a Dose [Gy] / Relative dose [%] / Structure Volume [cm3] table).

Not patient data: shapes chosen to look like published lung SBRT plans (RTOG 0236/0915 style: prescription to
the PTV edge, D95 ~ 54 Gy, hot spot 120-135 % inside the PTV; lungs minus GTV with mean lung dose 3-7 Gy and V20
3-10 %, within the RTOG 0915 constraint V20 < 10 %). Each plan is one lesion size: small (15 cm3 PTV), medium
(30 cm3), large (60 cm3).

Usage: python3 scripts/generate-sbrt-lung-plans.py   (rewrites the files; deterministic)
"""
from pathlib import Path

import numpy as np
from scipy.stats import beta

OUT = Path(__file__).resolve().parent.parent / 'scenarios' / 'dvh' / 'plans'
PRESCRIBED_GY = 54.0
STEP_GY = 0.1

# name, PTV cm3, PTV dose range (Gy) and beta shape, lungs-minus-GTV cm3, two-exponential lung fall-off
PLANS = [
    ('plan-a-small', 15.0, (51.9, 70.0, 2.2, 3.0), 3900.0, (0.90, 2.5, 14.0)),
    ('plan-b-medium', 30.0, (52.1, 71.0, 2.0, 3.0), 3700.0, (0.86, 3.0, 15.0)),
    ('plan-c-large', 60.0, (52.4, 72.0, 1.8, 3.0), 3400.0, (0.80, 3.5, 16.0)),
]


def ptv_curve(doses, low, high, a, b):
    """Cumulative fraction V(D) of a PTV whose dose is low + (high - low) * Beta(a, b)."""
    return beta.sf((doses - low) / (high - low), a, b)


def lung_curve(doses, weight, scale_near, scale_far, top):
    """Cumulative fraction of a lung whose dose falls off as a mix of two exponentials, none above `top`."""
    v = weight * np.exp(-doses / scale_near) + (1 - weight) * np.exp(-doses / scale_far)
    v = (v - v[doses.searchsorted(top)]) / (1 - v[doses.searchsorted(top)])
    return np.where(doses >= top, 0.0, v)


def block(name, volume, fractions, doses):
    cm3 = volume * fractions
    # Rounded to 0.001 cm3 after the curve, so the column stays non-increasing.
    rows = [f'{d:18.1f}{100 * d / PRESCRIBED_GY:18.1f}{v:18.3f}' for d, v in zip(doses, np.round(cm3, 3))]
    min_dose = doses[np.argmax(fractions < 1)] if np.any(fractions < 1) else doses[-1]
    return '\n'.join([
        f'Structure: {name}',
        'Approval Status: Approved',
        'Plan: SBRT3x18',
        'Course: C1',
        f'Volume [cm\u00b3]: {volume:.1f}',
        'Dose Cover.[%]: 100.0',
        'Sampling Cover.[%]: 100.0',
        f'Min Dose [Gy]: {min_dose:.2f}',
        '',
        '  Dose [Gy]   Relative dose [%] Structure Volume [cm\u00b3]',
        *rows,
        '',
    ])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    doses = np.round(np.arange(0.0, 75.0 + STEP_GY / 2, STEP_GY), 1)
    for name, ptv_cm3, (low, high, a, b), lung_cm3, (weight, near, far) in PLANS:
        header = '\n'.join([
            'Patient Name         : Phantom, Lung SBRT',
            f'Patient ID           : RTSIM-{name.upper()}',
            'Comment              : Synthetic lung SBRT plan (scripts/generate-sbrt-lung-plans.py); not patient data',
            'Date                 : Sunday, December 6, 2026 14:00:00',
            'Exported by          : rtsim',
            'Type                 : Cumulative Dose Volume Histogram',
            'Description          : The cumulative DVH displays the percentage (relative)',
            '                       or volume (absolute) of structures that receive a dose',
            '                       equal to or greater than a given dose.',
            '',
            'Plan: SBRT3x18',
            'Course: C1',
            'Plan Status: Treatment Approved',
            f'Prescribed dose [cGy]: {100 * PRESCRIBED_GY:.1f}',
            '% for dose (%): 100.0',
            '',
        ])
        ptv = block('PTV', ptv_cm3, ptv_curve(doses, low, high, a, b), doses)
        lung = block('Lung-GTV', lung_cm3, lung_curve(doses, weight, near, far, 60.0), doses)
        (OUT / f'{name}.txt').write_text(header + '\n' + ptv + '\n' + lung, encoding='utf-8')


if __name__ == '__main__':
    main()
