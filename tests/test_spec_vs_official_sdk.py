"""openapi.yaml's response schemas against the official SDK's types (`scaleway`, test-only).

The official Python SDK (`scaleway.function.v1beta1`) is generated from Scaleway's own API
definition. Its dataclasses say which response fields may be missing (`Optional[...]`), and
its docstrings which fields form a one-of group ("at most one of ... could be set"). Offline,
without the emulator, this module proves that:

* the response schemas of openapi.yaml (those reachable from an operation's responses) and
  the dataclasses the SDK's API returns pair up, by name or through SDK_NAME_FOR_SCHEMA, so
  the checks below cover every one of them;
* every field the SDK types as Optional is, in our schema, not required or nullable: our
  schema (and the client generated from it) never insists on a field the SDK allows the API
  to leave out;
* no member of a one-of group is required, the groups being read from the SDK's one-of
  markers (and from the spec's own `oneOf`-of-`required` declarations), not hand-listed;
* each paired schema and dataclass have the same field names, apart from an explicit,
  commented allow-list.

Each check collects every violation before asserting, so one failure lists them all. It
does not compare types, formats or enums, nor the spec's "exactly one" against the SDK's
"at most one".
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from scaleway.function.v1beta1.api import FunctionV1Beta1API  # type: ignore[import-untyped]

# Read when the `spec` fixture runs, not at import, so a scratch run can point it elsewhere.
SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"

Schema = dict[str, Any]

# Spec schema name -> SDK dataclass name, where they differ. Empty: in scaleway 2.12.0 every
# response schema has the SDK's name (UploadURL and DownloadURL included). A rename on either
# side makes test_response_schemas_and_sdk_dataclasses_pair_up fail and name the orphan.
SDK_NAME_FOR_SCHEMA: dict[str, str] = {}

# Response schemas with no SDK dataclass, and why.
NO_SDK_DATACLASS: dict[str, str] = {
    "Error": "the SDK raises scaleway_core.api.ScalewayException for error bodies",
    "ErrorDetail": "only reachable from Error, see above",
}

# (schema, field) -> why the field is in one of the spec schema and the SDK dataclass only.
# Empty: today the field names match exactly. An entry that no longer matches a difference
# fails the test, so the list cannot go stale.
FIELD_NAME_DIFFERENCES: dict[tuple[str, str], str] = {}

ONE_OF_MARKER = re.compile(
    r"One-Of \('(?P<group>[^']+)'\): at most one of (?P<members>'[^']+'(?:, '[^']+')*)"
)


@dataclasses.dataclass(frozen=True)
class OneOfGroup:
    """Fields of which at most one is set, and who says so."""

    members: frozenset[str]
    source: str


# --- the spec ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> Schema:
    loaded: Schema = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def _deref(spec: Schema, node: Schema) -> Schema:
    """The node a local `$ref` leads to, followed to the end; a node without `$ref` is its own
    target. Keywords beside a `$ref` are not merged in (openapi.yaml has none that matter)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    assert ref.startswith("#/"), f"only local $refs are supported, got {ref}"
    target: Any = spec
    for part in ref[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return _deref(spec, target)


def _ref_name(node: Schema) -> str | None:
    """The component schema a node `$ref`s, if any."""
    ref = node.get("$ref", "")
    prefix = "#/components/schemas/"
    return ref.removeprefix(prefix) if ref.startswith(prefix) else None


def _subschemas(node: Schema) -> Iterator[Schema]:
    """The schemas directly inside a schema (properties, items, compositions...)."""
    for key in ("properties", "patternProperties", "$defs"):
        yield from node.get(key, {}).values()
    for key in ("items", "additionalProperties", "not", "contains", "if", "then", "else"):
        if isinstance(node.get(key), dict):
            yield node[key]
    for key in ("allOf", "oneOf", "anyOf", "prefixItems"):
        yield from node.get(key, [])


def response_schema_names(spec: Schema) -> set[str]:
    """Component schemas reachable from any operation's responses, declaring properties."""
    pending: list[Schema] = []
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for response in operation["responses"].values():
                for media in _deref(spec, response).get("content", {}).values():
                    pending.append(media["schema"])
    seen: set[str] = set()
    while pending:
        node = pending.pop()
        name = _ref_name(node)
        if name is not None and name not in seen:
            seen.add(name)
            pending.append(spec["components"]["schemas"][name])
        pending.extend(_subschemas(node))
    return {name for name in seen if property_names(spec, spec["components"]["schemas"][name])}


def property_names(spec: Schema, schema: Schema) -> set[str]:
    """Every property an object schema declares, through `$ref` and compositions."""
    node = _deref(spec, schema)
    names = set(node.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in node.get(key, []):
            names |= property_names(spec, branch)
    return names


def required_names(spec: Schema, schema: Schema) -> set[str]:
    """Properties every valid instance carries: `required`, all of `allOf`, and those common
    to every branch of a `oneOf`/`anyOf` (`oneOf: [{required: [a]}, {required: [b]}]` makes
    neither a nor b required on its own)."""
    node = _deref(spec, schema)
    names = set(node.get("required", []))
    for branch in node.get("allOf", []):
        names |= required_names(spec, branch)
    for key in ("oneOf", "anyOf"):
        branches = [required_names(spec, branch) for branch in node.get(key, [])]
        if branches:
            names |= set.intersection(*branches)
    return names


def accepts_null(spec: Schema, schema: Schema) -> bool:
    """Whether JSON `null` is valid against a schema (`type: [x, "null"]`, a null branch of a
    `oneOf`/`anyOf`, through `$ref`s). `nullable` is OpenAPI 3.0 and means nothing in 3.1."""
    if "$ref" in schema and not accepts_null(spec, _deref(spec, schema)):
        return False
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if "null" not in kinds:
            return False
    if "const" in schema and schema["const"] is not None:
        return False
    if "enum" in schema and None not in schema["enum"]:
        return False
    if not all(accepts_null(spec, branch) for branch in schema.get("allOf", [])):
        return False
    if "anyOf" in schema and not any(accepts_null(spec, b) for b in schema["anyOf"]):
        return False
    if "oneOf" in schema and sum(accepts_null(spec, b) for b in schema["oneOf"]) != 1:
        return False
    return not ("not" in schema and accepts_null(spec, schema["not"]))


def property_accepts_null(spec: Schema, schema: Schema, name: str) -> bool:
    """Whether an object schema lets property `name` be null: its own definition and every
    `allOf` branch must allow it, and some branch of each `oneOf`/`anyOf` (a branch that
    does not mention the property leaves it unconstrained)."""
    node = _deref(spec, schema)
    own = node.get("properties", {}).get(name)
    if own is not None and not accepts_null(spec, own):
        return False
    if not all(property_accepts_null(spec, b, name) for b in node.get("allOf", [])):
        return False
    return all(
        any(property_accepts_null(spec, b, name) for b in node[key])
        for key in ("oneOf", "anyOf")
        if node.get(key)
    )


# --- the SDK -------------------------------------------------------------------------------


def _public_methods() -> Iterator[tuple[str, Any]]:
    for name, method in inspect.getmembers(FunctionV1Beta1API, inspect.isfunction):
        if not name.startswith("_"):
            yield name, method


def _dataclasses_in(annotation: Any) -> Iterator[type]:
    """The SDK dataclasses an annotation mentions (`list[Function]` -> Function)."""
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _dataclasses_in(arg)


def sdk_returned_dataclasses() -> dict[str, type]:
    """Every dataclass the SDK's API returns, and those inside them, by name."""
    found: dict[str, type] = {}
    pending = [
        cls
        for _, method in _public_methods()
        for cls in _dataclasses_in(typing.get_type_hints(method).get("return"))
    ]
    while pending:
        cls = pending.pop()
        if cls.__name__ in found:
            continue
        found[cls.__name__] = cls
        for hint in typing.get_type_hints(cls).values():
            pending.extend(_dataclasses_in(hint))
    return found


def is_optional(annotation: Any) -> bool:
    """Whether an annotation admits None (`Optional[X]`, `X | None`)."""
    origin = typing.get_origin(annotation)
    return origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation)


def optional_fields(cls: type) -> set[str]:
    return {name for name, hint in typing.get_type_hints(cls).items() if is_optional(hint)}


def field_names(cls: type) -> set[str]:
    return {field.name for field in dataclasses.fields(cls)}


def _markers(text: str, source: str, fields: set[str]) -> Iterator[OneOfGroup]:
    for match in ONE_OF_MARKER.finditer(text):
        members = frozenset(re.findall(r"'([^']+)'", match["members"]))
        if members <= fields:
            yield OneOfGroup(members, f"{source}, group '{match['group']}'")


def sdk_one_of_groups(cls: type) -> set[OneOfGroup]:
    """The one-of groups the SDK declares for a dataclass's fields.

    scaleway 2.12.0 writes the markers (":param function_id: ... One-Of ('scope'): at most
    one of 'function_id', 'namespace_id' could be set.") in the docstrings of the methods
    that return the class (`create_token` -> Token); a group counts for the class when all
    its members are fields of it. Other SDK versions put them beside the dataclass's fields,
    so the class's own source is read too (for these markers only)."""
    fields = field_names(cls)
    groups = set(_markers(inspect.getsource(cls), f"source of {cls.__name__}", fields))
    for name, method in _public_methods():
        if typing.get_type_hints(method).get("return") is cls:
            groups |= set(_markers(inspect.getdoc(method) or "", f"{name}()", fields))
    return groups


def spec_one_of_groups(spec: Schema, schema: Schema) -> set[OneOfGroup]:
    """The groups the spec declares, as docs/spec-extensions.md describes: a `oneOf` whose
    branches only list `required` properties, on the schema or in one of its `allOf`."""
    node = _deref(spec, schema)
    groups: set[OneOfGroup] = set()
    branches: list[Schema] = node.get("oneOf", [])
    if branches and all(set(b) <= {"required", "description", "title"} for b in branches):
        members = frozenset(m for branch in branches for m in branch.get("required", []))
        groups.add(OneOfGroup(members, "a oneOf in openapi.yaml"))
    for branch in node.get("allOf", []):
        groups |= spec_one_of_groups(spec, branch)
    return groups


# --- pairing -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pairs(spec: Schema) -> dict[str, type]:
    """Spec response schema name -> the SDK dataclass it describes."""
    sdk = sdk_returned_dataclasses()
    return {
        name: sdk[SDK_NAME_FOR_SCHEMA.get(name, name)]
        for name in sorted(response_schema_names(spec))
        if SDK_NAME_FOR_SCHEMA.get(name, name) in sdk
    }


def test_response_schemas_and_sdk_dataclasses_pair_up(spec: Schema, pairs: dict[str, type]) -> None:
    """Each side's response types have a counterpart, so the checks below cover them all."""
    problems = [
        f"schema {name}: no SDK dataclass of that name; map it in SDK_NAME_FOR_SCHEMA "
        "or list it in NO_SDK_DATACLASS"
        for name in sorted(response_schema_names(spec) - set(pairs) - set(NO_SDK_DATACLASS))
    ]
    paired = {cls.__name__ for cls in pairs.values()}
    problems += [
        f"SDK dataclass {name}: returned by the SDK, no response schema in openapi.yaml"
        for name in sorted(set(sdk_returned_dataclasses()) - paired)
    ]
    problems += [
        f"NO_SDK_DATACLASS[{name!r}]: stale, it now pairs with a dataclass or is not a "
        "response schema"
        for name in sorted(set(NO_SDK_DATACLASS) - (response_schema_names(spec) - set(pairs)))
    ]
    assert not problems, "\n".join(problems)


def test_sdk_optional_fields_are_optional_or_nullable_in_spec(
    spec: Schema, pairs: dict[str, type]
) -> None:
    """A field the SDK may see missing must not be both required and non-null for us."""
    violations = []
    for name, cls in pairs.items():
        schema = spec["components"]["schemas"][name]
        required = required_names(spec, schema)
        for field in sorted(optional_fields(cls) & required):
            if not property_accepts_null(spec, schema, field):
                violations.append(
                    f"{name}.{field}: the SDK types it Optional, the spec requires it "
                    "and does not allow null"
                )
    assert not violations, f"{len(violations)} violation(s):\n" + "\n".join(violations)


def test_sdk_declares_one_of_groups_for_token_and_trigger() -> None:
    """The marker parser still finds the SDK's groups, so the next test is not vacuous."""
    sdk = sdk_returned_dataclasses()
    found = {name for name in ("Token", "Trigger") if sdk_one_of_groups(sdk[name])}
    assert found == {"Token", "Trigger"}, (
        f"no One-Of marker found for {sorted({'Token', 'Trigger'} - found)}: has the SDK "
        "changed how it documents one-of groups?"
    )


def test_one_of_members_are_not_required(spec: Schema, pairs: dict[str, type]) -> None:
    """At most one member of a one-of group is set, so none of them may be required."""
    violations = []
    for name, cls in pairs.items():
        schema = spec["components"]["schemas"][name]
        required = required_names(spec, schema)
        groups = sdk_one_of_groups(cls) | spec_one_of_groups(spec, schema)
        for field in sorted(set().union(*(g.members for g in groups)) & required):
            where = sorted(
                f"{sorted(g.members)} ({g.source})" for g in groups if field in g.members
            )
            violations.append(
                f"{name}.{field}: required, but a member of one-of {'; '.join(where)}"
            )
    assert not violations, f"{len(violations)} violation(s):\n" + "\n".join(violations)


def test_field_names_match(spec: Schema, pairs: dict[str, type]) -> None:
    """The spec and the SDK describe the same fields for each paired type."""
    differences: set[tuple[str, str]] = set()
    messages = []
    for name, cls in pairs.items():
        ours = property_names(spec, spec["components"]["schemas"][name])
        theirs = field_names(cls)
        for field, side in [(f, "the spec") for f in ours - theirs] + [
            (f, "the SDK") for f in theirs - ours
        ]:
            differences.add((name, field))
            if (name, field) not in FIELD_NAME_DIFFERENCES:
                messages.append(f"{name}.{field}: only in {side}")
    messages += [
        f"FIELD_NAME_DIFFERENCES[{key!r}]: stale, both sides now agree"
        for key in sorted(set(FIELD_NAME_DIFFERENCES) - differences)
    ]
    assert not messages, "\n".join(sorted(messages))
