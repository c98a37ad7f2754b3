"""Gauss quadrature rules used by packages/core/src/truncatedNormalTcpIntegral.ts (population TCP).

Prints the TypeScript tables. Python + numpy only:
- Gauss-Hermite, probabilists' weight exp(-z^2/2)/sqrt(2 pi), from numpy.polynomial.hermite_e.hermegauss
  (32 nodes; printed: the positive half without the 4 outermost, whose weights sum to 2.4e-13);
- Gauss rule for the standard minimum-Gumbel density exp(v - e^v) restricted to v >= -T (the law of ln W for
  W ~ Exp(1)), built by the discretised Stieltjes procedure (Lanczos with full re-orthogonalisation on a fine
  composite Gauss-Legendre discretisation of the weight) and the Golub-Welsch eigen-decomposition.
- Gauss-Legendre on [-1, 1] for the panel integrator.

Run: python3 scripts/reference/gauss_rules.py
"""
import math

import numpy as np

HERMITE_NODES = 32
GUMBEL_NODES = 32
GUMBEL_NODES_MEDIUM = 12  # enough once s > 2
GUMBEL_NODES_WIDE = 8  # enough once s > 4
GUMBEL_CUT = 20.0  # the Gumbel weight is truncated at v = -GUMBEL_CUT: mass below is 1 - exp(-e^-20) = 2.1e-9
LEGENDRE_NODES = 10


def lanczos_rule(x, w, n):
    """Gauss rule of the discrete measure sum w_i delta(x_i) (Golub-Welsch on its Jacobi matrix)."""
    q = np.zeros((n + 1, len(x)))
    a = np.zeros(n)
    b = np.zeros(n)
    q[0] = np.sqrt(w) / math.sqrt(w.sum())
    for j in range(n):
        v = x * q[j]
        a[j] = q[j] @ v
        v = v - a[j] * q[j] - (b[j - 1] * q[j - 1] if j > 0 else 0)
        for _ in range(2):  # full re-orthogonalisation keeps the recurrence stable
            v -= q[: j + 1].T @ (q[: j + 1] @ v)
        b[j] = np.linalg.norm(v)
        q[j + 1] = v / b[j]
    jacobi = np.diag(a) + np.diag(b[:-1], 1) + np.diag(b[:-1], -1)
    nodes, vectors = np.linalg.eigh(jacobi)
    return nodes, vectors[0] ** 2 * w.sum()


def gumbel_rule(n, cut):
    gx, gw = np.polynomial.legendre.leggauss(20)
    edges = np.linspace(-cut, 5.5, 4001)  # exp(v - e^v) < 1e-100 beyond 5.5
    lo, hi = edges[:-1, None], edges[1:, None]
    x = ((lo + hi) / 2 + (hi - lo) / 2 * gx).ravel()
    w = ((hi - lo) / 2 * gw).ravel() * np.exp(x - np.exp(x))
    return lanczos_rule(x, w, n)


def table(name, values):
    body = ",\n".join("  " + repr(float(v)) for v in values)
    return f"const {name}: readonly number[] = [\n{body},\n];"


if __name__ == "__main__":
    hx, hw = np.polynomial.hermite_e.hermegauss(HERMITE_NODES)
    hw = hw / math.sqrt(2 * math.pi)
    # The rule is symmetric: keep the positive half, without the nodes of weight < 1e-12 (total dropped 4.8e-13).
    keep = (hx > 0) & (hw > 1e-12)
    assert abs(hw[hx > 0].sum() - hw[keep].sum()) < 3e-13
    hx, hw = hx[keep], hw[keep]
    gx, gw = gumbel_rule(GUMBEL_NODES, GUMBEL_CUT)
    g12x, g12w = gumbel_rule(GUMBEL_NODES_MEDIUM, GUMBEL_CUT)
    g8x, g8w = gumbel_rule(GUMBEL_NODES_WIDE, GUMBEL_CUT)
    lx, lw = np.polynomial.legendre.leggauss(LEGENDRE_NODES)
    # sanity: moments of the truncated Gumbel rule against the exact ones of the full law (-gamma, pi^2/6)
    mass = 1 - math.exp(-math.exp(-GUMBEL_CUT))
    assert abs(gw.sum() - (1 - mass)) < 1e-14
    assert abs((gw * gx).sum() + 0.5772156649015329) < 1e-6
    for name, values in [("hermiteNodes", hx), ("hermiteWeights", hw), ("gumbelNodes", gx), ("gumbelWeights", gw),
                         ("gumbelNodes12", g12x), ("gumbelWeights12", g12w),
                         ("gumbelNodes8", g8x), ("gumbelWeights8", g8w),
                         ("legendreNodes", lx), ("legendreWeights", lw)]:
        print(table(name, values))
