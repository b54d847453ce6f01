"""Typed models of every authored source: shapes only (phase 1 of loading); other rules live in `lokalatih.rules`."""
