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

# The rules' lazy queries run on the in-memory engine: polars 2.1's streaming engine (the default) panics on
# some of them (an index assertion in a string function under a when/then), and on one core it is the slower
# of the two for these queries (the sentence split: about 250 ms against 220 ms on a 10,000-article batch).
ENGINE = "in-memory"


def with_columns_once(frame: pl.DataFrame, *exprs: pl.Expr, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.with_columns(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    return frame.lazy().with_columns(*exprs, **named_exprs).collect(engine=ENGINE)


def select_once(frame: pl.DataFrame, *exprs: pl.Expr | str, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.select(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    return frame.lazy().select(*exprs, **named_exprs).collect(engine=ENGINE)


def last_earlier_value(frame: pl.DataFrame, group: list[str], **values: pl.Expr) -> pl.DataFrame:
    """`frame` plus a column per `values` entry: the expression's last non-null value in an earlier row of the
    same `group` (rows in frame order), null when there is none.

    This is `expr.shift(1).forward_fill().over(group)` (on a frame in reading order, also the window ordered by
    sentence and mention), computed by putting each group's rows together (a stable sort and back) instead of
    a window: a window over many groups or several keys gathers and scatters the rows again for every
    expression, several times the cost.
    """
    first_of_group = pl.any_horizontal([pl.col(key).ne_missing(pl.col(key).shift(1)) for key in group]).fill_null(True)
    grouped = frame.with_row_index("_frame_row").sort([*group, "_frame_row"])
    grouped = grouped.with_columns(first_of_group.cum_sum().alias("_group_no"))
    filled = []
    for name, value in values.items():
        earlier = pl.when(~first_of_group).then(value.shift(1))
        # a fill reaches back only to a value of its own group
        source_group = pl.when(earlier.is_not_null()).then(pl.col("_group_no")).forward_fill()
        filled.append(pl.when(source_group == pl.col("_group_no")).then(earlier.forward_fill()).alias(name))
    return with_columns_once(grouped, *filled).sort("_frame_row").drop("_frame_row", "_group_no")
