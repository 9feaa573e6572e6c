"""Render openapi.yaml's operations as data and typed client methods: `operations.py`.

openapi-python-client renders the models; users want one client object with a method per
operation, an iterator per paginated list, a waiter per resource with states and upload
helpers per code upload. This script reads the spec, the `x-pagination`, `x-waiter`,
`x-code-upload`, `x-code-download` and `x-one-of` extensions included (the generator's
templates never see operation-level extensions), builds a small view model and renders
`operations.py.jinja`.
The types it fills in are those of `scaleway_functions._operations`, and the methods call
the primitives declared in `scaleway_functions._base_client` (both handwritten, imported).

Usage: python tools/generate_operations.py openapi.yaml OUTPUT.py [TEMPLATE]
(`routes.py.jinja` renders the emulator's route table instead), or
python tools/generate_operations.py --models-spec openapi.yaml OUTPUT.yaml (what the model
generator reads), or python tools/generate_operations.py --request-schemas openapi.yaml
OUTPUT.py (each request body as one self-contained JSON Schema, for checking input before
it is sent, and the service file's), or --service-schema openapi.yaml OUTPUT.json (the
service file's schema alone, for editors).
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Schema = dict[str, Any]
TEMPLATE = Path(__file__).with_name("operations.py.jinja")
WIDTH = 92  # docstring lines, before the method's indentation
SCHEMAS = "#/components/schemas/"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def model_constant(name: str) -> str:
    """The operation table's name for the LazyModel of a model: `UPLOAD_URL_MODEL`."""
    return snake(name).upper() + "_MODEL"


def words(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Argument:
    """One parameter of a generated method."""

    name: str
    annotation: str
    required: bool
    doc: str
    value: str = ""
    """The expression sent for it (the name, or a conversion of it)."""
    default: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    """For a query parameter: what QueryParameter says beyond its name (the spec's schema,
    bounds and default)."""

    @property
    def declaration(self) -> str:
        if self.default is not None:
            return f"{self.name}: {self.annotation} = {self.default}"
        if self.required:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} | None = None"


@dataclass
class Method:
    """One generated method: its signature, docstring and call."""

    name: str
    positional: list[Argument]
    keyword: list[Argument]
    returns: str
    doc: str
    summary: str
    """The docstring's first line."""
    primitive: str
    """The client primitive it calls (`_call`, `_paginate`)."""
    arguments: str
    """What it passes to it, parenthesised."""
    raw: bool = True
    """Whether `with_raw_response` has it too (an iterator has no single answer)."""


@dataclass
class Operation:
    """An operation of the spec, as the template renders it."""

    op_id: str
    constant: str
    name: str
    method: str
    path: str
    summary: str
    description: str
    path_args: list[Argument]
    query_args: list[Argument]
    body_args: list[Argument]
    body_schema: str | None
    response: str
    pagination: dict[str, str] | None
    item_type: str | None
    one_of: list[list[str]]
    code_upload: dict[str, str] | None
    code_download: dict[str, str] | None
    methods: list[Method] = field(default_factory=list)


@dataclass
class Waiter:
    constant: str
    resource: str
    operation: Operation
    status_field: str
    success: list[str]
    failure: list[str]
    transient: list[str]
    failure_kind: str
    failure_message: str | None
    progress_message: str | None


@dataclass
class CodeUpload:
    constant: str
    resource: str
    url_operation: Operation
    size_param: str
    deploy: Operation
    waiter: Waiter


