"""Kubelka–Munk both ways, unit K/S from calibration dyeings, and interpolation at depth."""

import numpy as np
import pytest

from farshlab.dye import CalibratedDye, ks_from_reflectance, load_dye_set, reflectance_from_ks, unit_ks


def test_known_values():
    assert ks_from_reflectance(0.5) == pytest.approx(0.25)  # (1 − 0.5)² / (2 × 0.5) = 0.25 / 1
    assert ks_from_reflectance(0.2) == pytest.approx(1.6)  # 0.8² / 0.4 = 0.64 / 0.4
    assert ks_from_reflectance(1.0) == 0.0
    assert ks_from_reflectance(0.05) == pytest.approx(9.025)  # 0.95² / 0.1 = 0.9025 / 0.1
    # inverse: R = 1 + K/S − √((K/S)² + 2 K/S); K/S = 0.25 → 1.25 − √(0.0625 + 0.5) = 1.25 − 0.75
    assert reflectance_from_ks(0.25) == pytest.approx(0.5)
    assert reflectance_from_ks(1.6) == pytest.approx(0.2)  # 2.6 − √(2.56 + 3.2) = 2.6 − 2.4
    assert reflectance_from_ks(0.0) == 1.0


def test_round_trip_reflectance_to_ks_and_back():
    r = np.linspace(0.001, 1.0, 2000)
    np.testing.assert_allclose(reflectance_from_ks(ks_from_reflectance(r)), r, rtol=1e-12)
    ks = np.geomspace(1e-6, 1e4, 500)
    np.testing.assert_allclose(ks_from_reflectance(reflectance_from_ks(ks)), ks, rtol=1e-9)


def test_arrays_keep_their_shape():
    r = np.full((2, 3, 31), 0.5)
    assert ks_from_reflectance(r).shape == (2, 3, 31)
    assert isinstance(ks_from_reflectance(0.5), float)


@pytest.mark.parametrize("bad", [0.0, -0.1, 1.2, float("nan"), float("inf"), "0.5", None, True, []])
def test_reflectance_outside_zero_one_is_rejected(bad):
    with pytest.raises(ValueError, match="reflectance must be a reflectance between 0 and 1"):
        ks_from_reflectance(bad)


def test_reflectance_in_percent_gets_a_hint():
    with pytest.raises(ValueError, match="write 45 % as 0.45"):
        ks_from_reflectance([0.5, 45.0])


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_bad_ks_is_rejected(bad):
    with pytest.raises(ValueError, match="ks must be zero or a positive number"):
        reflectance_from_ks(bad)


def test_unit_ks_by_hand():
    # substrate R = 1 (K/S 0); at 1 % R = 0.5 (K/S 0.25) → 0.25 per 1 %;
    # at 2 % R = 0.2 (K/S 1.6) → 0.8 per 1 %
    np.testing.assert_allclose(unit_ks([1.0, 2.0], [[0.5], [0.2]], [1.0]), [[0.25], [0.8]])


def test_interpolation_between_calibration_depths():
    dye = CalibratedDye("Red", np.array([0.5, 1.0, 2.0]), np.array([[10.0], [8.0], [6.0]]))
    assert dye.unit_ks_at(0.75)[0] == pytest.approx(9.0)  # halfway between 10 and 8
    assert dye.unit_ks_at(1.5)[0] == pytest.approx(7.0)
    assert dye.unit_ks_at(0.1)[0] == pytest.approx(10.0)  # held below the first depth
    assert dye.unit_ks_at(3.0)[0] == pytest.approx(6.0)  # held above the last
    assert dye.ks_at(1.5)[0] == pytest.approx(10.5)  # 1.5 % × 7
    assert dye.ks_at([0.0, 2.0])[:, 0].tolist() == [0.0, 12.0]


def test_synthetic_set_is_not_linear_at_depth():
    red = load_dye_set()["Acid Red (synthetic)"]
    peak = int(np.argmax(red.unit_ks[0]))
    # the generator's saturation law c / (1 + c / 6): unit K/S at 4 % is (1 + 0.25/6) / (1 + 4/6) = 0.625
    # of that at 0.25 %; the CSV keeps 4 decimals of R, and R ≈ 0.014 at the peak at 4 %, so ±0.00005 in R
    # is about ±0.4 % in K/S
    ratio = red.unit_ks[-1, peak] / red.unit_ks[0, peak]
    assert ratio == pytest.approx((1 + 0.25 / 6) / (1 + 4 / 6), rel=5e-3)


def test_calibration_checks():
    with pytest.raises(ValueError, match="increasing depths"):
        CalibratedDye("Red", np.array([1.0, 1.0]), np.zeros((2, 31)))
    with pytest.raises(ValueError, match="one row per depth"):
        unit_ks([1.0, 2.0], [[0.5, 0.5]], [1.0, 1.0])
