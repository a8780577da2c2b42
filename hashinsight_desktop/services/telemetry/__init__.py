"""The storage side of the telemetry pipeline (Qt-free, synchronous; workers call it through
``asyncio.to_thread``):

- :mod:`.buffer`: :class:`SampleBuffer`, the bounded buffer between poller and database, and the
  rows built from a :class:`MinerSample`;
- :mod:`.writer`: :class:`TelemetryWriter`, samples and latest states in one transaction, the batch
  kept on an outage;
- :mod:`.rollups`: 5-minute and hourly roll-ups, retention, deleting a miner's telemetry;
- :mod:`.series`: chart series from the table that fits the window;
- :mod:`.alert_rules`: the alert rules and the alert records they open and clear;
- :mod:`.kpis`: live KPIs per site.
"""
