"""Models generated with openapi/templates build their fields from JSON when first read.

A small Swagger document with nested models, lists, a map, an enum and a nullable union is put
through the real pipeline with the project's templates; the generated models must behave like
the stock generator's eager ones wherever a caller can tell.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import pytest
from _build_helpers import ROOT, read_report, run_build

TEMPLATES = ROOT / "openapi" / "templates"

SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Lazy Check", "version": "1.0.0"},
    "host": "127.0.0.1",
    "basePath": "/v1",
    "schemes": ["http"],
    "paths": {
        "/posts": {
            "get": {
                "operationId": "list_posts",
                "produces": ["application/json"],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Page"}}
                },
            }
        }
    },
    "definitions": {
        "Page": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"$ref": "#/definitions/Post"}},
                "next_cursor": {"type": "string"},
            },
        },
        "Post": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "kind": {"type": "string", "enum": ["post", "comment"]},
                "author": {"$ref": "#/definitions/Person"},
                "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                "reply_to": {"$ref": "#/definitions/Post"},
                "score": {"type": "integer", "x-nullable": True},
            },
        },
        "Person": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        },
    },
}

PAGE_JSON: dict[str, Any] = {
    "data": [
        {
            "id": "p1",
            "kind": "post",
            "author": {"id": "u1", "name": "Ann", "nickname": "annie"},
            "counts": {"like": 3},
            "score": None,
            "reply_to": {"id": "p0", "kind": "comment"},
            "pinned": True,
        },
        {"id": "p2"},
    ],
    "next_cursor": "c2",
}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("lazy")
    spec_path = out / "lazy.swagger.json"
    spec_path.write_text(json.dumps(SPEC), encoding="utf-8")

    result = run_build("--spec", spec_path, "--templates", TEMPLATES, "--out", out / "client")

    assert result.returncode == 0, result.stderr
    package = read_report(out / "client")["package"]
    sys.path.insert(0, str(out / "client"))
    try:
        yield importlib.import_module(f"{package}.models")
    finally:
        sys.path.remove(str(out / "client"))
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]


def fresh_page(models: ModuleType) -> Any:
    return models.Page._from_json(copy.deepcopy(PAGE_JSON))


def test_model_read_from_json_equals_the_model_checked_by_from_dict(models: ModuleType) -> None:
    assert fresh_page(models) == models.Page.from_dict(PAGE_JSON)


def test_fields_nested_models_and_extra_keys_read_as_typed_values(models: ModuleType) -> None:
    post = fresh_page(models).data[0]

    assert post.id == "p1"
    assert post.kind == models.PostKind.POST
    assert (post.author.id, post.author.name) == ("u1", "Ann")
    assert post.author.additional_properties == {"nickname": "annie"}
    assert post.counts["like"] == 3
    assert post.reply_to.kind == models.PostKind.COMMENT
    assert post.score is None
    assert post["pinned"] is True


def test_to_dict_gives_back_the_json_it_was_read_from(models: ModuleType) -> None:
    assert fresh_page(models).to_dict() == PAGE_JSON


def test_setting_a_field_before_reading_keeps_it_and_the_others(models: ModuleType) -> None:
    page = fresh_page(models)

    page.next_cursor = "changed"

    assert page.next_cursor == "changed"
    assert [post.id for post in page.data] == ["p1", "p2"]


def test_attrs_helpers_work_on_a_model_read_from_json(models: ModuleType) -> None:
    post = fresh_page(models).data[1]

    changed = attrs.evolve(post, kind=models.PostKind.COMMENT)

    assert (changed.id, changed.kind) == ("p2", models.PostKind.COMMENT)
    assert attrs.asdict(fresh_page(models).data[1])["id"] == "p2"
    assert "p2" in repr(fresh_page(models).data[1])


def test_model_built_in_code_is_equal_to_the_same_model_read_from_json(
    models: ModuleType,
) -> None:
    built = models.Person(id="u9", name="Bo")

    assert built == models.Person._from_json({"id": "u9", "name": "Bo"})
    assert models.Person._from_json({"id": "u9", "name": "Bo"}) == built


def test_missing_required_key_raises_key_error_at_once(models: ModuleType) -> None:
    with pytest.raises(KeyError, match="id"):
        models.Person._from_json({"name": "no id"})


def test_bad_nested_value_raises_when_read_or_at_once_with_from_dict(
    models: ModuleType,
) -> None:
    bad = copy.deepcopy(PAGE_JSON)
    bad["data"][1]["kind"] = "story"
    page = models.Page._from_json(bad)

    with pytest.raises(ValueError, match="story"):
        _ = page.data[1].kind
    with pytest.raises(ValueError, match="story"):
        models.Page.from_dict(bad)


def test_unknown_attribute_still_raises_attribute_error(models: ModuleType) -> None:
    page = fresh_page(models)

    assert not hasattr(page, "no_such_field")
    assert not hasattr(models.Person(id="u1"), "no_such_field")


def test_models_package_imports_each_model_on_first_use(models: ModuleType) -> None:
    assert "Person" in dir(models)
    assert models.Person.__name__ == "Person"
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel
