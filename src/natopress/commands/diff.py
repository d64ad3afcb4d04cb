"""`natopress diff OLD NEW`: compare two corpus folders or two git revisions of `annotations/`."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from natopress.model import Registry, Release
from natopress.paths import REGISTRY_FILENAME
from natopress.tools.diff import Snapshot, diff_corpora, render_text, to_json_data

DESCRIPTION = (
    "Per release: releases added/removed; quotes added, removed or changed (span, type, "
    "speaker, speaker mention, cue, continues; matched by id, then by span); mentions (matched by span: "
    "entity, kind); segments; metadata fields; the source text (both sha256 and the changed lines); "
    "registry entities. A revision is read from annotations/ "
    "of the git repository the current folder is in."
)
EPILOG = "Exit status: 0 whether or not there are differences; 1 on bad input."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument(
        "old", metavar="OLD", help="corpus folder, or a git revision when no such folder exists"
    )
    parser.add_argument(
        "new", metavar="NEW", help="corpus folder, or a git revision when no such folder exists"
    )
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (for the changelog) or json (sorted keys)",
    )


M = TypeVar("M", bound=BaseModel)


class InputError(Exception):
    """Bad input for a command: the message names the file and what is wrong."""


def describe(error: ValidationError, where: str) -> str:
    """One line per problem: `file: /json/pointer: message`."""
    lines = []
    for item in error.errors():
        pointer = "/" + "/".join(str(part) for part in item["loc"]) if item["loc"] else ""
        lines.append(f"{where}: {pointer or '/'}: {item['msg']}")
    return "\n".join(lines)


def parse_model(model: type[M], data: bytes, where: str) -> M:
    """Parses JSON bytes into `model`, or raises InputError with file and JSON pointer."""
    try:
        return model.model_validate_json(data)
    except ValidationError as error:
        raise InputError(describe(error, where)) from error


def read_folder(root: Path) -> Snapshot:
    """The releases and registry of a corpus folder."""
    releases: dict[str, Release] = {}
    texts: dict[str, bytes] = {}
    for path in sorted(root.glob("*.json")):
        if path.name == REGISTRY_FILENAME:
            continue
        releases[path.stem] = parse_model(Release, path.read_bytes(), str(path))
        if path.with_suffix(".txt").is_file():
            texts[path.stem] = path.with_suffix(".txt").read_bytes()
    registry_path = root / REGISTRY_FILENAME
    if not releases and not registry_path.exists():
        raise InputError(
            f"{root}: no release annotations (*.json) and no {REGISTRY_FILENAME}: not a corpus folder"
        )
    registry = (
        parse_model(Registry, registry_path.read_bytes(), str(registry_path))
        if registry_path.exists()
        else None
    )
    return Snapshot(releases, registry, texts)


def _git(*args: str) -> bytes:
    result = subprocess.run(["git", *args], capture_output=True, check=False)
    if result.returncode != 0:
        raise InputError(f"git {' '.join(args)}: {result.stderr.decode('utf-8', 'replace').strip()}")
    return result.stdout


def read_revision(revision: str, folder: str = "annotations") -> Snapshot:
    """The releases and registry of `annotations/` at a git revision of the repository the cwd is in."""
    top = _git("rev-parse", "--show-toplevel").decode().strip()
    _git("-C", top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    names = _git("-C", top, "ls-tree", "--name-only", f"{revision}:{folder}").decode("utf-8").splitlines()
    releases: dict[str, Release] = {}
    texts: dict[str, bytes] = {}
    registry = None
    for name in sorted(n for n in names if n.endswith(".json")):
        where = f"{revision}:{folder}/{name}"
        data = _git("-C", top, "show", where)
        if name == REGISTRY_FILENAME:
            registry = parse_model(Registry, data, where)
            continue
        release_id = name.removesuffix(".json")
        releases[release_id] = parse_model(Release, data, where)
        if f"{release_id}.txt" in names:
            texts[release_id] = _git("-C", top, "show", f"{revision}:{folder}/{release_id}.txt")
    return Snapshot(releases, registry, texts)


def read_snapshot(argument: str) -> Snapshot:
    """A corpus folder when `argument` is an existing folder, else a git revision."""
    path = Path(argument)
    if path.is_dir():
        return read_folder(path)
    if path.exists():
        raise InputError(f"{argument}: not a folder (expected a corpus folder or a git revision)")
    try:
        return read_revision(argument)
    except InputError as error:
        raise InputError(f"{argument}: neither a corpus folder nor a git revision ({error})") from error


def run(args: argparse.Namespace) -> int:
    """Compares OLD and NEW; prints text or JSON; 0 whether or not they differ, 1 on bad input."""
    try:
        old, new = read_snapshot(args.old), read_snapshot(args.new)
    except (InputError, OSError) as error:
        print(f"natopress diff: {error}", file=sys.stderr)
        return 1
    diff = diff_corpora(old, new)
    if args.format == "json":
        sys.stdout.write(json.dumps(to_json_data(diff), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(diff))
    return 0
