"""The motif library, its legend, and the Symmetry Designer's model."""

import numpy as np
import pytest

from farshlab.design import (
    DESIGN_SYMMETRIES,
    MOTIFS,
    colour_counts,
    is_symmetric,
    motif,
    motif_legend,
    symmetric_design,
)


def test_library_motifs_are_valid_and_coloured():
    legend = motif_legend()
    for name, grid in MOTIFS.items():
        assert grid.ndim == 2 and grid.dtype == np.int64, name
        assert set(np.unique(grid)) <= set(legend.codes.tolist()), name
    # the gul and the star are drawn symmetric; the boteh is not (it leans)
    assert is_symmetric(MOTIFS["gul"], "quarter") and is_symmetric(MOTIFS["star"], "rotation_90")
    assert not is_symmetric(MOTIFS["boteh"], "mirror_left_right")
    copy = motif("gul")
    copy[0, 0] = 5
    assert MOTIFS["gul"][0, 0] == 0


@pytest.mark.parametrize("symmetry", list(DESIGN_SYMMETRIES))
@pytest.mark.parametrize("name", ["boteh", "gul", "tree"])
def test_every_symmetry_is_exact(symmetry, name):
    result = symmetric_design(motif(name), symmetry, repeats=2)
    check = DESIGN_SYMMETRIES[symmetry][0]
    assert is_symmetric(result.design, check) and result.symmetric
    assert result.counts == colour_counts(result.design)
    assert sum(result.counts.values()) == result.design.size


def test_counts_by_hand():
    boteh = motif("boteh")  # 10 rows × 8 knots; weld yellow (4) appears once
    assert colour_counts(boteh)[4] == 1
    # quarter, centre doubled, 2 × 2 repeats: 4 copies in the quarter × 4 quarters = 16
    result = symmetric_design(boteh, "quarter_double", repeats=2)
    assert result.size == (32, 40) and result.counts[4] == 16
    # shared centre, 1 repeat: the yellow knot is not on the quarter's last row or column → 4 copies
    assert symmetric_design(boteh, "quarter_shared").counts[4] == 4
    # border: inside the border (field and its 1-knot stripe) 2·2·8 = 32 across, 3·2·8 = 48 rows;
    # each side adds the 10-row border and the 1-knot outer stripe: 32 + 22 = 54, 48 + 22 = 70
    border = symmetric_design(boteh, "border", repeats=1)
    assert border.size == (54, 70)
    # repeats along the bottom and top: 32 / 8 = 4 each; along the sides 48 / 8 = 6 each → 20 yellows
    assert border.counts[4] == 20


def test_bad_input():
    with pytest.raises(ValueError, match="symmetry must be one of"):
        symmetric_design(motif("gul"), "spiral")
    with pytest.raises(ValueError, match="repeats must be a whole number from 1 to 6"):
        symmetric_design(motif("gul"), repeats=7)
    with pytest.raises(ValueError, match="motif is empty"):
        symmetric_design(np.zeros((0, 3), dtype=int))
    with pytest.raises(ValueError, match="motif must hold whole-number"):
        symmetric_design([[0.5, 1.0]])
    with pytest.raises(ValueError, match="no motif 'lion'"):
        motif("lion")
