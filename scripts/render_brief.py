"""Render an HTML brief in headless Chromium, as a reader's browser shows it, to a PNG (or a PDF).

    python scripts/render_brief.py brief.html brief.png [--width 1100] [--height 3000]
    python scripts/render_brief.py brief.html brief.pdf --pdf

Uses Debian's ``chromium`` (``apt-get install chromium``) with networking off in every way
the command line allows, so a brief that needed the network would show it as broken
images. Exit 1 with a one-line message if Chromium is not installed or fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
)


def chromium() -> str | None:
    """The Chromium binary, if one is installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def render(page: Path, out: Path, *, width: int = 1100, height: int = 3000, pdf: bool = False) -> Path:
    """Render ``page`` to ``out`` and return it; raises RuntimeError with Chromium's complaint."""
    binary = chromium()
    if binary is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium).")
    with tempfile.TemporaryDirectory(prefix="render-brief-") as profile:
        target = f"--print-to-pdf={out.resolve()}" if pdf else f"--screenshot={out.resolve()}"
        command = [
            binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--no-pdf-header-footer",
            target,
            page.resolve().as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or not out.exists():
        raise RuntimeError(f"Chromium failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path, help="the HTML brief")
    parser.add_argument("out", type=Path, help="the PNG (or PDF with --pdf) to write")
    parser.add_argument("--width", type=int, default=1100, help="window width in CSS pixels")
    parser.add_argument("--height", type=int, default=3000, help="window height: the screenshot's length")
    parser.add_argument("--pdf", action="store_true", help="print to PDF instead of a screenshot")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"Error: no such file: {args.page}", file=sys.stderr)
        return 1
    try:
        written = render(args.page, args.out, width=args.width, height=args.height, pdf=args.pdf)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
