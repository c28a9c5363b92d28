"""Make the map and brief images of docs/reports.md from the shipped incidents.db.

    python scripts/make_doc_images.py

Writes docs/images/reports-map.png (``tracker map``) and docs/images/reports-brief.png
(``tracker brief`` as HTML, photographed in headless Chromium by scripts/render_brief.py;
skipped with a message when Chromium is not installed). Works on a copy of the database.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from incident_tracker.cli import app

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
WINDOW = ["--since", "2025-11-24", "--until", "2025-11-30", "--tz", "Asia/Dushanbe"]


def tracker(*args: str) -> None:
    result = CliRunner().invoke(app, list(args), env={"TRACKER_CONFIG": "", "NO_COLOR": "1"})
    if result.exit_code != 0:
        raise SystemExit(f"tracker {' '.join(args)} failed: {result.stderr}")


def main() -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from render_brief import chromium, render

    with tempfile.TemporaryDirectory(prefix="doc-images-") as folder:
        db = Path(folder) / "incidents.db"
        shutil.copy(ROOT / "incidents.db", db)
        tracker("--db", str(db), "map", "--out", str(IMAGES / "reports-map.png"), "--force")
        print(IMAGES / "reports-map.png")
        page = Path(folder) / "brief.html"
        tracker("--db", str(db), "brief", *WINDOW, "--out", str(page))
        if chromium() is None:
            print("Chromium is not installed: docs/images/reports-brief.png not remade.", file=sys.stderr)
            return 0
        print(render(page, IMAGES / "reports-brief.png", width=1000, height=2250))
    return 0


if __name__ == "__main__":
    sys.exit(main())
