"""Benchmarks and comparisons that are not part of the pipeline (optional extras)."""
