"""The rules' expressions evaluated with each repeated part computed once.

An eager `DataFrame.with_columns` evaluates an expression every time it appears in the call: a rule that
reads a derived text in several branches (`pl.when(clause.str.contains(A)).then(clause.str.extract(B))`,
`clause` itself a cleaned or cut text) derives it again for each, and a reference read by `ref_to_date`
is parsed about ten times. A lazy query finds the repeated parts and evaluates each once (polars'
common-subexpression elimination); the frame that comes out is the same. The stages whose rules repeat
costly parts call these instead of the eager methods.

Polars finds only the outermost repeated parts: a part repeated inside one of them (aid's judged text,
itself read twice, cuts the words before and after an amount the same way in both of its branches) is
evaluated once per repetition of it. `with_columns_once` and `select_once` therefore first compute every
shared part, innermost first, as a column of its own (`_shared_parts`), then the expressions reading those
columns; the result is the same frame. A condition `a & b` whose `b` reads a pattern evaluates `b` only when `a`
holds (or is unknown) on some row (`_short_circuit_ands`): most of a rule's conditions hold on no row of a batch,
and their patterns are then neither compiled nor read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from functools import lru_cache

import polars as pl

# The rules' lazy queries run on the in-memory engine: polars 2.1's streaming engine (the default) panics on
# some of them (an index assertion in a string function under a when/then), and on one core it is the slower
# of the two for these queries (the sentence split: about 250 ms against 220 ms on a 10,000-article batch).
ENGINE = "in-memory"

# Nodes of an expression (as polars serialises it) whose inputs are evaluated on the whole frame, like the node
# itself: a part below them can be computed first as a column. Below any other node (a window, an aggregation,
# a filter, a list's `eval`) the inputs are evaluated per group or per element, and nothing is taken out.
_OPEN_NODES = ("Alias", "KeepName", "BinaryExpr", "Ternary", "Cast", "Function")
# functions whose value has a row for every row of the frame (an aggregation such as `any` has one)
_ROW_FUNCTION_FAMILIES = ("StringExpr", "ListExpr", "TemporalExpr", "StructExpr", "Boolean")
_ROW_FUNCTIONS = ("FillNull", "Coalesce", "Shift")
_AGGREGATING = ("Any", "All", "ConcatVertical")
_FIELDS_WITH_INPUTS = {"BinaryExpr": ("left", "right"), "Ternary": ("predicate", "truthy", "falsy"), "Cast": ("expr",)}
_PART_PREFIX = "__shared_part_"


def only_where(condition: pl.Expr, text: pl.Expr, rewrite: Callable[[pl.Expr], pl.Expr]) -> pl.Expr:
    """`rewrite(text)` where `condition` holds, `text` elsewhere, for a rewrite that leaves the other rows as they
    are: its patterns read only the rows that need them, and are not even compiled (again for every batch) when no
    row does (a when/then whose condition holds on no row does not evaluate its branch). `text` is read more than
    once: pass a column, or evaluate the result with `with_columns_once` (polars' own elimination may take out only
    a part of a long chain of steps)."""
    return pl.coalesce(pl.when(condition).then(rewrite(pl.when(condition).then(text))), text)


def with_columns_once(frame: pl.DataFrame, *exprs: pl.Expr, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.with_columns(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    exprs_ = [*exprs, *(expr.alias(name) for name, expr in named_exprs.items())]
    shared = _shared_parts(exprs_)
    if shared is None:
        return frame.lazy().with_columns(*exprs_).collect(engine=ENGINE)
    stages, final = shared
    query = frame.lazy()
    for stage in stages:
        query = query.with_columns(stage)
    names = [expr.meta.output_name() for stage in stages for expr in stage]
    return query.with_columns(final).drop(names).collect(engine=ENGINE)


def filter_once(frame: pl.DataFrame, predicate: pl.Expr) -> pl.DataFrame:
    """`frame.filter(predicate)`, each repeated subexpression of `predicate` evaluated once."""
    return with_columns_once(frame, predicate.alias("__keep")).filter(pl.col("__keep")).drop("__keep")


def select_once(frame: pl.DataFrame, *exprs: pl.Expr | str, **named_exprs: pl.Expr) -> pl.DataFrame:
    """`frame.select(*exprs, **named_exprs)`, each repeated subexpression evaluated once."""
    exprs_ = [
        *(pl.col(expr) if isinstance(expr, str) else expr for expr in exprs),
        *(expr.alias(name) for name, expr in named_exprs.items()),
    ]
    shared = _shared_parts(exprs_)
    if shared is None:
        return frame.lazy().select(*exprs_).collect(engine=ENGINE)
    stages, final = shared
    query = frame.lazy()
    for stage in stages:
        query = query.with_columns(stage)
    return query.select(final).collect(engine=ENGINE)


def _shared_parts(exprs: list[pl.Expr]) -> tuple[list[list[pl.Expr]], list[pl.Expr]] | None:
    """The parts `exprs` share, as stages of columns (each stage reads only earlier ones), and `exprs` reading
    them; None when there is none or an expression cannot be taken apart (a Python function in it, or a chain of
    steps deeper than polars reads back from its own serialisation): polars then evaluates them as they are."""
    try:
        if any(expr.meta.has_multiple_outputs() for expr in exprs):
            return None
        serialized = tuple(expr.meta.serialize(format="json") for expr in exprs)
        # (the names from the expressions themselves: one too deep for polars to read back from its serialisation,
        # as aid's test for other money is, is still taken apart, its parts and what reads them read back)
        names = tuple(expr.meta.output_name() for expr in exprs)
    except pl.exceptions.PolarsError:
        return None
    return _parts_of(serialized, names)


@lru_cache(maxsize=512)
def _parts_of(serialized: tuple[str, ...], names: tuple[str, ...]) -> tuple[list[list[pl.Expr]], list[pl.Expr]] | None:
    """`_shared_parts` of serialized expressions named `names`, as expressions (the same rules build the same
    expressions for every batch: each set is taken apart once)."""
    try:
        planned = _plan(serialized)
    except (KeyError, TypeError, ValueError, RecursionError):
        # (a node of a form this reading does not know: polars evaluates the expressions as they are)
        return None
    if planned is None:
        return None
    stages, final = planned

    def expr(text: str) -> pl.Expr:
        return pl.Expr.deserialize(io.StringIO(text), format="json")

    try:
        return (
            [[expr(text).alias(name) for name, text in stage] for stage in stages],
            [expr(text).alias(name) for text, name in zip(final, names)],
        )
    except pl.exceptions.PolarsError:
        return None


def _plan(serialized: tuple[str, ...]) -> tuple[list[list[tuple[str, str]]], list[str]] | None:
    """`_shared_parts` on serialized expressions, serialized."""
    # The expressions as one graph: equal subtrees are one node, and each node counts the places that read it.
    ids: dict[tuple, int] = {}
    nodes: list[tuple[object, list[tuple[object, int]]]] = []  # the node, and (where, id) of each input
    readers: list[int] = []

    def node_id(node: object) -> int:
        children = [(path, node_id(child)) for path, child in _inputs(node)]
        key = (_own_fields(node), tuple(child for _, child in children))
        if key not in ids:
            ids[key] = len(nodes)
            nodes.append((node, children))
            readers.append(0)
            for _, child in children:
                readers[child] += 1
        return ids[key]

    roots = [node_id(_short_circuit_ands(json.loads(text))) for text in serialized]
    for root in roots:
        readers[root] += 1

    row_wise: dict[int, bool] = {}

    def has_a_row_per_row(i: int) -> bool:
        """Whether node `i` gives a value for every row of the frame (not one value, as an aggregation does)."""
        if i not in row_wise:
            node, children = nodes[i]
            kind = _kind(node)
            if kind in ("Column", "Over"):
                row_wise[i] = True
            elif kind in ("BinaryExpr", "Ternary", "Cast", "Alias", "KeepName") or _row_function(node):
                row_wise[i] = any(has_a_row_per_row(child) for _, child in children)
            else:
                row_wise[i] = False
        return row_wise[i]

    shared = {
        i for i, (node, _) in enumerate(nodes)
        if readers[i] > 1 and (_kind(node) in ("BinaryExpr", "Ternary", "Cast") or _row_function(node))
        and has_a_row_per_row(i)
    }
    if not shared:
        return None
    names = {i: f"{_PART_PREFIX}{n}" for n, i in enumerate(sorted(shared))}

    def rebuilt(i: int, top: bool = False) -> object:
        """Node `i` with every shared part below it read from its column (and itself too, unless `top`)."""
        if i in shared and not top:
            return {"Column": names[i]}
        node, children = nodes[i]
        return _with_inputs(node, {path: rebuilt(child) for path, child in children}) if children else node

    depths: dict[int, int] = {}

    def depth(i: int) -> int:
        """How many shared parts deep node `i` reads (0: none)."""
        if i not in depths:
            depths[i] = max((depth(child) + (child in shared) for _, child in nodes[i][1]), default=0)
        return depths[i]

    stages: list[list[tuple[str, str]]] = [[] for _ in range(max(depth(i) for i in shared) + 1)]
    for i in sorted(shared):
        stages[depth(i)].append((names[i], json.dumps(rebuilt(i, top=True))))
    return [stage for stage in stages if stage], [json.dumps(rebuilt(root)) for root in roots]


_FALSE = {"Literal": {"Scalar": {"Boolean": False}}}
_TRUE = {"Literal": {"Scalar": {"Boolean": True}}}
_COMPARISONS = ("Eq", "NotEq", "Lt", "LtEq", "Gt", "GtEq", "EqValidity", "NotEqValidity")
# (bitwise on integers, logical on booleans)
_LOGICAL = ("And", "Or", "Xor", "LogicalAnd", "LogicalOr")
_TESTS = ("Contains", "StartsWith", "EndsWith", "ContainsAny")


def _short_circuit_ands(node: object) -> object:
    """`a & b` (b reading a pattern) as `when(a.fill_null(True)).then(a & b).otherwise(False)`: the same values
    (false & anything is false), but b is not evaluated, nor its patterns compiled, when a is false on every row.
    Most of a rule's conditions hold in no row of a batch."""
    kind = _kind(node)
    if kind not in _OPEN_NODES:
        return node
    node = _with_inputs(node, {path: _short_circuit_ands(child) for path, child in _inputs(node)})
    if kind != "BinaryExpr" or node[kind]["op"] != "And":
        return node
    left, right = node[kind]["left"], node[kind]["right"]
    if not _boolean(left) or '"StringExpr"' not in json.dumps(right):
        return node
    guard = {"Function": {"input": [left, _TRUE], "function": "FillNull"}}
    return {"Ternary": {"predicate": guard, "truthy": node, "falsy": _FALSE}}


