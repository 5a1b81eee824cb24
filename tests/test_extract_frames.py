"""frames.with_columns_once / select_once: the eager methods' frames, each shared part computed once."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from pipelines.extract import frames

FRAME = pl.DataFrame(
    {
        "article_id": ["a", "a", "a", "b", "b", "c"],
        "idx": [0, 1, 2, 0, 1, 0],
        "text": [
            "Russia launched 54 drones overnight.",
            "Of these, 40 were shot down, the air force said.",
            None,
            "Germany pledged EUR 500m in military aid.",
            "The statement did not give further details.",
            "Über 12 Drohnen wurden abgeschossen.",
        ],
        "flag": [True, False, True, None, False, True],
    }
)

CLEANED = pl.col("text").str.replace_all(r"(?i)\b(?:the|of)\b", " ").str.replace_all(r"\s+", " ")
# a part repeated inside a part that is itself repeated: polars' own elimination takes out only the outer one
JUDGED = pl.when(pl.col("flag")).then(CLEANED.str.to_uppercase()).otherwise(CLEANED)
WRAPPED = pl.when(pl.col("text").str.contains("pledged")).then(JUDGED.str.replace_all("AID", "")).otherwise(JUDGED)

# (below a window or an aggregation nothing is taken out: its inputs are read per group)
FLAGGED_LAST = pl.col("text").filter(pl.col("flag").fill_null(False)).last().over("article_id")

EXPRESSIONS = {
    "nested": [WRAPPED.alias("judged"), WRAPPED.str.contains(r"\d").alias("has_digit")],
    "windows and shifts": [
        CLEANED.str.len_chars().alias("n"),
        (CLEANED.str.len_chars() > 20).any().over("article_id").alias("any_long"),
        CLEANED.shift(1).forward_fill().over("article_id", order_by="idx").alias("previous"),
        pl.when(CLEANED.str.contains("drones")).then(pl.col("idx")).otherwise(pl.col("idx").max()).alias("pick"),
    ],
    "aggregations broadcast": [
        (pl.col("idx") == pl.col("idx").max()).alias("last"),
        (pl.col("idx").max() + 1).alias("scalar_a"),
        ((pl.col("idx").max() + 1) * 2).alias("scalar_b"),
        CLEANED.is_null().any().alias("any_null"),
    ],
    "names kept, existing columns replaced": [
        CLEANED.name.keep(),
        pl.col("flag").fill_null(False) & CLEANED.str.contains("(?i)the").fill_null(False),
    ],
    "filtered aggregation": [
        FLAGGED_LAST.str.contains("down").alias("x"),
        FLAGGED_LAST.alias("y"),
    ],
}


@pytest.mark.parametrize("name", EXPRESSIONS)
def test_with_columns_once_is_with_columns(name):
    exprs = EXPRESSIONS[name]
    assert_frame_equal(frames.with_columns_once(FRAME, *exprs), FRAME.with_columns(*exprs))


@pytest.mark.parametrize("name", EXPRESSIONS)
def test_select_once_is_select(name):
    exprs = EXPRESSIONS[name]
    assert_frame_equal(frames.select_once(FRAME, "article_id", *exprs), FRAME.select("article_id", *exprs))


def test_select_once_of_aggregates_gives_one_row():
    exprs = [(pl.col("idx").max() + 1).alias("a"), ((pl.col("idx").max() + 1) * 2).alias("b")]
    assert_frame_equal(frames.select_once(FRAME, *exprs), FRAME.select(*exprs))


def test_named_expressions():
    assert_frame_equal(
        frames.with_columns_once(FRAME, judged=WRAPPED, digit=WRAPPED.str.contains(r"\d")),
        FRAME.with_columns(judged=WRAPPED, digit=WRAPPED.str.contains(r"\d")),
    )


def test_the_part_inside_a_repeated_part_is_computed_first():
    exprs = EXPRESSIONS["nested"]
    stages, final = frames._shared_parts(exprs)
    # the cleaned text first, then the judged text that reads it, then the wrapped one (both expressions read it)
    assert len(stages) == 3
    assert all("__shared_part_" in str(expr) for expr in final)
    plain_replaces = sum(str(expr).count("str.replace") for expr in exprs)
    staged_replaces = sum(str(expr).count("str.replace") for stage in stages for expr in stage) + sum(
        str(expr).count("str.replace") for expr in final
    )
    assert staged_replaces < plain_replaces


def test_python_functions_and_several_outputs_fall_back_to_polars():
    udf = pl.col("idx").map_batches(lambda s: s * 2, return_dtype=pl.Int64)
    assert frames._shared_parts([udf.alias("a"), (udf + 1).alias("b")]) is None
    assert_frame_equal(
        frames.with_columns_once(FRAME, udf.alias("a"), (udf + 1).alias("b")),
        FRAME.with_columns(udf.alias("a"), (udf + 1).alias("b")),
    )
    assert frames._shared_parts([pl.all().cast(pl.String)]) is None
    as_text = pl.all().cast(pl.String)
    assert_frame_equal(frames.with_columns_once(FRAME, as_text), FRAME.with_columns(as_text))


def test_nothing_shared():
    assert frames._shared_parts([pl.col("idx") + 1, pl.col("text").str.len_chars()]) is None


def test_last_earlier_value_is_the_window():
    frame = pl.DataFrame(
        {
            "article_id": ["a", "a", "b", "a", "b", "b", "a", "c"],
            "kind": ["x", "y", "x", "x", "x", "y", "y", "x"],
            "value": [1, None, 3, None, 5, 6, 7, None],
            "other": list("abcdefgh"),
        }
    )
    window = (
        pl.col("value").shift(1).forward_fill().over(["article_id", "kind"]).alias("earlier"),
        (pl.col("value") * 10).shift(1).forward_fill().over(["article_id", "kind"]).alias("other"),
    )
    assert_frame_equal(
        frames.last_earlier_value(frame, ["article_id", "kind"], earlier=pl.col("value"), other=pl.col("value") * 10),
        frame.with_columns(*window),
    )


def test_a_chain_too_deep_to_read_back_falls_back_to_polars():
    deep = pl.col("text")
    for n in range(80):
        deep = deep.str.replace_all(f"x{n}y", "z")
    exprs = [deep.alias("a"), deep.str.len_chars().alias("b")]
    assert frames._shared_parts(exprs) is None
    assert_frame_equal(frames.with_columns_once(FRAME, *exprs), FRAME.with_columns(*exprs))


def test_an_expression_too_deep_to_read_back_still_has_its_shared_parts_computed_once():
    # a long chain of tests, each on a cleaned text (as aid's test for other money): polars cannot read the whole
    # expression back from its serialisation, but its parts and the chain reading them as columns it can
    cleaned = pl.col("text")
    for word in ("the", "of", "a", "an", "in", "on", "at", "by", "to", "for"):
        cleaned = cleaned.str.replace_all(rf"(?i)\b{word}\b", " ")
    deep = cleaned.str.contains("x0")
    for n in range(1, 24):
        deep = deep | cleaned.str.contains(f"x{n}") | pl.col("text").str.contains(f"y{n}")
    exprs = [deep.alias("deep"), cleaned.str.len_chars().alias("n")]
    assert frames._shared_parts(exprs) is not None
    assert_frame_equal(frames.with_columns_once(FRAME, *exprs), FRAME.with_columns(*exprs))


def test_and_with_a_pattern_is_short_circuited_with_the_same_values():
    frame = pl.DataFrame(
        {
            "a": [True, True, True, False, False, False, None, None, None],
            "text": ["x", "y", None, "x", "y", None, "x", "y", None],
        }
    )
    exprs = [
        (pl.col("a") & pl.col("text").str.contains("x")).alias("and"),
        (pl.col("a") & pl.col("text").str.contains("x") & pl.col("text").str.contains("x|y")).alias("and3"),
        (~pl.col("a") & pl.col("text").str.contains("y")).alias("not_and"),
    ]
    assert_frame_equal(frames.with_columns_once(frame, *exprs), frame.with_columns(*exprs))


def test_a_pattern_after_an_and_that_holds_nowhere_is_not_read():
    # (an invalid pattern would fail if it were compiled)
    nowhere = (pl.col("idx") > 100) & pl.col("text").str.contains("(unclosed")
    out = frames.with_columns_once(FRAME, nowhere.alias("x"))
    assert out["x"].to_list() == [False] * FRAME.height


def test_bitwise_and_of_integers_is_left_as_it_is():
    frame = pl.DataFrame({"n": [1, 2, 3], "m": [3, 3, 0], "text": ["x", "y", "z"]})
    exprs = [
        ((pl.col("n") & pl.col("m")) == pl.col("text").str.len_chars()).alias("a"),
        ((~pl.col("n")) & pl.col("text").str.count_matches("x")).alias("b"),
    ]
    assert_frame_equal(frames.with_columns_once(frame, *exprs), frame.with_columns(*exprs))


def test_filter_once_is_filter():
    predicate = WRAPPED.str.contains("DRONES").fill_null(False) | (pl.col("flag").fill_null(False) & CLEANED.str.contains("x"))
    assert_frame_equal(frames.filter_once(FRAME, predicate), FRAME.filter(predicate))
