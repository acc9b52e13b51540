"""The folders of data_loader are the stages a document passes through (docs/ARCHITECTURE.md): no stage
imports a later one, the library imports no dashboard code, and every module is placed in a stage."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "data_loader"
STAGES = ["reading", "lookup", "extract", "tables", "load", "review"]


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}


def _layer_names(contract: dict) -> set[str]:
    return {name.strip() for layer in contract["layers"] for name in layer.replace(":", "|").split("|")}


def test_import_contracts_are_kept():
    """lint-imports reads the contracts in pyproject.toml and checks every import, also indirect ones and
    those inside functions."""
    linter = Path(sys.executable).parent / "lint-imports"
    if not linter.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    run = subprocess.run([str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]


def test_the_stages_are_layered_in_the_order_a_document_travels():
    layers = [layer.strip() for layer in _contracts()["stages"]["layers"]]
    assert [x for x in reversed(layers) if x in STAGES] == STAGES


def test_every_module_of_the_package_sits_in_a_layer():
    """A new folder or module at the root of data_loader must be given its place, or the contract would
    not look at it."""
    placed = _layer_names(_contracts()["stages"])
    children = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir()
                                                        if (p / "__init__.py").exists()}
    assert children - {"__init__", "__main__"} == placed


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_it_holds_and_may_import(stage):
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert f"Stage {STAGES.index(stage) + 1} of {len(STAGES)}" in doc
    assert "May import" in doc
