#!/usr/bin/env python3
"""Split docs/geocoding.md and docs/extract.md into a user page and an evaluation journal.

Run from the repository root:  python scripts/split_journal.py  [--check]

A section appended to a user page (a batch, a round, its rules) belongs to the journal: this moves it there.

For each page X in PAGES:
- X.md keeps its preamble (everything before the first "## ") and the "## " sections whose titles are in
  the page's KEEP list, in their order. The STANDS section is cut after its first "**Where it stands**"
  entry: the older entries (every paragraph from the next one that opens with a bold label and a
  parenthesis, e.g. "**The twelfth session's end** (2026-12-05 ...") go to the journal's EARLIER section,
  and a pointer line to it closes the kept part.
- Every other "## " section of X.md (also ones never seen, appended later) goes to X-journal.md: a section
  whose title the journal already has (n-th occurrence of that title) replaces that section in place
  (X.md's copy is the newer one), any other is appended after the journal's sections. Sections that
  are only in the journal stay where they are. A cog block moves with its section, untouched.
- Links `X.md#a`, `X-journal.md#a` and in-page `#a` are rewritten, in docs/*.md and README.md, to the
  file that now defines anchor a (a heading's GitHub slug, or an explicit <a id="a">).
Running it twice changes nothing. --check exits 1 if a run would change a file (and writes nothing).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

EARLIER = "Earlier figures and the first rounds"
POINTER = "Earlier sessions' figures, and every batch or round with the rules written from it:"

PAGES = {
    "geocoding": {
        "keep": [
            "How a place string is read",
            "Matching spellings",
            "Ranking, region and trust",
            "What `add` and `edit` store",
            "Your places",
            "`--near`",
            "The regional place pack",
            "GeoNames country files",
            "The gazetteer file",
            "The online tier (opt-in)",
            "From Python",
            "Accuracy and speed",
            "Accuracy on real place strings",
            "Data and licences",
        ],
        "stands": "Accuracy on real place strings",
        "journal_head": (
            "# Geocoding: the evaluation journal\n\n"
            "The evaluation journal of issue 13: every batch held back, its first score, the rules written from its\n"
            "`dev` part, the audits between them, and the figures each earlier session ended on; newest sections\n"
            "last. How a place string is read, your places, the pack, the gazetteer and the current accuracy are\n"
            "in [Geocoding](geocoding.md); this page is the history behind those figures.\n"
        ),
    },
    "extract": {
        "keep": [
            "Review",
            "How it reads an article",
            "Dates the reader set aside",
            "How well it does",
            "How well it reads real reports",
            "Solar Hijri dates",
            "Limits",
            "`tracker duplicates`",
            "A corpus that is not ours",
        ],
        "stands": "How well it reads real reports",
        "journal_head": (
            "# Extract: the evaluation journal\n\n"
            "The evaluation journal of issue 14: every round held back, its first score, the rules written from its\n"
            "`dev` part, the audits, grids and codings between them, and the figures each earlier session ended on;\n"
            "newest sections last. What `tracker extract` does, how to review its drafts, how well it reads real\n"
            "reports now and how the corpus is coded are in [Extract](extract.md); this page is the history behind\n"
            "those figures.\n"
        ),
    },
}

HEADING = re.compile(r"^(#{1,6}) +(.+?) *#*$")
EXPLICIT = re.compile(r"""<a\s+(?:id|name)=["']([^"']+)["']""")
LINK = re.compile(r"\]\(([^)\s#]*)#([^)\s]+)\)")
OLDER = re.compile(r"^\*\*[^*\n]+\*\* \(")


def lines_outside_code(text: str) -> list[tuple[int, str, bool]]:
    """(index, line, is_markdown) for each line: False inside ``` fences and cog code."""
    out, fence, cog = [], False, False
    for i, line in enumerate(text.split("\n")):
        plain = not fence and not cog
        if line.startswith("```"):
            fence = not fence
            plain = False
        elif not fence and "[[[cog" in line:
            cog = "]]]" not in line.split("[[[cog", 1)[1]
            plain = False
        elif cog:
            if "]]]" in line:
                cog = False
            plain = False
        out.append((i, line, plain))
    return out


def slug(title: str) -> str:
    s = title.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def anchors(text: str) -> set[str]:
    seen: Counter[str] = Counter()
    found: set[str] = set()
    for _, line, plain in lines_outside_code(text):
        if plain:
            m = HEADING.match(line)
            if m:
                base = slug(m.group(2))
                found.add(base if not seen[base] else f"{base}-{seen[base]}")
                seen[base] += 1
        found.update(EXPLICIT.findall(line))
    return found


