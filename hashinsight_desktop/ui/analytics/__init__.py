"""The Analytics tab: market history with indicators and signals, forecasts, the ROI heat-map, replay, explain."""
