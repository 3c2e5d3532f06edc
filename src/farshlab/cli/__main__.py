"""``python -m farshlab.cli``: the ``farshlab`` command."""

import sys

from farshlab.cli import main

sys.exit(main())