class Spec:
    """The spec, with the Python types of request values and the models they name."""

    def __init__(self, document: Schema) -> None:
        self.doc = document
        self.schemas: dict[str, Schema] = document["components"]["schemas"]
        self.parameters: dict[str, Schema] = document["components"].get("parameters", {})
        self.annotation_models: set[str] = set()
        """Models the methods name in annotations only (imported for type checkers)."""
        self.runtime_models: set[str] = set()
        """Models the operation table holds at run time (responses, items)."""

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            node = self.schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    def ref_name(self, node: Schema) -> str:
        name: str = node["$ref"].rsplit("/", 1)[1]
        return name

    def parameter(self, node: Schema) -> Schema:
        return dict(self.parameters[self.ref_name(node)]) if "$ref" in node else node

    def description(self, node: Schema) -> str:
        """A value's description: its own, else that of the schema it refers to."""
        own = node.get("description")
        if own:
            return words(own)
        if "$ref" in node:
            return self.description(self.schemas[self.ref_name(node)])
        return ""

    def is_duration(self, node: Schema) -> bool:
        return bool(self.resolve(node).get("x-duration")) if "$ref" in node else False

    def python_type(self, node: Schema) -> str:
        """The Python type a caller passes for a request value of this schema (None is
        always accepted besides, meaning "not given")."""
        if "$ref" in node:
            name = self.ref_name(node)
            target = self.schemas[name]
            if target.get("x-duration"):
                return "float | datetime.timedelta | str"
            if "enum" in target:
                self.annotation_models.add(name)
                return f"{name} | str"
            if target.get("properties"):
                self.annotation_models.add(name)
                return name
            return self.python_type(target)
        members = node.get("anyOf") or node.get("oneOf")
        if members and all("const" in member for member in members):
            return "Literal[" + ", ".join(repr(member["const"]) for member in members) + "]"
        if members:
            types = [self.python_type(m) for m in members if m.get("type") != "null"]
            return " | ".join(dict.fromkeys(types))
        kind = node.get("type")
        if kind is None and "const" in node:
            return type(node["const"]).__name__
        if isinstance(kind, list):
            (kind,) = [k for k in kind if k != "null"]
        if kind == "string":
            return "datetime.datetime" if node.get("format") == "date-time" else "str"
        if kind == "array":
            return f"Sequence[{self.python_type(node['items'])}]"
        if kind == "object":
            extra = node.get("additionalProperties", True)
            inner = self.python_type(extra) if isinstance(extra, dict) else "Any"
            return f"Mapping[str, {inner}]"
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind or "", "Any")

    def argument(self, name: str, node: Schema, required: bool, doc: str) -> Argument:
        value = f"duration({name})" if self.is_duration(node) else name
        return Argument(name, self.python_type(node), required, doc, value)

    def response_model(self, op: Schema) -> Schema:
        ok = op["responses"]["200"]
        if "$ref" in ok:
            ok = self.doc["components"]["responses"][self.ref_name(ok)]
        schema: Schema = ok["content"]["application/json"]["schema"]
        return schema


def read_operation(spec: Spec, path: str, verb: str, op: Schema, shared: list[Schema]) -> Operation:
    params = [spec.parameter(p) for p in shared + op.get("parameters", [])]

    def argument(param: Schema) -> Argument:
        doc = words(param.get("description", "")) or spec.description(param["schema"])
        made = spec.argument(param["name"], param["schema"], bool(param.get("required")), doc)
        if param["in"] == "query":
            made.constraints = query_constraints(spec, param)
        return made

    body_args: list[Argument] = []
    body_schema = None
    if "requestBody" in op:
        reference = op["requestBody"]["content"]["application/json"]["schema"]
        body_schema = spec.ref_name(reference)
        schema = spec.resolve(reference)
        required = set(schema.get("required", []))
        for name, prop in (schema.get("properties") or {}).items():
            body_args.append(spec.argument(name, prop, name in required, spec.description(prop)))
    response_schema = spec.response_model(op)
    response = spec.ref_name(response_schema)
    spec.runtime_models.add(response)
    pagination = op.get("x-pagination")
    item_type = None
    if pagination:
        listing = spec.resolve(response_schema)
        item_type = spec.ref_name(listing["properties"][pagination["items"]]["items"])
        spec.runtime_models.add(item_type)
    name = snake(op["operationId"])
    return Operation(
        op_id=op["operationId"],
        constant=name.upper(),
        name=name,
        method=verb.upper(),
        path=path,
        summary=words(op.get("summary", "")),
        description=words(op.get("description", "")),
        path_args=[argument(p) for p in params if p["in"] == "path" and p["name"] != "region"],
        query_args=[argument(p) for p in params if p["in"] == "query"],
        body_args=body_args,
        body_schema=body_schema,
        response=response,
        pagination=pagination,
        item_type=item_type,
        one_of=[list(group) for group in op.get("x-one-of", {}).values()],
        code_upload=op.get("x-code-upload"),
        code_download=op.get("x-code-download"),
    )


def query_constraints(spec: Spec, param: Schema) -> dict[str, Any]:
    """QueryParameter's arguments beyond the name: only those that differ from its defaults."""
    node = param["schema"]
    target = spec.resolve(node)
    default = node.get("default", target.get("default"))
    found: dict[str, Any] = {
        "required": bool(param.get("required")),
        "schema": spec.ref_name(node) if "$ref" in node else None,
        "integer": target.get("type") == "integer",
        "minimum": target.get("minimum"),
        "maximum": target.get("maximum"),
        "default": None if default is None else str(default),
        "description": words(param.get("description", "")) or None,
    }
    return {k: v for k, v in found.items() if v is not None and v is not False}


