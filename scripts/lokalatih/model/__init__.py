"""Typed models of every authored source. Shapes only; cross-file rules live in `lokalatih.rules`."""
