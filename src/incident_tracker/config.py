"""The user's configuration: a TOML file, overridden by the environment and by options.

Precedence, for every setting: a command-line option, then the environment variable,
then the config file, then the built-in default. :func:`resolve` tells which one won,
so ``tracker config show`` can say where each value came from.

The file lives in the user's config folder (``~/.config/incident-tracker/config.toml``
on Linux, via platformdirs elsewhere) or wherever ``$TRACKER_CONFIG`` points. A file
that cannot be read as TOML, or holds an unknown key or a value of the wrong type, is
an error naming the file and the line or key: it is never silently ignored, since a
setting the user believes is in force and is not would be worse than no file at all.

Start-up cost matters here (every command reads its settings): the file is parsed
only if it exists, ``tomllib`` is imported only then, and platformdirs only off Linux.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ValidationError

CONFIG_ENV = "TRACKER_CONFIG"
APP_NAME = "incident-tracker"
FILE_NAME = "config.toml"

#: Output formats a config file may name (those of ``tracker list``).
FORMATS = ("table", "json", "jsonl", "csv")

TRUE_WORDS = {"1", "true", "yes", "on", "nominatim"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class ConfigError(ValidationError):
    """The config file (or a setting's environment variable) holds something unusable."""


class _Refused(TypeError):
    """A value of the right type that a parser refused with a message of its own (an unknown
    country): shown as ``key: message``, not fitted into "key must be …, not …"."""


def _check_str(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError("a non-empty string")
    return value.strip()


def _check_countries(value: Any) -> list[str]:
    from .models import parse_country

    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise TypeError('a country or a list of countries, e.g. "TJ" or ["TJ", "AF"]')
    try:
        return [parse_country(v) for v in items if v.strip()]
    except ValidationError as exc:
        raise _Refused(str(exc).rstrip(".")) from None


def _check_format(value: Any) -> str:
    if not isinstance(value, str) or value.strip().lower() not in FORMATS:
        raise TypeError(f"one of {', '.join(FORMATS)}")
    return value.strip().lower()


def _check_timezone(value: Any) -> str:
    """An IANA time zone name the system knows ("Asia/Kabul", "UTC")."""
    name = _check_str(value)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TypeError('an IANA time zone name such as "Asia/Kabul" or "UTC"') from None
    return name


#: The longest wait for the online geocoder's answer a setting may ask for, in seconds.
MAX_ONLINE_TIMEOUT = 300.0


def _check_seconds(value: Any) -> float:
    """A number of seconds above 0 and at most :data:`MAX_ONLINE_TIMEOUT` (TOML's 10 or 2.5, or text)."""
    try:
        seconds = float(value) if not isinstance(value, bool) else -1.0
    except (TypeError, ValueError):
        seconds = -1.0
    if not 0 < seconds <= MAX_ONLINE_TIMEOUT:  # NaN fails too
        raise TypeError(f"a number of seconds above 0 and at most {MAX_ONLINE_TIMEOUT:g}, e.g. 10")
    return seconds


def _check_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
        return value.strip().lower() in TRUE_WORDS
    raise TypeError("true or false")


@dataclass(frozen=True)
class Setting:
    """One setting: its key in the file, its environment variable, its default."""

    key: str
    env: str
    check: Callable[[Any], Any]
    default: Any
    help: str
    option: str | None = None


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("database", "TRACKER_DB", _check_str, "incidents.db", "Database file.", "--db"),
        Setting(
            "country",
            "TRACKER_COUNTRY",
            _check_countries,
            [],
            "Default --country filter for list, timeline, stats, chart and export (--country all lifts it).",
            "--country",
        ),
        Setting("format", "TRACKER_FORMAT", _check_format, None, "Output format of 'tracker list'.", "--format"),
        Setting(
            "geocoder.online",
            "TRACKER_ONLINE_GEOCODER",
            _check_bool,
            False,
            "Use OpenStreetMap's Nominatim when the offline tiers find nothing.",
            "--online",
        ),
        Setting(
            "geocoder.user_agent",
            "TRACKER_USER_AGENT",
            _check_str,
            None,
            "User-Agent sent to Nominatim (its policy asks for one that identifies you).",
        ),
        Setting(
            "geocoder.timeout",
            "TRACKER_ONLINE_TIMEOUT",
            _check_seconds,
            10.0,
            "Seconds the online geocoder waits for a whole answer (a slow self-hosted server may need more).",
        ),
        Setting(
            "timezone",
            "TRACKER_TZ",
            _check_timezone,
            "UTC",
            "The desk's time zone: the window and times of 'tracker brief' (IANA name, e.g. Asia/Kabul).",
            "--tz",
        ),
        Setting(
            "region.countries",
            "TRACKER_REGION",
            _check_countries,
            [],
            "Countries you work on: the geocoder prefers places there and never silently picks one elsewhere "
            "(default: AF TJ KG UZ TM PK IR CN).",
        ),
    )
}


