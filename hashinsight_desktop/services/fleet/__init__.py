"""Miners in their sites, and the commands sent to them."""
