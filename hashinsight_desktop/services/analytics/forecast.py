"""ARIMA forecasts of a daily series (BTC price on logs, difficulty) with 80 % and 95 % intervals, and how good
such forecasts have been: a walk-forward back-test's error (MAPE) and its intervals' measured coverage.

Order: statsforecast's AutoARIMA (Hyndman–Khandakar stepwise search; differencing by KPSS tests, then the
lowest AIC among the models visited; over 150 points candidates are compared by their CSS fit, as R's auto.arima
does), no seasonality (bitcoin trades every day alike). The chosen order is then fitted by exact maximum likelihood
(CSS-ML) on the whole series. Time budget: one ARIMA(1, d, 1) fit is timed first and the search may visit as
many models as the rest of the budget buys (at least 8, at most statsforecast's 94); a search cut short says so in
the warnings. The budget (0.65 s) leaves the rest of the target second to the final fits and the bands (about
0.15 s of processor time at 2,000 points).

Intervals (forecast_uncertainty): not the textbook ARIMA ones, which take the estimated coefficients as exact and
held the truth too rarely on simulated series (80 %: 77.7 % over days 1–7, 76.6 % on day 7), but the forecast
distribution averaged over the coefficients' sampling uncertainty and, where the order allows a constant
(d ≤ 1), over the chosen model and its twin with the constant toggled, by Akaike weight: a drift that AIC kept by
chance otherwise moves the whole path (the larger the further ahead). No constant in this is tuned to a test.

On logs (``log=True``) the bands are mapped back with exp (quantiles survive a monotone map); the point is the
mean of the log-normal mixture, beside its median.

Back-test: the last ``windows`` × ``days`` values are forecast ``days`` at a time, each window from the data
before it, with the chosen order re-estimated every time (the order itself is chosen once, on the whole series).

Warnings the fits raise (convergence problems among them) are captured, counted and returned, not printed.
Results are cached in this process by a fingerprint of every input, so redrawing the tab refits nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import re
import threading
import time
import warnings
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.analytics.forecast_uncertainty import Predictive, akaike_average, predictive
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate, render

Array = NDArray[np.float64]
LEVELS = (80, 95)
MIN_POINTS = 20
MIN_MODELS, MAX_MODELS = 8, 94
DEFAULT_BUDGET_S = 0.65  # the order search; the final fits and the coefficient draws follow
BACKTEST_WINDOWS = 5
APPROXIMATE_OVER = 150  # longer series: the search compares models by CSS, as R's auto.arima does
MIN_TRAINING = 30  # a back-test window needs at least this much history before it
CACHE_SIZE = 32
_FORMAT = "forecast-v2"  # part of the fingerprint: a change of method invalidates the cache


@dataclass(frozen=True)
class ForecastPoint:
    date: datetime
    mean: float
    median: float  # = mean unless on logs
    lo80: float
    hi80: float
    lo95: float
    hi95: float


@dataclass(frozen=True)
class Backtest:
    windows: int
    points: int  # forecasts compared with what happened
    mape_pct: float
    coverage_80_pct: float  # share of those inside their 80 % interval
    coverage_95_pct: float


@dataclass(frozen=True)
class Forecast:
    order: tuple[int, int, int]  # (p, d, q)
    constant: bool  # a mean (d = 0) or drift (d = 1) term in the chosen model
    constant_weight: float | None  # its Akaike weight in the averaged forecast (None: d = 2, no twin averaged)
    coefficient_draws: int  # coefficient vectors the bands average over (0: the coefficients taken as exact)
    aic: float
    log: bool
    points: tuple[ForecastPoint, ...]
    backtest: Backtest | None  # None: too short for one window
    warnings: tuple[Text, ...]  # English by str(); the fitting library's own words stay as it says them
    fingerprint: str
    models_allowed: int
    elapsed_s: float  # order search, fit and forecast (not the back-test)

    def as_json(self) -> dict[str, Any]:
        backtest = self.backtest
        return {
            "order": list(self.order),
            "constant": self.constant,
            "constant_weight": self.constant_weight,
            "coefficient_draws": self.coefficient_draws,
            "aic": self.aic,
            "log": self.log,
            "points": [
                {
                    "date": p.date.date().isoformat(),
                    "mean": p.mean,
                    **({"median": p.median} if self.log else {}),
                    "lo80": p.lo80,
                    "hi80": p.hi80,
                    "lo95": p.lo95,
                    "hi95": p.hi95,
                }
                for p in self.points
            ],
            "backtest_mape_pct": None if backtest is None else backtest.mape_pct,
            "backtest_coverage_80_pct": None if backtest is None else backtest.coverage_80_pct,
            "backtest_coverage_95_pct": None if backtest is None else backtest.coverage_95_pct,
            "backtest_points": 0 if backtest is None else backtest.points,
            "warnings": [str(warning) for warning in self.warnings],
            "fingerprint": self.fingerprint,
        }


def bands_note(result: Forecast, translate: Translate | None = None) -> str:
    """How the bands were drawn, in one line (the command line's, in the language of ``translate``; the panel words
    it through Qt's translation)."""
    note = (
        Text(
            QT_TRANSLATE_NOOP("Forecast", "Intervals include the fitted parameters' estimation error ({draws} draws)"),
            draws=result.coefficient_draws,
        )
        if result.coefficient_draws
        else Text(
            QT_TRANSLATE_NOOP(
                "Forecast",
                "Textbook ARIMA intervals: the fitted parameters' estimation error is not included (it could not be"
                " estimated)",
            )
        )
    )
    if result.constant_weight is not None:
        averaged = QT_TRANSLATE_NOOP(
            "Forecast", "{note}; averaged with and without a constant (its Akaike weight {weight:.0f} %)"
        )
        note = Text(averaged, note=note, weight=result.constant_weight * 100)
    return render(note, translate)


_cache: OrderedDict[str, Forecast] = OrderedDict()
_cache_lock = threading.Lock()
_fit_lock = threading.Lock()


def fingerprint(dates: Sequence[datetime], values: Array, **settings: object) -> str:
    digest = hashlib.sha256(_FORMAT.encode())
    digest.update(np.array([d.toordinal() for d in dates], dtype=np.int64).tobytes())
    digest.update(np.ascontiguousarray(values, dtype=np.float64).tobytes())
    digest.update(repr(sorted(settings.items())).encode())
    return digest.hexdigest()


def forecast(
    dates: Sequence[datetime],
    values: Array,
    *,
    days: int = 7,
    log: bool = False,
    budget_s: float = DEFAULT_BUDGET_S,
    max_models: int | None = None,
    windows: int = BACKTEST_WINDOWS,
) -> Forecast:
    """The forecast of the ``days`` after the last date. ``max_models`` fixes the search size instead of the
    time budget (deterministic, for tests). Cached by the inputs' fingerprint."""
    values = np.asarray(values, dtype=np.float64)
    if not 1 <= days <= 365:
        days_range = QT_TRANSLATE_NOOP("Errors", "must be a whole number of days from 1 to 365, not {days}")
        raise ValidationError("--days", Text(days_range, days=days))
    if len(values) < MIN_POINTS:
        too_few = QT_TRANSLATE_NOOP("Errors", "a forecast needs at least {least} days of data, the file has {days}")
        raise ValidationError("file", Text(too_few, least=MIN_POINTS, days=len(values)))
    if log and not np.all(values > 0):
        raise ValidationError("--log", QT_TRANSLATE_NOOP("Errors", "the logarithm needs every value above 0"))
    key = fingerprint(dates, values, days=days, log=log, budget=budget_s, models=max_models, windows=windows)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    with _fit_lock:  # warnings.catch_warnings is process-wide: one fit at a time keeps each one's warnings its own
        result = _fit_and_forecast(dates, values, days, log, budget_s, max_models, windows, key)
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _fit_and_forecast(
    dates: Sequence[datetime],
    values: Array,
    days: int,
    log: bool,
    budget_s: float,
    max_models: int | None,
    windows: int,
    key: str,
) -> Forecast:
    from statsforecast.arima import ndiffs
    from statsforecast.models import ARIMA, AutoARIMA

    started = time.perf_counter()
    series = np.log(values) if log else values
    approximate = len(series) > APPROXIMATE_OVER
    notes: Counter[Text] = Counter()
    with _warnings_into(notes, QT_TRANSLATE_NOOP("Forecast", "order search")):
        if max_models is None:
            probe = time.perf_counter()
            d = ndiffs(series)  # type: ignore[no-untyped-call]
            ARIMA(order=(1, d, 1), method="CSS" if approximate else "CSS-ML").fit(series)
            per_model = time.perf_counter() - probe
            remaining = budget_s - (time.perf_counter() - started)
            max_models = int(min(MAX_MODELS, max(MIN_MODELS, remaining / max(per_model, 1e-6))))
        chosen = AutoARIMA(season_length=1, ic="aic", nmodels=max_models, approximation=approximate).fit(series)
    p, q, _, _, _, d, _ = (int(x) for x in chosen.model_["arma"])
    constant = "intercept" in chosen.model_["coef"] or "drift" in chosen.model_["coef"]
    # the chosen model and, where a constant is possible (d ≤ 1), its twin with the constant toggled
    variants = (constant, not constant) if d <= 1 else (constant,)

    def fit(history: Array, with_constant: bool) -> Any:
        model = ARIMA(order=(p, d, q), include_mean=with_constant and d == 0, include_drift=with_constant and d == 1)
        return model.fit(history)

    def distribution(history: Array) -> tuple[Any, Predictive, Array]:
        fits = [fit(history, constant)]
        if len(variants) > 1:
            try:
                fits.append(fit(history, not constant))
            except (ValueError, ArithmeticError, np.linalg.LinAlgError):  # the twin failed to fit: it gets no weight
                notes[
                    Text(
                        QT_TRANSLATE_NOOP("Forecast", "bands: the model with the constant toggled could not be fitted")
                    )
                ] += 1
        parts = [(float(f.model_["aic"]), predictive(f.model_, history, days)) for f in fits]
        mixture, weights = akaike_average(parts)
        return fits[0], mixture, np.append(weights, [0.0] * (len(variants) - len(weights)))

    with _warnings_into(notes, QT_TRANSLATE_NOOP("Forecast", "fit")):
        final, raw, weights = distribution(series)
    elapsed = time.perf_counter() - started
    with _warnings_into(notes, QT_TRANSLATE_NOOP("Forecast", "back-test")):
        backtest = _backtest(series, values, days, windows, log, lambda history: distribution(history)[1])
    if raw.draws == 0:
        textbook = QT_TRANSLATE_NOOP(
            "Forecast", "bands: the fitted parameters' error could not be estimated (textbook ARIMA bands)"
        )
        notes[Text(textbook)] += 1
    points = _points(dates[-1], raw, log)
    return Forecast(
        order=(p, d, q),
        constant=constant,
        constant_weight=None if len(variants) == 1 else float(weights[0] if constant else weights[1]),
        coefficient_draws=raw.draws,
        aic=float(final.model_["aic"]),
        log=log,
        points=points,
        backtest=backtest,
        warnings=tuple(_counted(text, count) for text, count in notes.items()),
        fingerprint=key,
        models_allowed=max_models,
        elapsed_s=elapsed,
    )


@contextlib.contextmanager
def _warnings_into(notes: Counter[Text], stage: str) -> Iterator[None]:
    """Every warning raised inside, counted by text under its stage, instead of printed."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        notes[
            Text(
                QT_TRANSLATE_NOOP("Forecast", "{stage}: {warning}"),
                stage=stage,
                warning=_one_line(str(warning.message)),
            )
        ] += 1


def _counted(text: Text, count: int) -> Text:
    return Text(QT_TRANSLATE_NOOP("Forecast", "{warning} (×{count})"), warning=text, count=count) if count > 1 else text


# scipy's BFGS exit codes, which statsforecast's convergence warning quotes bare
_BFGS_CODES = {
    1: QT_TRANSLATE_NOOP("Forecast", "iteration limit reached"),
    2: QT_TRANSLATE_NOOP("Forecast", "precision lost before the optimum was certain"),
    3: QT_TRANSLATE_NOOP("Forecast", "NaN met"),
}
_MINIMIZE_CODE = re.compile(r"^possible convergence problem: minimize gave code (-?\d+)\]?$")


def _one_line(text: str) -> str | Text:
    """A captured warning in one clean line: statsforecast's stray ']' dropped and the optimiser's code said (in the
    reader's language; another warning in the library's own words)."""
    text = " ".join(text.split())
    if text.startswith("Stepwise search was stopped early"):
        return QT_TRANSLATE_NOOP("Forecast", "stopped at its time budget before visiting every neighbouring model")
    if match := _MINIMIZE_CODE.match(text):
        code = int(match[1])
        meaning = _BFGS_CODES.get(code)
        if meaning is None:
            return Text(
                QT_TRANSLATE_NOOP("Forecast", "possible convergence problem: the optimiser (BFGS) gave code {code}"),
                code=code,
            )
        gave = QT_TRANSLATE_NOOP(
            "Forecast", "possible convergence problem: the optimiser (BFGS) gave code {code}, {meaning}"
        )
        return Text(gave, code=code, meaning=meaning)
    return text


def _scale(raw: Predictive, log: bool) -> dict[str, Array]:
    """Mean, median and the interval bounds in the input's scale (on logs mapped back with exp: quantiles survive
    a monotone map; the mean is that of the log-normal mixture)."""
    bounds = {
        f"{side}-{level}": raw.quantile(0.5 + sign * level / 200)
        for level in LEVELS
        for side, sign in (("lo", -1), ("hi", 1))
    }
    if not log:
        return {**bounds, "mean": raw.mean(), "median": raw.mean()}
    return {
        **{name: np.exp(bound) for name, bound in bounds.items()},
        "mean": raw.mean_of_exp(),
        "median": np.exp(raw.quantile(0.5)),
    }


def _points(last: datetime, raw: Predictive, log: bool) -> tuple[ForecastPoint, ...]:
    out = _scale(raw, log)
    return tuple(
        ForecastPoint(
            date=last + timedelta(days=i + 1),
            mean=float(out["mean"][i]),
            median=float(out["median"][i]),
            lo80=float(out["lo-80"][i]),
            hi80=float(out["hi-80"][i]),
            lo95=float(out["lo-95"][i]),
            hi95=float(out["hi-95"][i]),
        )
        for i in range(len(out["mean"]))
    )


def _backtest(
    series: Array, values: Array, days: int, windows: int, log: bool, refit: Callable[[Array], Predictive]
) -> Backtest | None:
    n = len(series)
    origins = [n - w * days for w in range(windows, 0, -1) if n - w * days >= MIN_TRAINING]
    if not origins:
        return None
    errors: list[float] = []
    inside_80 = inside_95 = 0
    for origin in origins:
        out = _scale(refit(series[:origin]), log)
        actual = values[origin : origin + days]
        known = actual != 0  # a percentage error of 0 is undefined: left out of the MAPE
        errors.extend(np.abs((actual[known] - out["mean"][known]) / actual[known]).tolist())
        inside_80 += int(np.sum((out["lo-80"] <= actual) & (actual <= out["hi-80"])))
        inside_95 += int(np.sum((out["lo-95"] <= actual) & (actual <= out["hi-95"])))
    count = len(origins) * days
    return Backtest(
        windows=len(origins),
        points=count,
        mape_pct=float(np.mean(errors) * 100.0) if errors else math.nan,
        coverage_80_pct=inside_80 / count * 100.0,
        coverage_95_pct=inside_95 / count * 100.0,
    )
