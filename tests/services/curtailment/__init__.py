"""Tests for the curtailment optimiser."""
