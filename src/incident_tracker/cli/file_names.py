"""File names given on the command line, read as typed before they become paths.

Click's path type, and ``pathlib.Path`` after it, lose two things a person typed: an empty
name becomes the current folder (``--db ''`` said ``. is a directory``, probe19), and a
trailing slash goes (``export -o out/`` wrote a file named ``out``, probe20). Every option
and argument that names a file (``--db``, ``-o``/``--out``/``--output``, ``--rejects``,
``backup``'s file, ``import``'s, ``places import``'s, ``extract``'s) is parsed by
:func:`file_name`, which refuses both while it still sees the text, and a folder in the words
of Click's ``dir_okay=False``, which it replaces. Control characters in a name to be written are the library's refusal
(:func:`..exchange.files.refuse_control_characters`), so the Python API refuses them too.
"""

from __future__ import annotations

import os

import typer


def file_name(text: str) -> str:
    """``text`` as typed, when it can name a file; a usage error (exit 2) naming the option otherwise."""
    if not text:
        raise typer.BadParameter("the name is empty: give a file name, or leave the option out.")
    if os.path.isdir(text):
        raise typer.BadParameter(f"File {text!r} is a directory.")  # Click's words, as before
    if text.endswith(os.sep):
        raise typer.BadParameter(
            f"{text!r} ends in '/', a folder's name, and there is no such folder: give a file name."
        )
    return text


#: What the help shows for each of them.
FILE_METAVAR = "<file>"
