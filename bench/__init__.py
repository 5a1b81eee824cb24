"""Benchmarks: `python -m bench.run` (end to end), `bench/bench_extract.py` (figure extraction only)."""
