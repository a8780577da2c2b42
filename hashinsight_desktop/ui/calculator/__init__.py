"""The calculator tab: profitability, ranking, history and curtailment impact."""
