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
from typing import Any

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, missing_extra
from natopress.paths import NotACheckoutError

COMMANDS: dict[str, str] = {
    "validate": "check release annotations and the registry; report findings",
    "format": "rewrite annotation and registry files in the canonical form (--check: list them)",
    "schema": "regenerate schema/ from the pydantic models",
    "codes": "list every finding code; --write regenerates docs/codes.md",
    "build": "write the Hub-ready dataset repository (Parquet, card, manifest)",
    "verify": "check a built copy against its manifest",
    "release": "record a new version (CHANGELOG, CITATION.cff, card, package) once the corpus is valid",
    "summary": "load every config of a built dataset and print a summary table",
    "ingest": "copy a raw release into the corpus and write a draft annotation",
    "review": "write a self-contained HTML page showing one release's annotations",
    "check": "check a draft in the browser: accept, correct, save and mark it checked",
    "diff": "what changed between two corpus folders or git revisions",
    "agree": "inter-annotator agreement between two annotations of one release",
    "quality": "precision and recall of ingest's suggestions against the checked annotations",
    "export": "export the corpus: brat, CoNLL-2003 IOB2, JSON Lines, Label Studio, doccano",
    "import-brat": "read brat standoff (.txt + .ann) back into annotations",
    "import-label-studio": "read a Label Studio JSON export back into the mentions",
}
"""Every command and its one-line help, in the order `natopress --help` lists them; each is the module
natopress.commands.<name>."""


def command_module(name: str) -> ModuleType:
    """The module of command `name` (`import-brat` -> natopress.commands.import_brat)."""
    return importlib.import_module(f"natopress.commands.{name.replace('-', '_')}")


class CommandParser(argparse.ArgumentParser):
    """A command's parser: it reports unknown arguments itself, under its own usage (argparse leaves
    them to the top-level parser, which would print `natopress`'s usage instead)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def command_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The sub-parser of command `name` within the whole parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sub: argparse.ArgumentParser = action.choices[name]
            return sub
    raise KeyError(name)


def exit_status(stop: SystemExit) -> int:
    """The status argparse (or a command) asked for: 0 for --help, 2 for a usage error."""
    return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=CommandParser)
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


def _missing_extra(error: ModuleNotFoundError, selected: str | None) -> int:
    """Says which optional extra provides the module a command could not import; exit status 2.

    Raises the error again when no extra of natopress provides that module (a broken install).
    """
    extra = missing_extra(error)
    if extra is None:
        raise error
    command = " ".join(["natopress", *([selected] if selected else [])])
    print(
        f"{command}: needs the optional dependency {error.name!r}: pip install 'natopress[{extra}]'",
        file=sys.stderr,
    )
    return EXIT_USAGE


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C (writers clean up on the way out), with exit status 143."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _recover(args: argparse.Namespace) -> None:
    """Completes or cleans up interrupted writes of the corpus before a command that reads one (`--root`)
    runs, as SQLite replays a hot journal; says so on stderr when it did something. (Commands reading a
    built folder recover it themselves: natopress.commands.recover_built_folder.)"""
    if not hasattr(args, "root"):
        return
    from natopress.paths import default_root
    from natopress.transaction import recover_quietly

    for note in recover_quietly(args.root if args.root is not None else default_root()):
        print(f"natopress {args.command}: {note}", file=sys.stderr)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Runs the parsed command: 143 on SIGTERM, 130 on Ctrl-C, 1 with one line on an OS error, the
    command's usage (exit 2) on a UsageError, and one line with exit 2 outside a checkout (NotACheckoutError)."""
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
    try:
        _recover(args)
        return int(command_module(args.command).run(args))
    except UsageError as error:
        command_parser(parser, args.command).error(str(error))
    except NotACheckoutError as error:  # a developer command outside a clone: the way out is `--repo DIR`
        print(f"natopress {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Terminated:
        return 143
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # every command: one line naming the path and the reason, never a traceback
        from natopress.atomic import os_error_message

        print(f"natopress {args.command}: {os_error_message(error)}", file=sys.stderr)
        return EXIT_FINDINGS
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status: 2 after a usage message or when the command needs an
    optional dependency that is not installed (the message names the extra), 130 on Ctrl-C, 143 on
    SIGTERM, 1 on an OS error (one line naming the path)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    selected = _selected(arguments)
    try:
        parser = build_parser(selected or "")  # no command named: import no command module
        args = parser.parse_args(arguments)
        return _run(parser, args)
    except SystemExit as stop:  # argparse's usage errors and --help: a status, not an exception
        return exit_status(stop)
    except ModuleNotFoundError as error:
        return _missing_extra(error, selected)
    except KeyboardInterrupt:  # before the command runs
        return 130


if __name__ == "__main__":
    sys.exit(main())
