"""Sample pictures for the farshlab.kit tests: small, so that the whole of tests/kit runs in seconds."""

import numpy as np

from farshlab.colour import hex_to_srgb

#: A tableau's colours that acid dyes on off-white wool reach (a skin tone, a navy, a moss green,
#: a brick red) and two they cannot: a screen blue and a white whiter than the wool.
REACHABLE = {"Skin": "#cd9f7d", "Navy": "#28325a", "Moss": "#556b3a", "Brick": "#9c4a3b"}
OUT_OF_REACH = {"Screen blue": "#0050ff", "Paper white": "#fbfbfb"}


def banded_picture(colours, band_rows=6, width=24) -> np.ndarray:
    """A picture of horizontal bands, one per colour, as 8-bit RGB (row 0 at the top)."""
    rows = [np.tile(hex_to_srgb(colour), (band_rows, width, 1)) for colour in colours]
    return np.concatenate(rows).astype(np.uint8)
