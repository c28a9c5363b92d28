"""Each xdist worker writes its share of the bytecode before collecting (tests/_bytecode_share.py): the
share is every n-th module, and what it writes is what pytest's import and Python's would read back."""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path

import pytest

from _bytecode_share import modules_to_compile, worker_share, write_plain, write_rewritten

SAMPLE_TEST = "def test_sample():\n    left = [1, 2]\n    assert left == [1, 3]\n"


def test_each_worker_takes_every_nth_module_and_none_outside_xdist() -> None:
    paths = [Path(f"m{i}.py") for i in range(5)]
    assert worker_share(paths, "gw0", "2") == [paths[0], paths[2], paths[4]]
    assert worker_share(paths, "gw1", "2") == [paths[1], paths[3]]
    assert worker_share(paths, "gw2", "3") == [paths[2]]
    assert worker_share(paths, None, None) == []  # one process (-n0): it compiles as it imports
    assert worker_share(paths, "gw0", "1") == []
    assert worker_share(paths, "main", "2") == []


def test_the_shares_cover_the_test_modules_the_package_and_the_scripts() -> None:
    tests, plain = modules_to_compile()
    assert Path(__file__) in tests and all(path.name.startswith("test_") for path in tests)
    root = Path(__file__).resolve().parent.parent
    assert root / "src" / "incident_tracker" / "cli" / "app.py" in plain
    assert root / "scripts" / "docgen.py" in plain
    assert root / "tests" / "_bytecode_share.py" in plain


def test_a_rewritten_share_is_the_code_pytest_reads_back(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    """The file is where pytest's import looks, its checks accept it, and its asserts are rewritten (the
    failure shows both sides); written once, then left as it is while the source is unchanged."""
    from _pytest.assertion import rewrite

    source = tmp_path / "test_sample.py"
    source.write_text(SAMPLE_TEST, encoding="utf-8")
    assert write_rewritten(pytestconfig, [source]) == 1
    pyc = tmp_path / "__pycache__" / f"test_sample{rewrite.PYC_TAIL}"
    code = rewrite._read_pyc(source, pyc)
    assert code is not None
    namespace: dict[str, object] = {"__name__": "test_sample"}
    exec(code, namespace)
    with pytest.raises(AssertionError, match=r"\[1, 2\] == \[1, 3\]"):
        namespace["test_sample"]()  # type: ignore[operator]
    assert write_rewritten(pytestconfig, [source]) == 0
    source.write_text(SAMPLE_TEST.replace("[1, 3]", "[1, 4]"), encoding="utf-8")
    assert write_rewritten(pytestconfig, [source]) == 1  # a changed source is written again


def test_a_plain_share_is_the_bytecode_python_imports(tmp_path: Path) -> None:
    module = tmp_path / "plain_sample.py"
    module.write_text("ANSWER = 42\n", encoding="utf-8")
    assert write_plain([module]) == 1
    cached = Path(importlib.util.cache_from_source(str(module)))
    assert cached.is_file()
    assert cached.read_bytes()[:4] == importlib.util.MAGIC_NUMBER
    assert marshal.loads(cached.read_bytes()[16:]).co_filename == str(module)
    assert write_plain([module]) == 0


def test_a_module_that_does_not_compile_is_left_to_its_import(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    """A test module or a plain one with a syntax error is skipped, never raised: its import reports it as the
    collection error of that module alone, where an error in the hook would stop the worker's whole session."""
    broken = tmp_path / "test_broken.py"
    broken.write_text("def test_broken(:\n    pass\n", encoding="utf-8")
    assert write_rewritten(pytestconfig, [broken]) == 0
    plain = tmp_path / "plain_broken.py"
    plain.write_text("ANSWER = (\n", encoding="utf-8")
    assert write_plain([plain]) == 0
    assert not (tmp_path / "__pycache__").exists() or not any((tmp_path / "__pycache__").iterdir())