def _boolean(node: object) -> bool:
    """Whether `node` surely gives booleans (a test, a comparison, a boolean function)."""
    kind = _kind(node)
    if kind == "BinaryExpr":
        op = node[kind]["op"]
        return op in _COMPARISONS or (op in _LOGICAL and _boolean(node[kind]["left"]) and _boolean(node[kind]["right"]))
    if kind == "Ternary":
        return _boolean(node[kind]["truthy"]) and _boolean(node[kind]["falsy"])
    if kind == "Literal":
        return "Boolean" in json.dumps(node)
    if kind != "Function":
        return False
    function = node[kind]["function"]
    if function == "FillNull":
        return _boolean(node[kind]["input"][0])
    if not isinstance(function, dict):
        return False
    family, detail = next(iter(function.items()))
    name = detail if isinstance(detail, str) else next(iter(detail), "") if isinstance(detail, dict) else ""
    if family == "Boolean":
        # ("not" of an integer is its bitwise complement)
        return name != "Not" or _boolean(node[kind]["input"][0])
    return family == "StringExpr" and name in _TESTS


def _kind(node: object) -> str:
    return next(iter(node)) if isinstance(node, dict) and len(node) == 1 else ""


def _inputs(node: object) -> list[tuple[object, object]]:
    """(where, input) of each input of a node evaluated on the whole frame, as the node is; none for a leaf or
    for any other node (a window, an aggregation, a filter, a list's `eval`), whose inputs are evaluated per
    group or per element: no part below those is taken out."""
    kind = _kind(node)
    if kind not in _OPEN_NODES:
        return []
    body = node[kind]
    if kind == "Alias":
        return [(0, body[0])]
    if kind == "KeepName":
        return [(None, body)]
    if kind == "Function":
        return list(enumerate(body["input"]))
    return [(key, body[key]) for key in _FIELDS_WITH_INPUTS[kind]]


