"""``python -m minebelt.cli``: the ``minebelt`` command.

Layer: interfaces.
"""

import sys

from .app import main

sys.exit(main())
