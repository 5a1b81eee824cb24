"""The rules' expressions evaluated with each repeated part computed once.

An eager `DataFrame.with_columns` evaluates an expression every time it appears in the call: a rule that
reads a derived text in several branches (`pl.when(clause.str.contains(A)).then(clause.str.extract(B))`,
`clause` itself a cleaned or cut text) derives it again for each, and a reference read by `ref_to_date`
is parsed about ten times. A lazy query finds the repeated parts and evaluates each once (polars'
common-subexpression elimination); the frame that comes out is the same. The stages whose rules repeat
costly parts call these instead of the eager methods.
"""

from __future__ import annotations

import polars as pl

# the in-memory engine: polars 2.1's streaming engine panics on some of the rules (an index assertion in a
# string function under a when/then)
_ENGINE = "in-memory"


def with_columns_once(frame: pl.DataFrame, *exprs: pl.Expr, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.with_columns(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    return frame.lazy().with_columns(*exprs, **named_exprs).collect(engine=_ENGINE)


def filter_once(frame: pl.DataFrame, *predicates: pl.Expr) -> pl.DataFrame:
    """`frame.filter(*predicates)`, each repeated subexpression evaluated once."""
    return frame.lazy().filter(*predicates).collect(engine=_ENGINE)


def select_once(frame: pl.DataFrame, *exprs: pl.Expr | str, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.select(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    return frame.lazy().select(*exprs, **named_exprs).collect(engine=_ENGINE)
