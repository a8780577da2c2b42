"""Long-running asyncio jobs (pollers, schedulers, listeners); run under qasync or a plain loop."""
