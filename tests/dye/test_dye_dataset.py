"""The SYNTHETIC default dye set, the standards, and reading a workshop's calibration CSV."""

import shutil

import numpy as np
import pytest

from farshlab.dye import (
    WAVELENGTHS_NM,
    calibration_template_path,
    ks_from_reflectance,
    load_dye_set,
    load_standards,
    read_dye_set,
)


def test_default_set_is_six_synthetic_acid_dyes_at_five_depths():
    dyes = load_dye_set()
    assert dyes.synthetic and "SYNTHETIC" in dyes.name
    assert len(dyes) == 6 and all("(synthetic)" in name for name in dyes.names)
    for dye in dyes.dyes:
        assert dye.depths_percent.tolist() == [0.25, 0.5, 1.0, 2.0, 4.0]
        assert dye.unit_ks.shape == (5, 31)
    assert dyes.substrate_reflectance.shape == (31,)
    assert WAVELENGTHS_NM[0] == 400 and WAVELENGTHS_NM[-1] == 700 and WAVELENGTHS_NM.size == 31


def test_data_files_say_synthetic_in_their_header():
    folder = calibration_template_path().parent
    for name in ("synthetic_acid_dyes.csv", "synthetic_standards.csv"):
        assert "SYNTHETIC" in (folder / name).read_text().splitlines()[0]
    assert "EXAMPLE" in calibration_template_path().read_text()


def test_unit_ks_of_the_file_matches_kubelka_munk_by_hand():
    dyes = load_dye_set()
    blue = dyes["Acid Blue (synthetic)"]
    lines = [
        line
        for line in calibration_template_path()
        .parent.joinpath("synthetic_acid_dyes.csv")
        .read_text()
        .splitlines()
        if line.startswith("Acid Blue (synthetic),1,")
    ]
    r = np.array([float(v) for v in lines[0].split(",")[2:]])
    expected = (ks_from_reflectance(r) - dyes.substrate_ks) / 1.0  # depth 1 % owf
    np.testing.assert_allclose(blue.unit_ks[2], np.maximum(expected, 0), rtol=1e-12)


def test_unknown_dye_names_are_clear_errors():
    with pytest.raises(ValueError, match="unknown dye 'Acid Green'; this dye set has: Acid Yellow"):
        load_dye_set()["Acid Green"]
    with pytest.raises(ValueError, match="names a dye twice"):
        load_dye_set().select(["Acid Red (synthetic)", "Acid Red (synthetic)"])


def test_standards_are_synthetic_spectra():
    standards = load_standards()
    assert len(standards) == 5 and all("(standard)" in name for name in standards)
    assert all(
        values.shape == (31,) and 0 < values.min() and values.max() <= 1 for values in standards.values()
    )


def test_template_reads_as_a_workshop_set(tmp_path):
    copy = tmp_path / "my_dyes.csv"
    shutil.copy(calibration_template_path(), copy)
    workshop = read_dye_set(copy)
    assert not workshop.synthetic and workshop.name == "my_dyes.csv"
    assert workshop.names == ["Example red (replace)"]
    assert workshop["Example red (replace)"].depths_percent.tolist() == [0.25, 0.5, 1.0, 2.0]


def _write(tmp_path, rows, header=None):
    header = header or "dye,depth_percent_owf," + ",".join(str(w) for w in WAVELENGTHS_NM)
    path = tmp_path / "dyes.csv"
    path.write_text("\n".join(["# my dyeings", header, *rows]) + "\n")
    return path


def _row(name, depth, value):
    return ",".join([name, str(depth), *([str(value)] * 31)])


def _good_rows():
    return [_row("substrate", 0, 0.8)] + [
        _row("Red", d, r) for d, r in ((0.5, 0.5), (1, 0.3), (2, 0.2), (4, 0.1))
    ]


def test_a_good_file_reads(tmp_path):
    dyes = read_dye_set(_write(tmp_path, _good_rows()))
    # K/S 0.8 substrate = 0.2²/1.6 = 0.025; at 1 %: 0.7²/0.6 = 0.81667 − 0.025 = 0.79167 per 1 %
    assert dyes["Red"].unit_ks[1, 0] == pytest.approx(0.7**2 / 0.6 - 0.025)


@pytest.mark.parametrize(
    ("rows", "match"),
    [
        (lambda g: g[1:], "no 'substrate' row"),
        (lambda g: g + [_row("substrate", 0, 0.8)], "a second substrate row"),
        (lambda g: g[:-1], "'Red' has 3 depths; give at least 4"),
        (lambda g: g[:1] + [_row("Red", 0.5, 0.5), _row("Red", 0.5, 0.4)] + g[3:], "same depth"),
        (lambda g: g[:1] + [_row("Red", -1, 0.5)] + g[2:], "depth_percent_owf must be a positive number"),
        (lambda g: g[:1] + [_row("Red", 0.5, 45)] + g[2:], "write 45 % as 0.45"),
        (lambda g: g[:1] + [_row("Red", 0.5, 0)] + g[2:], "between 0 and 1"),
        (lambda g: g[:1] + [_row("Red", 0.5, 0.05)] + g[2:], "does not get deeper with depth"),
        (lambda g: g[:1] + ["Red,1,0.5"] + g[2:], "expected 33 values, got 3"),
        (lambda g: g[:1] + [_row("Red", "x", 0.5)] + g[2:], "must be numbers"),
    ],
)
def test_bad_files_name_the_row_and_the_problem(tmp_path, rows, match):
    with pytest.raises(ValueError, match=match):
        read_dye_set(_write(tmp_path, rows(_good_rows())))


def test_wrong_wavelengths_and_missing_file(tmp_path):
    header = "dye,depth_percent_owf," + ",".join(str(w) for w in range(380, 690, 10))
    with pytest.raises(ValueError, match="400–700 nm every 10 nm"):
        read_dye_set(_write(tmp_path, _good_rows(), header))
    with pytest.raises(ValueError, match="no such file"):
        read_dye_set(tmp_path / "nothing.csv")
