"""The general fixes repair the patterns that break conversion or generation, in any spec."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from _build_helpers import ROOT, read_report, run_build

sys.path.insert(0, str(ROOT / "scripts"))
import _spec_fixes  # noqa: E402
from _spec_load import SpecLoadError, load_document  # noqa: E402

NASTY_SPEC = """\
swagger: "2.0"
info:
  title: "Nasty demo"
  version: 2017-05-15
produces:
  - application/xml
produces:
  - application/json
paths:
  /things/{thing.id}:
    get:
      description: "a long description
        spread over two lines"
      parameters:
        - {name: thing.id, in: path, required: true, type: string}
        - name: grid
          in: query
          type: array
          collectionFormat: pipes
          items: {type: array, collectionFormat: csv, items: {type: string}}
      responses:
        200: {description: ok, schema: {$ref: "#/definitions/Thing"}}
    put:
      operationId: getThing
      consumes: [application/json, application/x-www-form-urlencoded, text/xml]
      parameters:
        - {name: thing.id, in: path, required: true, type: string}
        - {name: body, in: body, schema: {$ref: "#/definitions/Thing"}}
      responses:
        200: {description: ok}
  /things:
    get:
      operationId: get_thing
      produces: ["*/*"]
      responses:
        200: {description: ok, schema: {type: array, items: {$ref: "#/definitions/Thing"}}}
    post:
      operationId: getThing
      produces: [application/x-tar]
      responses:
        200: {description: ok, schema: {type: file}}
definitions:
  Thing:
    title: "A thing is an object that somebody made somewhere for some reason or other"
    type: object
    properties:
      answer: {type: string, enum: [yes, no]}
      shape: {type: object, enum: [{}]}
