"""Independent reference for `rtsim dvh`: reads the cumulative text fixtures of test/fixtures/dvh with its own
minimal parsing and computes the metrics with numpy (np.interp on the cumulative curve, the midpoint-rule mean).
Writes test/fixtures/dvh/reference.json. Run: python3 scripts/reference/dvh_metrics.py"""
import json
import pathlib
import re

import numpy as np

HERE = pathlib.Path(__file__).resolve().parents[2] / 'test' / 'fixtures' / 'dvh'


def eclipse_curves(path):
    """Structure name -> (doses Gy, volumes) from an Eclipse cumulative export."""
    curves, name, scale, rows = {}, None, None, None
    for line in path.read_text(encoding='utf-8').splitlines():
        line = line.strip()
        if line.startswith('Structure:'):
            name = line.split(':', 1)[1].strip()
            rows = curves.setdefault(name, [])
        elif line.startswith('Dose ['):
            scale = 0.01 if line.startswith('Dose [cGy]') else 1.0
        elif line and rows is not None and re.match(r'^[\d.]', line):
            cells = line.split()
            rows.append((float(cells[0]) * scale, float(cells[-1])))
    return {k: (np.array([r[0] for r in v]), np.array([r[1] for r in v])) for k, v in curves.items()}


def metrics(doses, volumes):
    rel = volumes / volumes[0]
    # D_v: np.interp needs increasing x, so interpolate dose against the reversed (increasing) volume; on a flat
    # stretch take the highest dose (the max in D_v = max{D : V(D) >= v}).
    def dose_at(v):
        i = np.max(np.nonzero(rel >= v)[0])
        if i == len(rel) - 1:
            return doses[i]
        return doses[i] + (rel[i] - v) / (rel[i] - rel[i + 1]) * (doses[i + 1] - doses[i])
    drops = np.append(rel[:-1] - rel[1:], rel[-1])
    mids = np.append((doses[:-1] + doses[1:]) / 2, doses[-1])
    positive = np.nonzero(drops > 0)[0]
    upper = np.append(doses[1:], doses[-1])
    v20 = 0.0 if 20 > doses[-1] else float(np.interp(20, doses, rel))
    return {
        'minimum': float(doses[positive[0]]), 'mean': float(np.sum(drops * mids) / np.sum(drops)),
        'maximum': float(upper[positive[-1]]), 'd95': float(dose_at(0.95)), 'd50': float(dose_at(0.5)),
        'd2': float(dose_at(0.02)), 'v20': v20,
    }


out = {}
for name in ['eclipse-cumulative-cgy.txt', 'eclipse-cumulative-gy-cm3-crlf.txt']:
    out[name] = {structure: metrics(d, v) for structure, (d, v) in eclipse_curves(HERE / name).items()}
(HERE / 'reference.json').write_text(json.dumps(out, indent=2) + '\n')