def docstring(summary: str, paragraphs: list[str], arguments: list[Argument]) -> str:
    """A Google-style docstring: the summary, paragraphs, then every argument in order."""
    text = summary.rstrip(".") + "."
    for paragraph in paragraphs:
        if paragraph and paragraph.rstrip(".") != summary.rstrip("."):
            text += "\n\n" + textwrap.fill(paragraph, width=WIDTH)
    if arguments:
        text += "\n\nArgs:\n" + "\n".join(
            textwrap.fill(
                f"{a.name}: {a.doc}",
                width=WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
            )
            for a in arguments
        )
    return text.replace("\\", "\\\\").replace('"""', "'''")


def region_argument(spec: Spec) -> Argument:
    doc = words(spec.parameters["region"].get("description", "")).rstrip(".")
    return Argument("region", "str", False, f"{doc}; the client's region when None.")


def keywords(arguments: list[Argument], region: Argument) -> list[Argument]:
    """Keyword-only arguments in signature order: required, optional, then the region."""
    required = [a for a in arguments if a.required and a.default is None]
    return required + [a for a in arguments if a not in required] + [region]


def add_methods(spec: Spec, op: Operation) -> None:
    """The plain method of an operation, and its iterator if it paginates."""
    region = region_argument(spec)
    positional = op.path_args + [a for a in op.query_args if a.required]
    keyword = keywords([a for a in op.query_args if not a.required] + op.body_args, region)

    def mapping(items: list[Argument]) -> str:
        return "{" + ", ".join(f"{a.name!r}: {a.value}" for a in items) + "}"

    body = mapping(op.body_args) if op.body_schema else "None"
    op.methods.append(
        Method(
            name=op.name,
            positional=positional,
            keyword=keyword,
            returns=op.response,
            doc=docstring(op.summary, [op.description], positional + keyword),
            summary=docstring(op.summary, [], []),
            primitive="_call",
            arguments=f"({op.constant}, region, {mapping(op.path_args)}, "
            f"{mapping(op.query_args)}, {body})",
        )
    )
    if not op.pagination or op.item_type is None:
        return
    filters = [a for a in op.query_args if a.name not in ("page", "page_size")]
    paging = [
        Argument(
            "page_size",
            "int",
            False,
            "Items per request.",
            default=str(spec.doc["x-pagination-policy"]["default_page_size"]),
        ),
        Argument("concurrency", "int | None", False, "Pages in flight once the first page "
                 "gave the total (the client's default, 8, when None).", default="None"),
    ]  # fmt: skip
    positional = [a for a in filters if a.required]
    keyword = keywords([a for a in filters if not a.required] + paging, region)
    op.methods.append(
        Method(
            name="iter_" + op.name.removeprefix("list_"),
            positional=positional,
            keyword=keyword,
            returns=f"{{paginator}}[{op.item_type}, {op.response}]",
            doc=docstring(
                op.summary,
                [
                    op.description,
                    "Returns a lazy iterator of every item, page after page; `.pages()` gives "
                    "the responses instead.",
                ],
                positional + keyword,
            ),
            summary=docstring(op.summary, [], []),
            primitive="_paginate",
            arguments=f"({op.constant}, {model_constant(op.item_type)}, region, "
            f"{mapping(filters)}, "
            "page_size, concurrency)",
            raw=False,
        )
    )


def read_waiters(spec: Spec, operations: dict[str, Operation]) -> list[Waiter]:
    waiters = []
    for name, schema in sorted(spec.schemas.items()):
        data = schema.get("x-waiter")
        if data:
            waiters.append(
                Waiter(
                    constant=f"{snake(name).upper()}_WAITER",
                    resource=name,
                    operation=operations[data["operation"]],
                    status_field=data["status"],
                    success=sorted(data["success"]),
                    failure=sorted(data["failure"]),
                    transient=sorted(data["transient"]),
                    failure_kind=data.get("failure_kind", "resource_failed"),
                    failure_message=data.get("messages", {}).get("failure"),
                    progress_message=data.get("messages", {}).get("progress"),
                )
            )
    return waiters


