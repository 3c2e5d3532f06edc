"""
The Tavoos Baft tableau pipeline, re-written from its published description: the baseline farshlab is
measured against (plain script, its own process).

    .venv/bin/python benchmarks/tavoos_baft.py PHOTO --width-cm 35 --raj 50 --colours 48 -o OUTDIR

Tavoos Baft is a public Python program for coding tableau charts (sources.md: tavoosbaft). What is
known of it, and all this script does:

1. the photo is resized to the knot grid, raj × cm ÷ 7 knots each way (Pillow, LANCZOS);
2. scikit-learn's ``KMeans`` clusters the knots' **RGB** values into K colours, and every knot takes
   its cluster's colour (its own assignment: no CIEDE2000 search);
3. the colours are numbered 1 … K from light to dark (here by luma, 0.299 R + 0.587 G + 0.114 B);
4. a chart picture with each knot's number written in its cell (Pillow ``ImageDraw``), saved as PNG;
5. a colour list: knots per colour and yarn metres at 4 cm of yarn per knot.

No code of Tavoos Baft is used (its licence is non-commercial). :func:`kmeans_rgb` is the colour part
alone, importable, so that ``bench_palette.py`` scores its palette and assignment on the same knots
as farshlab's. Requires scikit-learn (a benchmark-only dependency).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from sklearn.cluster import KMeans

CM_PER_KNOT = 4.0
"""Yarn per knot, as Tavoos Baft counts it (sources.md: tavoosbaft)."""

CELL_PX = 16
"""Side of one knot's cell in the chart picture, pixels."""


def knot_grid(photo: Image.Image, width_cm: float, raj: float, height_cm: float | None = None) -> np.ndarray:
    """The photo resized to raj × cm ÷ 7 knots each way (height from the photo's proportions)."""
    if height_cm is None:
        height_cm = width_cm * photo.height / photo.width
    across, rows = round(raj * width_cm / 7), round(raj * height_cm / 7)
    return np.asarray(photo.convert("RGB").resize((across, rows), Image.Resampling.LANCZOS))


def kmeans_rgb(knots_rgb: np.ndarray, colours: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """
    K colours by scikit-learn k-means on the knots' RGB values, and each knot's colour.

    Returns the palette ``(K, 3)`` uint8 ordered light → dark and the palette row of every knot,
    shape ``knots_rgb.shape[:-1]`` (the cluster each knot was put in).
    """
    flat = knots_rgb.reshape(-1, 3).astype(float)
    model = KMeans(n_clusters=colours, random_state=seed).fit(flat)
    centres = np.clip(np.round(model.cluster_centers_), 0, 255).astype(np.uint8)
    order = np.argsort(-(centres @ np.array([0.299, 0.587, 0.114])), kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return centres[order], rank[model.labels_].reshape(knots_rgb.shape[:-1])


def chart_picture(palette: np.ndarray, labels: np.ndarray) -> Image.Image:
    """Every knot a cell of its colour with its number (1 … K) written in it, black or white."""
    rows, across = labels.shape
    cells = palette[labels].repeat(CELL_PX, axis=0).repeat(CELL_PX, axis=1)
    picture = Image.fromarray(cells, mode="RGB")
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default_imagefont()  # Pillow's small bitmap font: two digits fit a cell
    ink = [(0, 0, 0) if luma > 128 else (255, 255, 255) for luma in palette @ np.array([0.299, 0.587, 0.114])]
    for row in range(rows):
        for column in range(across):
            code = int(labels[row, column])
            draw.text((column * CELL_PX + 2, row * CELL_PX + 3), str(code + 1), fill=ink[code], font=font)
    return picture


def colour_list(palette: np.ndarray, labels: np.ndarray, path: Path) -> None:
    """code, colour, knots, yarn metres (CM_PER_KNOT per knot) as CSV."""
    knots = np.bincount(labels.ravel(), minlength=len(palette))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "colour", "knots", "yarn_m"])
        for code, (colour, count) in enumerate(zip(palette, knots, strict=True), start=1):
            hex_colour = "#" + "".join(f"{int(value):02x}" for value in colour)
            writer.writerow([code, hex_colour, int(count), f"{count * CM_PER_KNOT / 100:.1f}"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Tavoos Baft's pipeline, re-written: photo → numbered chart."
    )
    parser.add_argument("photo", type=Path)
    parser.add_argument("--width-cm", type=float, required=True)
    parser.add_argument("--height-cm", type=float, default=None)
    parser.add_argument("--raj", type=float, required=True)
    parser.add_argument("--colours", type=int, required=True)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    knots = knot_grid(Image.open(args.photo), args.width_cm, args.raj, args.height_cm)
    palette, labels = kmeans_rgb(knots, args.colours)
    chart_picture(palette, labels).save(args.out / "chart.png")
    colour_list(palette, labels, args.out / "colours.csv")
    print(f"{labels.shape[1]} x {labels.shape[0]} knots, {len(palette)} colours: chart.png, colours.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
