"""`natopress` command line: parses options and calls one command module's `run`.

Exit status: 0 success, 1 findings or a failed check, 2 usage error. The parser holds every command's name
and one-line help, but imports (and asks for the options of) only the command that runs, so
`natopress validate` never pays for `datasets` or `pyarrow`.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
from collections.abc import Sequence
from types import ModuleType

from natopress import __version__
from natopress.commands import EXIT_OK

COMMANDS: dict[str, str] = {
    "validate": "check release annotations and the registry; report findings",
    "schema": "regenerate schema/ from the pydantic models",
    "codes": "list every finding code; --write regenerates docs/codes.md",
    "build": "write the Hub-ready dataset repository (Parquet, card, manifest)",
    "verify": "check a built copy against its manifest",
    "summary": "load every config of a built dataset and print a summary table",
    "ingest": "copy a raw release into the corpus and write a draft annotation",
    "review": "write a self-contained HTML page showing one release's annotations",
    "diff": "what changed between two corpus folders or git revisions",
    "agree": "inter-annotator agreement between two annotations of one release",
    "export": "export the corpus: brat standoff, CoNLL-2003 IOB2, JSON Lines",
    "import-brat": "read brat standoff (.txt + .ann) back into annotations",
}
"""Every command and its one-line help, in the order `natopress --help` lists them; each is the module
natopress.commands.<name>."""


def command_module(name: str) -> ModuleType:
    """The module of command `name` (`import-brat` -> natopress.commands.import_brat)."""
    return importlib.import_module(f"natopress.commands.{name.replace('-', '_')}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, the other commands get their name and help but no options."""
    parser = argparse.ArgumentParser(
        prog="natopress",
        description="Validate, build and publish the natopress corpus of annotated NATO releases.",
        epilog="Exit status: 0 success, 1 findings or failed check, 2 usage error. "
        "Finding codes: docs/codes.md or `natopress codes`.",
    )
    parser.add_argument("--version", action="version", version=f"natopress {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text in COMMANDS.items():
        if only not in (None, name):
            sub.add_parser(name, help=help_text)
            continue
        module = command_module(name)
        command = sub.add_parser(
            name,
            help=help_text,
            description=getattr(module, "DESCRIPTION", None),
            epilog=getattr(module, "EPILOG", None),
        )
        module.add_arguments(command)
    return parser


def _selected(argv: Sequence[str]) -> str | None:
    """The command named by the first argument that is not an option, if it is one."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C (writers clean up on the way out), with exit status 143."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _recover(args: argparse.Namespace) -> None:
    """Completes or cleans up interrupted writes of the corpus (or of the built folder) before a command
    reads it, as SQLite replays a hot journal; says so on stderr when it did something."""
    from natopress.paths import ANNOTATIONS_DIR
    from natopress.swap import recover_folder_quietly
    from natopress.transaction import recover_quietly

    notes = []
    if hasattr(args, "root"):
        notes += recover_quietly(args.root if args.root is not None else ANNOTATIONS_DIR)
    if args.command in ("verify", "summary"):
        notes += recover_folder_quietly(args.dir)
    for note in notes:
        print(f"natopress {args.command}: {note}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status (130 on Ctrl-C, 143 on SIGTERM, 1 on an OS error)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(_selected(arguments)).parse_args(arguments)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    try:
        _recover(args)
        return int(command_module(args.command).run(args))
    except Terminated:
        return 143
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # every command: one line naming the path and the reason, never a traceback
        from natopress.atomic import os_error_message

        print(f"natopress {args.command}: {os_error_message(error)}", file=sys.stderr)
        return 1
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
