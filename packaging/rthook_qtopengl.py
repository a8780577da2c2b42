# PyInstaller runtime hook: PySide6.QtOpenGL (9 MB) is not in the bundle. pyqtgraph imports it when its chart items are
# imported (PlotCurveItem, OpenGLHelpers) but touches it only when a chart draws through OpenGL (useOpenGL /
# enableExperimental), which the console never turns on: its charts are 2-D, drawn by QPainter. This module stands in
# for it, so the import succeeds, and names what is missing if anything ever asks it for a class.
import sys
import types


def _qtopengl_stand_in() -> types.ModuleType:
    module = types.ModuleType("PySide6.QtOpenGL")

    def missing(attribute: str) -> object:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        where = "packaging/rthook_qtopengl.py"
        raise ImportError(f"PySide6.QtOpenGL.{attribute}: OpenGL drawing is not in this bundle ({where})")

    module.__getattr__ = missing  # a module's attribute hook (PEP 562)
    return module


sys.modules.setdefault("PySide6.QtOpenGL", _qtopengl_stand_in())
