"""``tracker extract``: an article → draft incidents (``tracker duplicates`` is in :mod:`.duplicates`).

The command reads the text, calls :func:`incident_tracker.extract.extract_drafts`, has
:mod:`incident_tracker.extract.adding` flag drafts that look like incidents already recorded
(and, with ``--add``, sort and add them), and renders. Nothing is
written without ``--add``; with ``--add`` each draft is accepted, edited, skipped
or attached (as a source) to an existing incident on a terminal, or all are added
with ``--yes``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from .. import models
from ..errors import ValidationError
from .base import interactive, state
from .file_names import file_name
from .options import NoInputOption, refuse_empty
from .output import write_json
from .render import message

if TYPE_CHECKING:
    from ..extract import Draft, Locator
    from ..extract.adding import Added
    from ..store import IncidentStore

DraftsJson = Annotated[
    bool, typer.Option("--json", help="Print the drafts, with their evidence, as JSON (with --add: what was added).")
]
_SHOWN_FIRST = ("event_date", "event_type", "sub_event_type", "place", "country", "killed", "injured")


def extract_command(
    ctx: typer.Context,
    file: Annotated[
        Optional[Path],
        typer.Argument(
            help="The article as plain text or a saved web page; '-' or nothing reads stdin.", parser=file_name
        ),
    ] = None,
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published",
            help="Publication date, stored with the source: 'on Tuesday', 'last week' are read against it "
            "(or against the dateline's day when the article has one). Without it the dateline's day, else "
            "today, anchors them and the source has no publication date.",
        ),
    ] = None,
    source: Annotated[
        Optional[str], typer.Option("--source", help="The article's URL, stored as the drafts' source.")
    ] = None,
    outlet: Annotated[
        Optional[str], typer.Option("--outlet", help="Who published it (e.g. Inter Bellum News).")
    ] = None,
    headline: Annotated[Optional[str], typer.Option("--headline", help="The article's headline.")] = None,
    add: Annotated[
        bool,
        typer.Option(
            "--add",
            help="Add the drafts: reviewed one by one on a terminal, all of them with --yes/--no-input "
            "(never one already recorded from this article).",
        ),
    ] = False,
    as_json: DraftsJson = False,
    yes: NoInputOption = False,
) -> None:
    """Propose draft incidents from a news article (nothing is written without --add).

    Each field of a draft shows the sentence it came from (values the text does not
    state are shown as defaults); drafts that look like an incident already recorded are
    flagged. With --add, on a terminal, you accept, edit, skip or attach the article to
    the existing incident; --add --yes adds them all, except drafts already recorded from
    this article (left alone) or from another report of the same event (the article is
    attached to it as a source), and drafts the text gives no date for (left out and said).

    Examples:

    \b
      tracker extract article.txt --published 2025-12-02 --source https://example.org/a
    """
    from ..extract import extract_drafts, gazetteer_locator
    from ..store import IncidentStore
    from .article_input import article_name, read_article_text, reading_deadline

    given_day = _given_day(published)  # None without --published
    for flag, value in (("--source", source), ("--outlet", outlet), ("--headline", headline)):
        refuse_empty(flag, value)  # stored as no source before (probe21): a script's unset variable
    article = {
        "url": source,
        "outlet": outlet,
        "published": given_day.isoformat() if given_day else None,
        "headline": headline,
    }
    if add:
        IncidentStore.check_source(article)  # fail before reading or writing anything
        if not yes and not interactive(yes):
            raise ValidationError("--add needs --yes (add every draft) when not on a terminal to review them.")
    text = read_article_text(file)
    day = given_day or _unpublished_day(text)
    db_path = state(ctx).db_path
    locator = gazetteer_locator(db_path)
    with reading_deadline(article_name(file)):
        drafts = extract_drafts(text, day, locate=locator)
    if not add:
        _show(drafts, text, as_json, _existing_store(ctx), article)
        return
    created = not state(ctx).database_path().exists()
    store = state(ctx).store(create=True, announce=False)  # said once an incident is kept in it
    try:
        added = _add(store, drafts, text, article, (locator, yes, as_json))
    except BaseException:
        if created:
            state(ctx).discard_new(store, say=False)  # a failed --add leaves no new database behind
        raise
    if created and (added is None or not added.new_ids):
        state(ctx).discard_new(store, say=False)  # nothing to keep: no empty database either
    elif created:
        message(f"Created new database {state(ctx).database_path()}.")
    if added is not None:
        _say_done(added)


def _show(drafts: list[Draft], text: str, as_json: bool, store: IncidentStore | None, article: dict[str, Any]) -> None:
    """The drafts, each marked when the database already holds it; nothing is written."""
    from ..extract.adding import mark_recorded

    if store is not None:
        mark_recorded(store, drafts, article)
    if as_json:
        write_json([draft.as_dict() for draft in drafts])
    elif drafts:  # none: only the line that says so, no empty line before it
        _show_all(drafts)
    if not drafts:
        from ..extract.article import nothing_found

        message(nothing_found(text))
        return
    message(f"{len(drafts)} draft(s); nothing was written. Add them with --add (--yes to skip the review).")


def _add(
    store: IncidentStore, drafts: list[Draft], text: str, article: dict[str, Any], how: tuple[Locator, bool, bool]
) -> Added | None:
    """Mark, review (or take every draft, with --yes) and add the drafts, in one write (None: no draft)."""
    from ..extract.adding import Taken, add_taken, mark_recorded, sort_marked, taken_unreviewed

    locator, yes, as_json = how
    mark_recorded(store, drafts, article)
    if not drafts:
        from ..extract.article import nothing_found

        message(nothing_found(text))
        return None
    sorted_drafts = sort_marked(drafts)
    taken = taken_unreviewed(sorted_drafts.fresh) if yes else Taken(*_review(sorted_drafts.fresh, locator), [])
    from .interrupts import last_write

    with last_write():  # one write: its COMMIT holds the signals back (probe22)
        added = add_taken(store, drafts, sorted_drafts, taken, article)
    if as_json:
        write_json(
            {
                "added": [store.get(i) for i in added.new_ids],
                "attached_to": added.attached_to,
                "already_recorded": added.already_recorded,
            }
        )
    else:
        for new_id in added.new_ids:
            print(new_id)
    return added


def _existing_store(ctx: typer.Context) -> IncidentStore | None:
    """The database, if there is one: drafts are compared with it, never written to it."""
    from ..store import default_path

    path = state(ctx).db_path or default_path()
    return state(ctx).store(create=False) if Path(path).exists() else None


def _value(name: str, values: dict[str, Any]) -> str:
    value = values[name]
    if name == "weapons":
        return ", ".join(value)
    for what in models.TOLLS:
        if name == what:
            return models.Casualties.of(values, what).shown()
    if name == "event_date":
        return models.date_label(values)
    return str(value)


def render_draft(number: int, draft: Draft) -> str:
    """A draft for people: a summary line, then the fields grouped by the sentence they came from."""
    values = draft.values
    head = [_value(n, values) for n in _SHOWN_FIRST if n in values and n not in ("killed", "injured")]
    tolls = [f"{_value(n, values)} {n}" for n in ("killed", "injured") if n in values]
    lines = [f"Draft {number}: {' · '.join(head + tolls)}"]
    by_sentence: dict[str, list[str]] = {}
    hidden = {
        "event_date_end",
        "date_precision",
        *(name for what in models.TOLLS for name in models.TOLL_FIELDS[what][1:3]),
    }
    for name, value in values.items():
        if name in hidden or name == "description" or value is None or name in draft.defaults:
            continue
        by_sentence.setdefault(draft.evidence.get(name, ""), []).append(f"{name}={_value(name, values)}")
    for sentence, fields in by_sentence.items():
        lines.append("  " + "; ".join(fields))
        if sentence:
            lines.append(f"    from: “{sentence}”")
    defaults = [f"{name}={_value(name, values)}" for name in draft.defaults if name in values]
    if defaults:
        lines.append(f"  by default (the text does not say): {'; '.join(defaults)}")
    lines.extend(f"  note: {note}" for note in draft.notes)
    if draft.recorded:
        lines.append(f"  already recorded as #{draft.recorded['id']}: {draft.recorded['reason']}")
    for match in draft.possible_duplicates:
        lines.append(
            f"  possible duplicate of #{match['second']} (score {match['score']:.2f}: {', '.join(match['reasons'])})"
        )
    return "\n".join(lines)


def _show_all(drafts: list[Draft]) -> None:
    """The drafts for people: the quoted sentences are the article's own text, which may hold a
    terminal's control sequences (ESC [2J clears the screen), so they are shown escaped."""
    from ..report.text import printable

    print(printable("\n\n".join(render_draft(n, d) for n, d in enumerate(drafts, start=1))))


