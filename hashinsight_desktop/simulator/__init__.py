"""The fleet simulator: emulated miners speaking the CGMiner API on loopback addresses.

A tool beside the layers: it may use services (the model catalogue), never workers or ui.
"""
