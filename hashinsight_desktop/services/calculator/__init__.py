"""Mining profitability: the formula, the day-by-day projection, curtailment impact, history."""
