"""
Colour difference ΔE between CIELAB colours: CIE76, CIE94, CIEDE2000 and CMC(l:c), one dispatcher.

ΔE says how different two colours look: about 1 is the smallest difference a trained eye sees
side by side, 2–3 is noticeable on close inspection, 5 or more is clearly a different colour.
The four formulas weigh lightness, chroma and hue differences differently. Two settings are used
in the course, for two jobs:

- **kL = 1**, the CIE's reference conditions and every function's default: choosing the yarn
  nearest to a picture's colour. farshlab's nearest-yarn search, the Colour Matcher's ranking and
  the chart tools use it, and every ΔE figure the course quotes (the Sharma pairs, the chart
  measurements) is at kL = 1.
- **kL = 2** (``"ciede2000_textiles"``) or CMC 2:1: the textile tolerance for judging a dyed
  sample against its standard (a lab dip, a new lot against the old), where a small lightness step
  between two yarns is less objectionable than a hue step.

Every function broadcasts: ``lab1`` and ``lab2`` are arrays of shape ``(..., 3)`` whose leading
shapes broadcast together (one colour against many yarns: ``(3,)`` and ``(M, 3)``; many pixels
against a legend: ``(N, 1, 3)`` and ``(M, 3)`` → ``(N, M)``). A single pair gives a float.

CIE94 and CMC are **not symmetric**: ``lab1`` is the *reference* (standard, the colour you want,
e.g. a picture's pixel) and ``lab2`` the *sample* (the yarn you try). Their weights use the
reference's chroma and hue, as in colour-science. CIE76 and CIEDE2000 are symmetric.

The parameter conventions follow colour-science 0.4 (``colour.delta_E``), which the tests use as
an independent oracle: CIE94 ``application="textiles"`` uses kL = 2, K1 = 0.048, K2 = 0.014
(graphic arts: kL = 1, K1 = 0.045, K2 = 0.015); CMC's defaults are l = 2, c = 1.

Attributes
----------
DELTA_E_METHODS
    The registry: method name → function.
DELTA_E_VARIANTS
    Named method-and-parameter sets shown side by side (e.g. ``"ciede2000_textiles"``).

Functions
---------
delta_e
    The dispatcher: ``delta_e(lab1, lab2, method="ciede2000", **params)``.
delta_e_cie76, delta_e_cie94, delta_e_ciede2000, delta_e_cmc
    The four formulas.

References
----------
CIE 15:2004 (CIE76: Euclidean distance in CIELAB). CIE 116-1995, *Industrial colour-difference
evaluation* (CIE94). CIE 142-2001 (CIEDE2000), with the implementation notes and the 34 test
pairs of G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference formula: implementation
notes, supplementary test data, and mathematical observations", *Color Res. Appl.* 30(1):21–30,
2005. F. J. J. Clarke, R. McDonald, B. Rigg, "Modification to the JPC79 colour-difference formula",
*J. Soc. Dyers Colourists* 100:128–132, 1984 (CMC l:c; ISO 105-J03).

Examples
--------
>>> round(float(delta_e([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])), 4)  # Sharma pair 1
2.0425
>>> round(float(delta_e([50.0, 0.0, 0.0], [53.0, 0.0, 4.0], method="cie76")), 4)
5.0
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import numpy as np

from farshlab.checks import words

__all__ = [
    "DELTA_E_METHODS",
    "DELTA_E_VARIANTS",
    "delta_e",
    "delta_e_cie76",
    "delta_e_cie94",
    "delta_e_ciede2000",
    "delta_e_cmc",
]

_L_TOLERANCE = 1e-6  # L* a hair above 100 or below 0 from rounding in a conversion is accepted


def _lab_pair(lab1, lab2) -> tuple[np.ndarray, ...]:
    """Check two Lab arrays and return L1, a1, b1, L2, a2, b2 (each broadcastable)."""
    channels = []
    for name, values in (("lab1", lab1), ("lab2", lab2)):
        array = np.asarray(values)
        if array.dtype.kind not in "iuf":
            raise ValueError(words("colour.error.lab_numbers", name=name, dtype=array.dtype))
        if array.ndim == 0 or array.shape[-1] != 3:
            raise ValueError(words("colour.error.lab_shape", name=name, shape=array.shape))
        array = array.astype(float, copy=False)
        if not np.isfinite(array).all():
            raise ValueError(words("colour.error.not_finite", name=name))
        lightness = array[..., 0]
        if lightness.size and (lightness.min() < -_L_TOLERANCE or lightness.max() > 100 + _L_TOLERANCE):
            raise ValueError(
                words("colour.error.lightness", name=name, low=lightness.min(), high=lightness.max())
            )
        channels.append(array)
    try:
        np.broadcast_shapes(channels[0].shape[:-1], channels[1].shape[:-1])
    except ValueError:
        raise ValueError(
            words("colour.error.broadcast", shape1=channels[0].shape, shape2=channels[1].shape)
        ) from None
    return (*np.moveaxis(channels[0], -1, 0), *np.moveaxis(channels[1], -1, 0))


def _positive(value, name: str) -> float:
    """Return ``value`` as a float after checking it is a positive finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(words("colour.error.positive", name=name, value=repr(value)))
    if not np.isfinite(value) or value <= 0:
        raise ValueError(words("colour.error.positive", name=name, value=value))
    return float(value)


