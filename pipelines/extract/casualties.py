"""Placeholder: being written (issue 3)."""

import polars as pl

from pipelines.extract.schema import empty_facts


def extract_casualties(sentences: pl.DataFrame) -> pl.DataFrame:
    return empty_facts()