def _review(drafts: list[Draft], locator: Locator) -> tuple[list[Draft], list[tuple[int, Draft]]]:
    """Ask about each draft on the terminal: accept, edit, skip, or attach to an existing incident."""
    from rich.prompt import Prompt

    from ..store import IncidentStore
    from .render import console

    err = console(stderr=True)
    accepted: list[Draft] = []
    attach: list[tuple[int, Draft]] = []
    for number, draft in enumerate(drafts, start=1):
        duplicates = [str(m["second"]) for m in draft.possible_duplicates]
        while True:
            err.print(render_draft(number, draft), markup=False, highlight=False)
            hint = "a=accept, e=edit, s=skip" + (
                ", or an incident id to attach the article to it" if duplicates else ""
            )
            answer = Prompt.ask(f"Draft {number}: {hint}", console=err, choices=["a", "e", "s", *duplicates])
            if answer == "a":
                try:
                    IncidentStore.prepare(draft.values)
                except ValidationError as exc:
                    err.print(f"Cannot accept it yet: {exc}", markup=False)
                    continue
                accepted.append(draft)
                break
            if answer == "s":
                break
            if answer == "e":
                _edit(draft, Prompt, err, locator)
                continue
            attach.append((int(answer), draft))
            break
    return accepted, attach


def _edit(draft: Draft, prompt: Any, err: Any, locator: Locator) -> None:
    """Change fields as ``name=value`` (``killed=3-5``, ``weapons=drone,grenade``); empty ends.

    A new place is located again (offline), replacing the location found for the old one.
    """
    while True:
        answer = prompt.ask(
            "Field to change as name=value (empty to finish)", console=err, default="", show_default=False
        )
        if not answer.strip():
            return
        name, _, text = answer.partition("=")
        name, text = name.strip(), text.strip()
        try:
            changes = edit_values(name, text)
            models.normalize_record(changes)
        except ValidationError as exc:
            err.print(str(exc), markup=False)
            continue
        if "place" in changes:
            changes.update(_relocate(draft, changes["place"], locator))
        draft.values.update(changes)
        draft.values = {k: v for k, v in draft.values.items() if v is not None}
        for key in changes:
            draft.evidence[key] = "edited by you"
            if key in draft.defaults:
                draft.defaults.remove(key)  # given by the reviewer: no longer a default


