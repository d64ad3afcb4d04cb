"""`natopress validate FILE` on a valid release (the pre-commit and CI case) imports no pydantic and no
other library the valid case does not need (issue 11: its start-up time is benchmarks/startup.py's)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURE_ID, INVALID, VALID

HEAVY = ("pydantic", "pydantic_core", "jsonschema", "fastjsonschema", "multiprocessing", "subprocess")
"""Imported by the detailed way (a document the compiled schema refuses), by --jobs and by --changed-since."""

PROBE = """
import json, sys
from natopress.cli import main
status = main(sys.argv[1:])
print(json.dumps([status, sorted(m for m in sys.modules if m.split(".")[0] in {heavy})]))
"""


def imported(*args: str) -> tuple[int, list[str]]:
    """(exit status, the HEAVY top-level modules loaded) of `natopress ARGS` in a fresh interpreter."""
    code = PROBE.format(heavy=repr(set(HEAVY)))
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    status, modules = json.loads(result.stdout.splitlines()[-1])
    return status, sorted({m.split(".")[0] for m in modules})


def test_a_valid_release_is_validated_without_pydantic() -> None:
    assert imported("validate", "--root", str(VALID), str(VALID / f"{FIXTURE_ID}.json")) == (0, [])


def test_the_whole_valid_corpus_too() -> None:
    assert imported("validate", "--root", str(VALID)) == (0, [])


def test_a_document_the_schema_refuses_goes_the_detailed_way() -> None:
    """The probe sees pydantic when it is imported (the test above can fail)."""
    status, modules = imported(
        "validate", "--root", str(INVALID), str(INVALID / "NP021-missing-language.json")
    )
    assert status == 1
    assert {"pydantic", "jsonschema"} <= set(modules)
