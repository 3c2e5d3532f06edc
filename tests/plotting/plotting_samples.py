"""Sample grids shared by the plotting tests."""

import numpy as np

COLOURS = {0: "#ffffff", 1: "#000000", 2: (200, 0, 0)}


def grid_25_by_12():
    """A 25 × 12 grid: the bottom row (the weaver's row 1) black, a 2 × 2 red patch."""
    grid = np.zeros((12, 25), dtype=int)
    grid[0, :] = 1  # the bottom row, the weaver's row 1, is black
    grid[5:7, 3:5] = 2
    return grid
