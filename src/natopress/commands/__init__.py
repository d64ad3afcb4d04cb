"""One module per `natopress` command: `HELP`, `add_arguments(parser)` and `run(args) -> exit status`.

A module may also define `DESCRIPTION` and `EPILOG` for its `--help`. `natopress.cli` imports only the module
of the command that runs, so a command pays only for its own imports. A problem with the command line that
only `run` can see is raised as `UsageError`: the CLI prints it under the command's own usage, exit 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from natopress.paths import REGISTRY_FILENAME

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
"""Exit status of every command: success, findings or a failed check, usage error."""


class UsageError(Exception):
    """The command line asks for something impossible; the message names the option and the problem."""


def folder(value: str) -> Path:
    """argparse type: an existing folder (ArgumentTypeError `no such folder` / `not a folder` otherwise)."""
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such folder: {value}")
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a folder: {value}")
    return path


def existing_file(value: str) -> Path:
    """argparse type: an existing file (ArgumentTypeError `no such file` / `not a file` otherwise)."""
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such file: {value}")
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"not a file: {value}")
    return path


def corpus_folder(value: str) -> Path:
    """argparse type: a folder that holds a corpus, i.e. `registry.json` or at least one `<id>.json`.

    An empty folder, or one holding anything else, is refused (ArgumentTypeError): a command reading it
    would report an empty corpus as success.
    """
    path = folder(value)
    if not (path / REGISTRY_FILENAME).is_file() and not any(path.glob("*.json")):
        raise argparse.ArgumentTypeError(
            f"not a corpus: {value} holds no {REGISTRY_FILENAME} and no <id>.json annotation"
        )
    return path


def corpus_folder_to_write(value: str) -> Path:
    """argparse type: a corpus folder a command adds releases to; it must hold `registry.json`.

    Any other folder is refused rather than turned into a corpus: start a corpus by copying a registry
    (`{"schema_version": "1.0", "entities": []}` at the least) into an empty folder.
    """
    path = folder(value)
    if not (path / REGISTRY_FILENAME).is_file():
        raise argparse.ArgumentTypeError(
            f"not a corpus: {value} has no {REGISTRY_FILENAME} (copy one into it to start a corpus)"
        )
    return path


def positive_int(value: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, found {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, found {number}")
    return number


EXTRAS: dict[str, str] = {
    "datasets": "build",
    "pyarrow": "build",
    "yaml": "build",
    "pandas": "build",
    "regex": "build",
    "starlette": "check",
    "uvicorn": "check",
    "fastjsonschema": "test",  # `natopress schema` only, a developer command (natopress.compiled is committed)
}
"""Top-level module -> the optional extra of pyproject.toml that installs it. The base install (the
validator) needs none of these; a command that imports one says which extra to install (natopress.cli)."""


def missing_extra(error: ModuleNotFoundError) -> str | None:
    """The extra that provides the module `error` could not import, or None when no extra provides it."""
    return EXTRAS.get((error.name or "").partition(".")[0])


def add_root_option(parser: argparse.ArgumentParser, writes: bool = False) -> None:
    """Adds `--root DIR`, the corpus folder a command reads (default: annotations/ in the current folder).

    With `writes`, the folder must already hold a `registry.json` (corpus_folder_to_write); otherwise it
    must hold a registry or an annotation (corpus_folder).
    """
    parser.add_argument(
        "--root",
        type=corpus_folder_to_write if writes else corpus_folder,
        default=None,
        metavar="DIR",
        help="corpus folder (a copy of annotations/: <id>.json, <id>.txt, registry.json); "
        "default: ./annotations",
    )


def add_repo_option(parser: argparse.ArgumentParser, what: str = "") -> None:
    """Adds `--repo DIR`, the natopress checkout a developer command writes into (natopress.paths.checkout_root
    finds it from the current folder when not given)."""
    parser.add_argument(
        "--repo",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"the natopress checkout{what} (default: found from .)",
    )


def recover_built_folder(command: str, folder: Path) -> None:
    """Completes or undoes an interrupted swap of the built `folder` (natopress.swap) before `command`
    reads it; says so on stderr when it did something."""
    import sys

    from natopress.swap import recover_folder_quietly

    for note in recover_folder_quietly(folder):
        print(f"natopress {command}: {note}", file=sys.stderr)
