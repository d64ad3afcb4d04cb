"""natopress loading script for `datasets` 3.x: the builder itself lives in the package (natopress.load).

`load_dataset("loader/natopress.py", CONFIG, data_dir="annotations", trust_remote_code=True)` on
`datasets` 3.x; on `datasets` >= 4 (no loading scripts) use `natopress.load_dataset(CONFIG, root=...)`.
It needs the `natopress` package installed (`pip install 'natopress[build]'`, or `pip install -e .`).
"""

from __future__ import annotations

from natopress.load import Natopress, NatopressConfig

__all__ = ["Natopress", "NatopressConfig"]