@dataclass
class CodeDownload:
    constant: str
    resource: str
    url_operation: Operation


def read_downloads(operations: dict[str, Operation]) -> list[CodeDownload]:
    return [
        CodeDownload(
            constant=f"{op.constant}_CODE",
            resource=op.code_download["resource"],
            url_operation=op,
        )
        for op in sorted(operations.values(), key=lambda o: o.name)
        if op.code_download
    ]


def read_uploads(operations: dict[str, Operation], waiters: list[Waiter]) -> list[CodeUpload]:
    by_resource = {waiter.resource: waiter for waiter in waiters}
    return [
        CodeUpload(
            constant=f"{op.constant}_CODE",
            resource=op.code_upload["waiter"],
            url_operation=op,
            size_param=op.code_upload["size"],
            deploy=operations[op.code_upload["deploy"]],
            waiter=by_resource[op.code_upload["waiter"]],
        )
        for op in sorted(operations.values(), key=lambda o: o.name)
        if op.code_upload
    ]


def render(document: Schema, template: str = TEMPLATE.name) -> str:
    """`operations.py` (the client's table and methods), or with `routes.py.jinja` the
    emulator's route table, from the same reading of the spec."""
    spec = Spec(document)
    operations: dict[str, Operation] = {}
    for path, item in document["paths"].items():
        for verb in ("get", "post", "put", "patch", "delete"):
            if verb in item:
                op = read_operation(spec, path, verb, item[verb], item.get("parameters", []))
                add_methods(spec, op)
                operations[op.op_id] = op
    waiters = read_waiters(spec, operations)
    import jinja2  # here: the schemas above need no template engine

    environment = jinja2.Environment(  # noqa: S701  (it renders Python, not HTML)
        loader=jinja2.FileSystemLoader(TEMPLATE.parent),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["snake"] = snake
    environment.filters["pyrepr"] = repr
    environment.filters["model_constant"] = model_constant
    return environment.get_template(template).render(
        operations=sorted(operations.values(), key=lambda o: o.name),
        waiters=waiters,
        uploads=read_uploads(operations, waiters),
        downloads=read_downloads(operations),
        runtime_models=sorted(spec.runtime_models),
        annotation_models=sorted(spec.annotation_models - spec.runtime_models),
        region=region_argument(spec),
        wait_policy={key: float(value) for key, value in document["x-wait-policy"].items()},
        archive={**document["x-code-archive"], "max_size": upload_limits(document)[0]},
    )


def upload_limits(document: Schema) -> tuple[int, int]:
    """The (max_size, max_unpacked_size) of the spec's `x-code-upload`s, which agree."""
    limits = {
        (int(upload["max_size"]), int(upload["max_unpacked_size"]))
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for upload in [operation.get("x-code-upload")]
        if upload
    }
    if len(limits) != 1:
        raise SystemExit(
            "openapi.yaml: every x-code-upload gives the same max_size and "
            f"max_unpacked_size (found {sorted(limits)})"
        )
    return next(iter(limits))


def _references(node: Any) -> set[str]:
    """The component schemas a part of the spec names, directly."""
    if isinstance(node, dict):
        reference = str(node.get("$ref", ""))
        found = {reference.rsplit("/", 1)[1]} if reference.startswith(SCHEMAS) else set()
        return found.union(*(_references(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_references(value) for value in node))
    return set()


def models_spec(document: Schema) -> Schema:
    """The spec the model generator reads: without request bodies, and without the schemas
    only they use. The generated methods build bodies from the spec's properties directly
    (their types come from here, one mapping), so a model of a whole request body would be
    generated and never used; the models of its parts that methods take (a Secret, a
    trigger's source) stay."""
    spec = Spec(document)
    for path, item in document["paths"].items():
        for verb in ("get", "post", "put", "patch", "delete"):
            if verb in item:
                add_methods(spec, read_operation(spec, path, verb, item[verb], []))
    pruned = {**document, "paths": {}}
    for path, item in document["paths"].items():
        pruned["paths"][path] = {
            key: {k: v for k, v in value.items() if k != "requestBody"}
            if isinstance(value, dict) and key in ("get", "post", "put", "patch", "delete")
            else value
            for key, value in item.items()
        }
    components = document["components"]
    wanted = spec.annotation_models | _references(pruned["paths"])
    wanted |= _references({k: v for k, v in components.items() if k != "schemas"})
    kept: set[str] = set()
    while wanted - kept:
        name = (wanted - kept).pop()
        kept.add(name)
        wanted |= _references(spec.schemas[name])
    schemas = {name: schema for name, schema in spec.schemas.items() if name in kept}
    pruned["components"] = {**components, "schemas": schemas}
    return pruned


def inlined(node: Any, schemas: Schema) -> Any:
    """A part of the spec with every `$ref` replaced by what it names; the referring
    node's own keywords (its description, say) win over the named schema's."""
    if isinstance(node, list):
        return [inlined(item, schemas) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: inlined(value, schemas) for key, value in node.items() if key != "$ref"}
    if "$ref" in node:
        named = inlined(schemas[str(node["$ref"]).removeprefix(SCHEMAS)], schemas)
        return {**named, **found}
    return found


def request_bodies(document: Schema) -> dict[str, Any]:
    """Each operation's JSON request body as a JSON Schema of its own, by component name."""
    schemas = document["components"]["schemas"]
    bodies: dict[str, Any] = {}
    for item in document["paths"].values():
        for verb in ("post", "put", "patch"):
            body = item.get(verb, {}).get("requestBody")
            if body:
                reference = body["content"]["application/json"]["schema"]["$ref"]
                name = reference.removeprefix(SCHEMAS)
                bodies[name] = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                                **inlined(schemas[name], schemas)}  # fmt: skip
    return bodies


def request_schemas(document: Schema) -> str:
    """A Python module: REQUEST_SCHEMAS (`request_bodies`) and SERVICE_SCHEMA."""
    bodies = request_bodies(document)
    return (
        '"""Each request body of the API as one JSON Schema (draft 2020-12), references\n'
        "inlined: what a tool checks input against before sending it. Keys are the spec's\n"
        "component names (`Operation.body_schema`). SERVICE_SCHEMA, made of them, is the\n"
        'service file\'s (`scw-functions plan` and `apply`)."""\n\n'
        "from typing import Any\n\n"
        f"REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {dict(sorted(bodies.items()))!r}\n\n"
        f"SERVICE_SCHEMA: dict[str, Any] = {service_schema(bodies)!r}\n"
    )


# Request fields a service file does not hold as such: names are the keys of their mapping,
# the namespace and the project come from where the function is and from the client, and
# secrets are a mapping of their own (`secrets`).
_NOT_SETTINGS = {"name", "namespace_id", "project_id", "secret_environment_variables"}


def open_enums(node: Any) -> Any:
    """A schema whose enums also take a value of their type the spec does not list yet:
    `anyOf: [{enum: [...]}, {...}]` under the node's own `type`. Editors still offer the
    known values; a runtime the API adds is the API's to judge, as on the command line."""
    if isinstance(node, list):
        return [open_enums(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: open_enums(value) for key, value in node.items()}
    if "enum" in found and "anyOf" not in found:
        known = found.pop("enum")
        found["anyOf"] = [
            {"enum": known},
            {"description": "A value the spec does not list yet: the API judges it."},
        ]
    return found


def service_schema(bodies: dict[str, Any]) -> dict[str, Any]:
    """The service file's JSON Schema: namespaces and their functions, each with every
    setting of its create request (a field added to the spec becomes a key of the file).
    Its enums are open (`open_enums`)."""

    def settings(body: str) -> dict[str, Any]:
        fields = bodies[body]["properties"]
        return {key: value for key, value in fields.items() if key not in _NOT_SETTINGS}

    secret = bodies["CreateFunctionRequest"]["properties"]["secret_environment_variables"]
    secrets = {
        "type": "object",
        "description": "Secret environment variables, name to value: the value itself, "
        "${env:NAME} (read from the environment) or ${file:PATH} (read from a file).",
        "maxProperties": secret["maxItems"],
        "propertyNames": secret["items"]["properties"]["key"],
        "additionalProperties": {"type": "string", "x-secret": True},
    }
    name = bodies["CreateFunctionRequest"]["properties"]["name"]
    # A cron's or trigger's name is the last part of `namespace/function/NAME`, how plan and
    # apply name it: a slash in it would make that address ambiguous.
    child_name = {"type": "string", "minLength": 1, "pattern": "^[^/]+$",
                  "x-pattern-description": "a name without /, which plan and apply use "
                  "between namespace, function and name"}  # fmt: skip
    cron = bodies["CreateCronRequest"]["properties"]
    crons = {
        "type": "object",
        "description": "Its crons, name to schedule and arguments.",
        "propertyNames": child_name,
        "additionalProperties": {
            "type": "object",
            "additionalProperties": False,
            "required": ["schedule"],
            "properties": {key: value for key, value in cron.items()
                           if key not in ("function_id", "name")},
        },
    }  # fmt: skip
    trigger = bodies["CreateTriggerRequest"]["properties"]
    triggers = {
        "type": "object",
        "description": "Its triggers, name to source (exactly one of scw_sqs_config, "
        "scw_nats_config and sqs_config) and description.",
        "propertyNames": child_name,
        "additionalProperties": {
            "type": "object",
            "additionalProperties": False,
            "properties": {key: value for key, value in trigger.items()
                           if key not in ("function_id", "name")},
        },
    }  # fmt: skip
    domains = {
        "type": "array",
        "description": "Hostnames bound to it (each a CNAME to the function's domain).",
        "uniqueItems": True,
        "items": bodies["CreateDomainRequest"]["properties"]["hostname"],
    }
    function = {
        "type": "object",
        "additionalProperties": False,
        "required": ["code"],
        "properties": {
            "code": {"type": "string", "description": "Its code: a directory (zipped, "
                     ".scwignore honoured) or a .zip file, relative to the service file."},
            **settings("CreateFunctionRequest"),
            "secrets": secrets,
            "crons": crons,
            "triggers": triggers,
            "domains": domains,
        },
    }  # fmt: skip
    namespace = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            **settings("CreateNamespaceRequest"),
            "secrets": secrets,
            "functions": {"type": "object", "propertyNames": name,
                          "description": "Its functions, name to function.",
                          "additionalProperties": function},
        },
    }  # fmt: skip
    schema: dict[str, Any] = open_enums({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "scw-functions service file",
        "type": "object",
        "additionalProperties": False,
        "required": ["service", "namespaces"],
        "properties": {
            "service": {**name, "description": "The service's name: what apply creates is "
                        "tagged with it, and --prune removes only what is so tagged."},
            "namespaces": {"type": "object", "propertyNames": name,
                           "description": "Its namespaces, name to namespace.",
                           "additionalProperties": namespace},
        },
    })  # fmt: skip
    return schema