def _own_fields(node: object) -> str:
    """`node` without its inputs: what tells it from another node besides its inputs."""
    kind = _kind(node)
    if kind not in _OPEN_NODES:
        return json.dumps(node, sort_keys=True)
    inputs = {path: None for path, _ in _inputs(node)}
    return json.dumps(_with_inputs(node, inputs), sort_keys=True)


def _with_inputs(node: dict, inputs: dict) -> dict:
    """A copy of `node` with its inputs replaced (`inputs`: where -> input)."""
    kind = _kind(node)
    body = node[kind]
    if kind == "Alias":
        return {kind: [inputs[0], body[1]]}
    if kind == "KeepName":
        return {kind: inputs[None]}
    if kind == "Function":
        return {kind: {**body, "input": [inputs[n] for n in range(len(body["input"]))]}}
    return {kind: {**body, **inputs}}


def _row_function(node: object) -> bool:
    """A function that gives a value per row of its input (not an aggregation such as `any`)."""
    if _kind(node) != "Function":
        return False
    function = node["Function"]["function"]
    if isinstance(function, str):
        return function in _ROW_FUNCTIONS
    family, detail = next(iter(function.items()))
    name = detail if isinstance(detail, str) else next(iter(detail), "") if isinstance(detail, dict) else ""
    return family in _ROW_FUNCTION_FAMILIES and name not in _AGGREGATING


