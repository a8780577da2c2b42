"""The miner catalogue tab."""
