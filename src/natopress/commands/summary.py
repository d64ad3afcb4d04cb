"""`natopress summary DIR`: load every config of a built dataset with `datasets.load_dataset`, offline; print a table."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, folder, recover_built_folder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    parser.add_argument("dir", type=folder, metavar="DIR", help="a folder written by `natopress build`")


Row = tuple[str, int, list[str], bool]


def summarize(folder: Path, cache_dir: Path) -> list[Row]:
    """`(config, rows, columns, typed)` of every config the README declares, loaded as users would.

    `typed` is true when the loaded features equal the declared ones (natopress.build.features).
    """
    # Before datasets is imported: it reads these once, and nothing may reach the Hub.
    os.environ["HF_HUB_OFFLINE"] = os.environ["HF_DATASETS_OFFLINE"] = "1"
    import datasets

    from natopress.build.card import parse_front_matter
    from natopress.build.features import CONFIG_NAMES, features

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    meta = parse_front_matter((folder / "README.md").read_text("utf-8"))
    table = []
    for entry in meta.get("configs", []):
        name = entry["config_name"]
        dataset = datasets.load_dataset(str(folder), name, split="train", cache_dir=str(cache_dir))
        typed = name in CONFIG_NAMES and dataset.features == features(name)
        table.append((name, dataset.num_rows, list(dataset.column_names), typed))
    return table


def render(table: list[Row]) -> str:
    """The summary as a plain-text table."""
    lines = [f"{'config':<10} {'rows':>6} {'columns':>7}  {'types':<8}  column names"]
    for name, rows, columns, typed in table:
        types = "declared" if typed else "DIFFER"
        lines.append(f"{name:<10} {rows:>6} {len(columns):>7}  {types:<8}  {', '.join(columns)}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Prints the table; exit 1 when the folder has no card, a config does not load or is not typed as declared."""
    recover_built_folder("summary", args.dir)
    if not (args.dir / "README.md").is_file():
        print(
            f"natopress summary: {args.dir / 'README.md'}: not found (run `natopress build` first)",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    with tempfile.TemporaryDirectory(prefix="natopress-summary-") as cache:
        try:
            table = summarize(args.dir, Path(cache))
        except ModuleNotFoundError:
            raise  # a missing extra: natopress.cli names it
        except Exception as error:
            print(f"natopress summary: {args.dir}: {type(error).__name__}: {error}", file=sys.stderr)
            return EXIT_FINDINGS
    sys.stdout.write(render(table))
    differ = [name for name, _, _, typed in table if not typed]
    if differ:
        print(
            f"natopress summary: types differ from natopress.build.features: {', '.join(differ)}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    return EXIT_OK
