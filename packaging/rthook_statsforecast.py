# PyInstaller runtime hook, two things statsforecast's imports would otherwise drag into the bundle:
# - its package __init__ imports the distributed front (fugue, triad, pyarrow: left out of the bundle). The console
#   imports only statsforecast.models and .arima, which need none of it: the package module is made from its spec,
#   unexecuted, so its submodules import normally;
# - its arima and mstl modules `import statsmodels.api`, which imports nearly all of statsmodels and, through it, most
#   of SciPy (io, ndimage, spatial, interpolate...), to call four names. statsmodels.api here is a module that imports
#   those four from where they live, when first used; the spec leaves out what only the real one loaded
#   (packaging/unused_subpackages.py measures it).
import importlib
import importlib.util
import sys
import types

_STATSMODELS_API = {
    "OLS": "statsmodels.regression.linear_model",
    "add_constant": "statsmodels.tools.tools",
}
_STATSMODELS_TSA = {"kpss": "statsmodels.tsa.stattools", "STL": "statsmodels.tsa.seasonal"}


def _statsforecast_without_its_front() -> None:
    spec = importlib.util.find_spec("statsforecast")
    if spec is not None:
        sys.modules["statsforecast"] = importlib.util.module_from_spec(spec)


def _on_demand(name: str, where: dict[str, str]) -> types.ModuleType:
    module = types.ModuleType(name)

    def imported_when_asked(attribute: str) -> object:
        if attribute not in where:
            raise AttributeError(f"{name}.{attribute} is not in the bundle (packaging/rthook_statsforecast.py)")
        return getattr(importlib.import_module(where[attribute]), attribute)

    module.__getattr__ = imported_when_asked  # a module's attribute hook (PEP 562)
    return module


def _statsmodels_api_on_demand() -> None:
    api = _on_demand("statsmodels.api", _STATSMODELS_API)
    api.tsa = _on_demand("statsmodels.api.tsa", _STATSMODELS_TSA)
    sys.modules["statsmodels.api"] = api


_statsforecast_without_its_front()
_statsmodels_api_on_demand()
