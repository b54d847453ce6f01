"""Lokalatih: the curriculum kit for fair recruitment and the protection of Indonesian migrant workers."""

__version__ = "0.1.0"
