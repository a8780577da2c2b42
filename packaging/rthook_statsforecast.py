# PyInstaller runtime hook: the statsforecast package without its __init__, which imports the distributed front
# (fugue, triad, pyarrow: left out of the bundle). The console imports only statsforecast.models and .arima,
# which need none of it. The package module is made from its spec, unexecuted, so its submodules import normally.
import importlib.util
import sys


def _statsforecast_without_its_front() -> None:
    spec = importlib.util.find_spec("statsforecast")
    if spec is not None:
        sys.modules["statsforecast"] = importlib.util.module_from_spec(spec)


_statsforecast_without_its_front()
