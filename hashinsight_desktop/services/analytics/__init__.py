"""Analytics over market history and the calculator's formula, without a database: indicators (TA-Lib), forecasts
(ARIMA with measured intervals), explain (Shapley parts of a profit change), the ROI heat-map, the historical
replay, and the series files they read. With the database: the market history (``history``: 15-minute rounds
from ``collectors``, daily bars; ``history_import``: back-fill from files) and the ``signals`` read from it."""