_LOCATION_FIELDS = ("location", "admin1", "admin2", "latitude", "longitude", "geo_precision", "geocoder")


def _relocate(draft: Draft, place: str | None, locator: Locator) -> dict[str, Any]:
    """The location fields for an edited place: cleared, then filled from the gazetteer if it knows it."""
    cleared: dict[str, Any] = dict.fromkeys(_LOCATION_FIELDS)
    if not place:
        return cleared
    found, note = locator(place, draft.values.get("country"))
    if note:
        draft.notes.append(note)
    return {**cleared, **found}


def _given_day(published: str | None) -> dt.date | None:
    """The --published day, checked before anything is read; None when none is given. An empty one is
    refused: read as none, it dated the article's "on Monday" against today (probe20)."""
    if published is None:
        return None
    refuse_empty("--published", published)
    try:
        parsed = models.parse_date(published)
    except ValidationError as exc:
        raise ValidationError(f"--published: {exc}") from None
    if parsed.precision != "day":
        raise ValidationError(f"--published needs a day (e.g. 2025-12-02), not {published!r}.")
    try:  # the year 1 overflowed the reader's date arithmetic, said as a date past 9999 (probe17)
        return models.check_date_range(parsed.start)
    except ValidationError as exc:
        raise ValidationError(f"--published: {exc}") from None


def _say_done(added: Added) -> None:
    new_ids = added.new_ids
    parts = [f"added {len(new_ids)} incident(s)" + (f" ({', '.join(map(str, new_ids))})" if new_ids else "")]
    if added.attached_to:
        parts.append(f"attached the article to {', '.join(f'#{i}' for i in added.attached_to)}")
    if added.already_recorded:
        ids = ", ".join(f"#{i}" for i in added.already_recorded)
        parts.append(f"{len(added.already_recorded)} already recorded from this article ({ids}), not added again")
    if added.left_out:
        numbers = ", ".join(map(str, added.left_out))
        parts.append(
            f"{len(added.left_out)} draft(s) left out ({numbers}): the text gives no date for them; "
            "run without --yes to set event_date= in the review, or use tracker add --date"
        )
    message("Done: " + "; ".join(parts) + ".")


def _unpublished_day(text: str) -> dt.date:
    """The day relative dates are read against without --published: the dateline's, else today; said in one line.

    The source is then stored with no publication date: the day the report was read is not the day it came out.
    """
    from ..extract.roles import reading_day

    day, dateline = reading_day(text, dt.date.today())
    if dateline is not None:
        message(f"No --published date: relative dates are read against the dateline's day ({day.isoformat()}).")
    else:
        message(f"No --published date: relative dates are read against today ({day.isoformat()}).")
    return day


def edit_values(name: str, text: str) -> dict[str, Any]:
    """One ``name=value`` edit as the fields it sets (a toll sets best, low, high and phrase)."""
    if name not in models.EDITABLE_FIELDS:
        raise ValidationError(f"Unknown field {name!r}: use one of {', '.join(models.EDITABLE_FIELDS)}.")
    for what in models.TOLLS:
        if name == what:
            return dict(models.parse_casualties(text, what).fields(what))
    if name in ("weapons", "tags"):
        return {name: [part.strip() for part in text.split(",") if part.strip()]}
    if name == "event_date":
        return dict(models.resolve_dates(text, None, None))
    return {name: text or None}
