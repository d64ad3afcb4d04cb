"""`natopress` command line: parses options and calls one command module's `run`.

Exit status: 0 success, 1 findings or a failed check, 2 usage error. The parser holds every command's name
and one-line help, but imports (and asks for the options of) only the command that runs, so
`natopress validate` never pays for `datasets` or `pyarrow`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from natopress.commands import EXIT_OK, EXIT_USAGE, missing_extra

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


class _VersionAction(argparse.Action):
    """`--version`: prints natopress's version, read from the installed metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show natopress's version and exit", **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        import natopress

        print(f"natopress {natopress.__version__}")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, the other commands get their name and help but no options."""
    parser = argparse.ArgumentParser(
        prog="natopress",
        description="Validate, build and publish the natopress corpus of annotated NATO releases.",
        epilog="Exit status: 0 success, 1 findings or failed check, 2 usage error. "
        "Finding codes: docs/codes.md or `natopress codes`.",
    )
    parser.add_argument("--version", action=_VersionAction)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status (130 on Ctrl-C; 2, naming the extra to install, when the
    command needs an optional dependency that is not installed)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    selected = _selected(arguments)
    try:
        args = build_parser(selected or "").parse_args(arguments)  # no command: import none
        return int(command_module(args.command).run(args))
    except ModuleNotFoundError as error:
        extra = missing_extra(error)
        if extra is None:
            raise
        print(
            f"{' '.join(['natopress', *([selected] if selected else [])])}: needs the optional dependency {error.name!r}: "
            f"pip install 'natopress[{extra}]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
