"""`python -m natopress`: the same as the `natopress` command."""

import sys

from natopress.cli import main

sys.exit(main())