def _result(values: np.ndarray):
    """A 0-d result as a numpy float; arrays as they are."""
    return values[()] if np.ndim(values) == 0 else values


def _hue_squared(a1, b1, a2, b2, c1, c2) -> np.ndarray:
    """ΔH*² = Δa*² + Δb*² − ΔC*², not below 0 (rounding can make it a hair negative)."""
    return np.maximum((a1 - a2) ** 2 + (b1 - b2) ** 2 - (c1 - c2) ** 2, 0.0)


def delta_e_cie76(lab1, lab2):
    """
    CIE76 colour difference: the straight-line distance between two points in CIELAB.

    ΔE*ab = √((L1 − L2)² + (a1 − a2)² + (b1 − b2)²).

    Parameters
    ----------
    lab1, lab2 : array_like, shape (..., 3)
        CIELAB colours (L* 0–100); leading shapes broadcast.

    Returns
    -------
    float or numpy.ndarray
        ΔE*ab, not negative.

    Examples
    --------
    >>> float(delta_e_cie76([50, 10, 10], [50, 13, 14]))
    5.0
    """
    L1, a1, b1, L2, a2, b2 = _lab_pair(lab1, lab2)
    return _result(np.sqrt((L1 - L2) ** 2 + (a1 - a2) ** 2 + (b1 - b2) ** 2))


_CIE94_APPLICATIONS = {
    # application: (kL, K1, K2) — CIE 116-1995; the same numbers as colour-science
    "graphic arts": (1.0, 0.045, 0.015),
    "textiles": (2.0, 0.048, 0.014),
}


def delta_e_cie94(lab1, lab2, application: str = "graphic arts"):
    """
    CIE94 colour difference, with the graphic-arts or the textiles parameter set.

    ΔE94 = √((ΔL*/(kL·SL))² + (ΔC*/SC)² + (ΔH*/SH)²) with SL = 1, SC = 1 + K1·C1, SH = 1 + K2·C1,
    where C1 is the chroma of the reference ``lab1``.

    Parameters
    ----------
    lab1 : array_like, shape (..., 3)
        The reference colour(s) (the standard).
    lab2 : array_like, shape (..., 3)
        The sample colour(s); leading shapes broadcast with ``lab1``.
    application : {"graphic arts", "textiles"}
        ``"graphic arts"``: kL = 1, K1 = 0.045, K2 = 0.015; ``"textiles"``: kL = 2, K1 = 0.048,
        K2 = 0.014.

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> round(float(delta_e_cie94([50, 20, 0], [52, 18, 3])), 4)
    3.2752
    >>> round(float(delta_e_cie94([50, 20, 0], [52, 18, 3], application="textiles")), 4)
    2.8037
    """
    if application not in _CIE94_APPLICATIONS:
        raise ValueError(
            words("colour.error.application", choices=sorted(_CIE94_APPLICATIONS), value=repr(application))
        )
    k_l, k_1, k_2 = _CIE94_APPLICATIONS[application]
    L1, a1, b1, L2, a2, b2 = _lab_pair(lab1, lab2)
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    s_c, s_h = 1 + k_1 * c1, 1 + k_2 * c1
    hue2 = _hue_squared(a1, b1, a2, b2, c1, c2)
    return _result(np.sqrt(((L1 - L2) / k_l) ** 2 + ((c1 - c2) / s_c) ** 2 + hue2 / s_h**2))