def last_earlier_value(frame: pl.DataFrame, group: list[str], **values: pl.Expr) -> pl.DataFrame:
    """`frame` plus a column per `values` entry: the expression's last non-null value in an earlier row of the
    same `group` (rows in frame order), null when there is none.

    This is `expr.shift(1).forward_fill().over(group)` (on a frame in reading order, also the window ordered by
    sentence and mention), computed by putting each group's rows together (a stable sort and back) instead of
    a window: a window over many groups or several keys gathers and scatters the rows again for every
    expression, several times the cost.
    """
    first_of_group = pl.any_horizontal([pl.col(key).ne_missing(pl.col(key).shift(1)) for key in group]).fill_null(True)
    # (only the columns the keys and values read are sorted, and the filled columns put back beside the frame's:
    # sorting every column of a wide frame twice cost more than the fills)
    read = list(dict.fromkeys([*group, *(name for value in values.values() for name in value.meta.root_names())]))
    grouped = frame.select(read).with_row_index("_frame_row").sort([*group, "_frame_row"])
    grouped = grouped.with_columns(first_of_group.cum_sum().alias("_group_no"))
    filled = []
    for name, value in values.items():
        earlier = pl.when(~first_of_group).then(value.shift(1))
        # a fill reaches back only to a value of its own group
        source_group = pl.when(earlier.is_not_null()).then(pl.col("_group_no")).forward_fill()
        filled.append(pl.when(source_group == pl.col("_group_no")).then(earlier.forward_fill()).alias(name))
    back = select_once(grouped, "_frame_row", *filled).sort("_frame_row").drop("_frame_row")
    return frame.with_columns(back.get_columns())
