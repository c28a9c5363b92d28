"""The test environment: what the shell that runs the tests has set must not reach a test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_only_the_fixtures_own_tracker_settings_reach_a_test() -> None:
    assert sorted(key for key in os.environ if key.startswith("TRACKER_")) == [
        "TRACKER_CACHE_DIR",
        "TRACKER_CONFIG",
        "TRACKER_DB",
    ]


def test_a_developers_tracker_settings_are_cleared_even_ones_no_list_names(tmp_path: Path) -> None:
    """Run the test above in a child pytest whose shell sets settings a developer might have (the online
    geocoder's server and contact, a region, and one no code knows yet): the fixture clears them all."""
    here = Path(__file__)
    env = {
        **os.environ,
        "TRACKER_NOMINATIM_URL": "http://127.0.0.1:9/",
        "TRACKER_CONTACT": "someone@example.org",
        "TRACKER_REGION": "XX",
        "TRACKER_SETTING_ADDED_LATER": "1",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "-p",
            "no:randomly",
            f"{here}::test_only_the_fixtures_own_tracker_settings_reach_a_test",
        ],
        cwd=here.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