def split_sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The preamble and [(title, text)] of each "## " section, each text ending in one blank line."""
    lines = text.split("\n")
    starts = [i for i, line, plain in lines_outside_code(text) if plain and line.startswith("## ")]
    if not starts:
        return text.rstrip("\n") + "\n", []
    preamble = "\n".join(lines[: starts[0]]).rstrip("\n") + "\n"
    sections = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        body = "\n".join(lines[start:end]).rstrip("\n") + "\n"
        sections.append((lines[start][3:].strip(), body))
    return preamble, sections


def join(preamble: str, sections: list[tuple[str, str]]) -> str:
    return "\n".join([preamble, *(body for _, body in sections)]).rstrip("\n") + "\n"


def paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", body.strip("\n")) if p.strip()]


def cut_stands(body: str, name: str) -> tuple[str, list[str]]:
    """The stands section kept up to its first "Where it stands" entry, and the older paragraphs."""
    paras = [p for p in paragraphs(body) if not p.startswith(POINTER)]
    first = next((i for i, p in enumerate(paras) if p.startswith("**Where it stands**")), None)
    if first is None:
        return body, []
    rest = next((i for i in range(first + 1, len(paras)) if OLDER.match(paras[i])), len(paras))
    pointer = f"{POINTER} [the evaluation journal]({name}-journal.md#{slug(EARLIER)})."
    kept = "\n\n".join([*paras[:rest], pointer]) + "\n"
    return kept, paras[rest:]


def split_page(docs: Path, name: str, spec: dict) -> dict[Path, str]:
    page, journal = docs / f"{name}.md", docs / f"{name}-journal.md"
    preamble, sections = split_sections(page.read_text(encoding="utf-8"))
    if journal.exists():
        j_pre, j_sections = split_sections(journal.read_text(encoding="utf-8"))
    else:
        j_pre, j_sections = spec["journal_head"], []
    kept, moved, older = [], [], []
    for title, body in sections:
        if title == spec["stands"]:
            body, older = cut_stands(body, name)
        (kept if title in spec["keep"] else moved).append((title, body))
    if older:
        at = next((i for i, (t, _) in enumerate(j_sections) if t == EARLIER), None)
        if at is None:
            j_sections.insert(0, (EARLIER, f"## {EARLIER}\n\n" + "\n\n".join(older) + "\n"))
        else:
            have = paragraphs(j_sections[at][1])[1:]
            firsts = {p.split("\n", 1)[0] for p in older}
            if have and have[0].split("\n", 1)[0] in firsts:  # the page had the whole history again
                have = []
            j_sections[at] = (EARLIER, f"## {EARLIER}\n\n" + "\n\n".join([*older, *have]) + "\n")
    for title, body in moved:
        nth = sum(1 for t, _ in moved[: moved.index((title, body))] if t == title)
        places = [i for i, (t, _) in enumerate(j_sections) if t == title]
        if nth < len(places):
            j_sections[places[nth]] = (title, body)
        else:
            j_sections.append((title, body))
    return {page: join(preamble, kept), journal: join(j_pre, j_sections)}


def relink(texts: dict[Path, str], pairs: list[tuple[str, str]]) -> dict[Path, str]:
    defined = {p.name: anchors(t) for p, t in texts.items() if p.parent.name == "docs"}
    other = {a: b for x, j in pairs for a, b in ((x, j), (j, x))}
    out = {}
    for path, text in texts.items():
        here = path.name if path.parent.name == "docs" else None

        def fix(m: re.Match[str], here: str | None = here) -> str:
            target, anchor = m.group(1), m.group(2)
            base = Path(target).name if target else here
            if base not in other:
                return m.group(0)
            if anchor in defined.get(base, set()):
                return f"](#{anchor})" if target and base == here else m.group(0)
            alt = other[base]
            if anchor not in defined.get(alt, set()):
                return m.group(0)
            if alt == here:
                return f"](#{anchor})"
            new = target[: len(target) - len(base)] + alt if target else alt
            return f"]({new}#{anchor})"

        out[path] = LINK.sub(fix, text)
    return out


def main() -> int:
    root = Path.cwd()
    docs = root / "docs"
    if not (docs / "geocoding.md").exists():
        sys.exit("run from the repository root")
    texts = {p: p.read_text(encoding="utf-8") for p in [root / "README.md", *sorted(docs.glob("*.md"))]}
    for name, spec in PAGES.items():
        texts.update(split_page(docs, name, spec))
    texts = relink(texts, [(f"{n}.md", f"{n}-journal.md") for n in PAGES])
    changed = [p for p, t in texts.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
    if "--check" in sys.argv:
        print("\n".join(str(p.relative_to(root)) for p in changed) or "nothing to change")
        return 1 if changed else 0
    for p in changed:
        p.write_text(texts[p], encoding="utf-8")
        print("wrote", p.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
