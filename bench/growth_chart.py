"""Draw bench/growth.py's results as a log-log chart: time against incidents, per command.

Usage: python bench/growth_chart.py [--json bench/out/growth.json] [--out docs/images/performance-growth.png]

A straight line of slope 1 is linear growth; each command is drawn solid, its baseline
dashed in the same colour, and a grey line of slope 1 through the first point of the
slowest command shows what linear looks like. Imports are drawn as time too (the
rows/s figures are in the table).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def draw(data: dict, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = data["results"]
    cases = data["cases"]
    sizes = [r["incidents"] for r in results]
    figure, axes = plt.subplots(figsize=(9, 6), dpi=100)
    colours = plt.get_cmap("tab10")
    slowest = 0.0
    for index, case in enumerate(cases):
        key = case["key"]
        points = [(r["incidents"], r["measures"][key]) for r in results if key in r["measures"]]
        if not points:
            continue
        xs = [x for x, _ in points]
        ours = [m["ours"] for _, m in points]
        base = [m["base"] for _, m in points]
        colour = colours(index % 10)
        name = case["command"].strip("`").split("`")[0]
        axes.plot(xs, ours, "o-", color=colour, label=name)
        axes.plot(xs, base, "x--", color=colour, alpha=0.5)
        slowest = max(slowest, ours[0])
    if len(sizes) > 1 and slowest:
        axes.plot(
            [sizes[0], sizes[-1]],
            [slowest, slowest * sizes[-1] / sizes[0]],
            ":",
            color="grey",
            label="linear (slope 1)",
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("incidents in the database")
    axes.set_ylabel("seconds (whole process)")
    axes.set_title("Time per command as the data grows (solid: tracker, dashed: its baseline)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, metadata={"Software": None})
    plt.close(figure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "growth.json")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "performance-growth.png")
    args = parser.parse_args()
    draw(json.loads(args.json.read_text()), args.out)
    print(f"chart written to {args.out}")


if __name__ == "__main__":
    main()