def service_docs(schema: dict[str, Any]) -> str:
    """The service file's keys as Markdown tables, from its schema (descriptions included)."""

    def kind(node: dict[str, Any]) -> str:
        types = node.get("type", "")
        given = types if isinstance(types, list) else [types]
        shown = " or ".join(t for t in given if t and t != "null") or "any"
        if "enum" in node:
            shown += ": " + ", ".join(f"`{value}`" for value in node["enum"] if value is not None)
        known = [item["enum"] for item in node.get("anyOf", []) if "enum" in item]
        if known:  # an open enum (`open_enums`)
            listed = ", ".join(f"`{value}`" for value in known[0] if value is not None)
            shown += f": {listed}, or one the spec does not list yet"
        choices = [*node.get("oneOf", []), *node.get("anyOf", [])]
        consts = [item["const"] for item in choices if "const" in item]
        if consts:
            shown += ": " + ", ".join(f"`{value}`" for value in consts)
        return shown

    def table(title: str, node: dict[str, Any]) -> str:
        rows = [f"## {title}", "", "| key | type | what it is |", "|---|---|---|"]
        for key, value in node["properties"].items():
            said = " ".join(str(value.get("description", "")).split()).replace("|", "\\|")
            rows.append(f"| `{key}` | {kind(value)} | {said} |")
        return "\n".join(rows) + "\n"

    namespace = schema["properties"]["namespaces"]["additionalProperties"]
    function = namespace["properties"]["functions"]["additionalProperties"]
    child = function["properties"]
    parts = [
        "# The service file's keys\n\nGenerated from openapi.yaml by `nox -s generate` "
        "(tools/generate_operations.py), like `service-file.schema.json`: do not edit. "
        "Each setting is the API's own create-request field, under its own name.\n",
        table("The file", schema),
        table("A namespace (`namespaces: {NAME: ...}`)", namespace),
        table("A function (`functions: {NAME: ...}`)", function),
        table("A cron (`crons: {NAME: ...}`)", child["crons"]["additionalProperties"]),
        table("A trigger (`triggers: {NAME: ...}`)", child["triggers"]["additionalProperties"]),
    ]
    return "\n".join(parts)


