"""Typed models of every authored source, and of the JSON files the kit writes and `lokalatih score` reads
(`test_key.py`, `report.py`: one model for writer and reader). Shapes only (phase 1 of loading); the rules across
files live in `lokalatih.rules`."""