_25_TO_7 = 25.0**7
_TWO_PI = 2 * np.pi
_60_DEG, _275_DEG, _25_DEG = np.radians([60.0, 275.0, 25.0])
_COS = {angle: np.cos(np.radians(angle)) for angle in (6, 30, 63)}
_SIN = {angle: np.sin(np.radians(angle)) for angle in (6, 30, 63)}


def _seventh(x: np.ndarray) -> np.ndarray:
    """x**7 by four multiplications (much faster than a general power on large arrays)."""
    x2 = x * x
    return x2 * x2 * x2 * x


def delta_e_ciede2000(lab1, lab2, kL: float = 1.0, kC: float = 1.0, kH: float = 1.0):
    """
    CIEDE2000 colour difference (CIE 142-2001), as in Sharma, Wu & Dalal (2005).

    In words: a* is stretched for greyish colours (factor 1 + G) so that near-greys match what
    the eye sees; lightness, chroma and hue differences are each divided by a weight that grows
    with lightness distance from 50, with chroma, and with hue; and a rotation term R_T corrects
    blues. kL, kC, kH divide the three parts further: 1 under the reference conditions (the
    default, used to choose yarns for a chart); kL = 2 is the textile tolerance for judging a dye lot
    against its standard (a lightness step counts half).

    Parameters
    ----------
    lab1, lab2 : array_like, shape (..., 3)
        CIELAB colours (L* 0–100); leading shapes broadcast. The formula is symmetric.
    kL, kC, kH : float
        Parametric factors, positive; 1 by default (reference conditions), kL = 2 for the textile
        tolerance.

    Returns
    -------
    float or numpy.ndarray
        ΔE00, not negative.

    Notes
    -----
    The hue terms follow Sharma et al. exactly: a hue of a colour with C' = 0 is 0; when
    C1'·C2' = 0 the hue difference is 0 and the mean hue is h1' + h2'. Pairs 13–15 of their
    table sit on the mean-hue discontinuity at |h1' − h2'| = 180°.

    Examples
    --------
    >>> round(float(delta_e_ciede2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])), 4)
    2.0425
    >>> round(float(delta_e_ciede2000([60, 20, 10], [55, 22, 12], kL=2)), 4)
    2.7191
    """
    k_l, k_c, k_h = _positive(kL, "kL"), _positive(kC, "kC"), _positive(kH, "kH")
    L1, a1, b1, L2, a2, b2 = _lab_pair(lab1, lab2)
    # Written for speed over millions of pairs: powers by multiplication, square roots instead of
    # hypot, and the four cosines of T from one cosine and one sine (multiple-angle identities).
    a1, b1, a2, b2 = a1 + 0.0, b1 + 0.0, a2 + 0.0, b2 + 0.0  # turn -0.0 into 0.0: atan2(0, 0) = 0
    mean_c7 = _seventh((np.sqrt(a1 * a1 + b1 * b1) + np.sqrt(a2 * a2 + b2 * b2)) / 2)
    g_plus_1 = 1.5 - 0.5 * np.sqrt(mean_c7 / (mean_c7 + _25_TO_7))
    a1p, a2p = g_plus_1 * a1, g_plus_1 * a2
    c1p, c2p = np.sqrt(a1p * a1p + b1 * b1), np.sqrt(a2p * a2p + b2 * b2)
    # hue angles h' in radians 0–2π (a colour with C' = 0 gets 0, as atan2(0, 0) = 0)
    h1p, h2p = np.arctan2(b1, a1p), np.arctan2(b2, a2p)
    h1p, h2p = np.where(h1p < 0, h1p + _TWO_PI, h1p), np.where(h2p < 0, h2p + _TWO_PI, h2p)
    c_product = c1p * c2p
    dh = h2p - h1p
    dh = np.where(dh > np.pi, dh - _TWO_PI, np.where(dh < -np.pi, dh + _TWO_PI, dh))
    delta_hp = 2 * np.sqrt(c_product) * np.sin(dh / 2)  # 0 when C1'C2' = 0, as Sharma et al.
    h_sum = h1p + h2p
    mean_h = np.where(
        np.abs(h1p - h2p) > np.pi, np.where(h_sum < _TWO_PI, h_sum + _TWO_PI, h_sum - _TWO_PI), h_sum
    )
    mean_h = np.where(c_product == 0, h_sum, mean_h / 2)
    cos1, sin1 = np.cos(mean_h), np.sin(mean_h)
    cos2, sin2 = 2 * cos1 * cos1 - 1, 2 * sin1 * cos1
    cos3, sin3 = cos1 * (2 * cos2 - 1), sin1 * (2 * cos2 + 1)
    cos4, sin4 = 2 * cos2 * cos2 - 1, 2 * sin2 * cos2
    t = (
        1
        - 0.17 * (cos1 * _COS[30] + sin1 * _SIN[30])  # cos(h - 30°)
        + 0.24 * cos2  # cos(2h)
        + 0.32 * (cos3 * _COS[6] - sin3 * _SIN[6])  # cos(3h + 6°)
        - 0.20 * (cos4 * _COS[63] + sin4 * _SIN[63])  # cos(4h - 63°)
    )
    mean_cp = (c1p + c2p) / 2
    mean_cp7 = _seventh(mean_cp)
    rotation = (
        -2
        * np.sqrt(mean_cp7 / (mean_cp7 + _25_TO_7))
        * np.sin(_60_DEG * np.exp(-(((mean_h - _275_DEG) / _25_DEG) ** 2)))
    )
    mean_l50 = ((L1 + L2) / 2 - 50) ** 2
    s_l = 1 + 0.015 * mean_l50 / np.sqrt(20 + mean_l50)
    lightness = (L2 - L1) / (k_l * s_l)
    chroma = (c2p - c1p) / (k_c * (1 + 0.045 * mean_cp))
    hue = delta_hp / (k_h * (1 + 0.015 * mean_cp * t))
    return _result(np.sqrt(lightness**2 + chroma**2 + hue**2 + rotation * chroma * hue))


