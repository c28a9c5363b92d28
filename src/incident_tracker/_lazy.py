"""Names of a package loaded on first use (PEP 562), shared by the package ``__init__`` modules.

``store``, ``report`` and ``exchange`` export their main names at the package level, but the
CLI imports a few light submodules of each just to declare its options: importing the
package must not load sqlite-utils, Rich or matplotlib with them. Each ``__init__`` lists
its names under ``TYPE_CHECKING`` (for mypy and readers) and hands the same map here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``exports`` maps each name to the submodule
    (relative, ``".filters"``) that defines it, imported when the name is first read.

    Nothing is cached on the package: the name is looked up in its submodule each time,
    so what a test patches there is what callers of the package see.
    """

    def __getattr__(name: str) -> Any:
        if name in exports:
            return getattr(import_module(exports[name], package), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
