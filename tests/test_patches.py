"""Overlay patches: every committed patch applies, and a target that matches nothing fails."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from _build_helpers import ROOT, run_build

sys.path.insert(0, str(ROOT / "scripts"))
import _overlays  # noqa: E402

PATCHES = ROOT / "openapi" / "patches"
GETSOCIAL_SPEC = ROOT / "openapi" / "getsocial.swagger.json"
COMMITTED_PATCHES = sorted(PATCHES.glob("*.yaml")) if PATCHES.is_dir() else []

SPEC = {
    "swagger": "2.0",
    "info": {"title": "Patch demo", "version": "1.0"},
    "produces": ["application/json"],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {"200": {"description": "ok", "schema": {"type": "string"}}},
            }
        }
    },
}


def overlay(*actions: str) -> str:
    return "overlay: 1.0.0\ninfo: {title: demo, version: '1'}\nactions:\n" + "".join(actions)


@pytest.mark.parametrize("patch", COMMITTED_PATCHES, ids=lambda path: path.name)
def test_committed_patch_matches_the_pinned_spec(patch: Path, tmp_path: Path) -> None:
    assert patch.name.endswith((_overlays.PRE_SUFFIX, _overlays.POST_SUFFIX)), patch.name
    # The patch runs after the ones named before it, as in the real build.
    patches = tmp_path / "patches"
    patches.mkdir()
    for earlier in COMMITTED_PATCHES[: COMMITTED_PATCHES.index(patch) + 1]:
        shutil.copy2(earlier, patches / earlier.name)

    result = run_build(
        "--spec",
        GETSOCIAL_SPEC,
        "--patches",
        patches,
        "--openapi-out",
        tmp_path / "openapi.json",
        "--stage",
        "openapi",
    )

    assert result.returncode == 0, result.stderr


def test_pre_and_post_overlays_both_apply(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    patches = tmp_path / "patches"
    patches.mkdir()
    (patches / "10-summary.pre.yaml").write_text(
        overlay(
            "  - target: $.paths['/things'].get\n    update: {summary: From the pre overlay}\n"
        ),
        encoding="utf-8",
    )
    (patches / "20-server.post.yaml").write_text(
        overlay("  - target: $\n    update: {servers: [{url: 'http://127.0.0.1:9'}]}\n"),
        encoding="utf-8",
    )
    converted = tmp_path / "openapi.json"

    result = run_build(
        "--spec", spec, "--patches", patches, "--openapi-out", converted, "--stage", "openapi"
    )

    assert result.returncode == 0, result.stderr
    document = json.loads(converted.read_text(encoding="utf-8"))
    assert document["paths"]["/things"]["get"]["summary"] == "From the pre overlay"
    assert document["servers"] == [{"url": "http://127.0.0.1:9"}]


@pytest.mark.parametrize("suffix", [_overlays.PRE_SUFFIX, _overlays.POST_SUFFIX])
def test_unmatched_target_fails_the_build_with_one_line(tmp_path: Path, suffix: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    patches = tmp_path / "patches"
    patches.mkdir()
    (patches / f"stale{suffix}").write_text(
        overlay(
            "  - target: $.paths['/things'].get\n    update: {summary: fine}\n",
            "  - target: $.paths['/gone'].get\n    update: {summary: stale}\n",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"

    result = run_build("--spec", spec, "--patches", patches, "--out", out)

    assert result.returncode == 1
    assert result.stderr == (
        f"error: overlay stale{suffix}, action 2: target "
        "\"$.paths['/gone'].get\" matches nothing in the spec\n"
    )
    assert not (out / "generation-report.json").exists()


def test_malformed_overlay_is_rejected(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    patches = tmp_path / "patches"
    patches.mkdir()
    (patches / "bad.pre.yaml").write_text("overlay: 1.0.0\nactions: []\n", encoding="utf-8")

    result = run_build(
        "--spec",
        spec,
        "--patches",
        patches,
        "--openapi-out",
        tmp_path / "o.json",
        "--stage",
        "openapi",
    )

    assert result.returncode == 1
    assert result.stderr.startswith("error: overlay bad.pre.yaml is not Overlay 1.0")