def delta_e_cmc(lab1, lab2, l: float = 2.0, c: float = 1.0):  # noqa: E741 — l:c is the formula's name
    """
    CMC(l:c) colour difference, the textile industry's acceptability formula (ISO 105-J03).

    ΔE_CMC = √((ΔL*/(l·SL))² + (ΔC*/(c·SC))² + (ΔH*/SH)²), with SL, SC, SH from the reference's
    L*, chroma and hue (Clarke, McDonald & Rigg 1984). l = 2, c = 1 (written 2:1) is the usual
    textile acceptability setting; 1:1 is used for perceptibility.

    Parameters
    ----------
    lab1 : array_like, shape (..., 3)
        The reference colour(s) (the standard).
    lab2 : array_like, shape (..., 3)
        The sample colour(s); leading shapes broadcast with ``lab1``.
    l, c : float
        Lightness and chroma weights, positive; default 2:1.

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> round(float(delta_e_cmc([50, 20, 0], [52, 18, 3])), 4)
    3.1071
    >>> round(float(delta_e_cmc([50, 20, 0], [52, 18, 3], l=1, c=1)), 4)
    3.491
    """
    weight_l, weight_c = _positive(l, "l"), _positive(c, "c")
    L1, a1, b1, L2, a2, b2 = _lab_pair(lab1, lab2)
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    s_l = np.where(L1 < 16, 0.511, 0.040975 * L1 / (1 + 0.01765 * L1))
    s_c = 0.0638 * c1 / (1 + 0.0131 * c1) + 0.638
    h1 = np.degrees(np.arctan2(b1, a1)) % 360
    t = np.where(
        (h1 >= 164) & (h1 <= 345),
        0.56 + np.abs(0.2 * np.cos(np.radians(h1 + 168))),
        0.36 + np.abs(0.4 * np.cos(np.radians(h1 + 35))),
    )
    c1_4 = c1**4
    f = np.sqrt(c1_4 / (c1_4 + 1900))
    s_h = s_c * (f * t + 1 - f)
    hue2 = _hue_squared(a1, b1, a2, b2, c1, c2)
    return _result(
        np.sqrt(((L1 - L2) / (weight_l * s_l)) ** 2 + ((c1 - c2) / (weight_c * s_c)) ** 2 + hue2 / s_h**2)
    )