BEHAVIOUR_HEADER = '''"""What every client of openapi.yaml does alike: the first server, the
default region, and the behaviour extensions (`x-retry-policy`, `x-wait-policy`,
`x-pagination-policy`, `x-code-archive` with the limits of `x-code-upload`, `x-error-kinds`;
see docs/spec-extensions.md). The handwritten core reads its numbers and names here, so a
change in the spec changes the client with no code."""

from __future__ import annotations

from typing import Final, TypedDict


class Backoff(TypedDict):
    initial: float
    multiplier: float
    max: float
    jitter: float


class RetryPolicy(TypedDict):
    timeout: float
    max_retries: int
    idempotent_methods: frozenset[str]
    any_method_statuses: frozenset[int]
    idempotent_statuses: frozenset[int]
    not_sent: str
    """Which methods a request that never left is sent again on: any_method or idempotent."""
    broken: str
    """The same, for a connection that broke after the request left."""
    settle_status: int
    settle_error_type: str
    backoff: Backoff
    max_retry_after: float


class WaitPolicy(TypedDict):
    first_delay: float
    multiplier: float
    max_delay: float
    timeout: float
    last_poll: float


class PaginationPolicy(TypedDict):
    page: str
    page_size: str
    default_page_size: int
    stop: frozenset[str]
    unique_by: str


class CodeArchive(TypedDict):
    max_size: int
    max_unpacked_size: int
    ignore_file: str
    always_excluded: tuple[str, ...]
    secret_files: tuple[str, ...]
    compression: str
    level: int
    timestamp: tuple[int, int, int, int, int, int]
    file_mode: int
    executable_mode: int


class ErrorKind(TypedDict):
    kind: str
    type: str | None
    """The answer's `type` that gives this kind, if any."""
    status: str
    """A status ("404") or a range ("4XX", "5XX")."""
    fallback: bool
    """Whether an answer of this status without a known type is of this kind."""
'''