"""


def test_lenient_loader_keeps_yaml12_scalars_and_reports_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "nasty.yaml"
    spec.write_text(NASTY_SPEC, encoding="utf-8")

    document, warnings = load_document(spec)

    assert document["info"]["version"] == "2017-05-15"
    assert document["produces"] == ["application/json"]
    assert warnings == ["duplicate key 'produces' at line 7; last one wins"]
    assert document["paths"]["/things/{thing.id}"]["get"]["description"] == (
        "a long description spread over two lines"
    )
    answer = document["definitions"]["Thing"]["properties"]["answer"]
    assert answer["enum"] == ["yes", "no"]


def test_operation_ids_are_added_and_made_unique(tmp_path: Path) -> None:
    spec = tmp_path / "nasty.yaml"
    spec.write_text(NASTY_SPEC, encoding="utf-8")
    document, _ = load_document(spec)

    _spec_fixes.fix_operation_ids(document)

    ids = [operation["operationId"] for _, _, operation in _spec_fixes.iter_operations(document)]
    assert ids == ["get_things_thing_id", "getThing", "get_thing_2", "getThing_3"]


def test_body_operation_keeps_only_media_types_a_body_can_use() -> None:
    document = {
        "paths": {
            "/x": {
                "put": {
                    "consumes": ["application/json", "application/x-www-form-urlencoded"],
                    "parameters": [{"name": "body", "in": "body", "schema": {"type": "object"}}],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    }

    _spec_fixes.fix_media_types(document)

    operation = document["paths"]["/x"]["put"]
    assert operation["consumes"] == ["application/json"]
    assert operation["produces"] == ["application/json"]


def test_over_long_names_are_capped_with_a_stable_suffix() -> None:
    name = "x" * 100

    capped = _spec_fixes.capped_name(name)

    assert len(capped) == _spec_fixes.MAX_NAME_LENGTH
    assert capped == _spec_fixes.capped_name(name)


def test_nasty_spec_builds_with_every_operation_and_module(tmp_path: Path) -> None:
    spec = tmp_path / "nasty.yaml"
    spec.write_text(NASTY_SPEC, encoding="utf-8")

    result = run_build("--spec", spec, "--out", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    report = read_report(tmp_path / "out")
    assert report["package"] == "nasty_demo_client"
    assert report["operations_generated"] == report["operations_in_spec"] == 4
    assert report["modules_imported"] == report["modules_total"]
    # The only warning is the duplicate key the spec holds on purpose; the generator has none.
    assert [warning["text"] for warning in report["warnings"]] == [
        "duplicate key 'produces' at line 7; last one wins"
    ]
    models = tmp_path / "out" / "nasty_demo_client" / "models"
    assert all(len(path.name) <= _spec_fixes.MAX_NAME_LENGTH + 3 for path in models.iterdir())


def test_reports_are_identical_across_runs(tmp_path: Path) -> None:
    spec = tmp_path / "nasty.yaml"
    spec.write_text(NASTY_SPEC, encoding="utf-8")

    first = run_build("--spec", spec, "--out", tmp_path / "a")
    second = run_build("--spec", spec, "--out", tmp_path / "b")

    assert first.returncode == second.returncode == 0
    for name in ("generation-report.json", "openapi.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


# --- what the loader refuses, and what it still reads --------------------------------------

ALIAS_BOMB = """\
swagger: "2.0"
info: {title: Bomb, version: "1"}
a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
paths: {/a: {get: {responses: {"200": {description: ok}}}}}
"""

RECURSIVE_YAML = """\
swagger: "2.0"
info: &a {title: T, version: "1", x: *a}
paths: {/a: {get: {responses: {"200": {description: ok}}}}}
"""


def _load(tmp_path: Path, text: str, name: str = "spec.yaml") -> tuple[dict, list[str]]:
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    return load_document(spec)


def test_yaml_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    started = time.monotonic()

    with pytest.raises(SpecLoadError, match=r"aliases expand to more than \d+ nodes"):
        _load(tmp_path, ALIAS_BOMB)

    assert time.monotonic() - started < 1


def test_yaml_alias_to_the_node_that_holds_it_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecLoadError, match=r"alias \*a at line 2 is inside the node it names"):
        _load(tmp_path, RECURSIVE_YAML)


def test_yaml_anchors_within_the_bound_load_as_independent_copies(tmp_path: Path) -> None:
    shared = "{name: id, in: path, required: true, type: string}"
    operations = "\n".join(
        f"  /items{number}/{{id}}:\n    get:\n      parameters: [*id]\n"
        f"      responses: {{'200': {{description: ok}}}}"
        for number in range(200)
    )
    text = (
        f'swagger: "2.0"\ninfo: {{title: T, version: "1"}}\nx-shared: &id {shared}\n'
        f"paths:\n{operations}\n"
    )

    document, _ = _load(tmp_path, text)

    first = document["paths"]["/items0/{id}"]["get"]["parameters"][0]
    second = document["paths"]["/items1/{id}"]["get"]["parameters"][0]
    assert first == second == {"name": "id", "in": "path", "required": True, "type": "string"}
    assert first is not second  # a fix that edits one operation must not edit the others


def test_nesting_deeper_than_the_interpreter_can_walk_is_one_error(tmp_path: Path) -> None:
    text = '{"swagger": "2.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"

    with pytest.raises(SpecLoadError, match="nested too deeply"):
        _load(tmp_path, text, "deep.json")


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"$ref": "http://127.0.0.1:9/other.json#/A"}, r"external \$ref 'http://"),
        ({"$ref": "/etc/passwd#/A"}, r"external \$ref '/etc/passwd#/A'"),
        ({"$ref": "#/definitions/Nope"}, r"'#/definitions/Nope' points at nothing"),
        ({"$ref": "#/definitions/Loop"}, r"only point at each other: #/definitions/Loop -> #/de"),
    ],
    ids=["http", "file", "dangling", "self"],
)
def test_refs_that_leave_the_document_dangle_or_loop_are_refused(
    tmp_path: Path, schema: dict, message: str
) -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "schema": schema}}}}},
        "definitions": {"Loop": {"$ref": "#/definitions/Loop"}},
    }

    with pytest.raises(SpecLoadError, match=message):
        _load(tmp_path, json.dumps(spec), "refs.json")


def test_recursive_model_through_its_properties_still_loads(tmp_path: Path) -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "definitions": {
            "Comment": {
                "type": "object",
                "properties": {
                    "replies": {"type": "array", "items": {"$ref": "#/definitions/Comment"}}
                },
            }
        },
    }

    document, _ = _load(tmp_path, json.dumps(spec), "recursive-model.json")

    assert document["definitions"]["Comment"]["properties"]["replies"]["items"]["$ref"]


def test_numeric_swagger_version_is_read_as_the_string_2_0(tmp_path: Path) -> None:
    document, _ = _load(tmp_path, NASTY_SPEC.replace('swagger: "2.0"', "swagger: 2.0"))

    assert document["swagger"] == "2.0"


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ("", "has no paths"),
        ("paths: null\n", "has no paths"),
        ("paths: {}\n", "has an empty paths object"),
        ("paths: [/a]\n", "has paths of type list, not a mapping"),
    ],
    ids=["missing", "null", "empty", "list"],
)
def test_spec_without_operations_is_refused_as_nothing_to_generate(
    tmp_path: Path, paths: str, message: str
) -> None:
    text = f'swagger: "2.0"\ninfo: {{title: T, version: "1"}}\n{paths}'

    with pytest.raises(SpecLoadError, match=f"{message}: there is no operation to generate"):
        _load(tmp_path, text)


def test_path_parameters_with_leading_digits_or_clashes_get_distinct_names() -> None:
    names = ["1x", "a.b", "a_b", "ü"]
    path = "/a/" + "/".join(f"{{{name}}}" for name in names)
    parameters = [
        {"name": name, "in": "path", "required": True, "type": "string"} for name in names
    ]
    document = {"paths": {path: {"get": {"parameters": parameters, "responses": {}}}}}

    _spec_fixes.fix_path_parameter_names(document)

    [(new_path, item)] = document["paths"].items()
    assert new_path == "/a/{p1x}/{a_b_2}/{a_b}/{_}"
    assert [parameter["name"] for parameter in item["get"]["parameters"]] == [
        "p1x",
        "a_b_2",
        "a_b",
        "_",
    ]


def test_odd_path_parameter_names_all_reach_the_generated_client(tmp_path: Path) -> None:
    names = ["a.b", "c-d", "class", "1x", "ü", "with space"]
    path = "/a/" + "/".join(f"{{{name}}}" for name in names)
    spec = {
        "swagger": "2.0",
        "info": {"title": "Odd params", "version": "1.0"},
        "paths": {
            path: {
                "get": {
                    "operationId": "odd",
                    "parameters": [
                        {"name": name, "in": "path", "required": True, "type": "string"}
                        for name in names
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    (tmp_path / "odd.json").write_text(json.dumps(spec), encoding="utf-8")

    result = run_build("--spec", tmp_path / "odd.json", "--out", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    report = read_report(tmp_path / "out")
    assert report["operations_generated"] == 1 and report["dropped"] == []


def test_duplicate_key_is_a_report_warning_and_a_stderr_line(tmp_path: Path) -> None:
    spec = tmp_path / "nasty.yaml"
    spec.write_text(NASTY_SPEC, encoding="utf-8")

    result = run_build("--spec", spec, "--out", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {spec}: duplicate key 'produces' at line 7; last one wins"
    ]
    assert "1 warning(s)" in result.stdout
    [warning] = read_report(tmp_path / "out")["warnings"]
    assert warning["level"] == "WARNING"
    assert warning["detail"] == "duplicate key 'produces' at line 7; last one wins"
