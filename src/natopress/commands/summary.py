"""`natopress summary DIR`: load every config of a built dataset with `datasets.load_dataset`, offline; print a table."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def summarize(folder: Path, cache_dir: Path) -> list[tuple[str, int, list[str]]]:
    """`(config, rows, column names)` of every config the folder's README declares, loaded as users would."""
    # Before datasets is imported: it reads these once, and nothing may reach the Hub.
    os.environ["HF_HUB_OFFLINE"] = os.environ["HF_DATASETS_OFFLINE"] = "1"
    import datasets

    from natopress.card import parse_front_matter

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    meta = parse_front_matter((folder / "README.md").read_text("utf-8"))
    table = []
    for entry in meta.get("configs", []):
        name = entry["config_name"]
        dataset = datasets.load_dataset(str(folder), name, split="train", cache_dir=str(cache_dir))
        table.append((name, dataset.num_rows, list(dataset.column_names)))
    return table


def render(table: list[tuple[str, int, list[str]]]) -> str:
    """The summary as a plain-text table."""
    lines = [f"{'config':<10} {'rows':>6} {'columns':>7}  column names"]
    for name, rows, columns in table:
        lines.append(f"{name:<10} {rows:>6} {len(columns):>7}  {', '.join(columns)}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Prints the table; exit 1 when the folder has no card or a config does not load."""
    if not (args.dir / "README.md").is_file():
        print(
            f"natopress summary: {args.dir / 'README.md'}: not found (run `natopress build` first)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    with tempfile.TemporaryDirectory(prefix="natopress-summary-") as cache:
        try:
            table = summarize(args.dir, Path(cache))
        except Exception as error:
            print(f"natopress summary: {args.dir}: {type(error).__name__}: {error}", file=sys.stderr)
            return EXIT_FAILED
    sys.stdout.write(render(table))
    return EXIT_OK
