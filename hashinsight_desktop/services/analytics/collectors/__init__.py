"""The market history's sources: exchange quotes (``exchanges``) and their aggregate (``aggregate``), network
snapshots (``network``, through the calculator's providers) and the Fear & Greed index (``fear_greed``)."""
