"""The picture, legend and kit the farshlab.kit tests share (made once a session)."""

import pytest
from kit_samples import OUT_OF_REACH, REACHABLE, banded_picture

from farshlab.colour import Yarn, YarnLegend


@pytest.fixture(scope="session")
def picture():
    """Six bands: four colours the dyes reach, two they cannot."""
    return banded_picture([*REACHABLE.values(), *OUT_OF_REACH.values()])


@pytest.fixture(scope="session")
def legend():
    """The picture's colours as a workshop legend (codes 11, 12, … in band order)."""
    colours = {**REACHABLE, **OUT_OF_REACH}
    return YarnLegend(Yarn(11 + i, name, colour) for i, (name, colour) in enumerate(colours.items()))


@pytest.fixture(scope="session")
def kit(picture, legend):
    """The kit of the banded picture, 8 × 10 cm at 21 raj (24 × 30 knots), from its legend."""
    from farshlab.kit import make_kit

    return make_kit(picture, 8, 21, height_cm=10, legend=legend, title="bands")
