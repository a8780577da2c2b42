"""``python -m hashinsight_desktop.simulator --miners N ...`` (same as the ``simulate`` command)."""

import sys

from hashinsight_desktop.simulator.cli import run_simulator

sys.exit(run_simulator(sys.argv[1:]))
