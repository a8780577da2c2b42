"""PySide6 front end: widgets, Qt table models, dialogs. The only layer that imports Qt."""
