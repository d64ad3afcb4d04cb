"""natopress loading script for `datasets` 3.x: the builder itself lives in the package (natopress.load).

`load_dataset("loader/natopress.py", CONFIG, data_dir="annotations", trust_remote_code=True)` on
`datasets` 3.x; on `datasets` >= 4 (no loading scripts) use `natopress.load_dataset(CONFIG, root=...)`.
It needs the `natopress` package installed (`pip install 'natopress[build]'`, or `pip install -e .`).
"""

from __future__ import annotations

from natopress import load


class Natopress(load.Natopress):
    """natopress.load.Natopress, defined in this script so that `datasets` 3.x takes the script's folder,
    not the installed package's, as the builder's own (it writes a lock file beside that folder)."""
