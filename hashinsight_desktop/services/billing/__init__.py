"""Hosting billing: the contract terms the usage engine reads (contract_terms), the engine itself (usage: usage per
miner from samples or roll-up buckets, then the bill), exact money (money) and the usage file of `billing draft`
(usage_file)."""