def _keys(value: Any, where: str, expected: set[str], optional: Iterable[str] = ()) -> Any:
    """`value`, a mapping with exactly the expected keys (and maybe optional ones)."""
    if not isinstance(value, dict):
        raise SystemExit(f"openapi.yaml: {where} must be a mapping")
    missing, unknown = expected - value.keys(), value.keys() - expected - set(optional)
    if missing or unknown:
        raise SystemExit(
            f"openapi.yaml: {where}: missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    return value


def behaviour(document: Schema) -> str:
    """The behaviour module's source, from the spec's top-level extensions."""
    retry = _keys(
        document.get("x-retry-policy"),
        "x-retry-policy",
        {
            "timeout",
            "max_retries",
            "idempotent_methods",
            "statuses",
            "connection_failures",
            "settle",
            "backoff",
            "max_retry_after",
        },
    )
    statuses = _keys(retry["statuses"], "x-retry-policy.statuses", {"any_method", "idempotent"})
    failures = _keys(
        retry["connection_failures"], "x-retry-policy.connection_failures", {"not_sent", "broken"}
    )
    for name, value in failures.items():
        if value not in ("any_method", "idempotent"):
            raise SystemExit(f"openapi.yaml: x-retry-policy.connection_failures.{name}: {value!r}")
    settle = _keys(retry["settle"], "x-retry-policy.settle", {"status", "error_type"})
    backoff = _keys(
        retry["backoff"], "x-retry-policy.backoff", {"initial", "multiplier", "max", "jitter"}
    )
    retry_policy = {
        "timeout": float(retry["timeout"]),
        "max_retries": int(retry["max_retries"]),
        "idempotent_methods": frozenset(retry["idempotent_methods"]),
        "any_method_statuses": frozenset(statuses["any_method"]),
        "idempotent_statuses": frozenset(statuses["idempotent"]),
        "not_sent": failures["not_sent"],
        "broken": failures["broken"],
        "settle_status": int(settle["status"]),
        "settle_error_type": settle["error_type"],
        "backoff": {key: float(value) for key, value in backoff.items()},
        "max_retry_after": float(retry["max_retry_after"]),
    }
    wait = _keys(
        document.get("x-wait-policy"),
        "x-wait-policy",
        {"first_delay", "multiplier", "max_delay", "timeout", "last_poll"},
    )
    wait_policy = {key: float(value) for key, value in wait.items()}
    pages = _keys(
        document.get("x-pagination-policy"),
        "x-pagination-policy",
        {"page", "page_size", "default_page_size", "stop", "unique_by"},
    )
    if not set(pages["stop"]) <= {"short_page", "total_reached"} or not pages["stop"]:
        raise SystemExit(f"openapi.yaml: x-pagination-policy.stop: {pages['stop']!r}")
    pagination_policy = {**pages, "stop": frozenset(pages["stop"])}
    archive = _keys(
        document.get("x-code-archive"),
        "x-code-archive",
        {
            "ignore_file",
            "always_excluded",
            "secret_files",
            "compression",
            "level",
            "timestamp",
            "file_mode",
            "executable_mode",
        },
    )
    if archive["compression"] != "deflate":
        raise SystemExit("openapi.yaml: x-code-archive.compression: only deflate is known")
    max_size, max_unpacked_size = upload_limits(document)
    moment = datetime.datetime.fromisoformat(str(archive["timestamp"]))
    code_archive = {
        "max_size": int(max_size),
        "max_unpacked_size": int(max_unpacked_size),
        "ignore_file": archive["ignore_file"],
        "always_excluded": tuple(archive["always_excluded"]),
        "secret_files": tuple(archive["secret_files"]),
        "compression": archive["compression"],
        "level": int(archive["level"]),
        "timestamp": moment.timetuple()[:6],
        "file_mode": int(str(archive["file_mode"]), 8),
        "executable_mode": int(str(archive["executable_mode"]), 8),
    }
    kinds = document["components"]["schemas"]["ErrorType"].get("x-error-kinds")
    if not isinstance(kinds, list) or not kinds:
        raise SystemExit("openapi.yaml: ErrorType has no x-error-kinds")
    error_kinds = []
    for index, kind in enumerate(kinds):
        _keys(
            kind, f"x-error-kinds[{index}]", {"kind", "status", "description"}, {"type", "fallback"}
        )
        error_kinds.append(
            {
                "kind": kind["kind"],
                "type": kind.get("type"),
                "status": str(kind["status"]),
                "fallback": bool(kind.get("fallback", False)),
            }
        )
    constants = [
        ("SERVER_URL", "str", document["servers"][0]["url"]),
        ("DEFAULT_REGION", "str", document["components"]["schemas"]["Region"]["default"]),
        ("RETRY_POLICY", "RetryPolicy", retry_policy),
        ("WAIT_POLICY", "WaitPolicy", wait_policy),
        ("PAGINATION_POLICY", "PaginationPolicy", pagination_policy),
        ("CODE_ARCHIVE", "CodeArchive", code_archive),
        ("ERROR_KINDS", "tuple[ErrorKind, ...]", tuple(error_kinds)),
    ]
    body = "".join(
        f"\n{name}: Final[{kind}] = {_literal(value)}\n" for name, kind, value in constants
    )
    return BEHAVIOUR_HEADER + body


def _literal(value: Any) -> str:
    """Python source for a value; sets sorted, so the output is reproducible."""
    if isinstance(value, frozenset):
        return f"frozenset({{{', '.join(_literal(item) for item in sorted(value))}}})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + "".join(f"{_literal(item)}, " for item in value) + ")"
    return repr(value)