DELTA_E_METHODS: dict[str, Callable] = {
    "cie76": delta_e_cie76,
    "cie94": delta_e_cie94,
    "ciede2000": delta_e_ciede2000,
    "cmc": delta_e_cmc,
}
"""The ΔE methods by name; :func:`delta_e` dispatches on these keys."""

DELTA_E_VARIANTS: dict[str, tuple[str, dict]] = {
    "cie76": ("cie76", {}),
    "cie94_textiles": ("cie94", {"application": "textiles"}),
    "ciede2000": ("ciede2000", {}),
    "ciede2000_textiles": ("ciede2000", {"kL": 2.0}),
    "cmc_2_1": ("cmc", {"l": 2.0, "c": 1.0}),
}
"""Named (method, parameters) settings to compare side by side, e.g. in the Colour Matcher."""


def delta_e(lab1, lab2, method: str = "ciede2000", **params):
    """
    Colour difference ΔE between CIELAB colours by the chosen method.

    Parameters
    ----------
    lab1 : array_like, shape (..., 3)
        Reference colour(s) (for CIE94 and CMC the order matters: this is the standard).
    lab2 : array_like, shape (..., 3)
        Sample colour(s); leading shapes broadcast with ``lab1``.
    method : str
        A key of :data:`DELTA_E_METHODS`: ``"cie76"``, ``"cie94"``, ``"ciede2000"``, ``"cmc"``.
    **params
        The method's parameters: ``application`` for cie94, ``kL``, ``kC``, ``kH`` for ciede2000,
        ``l``, ``c`` for cmc.

    Returns
    -------
    float or numpy.ndarray
        ΔE, shape: the broadcast leading shape of ``lab1`` and ``lab2``.

    Raises
    ------
    ValueError
        Unknown method or parameter, bad parameter value, or bad Lab input.

    Examples
    --------
    >>> yarns = [[50.0, 0.0, -82.7485], [50.0, 3.0, -80.0]]
    >>> delta_e([50.0, 2.6772, -79.7751], yarns).round(4)
    array([2.0425, 0.1344])
    >>> round(float(delta_e([60, 20, 10], [55, 22, 12], "ciede2000", kL=2)), 4)
    2.7191
    """
    function = DELTA_E_METHODS.get(method) if isinstance(method, str) else None
    if function is None:
        raise ValueError(words("colour.error.method", choices=sorted(DELTA_E_METHODS), value=repr(method)))
    accepted = list(inspect.signature(function).parameters)[2:]
    unknown = sorted(set(params) - set(accepted))
    if unknown:
        allowed = ", ".join(accepted) if accepted else "none"
        raise ValueError(
            words("colour.error.parameter", method=repr(method), parameter=repr(unknown[0]), allowed=allowed)
        )
    return function(lab1, lab2, **params)