def config_path() -> Path:
    """Where the config file is read from: ``$TRACKER_CONFIG``, else the user's config folder."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform.startswith("linux"):
        # What platformdirs answers on Linux, without its import on every start-up.
        base = os.environ.get("XDG_CONFIG_HOME", "").strip() or str(Path.home() / ".config")
        return Path(base) / APP_NAME / FILE_NAME
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and any(k.startswith(f"{name}.") for k in SETTINGS):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


_cache: dict[Path, tuple[float, dict[str, Any]]] = {}

#: A config file holds a handful of settings; anything bigger is the wrong file.
MAX_CONFIG_BYTES = 1_000_000


def read_file(path: Path | None = None) -> dict[str, Any]:
    """The checked settings in the config file (``{}`` when there is none), by dotted key."""
    path = path or config_path()
    try:
        stamp = path.stat().st_mtime
    except (FileNotFoundError, NotADirectoryError):  # no file; ENOTDIR: XDG_CONFIG_HOME is a file (git's rule)
        return {}
    except OSError as exc:
        raise ConfigError(f"Cannot read the config file {path}: {exc.strerror}.") from None
    cached = _cache.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    if path.is_dir():
        raise ConfigError(f"The config file {path} is a directory; point {CONFIG_ENV} at a TOML file.")
    if not path.is_file():  # /dev/zero would be read forever, a FIFO would wait for a writer
        raise ConfigError(f"The config file {path} is not a regular file; point {CONFIG_ENV} at a TOML file.")
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise ConfigError(f"The config file {path} is larger than {MAX_CONFIG_BYTES:,} bytes: not a config file.")
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}.") from None
    except RecursionError:
        raise ConfigError(f"Config file {path} is nested too deeply to be a config file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Cannot read the config file {path}: {exc}.") from None
    values: dict[str, Any] = {}
    for key, value in _flatten(data).items():
        setting = SETTINGS.get(key)
        if setting is None:
            raise ConfigError(f"Config file {path}: unknown key {key!r}. Known keys: {', '.join(SETTINGS)}.")
        try:
            values[key] = setting.check(value)
        except _Refused as exc:
            raise ConfigError(f"Config file {path}: {key}: {exc}.") from None
        except TypeError as exc:
            raise ConfigError(f"Config file {path}: {key} must be {exc}, not {value!r}.") from None
    _cache[path] = (stamp, values)
    return values


@dataclass(frozen=True)
class Resolved:
    """A setting's effective value and where it came from."""

    key: str
    value: Any
    origin: str  # "option", "environment (NAME)", "config file", "default"


def resolve(key: str, option: Any = None) -> Resolved:
    """The value of one setting: ``option`` if given, else environment, file, default."""
    setting = SETTINGS[key]
    if option is not None:
        return Resolved(key, option, "option")
    raw = os.environ.get(setting.env)
    if raw and not raw.strip():
        raise ConfigError(blank_environment_variable(setting.env))
    if raw is not None and (raw.strip() or key == "country"):
        if key in ("country", "region.countries"):  # both lists: TJ,AF
            value: Any = _env_countries(raw, setting.env)
        else:
            try:
                value = setting.check(raw)
            except _Refused as exc:
                raise ConfigError(f"${setting.env}: {exc}.") from None
            except TypeError as exc:
                raise ConfigError(f"${setting.env} must be {exc}, not {raw!r}.") from None
        return Resolved(key, value, f"environment ({setting.env})")
    in_file = read_file()
    if key in in_file:
        return Resolved(key, in_file[key], "config file")
    return Resolved(key, setting.default, "default")


#: Every environment variable the tool reads, settings and the rest (tests/test_probe4_env.py
#: checks the list against the names in the code). One rule for all of them (docs/index.md,
#: "Settings"): empty (``NAME=``) is the same as not set, except ``TRACKER_COUNTRY=``, an empty
#: list (no default filter); spaces only are refused, naming the variable: a value lost in quoting.
ENVIRONMENT_VARIABLES = (
    *(setting.env for setting in SETTINGS.values()),
    CONFIG_ENV,
    "TRACKER_CACHE_DIR",
    "TRACKER_GEONAMES_URL",
    "TRACKER_NOMINATIM_URL",
    "TRACKER_CONTACT",
    "TRACKER_BUSY_TIMEOUT",
    "TRACKER_DEBUG",
)
#: What a blank variable's refusal suggests instead: (what to set, what unset means).
_BLANK_HINTS = {
    "TRACKER_DB": ("a database file", "use ./incidents.db"),
    "TRACKER_CACHE_DIR": ("a folder", "use your cache folder"),
    "TRACKER_CONFIG": ("a TOML file", "use your config folder's"),
}


def blank_environment_variable(name: str) -> str:
    """The one line for a variable set to spaces only (an empty value means "not set")."""
    what, unset = _BLANK_HINTS.get(name, ("a value", "use the default"))
    return f"{name} is empty (only spaces): set it to {what}, or unset it to {unset}."


def blank_environment() -> str | None:
    """The refusal of the first of :data:`ENVIRONMENT_VARIABLES` set to spaces only, or None."""
    for name in ENVIRONMENT_VARIABLES:
        raw = os.environ.get(name)
        if raw and not raw.strip():
            return blank_environment_variable(name)
    return None


def _env_countries(raw: str, env: str) -> list[str]:
    """``TRACKER_COUNTRY=TJ,AF``; an empty value means no default filter."""
    try:
        return list(_check_countries([part for part in raw.split(",") if part.strip()]))
    except TypeError as exc:
        raise ConfigError(f"${env}: {exc}.") from None


def value(key: str, option: Any = None) -> Any:
    """Shortcut for ``resolve(key, option).value``."""
    return resolve(key, option).value


def effective() -> list[Resolved]:
    """Every setting, resolved without options: what ``tracker config show`` prints."""
    return [resolve(key) for key in SETTINGS]
