"""The weapon vocabulary: nouns that count aerial weapons (lexicon/weapon_nouns.csv, with their class)
and named models (lexicon/weapons.csv, with the side that fires them). Data an analyst extends by
adding rows; these functions only read it.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.extract.numbers import ascii_bounds


LEXICON = Path(__file__).parent / "lexicon"


@lru_cache(maxsize=1)
def weapon_models() -> pl.DataFrame:
    with open(LEXICON / "weapons.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pl.DataFrame(rows)


@lru_cache(maxsize=1)
def weapon_nouns() -> pl.DataFrame:
    with open(LEXICON / "weapon_nouns.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pl.DataFrame(rows)


def noun_pattern() -> str:
    return "|".join(weapon_nouns()["pattern"])


def with_weapon(frame: pl.DataFrame, phrase_col: str, out_col: str) -> pl.DataFrame:
    """`frame` plus `out_col`: the normalised model named in `phrase_col`; null for none or several.

    Most phrases name no model, so one regex of all patterns picks the few that do and only those
    are matched pattern by pattern (in steps over materialised columns: eager frames get no
    common-subexpression pass, so one big expression would redo every match for each use).
    """
    rows = list(weapon_models().iter_rows(named=True))
    patterns = [ascii_bounds(row["pattern"]) for row in rows]
    any_model = "|".join(f"(?:{p})" for p in patterns)
    text = pl.col("_weapon_text")
    hits = [f"_weapon_hit{i}" for i in range(len(patterns))]
    named = (
        frame.select(
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("_weapon_row"),
            pl.col(phrase_col)
            .str.to_lowercase()
            # "Kh-101/Kh-555", "Kh-101 and Kh-555", "Kh-101/555": the pair the air force reports as one (also with
            # the older Kh-55 after it: "Kh-101, Kh-555 and Kh-55", "X-101/X-555/X-55")
            .str.replace_all(
                r"kh-101(?:,?\s+|/|\s+(?:and|or)\s+)(?:kh-)?555(?:,?\s+(?:and\s+)?kh-55\b|/(?:kh-)?55\b)?", "kh101555"
            )
            # one model under two names, or sibling models reported together, are the first:
            # "Iskander-M/KN-23", "Kh-22 and Kh-32", "Kh-59/69", also with the noun after each
            # ("Kh-22 missiles and Kh-32 missiles")
            .str.replace_all(r"iskander-m(?:\s+missiles?)?(?:\s*/\s*|\s+or\s+)kn-23", "iskander-m")
            .str.replace_all(r"kh-22(?:\s+missiles?)?(?:\s*/\s*|\s+(?:and|or)\s+)(?:kh-)?32", "kh-22")
            .str.replace_all(r"kh-59(?:\s+missiles?)?(?:\s*/\s*|\s+(?:and|or)\s+)(?:kh-)?69", "kh-59")
            # the jet-powered Shahed is its own model (Geran-3, Shahed-238), not the propeller Shahed-136/131
            .str.replace_all(
                r"\b(?:geran-3|shahed-238)\b|\b(?:turbo)?jet(?:-powered|-propelled|-engined)?\s+(?:shahed|geran)s?(?:-\d+)?\b",
                "jetgrn3",
            )
            # "Iskander cruise missiles" without the letter are the Iskander-K (the ballistic ones the Iskander-M)
            .str.replace_all(r"\biskanders?(\s+(?:[a-z-]+\s+)?cruise)\b", "iskander-k${1}")
            # drones of both roles are no reconnaissance drones: "strike and reconnaissance drones"
            .str.replace_all(
                r"\b(?:strike|attack|combat|assault|kamikaze)(?:\s+and\s+|\s*/\s*|-)reconnaissance\b"
                r"|\breconnaissance(?:\s+and\s+|\s*/\s*|-)(?:strike|attack|combat|assault|kamikaze)\b",
                "dualrole",
            )
            # "unguided aerial bombs" are no KAB (Russia's "aerial bombs" are its guided ones, the KAB)
            .str.replace_all(r"\bunguided\s+(?:aerial\s+|air\s+)?bombs?\b", "unguided")
            # Western bombs named with their class: "JDAM guided aerial bombs" is a JDAM, not a KAB
            .str.replace_all(r"\b(jdam(?:-er)?|hammer|aasm|gbu-\d+)\b[^,;]*?\bbombs?\b", "${1}")
            .alias("_weapon_text"),
        )
        .filter(text.str.contains(any_model))
        # one flag per pattern row: does the phrase match it (flags and sums, not a list per phrase: building
        # a list of every row's model for each phrase cost more than the matching)
        .with_columns(text.str.contains(p).alias(f"_weapon_hit{i}") for i, p in enumerate(patterns))
        .select(
            "_weapon_row",
            # the model of the one matching row; two rows matching (even of one model) name none
            pl.when(pl.sum_horizontal(hits) == 1)
            .then(pl.coalesce(pl.when(pl.col(hit)).then(pl.lit(row["weapon"])) for hit, row in zip(hits, rows)))
            .alias(out_col),
        )
    )
    return (
        frame.with_row_index("_weapon_row")
        .join(named, on="_weapon_row", how="left", maintain_order="left")
        .drop("_weapon_row")
    )


def weapon_hint_expr(weapon: pl.Expr) -> pl.Expr:
    """The side that fires a model (Storm Shadow -> UA, Kinzhal -> RU), null when both do or none is named."""
    hints = weapon_models().filter(pl.col("attacker_hint") != "").unique("weapon", keep="first")
    return weapon.replace_strict(hints["weapon"], hints["attacker_hint"], default=None)


def weapon_class_expr(noun: pl.Expr) -> pl.Expr:
    """The class of the first row of weapon_nouns.csv whose pattern is the whole noun.

    Consecutive rows of one class are joined into one regex (one pass instead of one per row);
    the first-row-wins order is kept because runs are tried in file order.
    """
    text = noun.str.to_lowercase()
    runs: list[tuple[str, list[str]]] = []
    for row in weapon_nouns().iter_rows(named=True):
        if runs and runs[-1][0] == row["weapon_class"]:
            runs[-1][1].append(row["pattern"])
        else:
            runs.append((row["weapon_class"], [row["pattern"]]))
    expr = pl.lit(None, dtype=pl.String)
    for weapon_class, patterns in reversed(runs):
        whole = "^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$"
        expr = pl.when(text.str.contains(whole)).then(pl.lit(weapon_class)).otherwise(expr)
    return expr
