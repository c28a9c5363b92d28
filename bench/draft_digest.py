"""One digest of every draft of every extraction fixture, so that a refactor can prove it read nothing differently.

    python bench/draft_digest.py                  # print the counts and the sha256 of all drafts
    python bench/draft_digest.py --out A.tsv      # also write one hash per report
    python bench/draft_digest.py --compare A.tsv B.tsv

Every report of tests/fixtures/extract-real (both splits) and tests/fixtures/extract is read
with ``extract_drafts(text, published, locate=<the offline gazetteer>)``; each draft is
written out whole (values, evidence, defaults, notes, the sentences it was read from, the place's
reading, possible duplicates) as JSON, its keys in the order they were set, and the digest is the
sha256 of all of them in a fixed order. A change that claims "no behaviour change" (a split of a
long function) shows the same digest before and after.

The held-out split stays unread: only counts and hashes are printed. With ``--out`` the file
holds one hash per report, keyed by its name for dev and synthetic reports and by its rank
(``test:#N``) for test ones; ``--compare`` names the dev reports that differ and only counts
the test ones. The script imports whatever ``incident_tracker`` is on the path.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extract import FIXTURES, REAL, article_text  # noqa: E402

from incident_tracker.extract import extract_drafts, gazetteer_locator  # noqa: E402


def reports() -> list[tuple[str, str, dt.date]]:
    """(key, text, published) for every fixture report, real ones first, each folder in name order."""
    found = []
    tests = 0
    for folder, kind in ((REAL, "real"), (FIXTURES, "synthetic")):
        for spec_path in sorted(folder.glob("*.json")):
            spec = json.loads(spec_path.read_text(encoding="utf-8"))
            if kind == "real" and spec.get("split") == "test":
                tests += 1
                key = f"test:#{tests}"
            else:
                key = f"{spec.get('split', kind)}:{spec_path.stem}"
            text = article_text(spec_path.with_suffix(".txt"))
            found.append((key, text, dt.date.fromisoformat(spec["published"])))
    return found


def drafts_json(text: str, published: dt.date, locate: object) -> str:
    """Every draft of one report, all its fields, as one sorted JSON text."""
    drafts = extract_drafts(text, published, locate=locate)  # type: ignore[arg-type]
    return json.dumps([dataclasses.asdict(d) for d in drafts], default=str, ensure_ascii=False)


def digest(out: Path | None) -> None:
    locate = gazetteer_locator(ROOT / "no-such-file.db")
    whole = hashlib.sha256()
    lines = []
    drafts = 0
    rows = reports()
    for key, text, published in rows:
        text_json = drafts_json(text, published, locate)
        drafts += len(json.loads(text_json))
        whole.update(text_json.encode("utf-8") + b"\n")
        lines.append(f"{key}\t{hashlib.sha256(text_json.encode('utf-8')).hexdigest()}")
    if out:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"reports {len(rows)} drafts {drafts} sha256 {whole.hexdigest()}")


def compare(a: Path, b: Path) -> int:
    def read(path: Path) -> dict[str, str]:
        return dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())

    old, new = read(a), read(b)
    differ = [key for key in old if old[key] != new.get(key)]
    tests = sum(key.startswith("test:") for key in differ)
    for key in differ:
        if not key.startswith("test:"):
            print(key)
    print(f"{len(differ)} reports differ ({tests} test), of {len(old)}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    digest(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
