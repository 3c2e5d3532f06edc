"""
A figure for a live view: its still parts drawn once and kept as pixels, its moving artists
drawn on them per update, and fast PNG bytes.

A simulator's picture changes a few artists per slider move (a curve, a rectangle, some lines)
while axes, ticks, numbers and labels stay. :class:`KeptCanvas` keeps the still parts as layers of
pixels under keys that say what they show (``("frame", 40.0, 60.0)``): a move whose keys are
already kept costs a copy of pixels and the drawing of the moving artists only. A layer can be
built on another (the same axes with one more artist drawn), so that a change redraws only what
changed. Kept layers are forgotten oldest first.

Classes
-------
KeptCanvas
    The figure, its Agg canvas and its kept layers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from farshlab.plotting.grid import FAST_PNG_LEVEL, rgb_png

__all__ = ["KeptCanvas"]

MOST_LAYERS = 16
"""Layers a :class:`KeptCanvas` keeps at most (each a copy of the figure's pixels)."""


class KeptCanvas:
    """
    A figure drawn for a live view: still layers kept as pixels, moving artists drawn on them.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure; its size and dpi give the picture's size in pixels. Its layout should be
        fixed (no tight bounding box, no layout engine run per draw).
    most_layers : int
        Layers kept at most.

    Examples
    --------
    >>> import io
    >>> from PIL import Image
    >>> kept = KeptCanvas(Figure(figsize=(2, 1), dpi=100))
    >>> line, = kept.figure.add_subplot().plot([0, 1], [0, 1])
    >>> png = kept.show(kept.layer("axes", hidden=[line]), [line]).png()
    >>> line.set_ydata([1, 0])
    >>> kept.show(kept.layer("axes", hidden=[line]), [line]).png() != png, Image.open(io.BytesIO(png)).size
    (True, (200, 100))
    """

    def __init__(self, figure: Figure, most_layers: int = MOST_LAYERS) -> None:
        if not isinstance(figure, Figure):
            raise ValueError(f"figure must be a matplotlib Figure, got {type(figure).__name__}")
        if not isinstance(most_layers, int) or most_layers < 1:
            raise ValueError(f"most_layers must be a whole number of 1 or more, got {most_layers!r}")
        self.figure = figure
        self.canvas = FigureCanvasAgg(figure)
        self.most_layers = most_layers
        self._layers: OrderedDict[Hashable, object] = OrderedDict()

    def layer(self, key: Hashable, below=None, artist=None, hidden: Iterable = ()):
        """
        The still pixels kept under ``key``, drawn now if they are not kept.

        Without ``below`` the whole figure is drawn, less the ``hidden`` artists and those marked
        ``animated``; with ``below`` (a layer) that layer gets ``artist`` drawn on it.
        """
        kept = self._layers.get(key)
        if kept is not None:
            self._layers.move_to_end(key)
            return kept
        hidden = list(hidden)
        for each in hidden:
            each.set_visible(False)
        try:
            if below is None:
                self.canvas.draw()
            else:
                self.canvas.restore_region(below)
                if artist is not None:
                    self.figure.draw_artist(artist)
        finally:
            for each in hidden:
                each.set_visible(True)
        layer = self.canvas.copy_from_bbox(self.figure.bbox)
        self._layers[key] = layer
        while len(self._layers) > self.most_layers:
            self._layers.popitem(last=False)
        return layer

    def show(self, layer, moving: Iterable) -> KeptCanvas:
        """Put ``layer``'s pixels back and draw the ``moving`` artists on them; returns this canvas."""
        self.canvas.restore_region(layer)
        for artist in moving:
            self.figure.draw_artist(artist)
        return self

    @property
    def pixels(self) -> np.ndarray:
        """The drawn figure as an RGB array (height × width × 3, uint8), a copy."""
        return np.array(self.canvas.buffer_rgba())[..., :3]

    def png(self, *, compress_level: int = FAST_PNG_LEVEL) -> bytes:
        """The drawn figure as PNG bytes (Pillow, zlib ``compress_level``)."""
        return rgb_png(np.asarray(self.canvas.buffer_rgba()), compress_level=compress_level)
