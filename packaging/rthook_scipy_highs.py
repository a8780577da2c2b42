# PyInstaller runtime hook: one HiGHS in the bundle, not two. SciPy vendors its own build of HiGHS's Python binding
# (scipy.optimize._highspy._core, 6 MB) and imports it with scipy.optimize, for linprog and milp, which the console
# never calls (statsforecast's ARIMA uses scipy.optimize.minimize). The console ships highspy itself (PuLP's HiGHS
# solver): the spec leaves SciPy's copy out and this hook gives SciPy highspy's binding under that name, loaded only
# when scipy.optimize imports it. Every name SciPy takes from it exists in highspy's (the spec checks it at each
# build). Were linprog or milp ever called, they would run on highspy's newer HiGHS: SciPy's own 205 linprog/milp
# tests with HiGHS pass on it but one, which expects the solve to stop at a 3-iteration limit (it reports the optimum).
import importlib
import importlib.abc
import importlib.util
import sys

_ALIASES = {"scipy.optimize._highspy._core": "highspy._core"}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        return importlib.util.spec_from_loader(fullname, self) if fullname in _ALIASES else None

    def create_module(self, spec):
        return importlib.import_module(_ALIASES[spec.name])

    def exec_module(self, module):
        pass


sys.meta_path.insert(0, _Alias())
