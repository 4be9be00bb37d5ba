"""``python -m diplotrack``."""

import sys

from diplotrack.cli import main

sys.exit(main())
