"""The scorer of ``tracker extract``, by concern; ``scripts/eval_extract.py`` is its command line.

Split out of one 526-line script so that each concern can be read alone: :mod:`.corpus` (where the
reports are and how one is read), :mod:`.fixtures` (the fixture scorer), :mod:`.matching` (how drafts pair
with coded incidents and how two values compare), :mod:`.real` (the real-corpus scorer), :mod:`.agreement`
(two codings against each other) and :mod:`.markdown` (the tables). Every name other code imports stays
importable from ``eval_extract``, which re-exports them all.
"""