def main() -> None:
    if sys.argv[1] == "--behaviour":
        source, target = Path(sys.argv[2]), Path(sys.argv[3])
        target.write_text(behaviour(yaml.safe_load(source.read_text())))
        return
    if sys.argv[1] == "--service-docs":
        source, target = Path(sys.argv[2]), Path(sys.argv[3])
        schema = service_schema(request_bodies(yaml.safe_load(source.read_text())))
        target.write_text(service_docs(schema))
        return
    if sys.argv[1] == "--service-schema":  # the service file's schema as JSON, for editors
        source, target = Path(sys.argv[2]), Path(sys.argv[3])
        schema = service_schema(request_bodies(yaml.safe_load(source.read_text())))
        target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
        return
    if sys.argv[1] == "--request-schemas":
        source, target = Path(sys.argv[2]), Path(sys.argv[3])
        target.write_text(request_schemas(yaml.safe_load(source.read_text())))
        return
    if sys.argv[1] == "--models-spec":
        source, target = Path(sys.argv[2]), Path(sys.argv[3])
        target.write_text(
            yaml.safe_dump(models_spec(yaml.safe_load(source.read_text())), sort_keys=False)
        )
        return
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    template = sys.argv[3] if len(sys.argv) > 3 else TEMPLATE.name
    target.write_text(render(yaml.safe_load(source.read_text()), template))


if __name__ == "__main__":
    main()
