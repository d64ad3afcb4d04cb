"""Every finding code: imports each check family (which registers its codes with `findings.define`)."""

from __future__ import annotations

import natopress.validate.checks  # noqa: F401  (importing the families registers their codes)
from natopress.validate.findings import CODES, Code


def all_codes() -> list[Code]:
    """Every code of every check family, sorted by id."""
    return sorted(CODES.values(), key=lambda c: c.code)
