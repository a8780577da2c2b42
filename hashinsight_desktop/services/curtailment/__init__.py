"""Curtailment optimiser: choose a power level per miner to shed a power target."""
