"""Render openapi.yaml's operations as data and typed client methods.

openapi-python-client gives one module per operation; users want one client object with a
method per operation, iterators for paginated lists and waiters for resources with states.
This script reads the spec (including the x-pagination and x-waiter extensions, which the
generator's templates never see) and writes `operations.py` into the generated package:

- one `Operation` constant per operation (method, path, parameters, response model),
- one `Waiter` constant per resource schema with `x-waiter`,
- `SyncMethods` and `AsyncMethods`, mixins with one typed method per operation, an
  `iter_*` method per paginated list and a `wait_for_*` method per waiter. They delegate to
  three primitives (`_call`, `_paginate`, `_wait`) that the handwritten client implements.

Usage: python tools/generate_operations.py openapi.yaml OUTPUT.py
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

HEADER = '''\
"""The operations of openapi.yaml as data, and typed client methods over them.

Generated from openapi.yaml by tools/generate_operations.py: do not edit.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, Union

from attrs import frozen

from .models import {models}

if TYPE_CHECKING:  # names used in annotations only: not loaded at run time
{annotation_models}
T = TypeVar("T")
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_co = TypeVar("PageT_co", covariant=True)


@frozen
class Pagination:
    """How a list operation pages (its `x-pagination`)."""

    items: str
    """The response field holding the page's items."""
    total: str
    """The response field holding the total number of items."""
    item_type: type[Any]
    """The model of one item."""


@frozen
class Operation(Generic[T]):
    """One operation of the API."""

    name: str
    method: str
    path: str
    """Path template; `{{region}}` and the path parameters are filled in, escaped."""
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    has_body: bool
    response: type[T]
    pagination: Pagination | None = None
    body_schema: str | None = None
    """The component schema of the JSON request body, if any."""
    one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of query parameters of which a request gives at most one (`x-one-of`)."""


@frozen
class Waiter(Generic[T]):
    """Which statuses of a resource end a wait, and how (its `x-waiter`)."""

    resource: str
    operation: Operation[T]
    status_field: str
    success: frozenset[str]
    failure: frozenset[str]
    transient: frozenset[str]


@frozen
class CodeUpload:
    """How code reaches a resource (its operation's `x-code-upload`)."""

    url_operation: Operation[Any]
    """Answers a presigned URL and the headers the PUT must carry."""
    size_param: str
    deploy: Operation[Any]


@frozen
class UploadResult:
    """What was uploaded: the archive's size in bytes and its sha256 (hex)."""

    size: int
    sha256: str


Source = Union[str, "os.PathLike[str]", bytes]
"""A resource's code: a directory (zipped for you), a .zip file, or zip bytes."""

ProgressCallback = Callable[[int, int], None]
"""Called with (bytes sent, total bytes) while an archive uploads."""


class Pages(Protocol[ItemT_co, PageT_co]):
    """A lazy listing: iterate it for items, or `.pages()` for whole responses."""

    def __iter__(self) -> Iterator[ItemT_co]: ...

    def pages(self) -> Iterator[PageT_co]: ...


class AsyncPages(Protocol[ItemT_co, PageT_co]):
    """A lazy listing: `async for` it for items, or `.pages()` for whole responses."""

    def __aiter__(self) -> AsyncIterator[ItemT_co]: ...

    def pages(self) -> AsyncIterator[PageT_co]: ...

'''

PRIMITIVES = """
    {async_}def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any] | None,
    ) -> T:
        raise NotImplementedError

    def _paginate(
        self,
        operation: Operation[Any],
        region: str | None,
        query: Mapping[str, Any],
        page_size: int,
        concurrency: int | None,
    ) -> Any:
        raise NotImplementedError

    {async_}def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        raise NotImplementedError
"""


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.schemas: dict[str, Any] = document["components"]["schemas"]
        self.parameters: dict[str, Any] = document["components"].get("parameters", {})
        self.models: set[str] = set()
        """Models the methods name in annotations only (imported for type checkers)."""
        self.runtime_models: set[str] = set()
        """Models the operation table holds at run time (responses, items, waiters)."""

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    def parameter(self, node: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in node:
            return dict(self.parameters[node["$ref"].rsplit("/", 1)[1]])
        return node

    def python_type(self, node: dict[str, Any]) -> str:
        """The Python type a caller passes for a request value of this schema."""
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            target = self.schemas[name]
            if "enum" in target:
                self.models.add(name)
                return f"{name} | str"
            if target.get("properties"):
                self.models.add(name)
                return name
            return self.python_type(target)
        members = node.get("anyOf") or node.get("oneOf")
        if members:  # a null member adds nothing: every argument already accepts None
            types = [self.python_type(m) for m in members if m.get("type") != "null"]
            return " | ".join(dict.fromkeys(types))
        kind = node.get("type")
        if kind is None and "const" in node:
            return type(node["const"]).__name__
        if isinstance(kind, list):  # [T, "null"]: as above, None is always accepted
            (kind,) = [k for k in kind if k != "null"]
        if kind == "string":
            return "datetime.datetime" if node.get("format") == "date-time" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            return f"Sequence[{self.python_type(node['items'])}]"
        if kind == "object":
            extra = node.get("additionalProperties", True)
            inner = self.python_type(extra) if isinstance(extra, dict) else "Any"
            return f"Mapping[str, {inner}]"
        return "Any"

    def model_name(self, node: dict[str, Any]) -> str:
        name: str = node["$ref"].rsplit("/", 1)[1]
        self.runtime_models.add(name)
        return name


class Argument:
    def __init__(self, name: str, annotation: str, required: bool, doc: str) -> None:
        self.name, self.annotation, self.required, self.doc = name, annotation, required, doc

    def declaration(self) -> str:
        if self.required:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} | None = None"


class Method:
    def __init__(self, spec: Spec, path: str, verb: str, op: dict[str, Any], shared: list) -> None:
        self.spec = spec
        self.op_id: str = op["operationId"]
        self.name = snake(self.op_id)
        self.constant = self.name.upper()
        self.verb = verb.upper()
        self.path = path
        self.summary: str = op.get("summary", "")
        self.description: str = op.get("description", "")
        params = [spec.parameter(p) for p in shared + op.get("parameters", [])]
        self.path_args = [
            self._argument(p) for p in params if p["in"] == "path" and p["name"] != "region"
        ]
        self.query_args = [self._argument(p) for p in params if p["in"] == "query"]
        self.body_args: list[Argument] = []
        body = op.get("requestBody")
        if body:
            schema = spec.resolve(body["content"]["application/json"]["schema"])
            required = set(schema.get("required", []))
            for name, prop in (schema.get("properties") or {}).items():
                doc = prop.get("description") or spec.resolve(prop).get("description", "")
                self.body_args.append(Argument(name, spec.python_type(prop), name in required, doc))
        self.has_body = body is not None
        self.body_schema = (
            body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
            if body
            else None
        )
        ok = op["responses"]["200"]
        if "$ref" in ok:
            ok = self.spec.doc["components"]["responses"][ok["$ref"].rsplit("/", 1)[1]]
        response_schema = ok["content"]["application/json"]["schema"]
        self.response = spec.model_name(response_schema)
        self.pagination: dict[str, Any] | None = op.get("x-pagination")
        self.code_upload: dict[str, Any] | None = op.get("x-code-upload")
        self.one_of = tuple(tuple(group) for group in op.get("x-one-of", {}).values())
        self.item_type = ""
        if self.pagination:
            listing = spec.resolve(response_schema)
            self.item_type = spec.model_name(
                listing["properties"][self.pagination["items"]]["items"]
            )

    def _argument(self, param: dict[str, Any]) -> Argument:
        return Argument(
            param["name"],
            self.spec.python_type(param["schema"]),
            bool(param.get("required")),
            param.get("description", ""),
        )

    def constant_source(self) -> str:
        pagination = "None"
        if self.pagination:
            pagination = (
                f"Pagination(items={self.pagination['items']!r}, "
                f"total={self.pagination['total']!r}, item_type={self.item_type})"
            )
        return (
            f"{self.constant}: Operation[{self.response}] = Operation(\n"
            f"    name={self.op_id!r},\n"
            f"    method={self.verb!r},\n"
            f"    path={self.path!r},\n"
            f"    path_params={tuple(a.name for a in self.path_args)!r},\n"
            f"    query_params={tuple(a.name for a in self.query_args)!r},\n"
            f"    has_body={self.has_body!r},\n"
            f"    response={self.response},\n"
            f"    pagination={pagination},\n"
            f"    body_schema={self.body_schema!r},\n"
            f"    one_of={self.one_of!r},\n"
            ")\n"
        )

    def _signature(self, positional: list[Argument], keyword: list[Argument]) -> str:
        parts = ["self"] + [a.declaration() for a in positional]
        parts.append("*")
        parts += [a.declaration() for a in keyword if a.required]
        parts += [a.declaration() for a in keyword if not a.required]
        parts.append("region: str | None = None")
        return ", ".join(parts)

    def _docstring(self, arguments: list[Argument], extra: str = "") -> str:
        text = self.summary.rstrip(".") + "."
        for paragraph in (self.description, extra):
            if paragraph and paragraph.rstrip(".") != self.summary.rstrip("."):
                text += "\n\n" + textwrap.fill(" ".join(paragraph.split()), width=92)
        documented = [a for a in arguments if a.doc]
        if documented:
            text += "\n\nArgs:\n" + "\n".join(
                textwrap.fill(
                    f"{a.name}: {' '.join(a.doc.split())}",
                    width=92,
                    initial_indent="    ",
                    subsequent_indent="        ",
                )
                for a in documented
            )
        return '"""' + text.replace("\\", "\\\\").replace('"""', "'''") + '\n"""'

    def method_source(self, is_async: bool) -> str:
        positional = self.path_args + [a for a in self.query_args if a.required]
        keyword = [a for a in self.query_args if not a.required] + self.body_args
        path = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in self.path_args) + "}"
        query = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in self.query_args) + "}"
        body = (
            "{" + ", ".join(f"{a.name!r}: {a.name}" for a in self.body_args) + "}"
            if self.has_body
            else "None"
        )
        doc = self._docstring(positional + keyword)
        prefix, wait = ("async ", "await ") if is_async else ("", "")
        return (
            f"{prefix}def {self.name}({self._signature(positional, keyword)}) -> {self.response}:\n"
            f"{textwrap.indent(doc, '    ')}\n"
            f"    return {wait}self._call({self.constant}, region, {path}, {query}, {body})\n"
        )

    def iterator_source(self, is_async: bool) -> str:
        filters = [a for a in self.query_args if a.name not in ("page", "page_size")]
        positional = [a for a in filters if a.required]
        keyword = [a for a in filters if not a.required]
        signature = self._signature(positional, keyword).replace(
            ", region:", ", page_size: int = 100, concurrency: int | None = None, region:"
        )
        query = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in filters) + "}"
        pages = "AsyncPages" if is_async else "Pages"
        doc = self._docstring(
            positional + keyword,
            "Returns a lazy iterator of every item, page after page; `.pages()` gives the "
            "responses instead. Once the first page gives the total, the others are fetched "
            "`concurrency` at a time.",
        )
        name = "iter_" + self.name.removeprefix("list_")
        return (
            f"def {name}({signature}) -> {pages}[{self.item_type}, {self.response}]:\n"
            f"{textwrap.indent(doc, '    ')}\n"
            f"    return self._paginate({self.constant}, region, {query}, page_size, concurrency)\n"
        )


def waiter_sources(spec: Spec, methods: dict[str, Method]) -> list[tuple[str, str, Method]]:
    found = []
    for name, schema in sorted(spec.schemas.items()):
        waiter = schema.get("x-waiter")
        if not waiter:
            continue
        method = methods[waiter["operation"]]
        constant = f"{snake(name).upper()}_WAITER"
        source = (
            f"{constant}: Waiter[{name}] = Waiter(\n"
            f"    resource={name!r},\n"
            f"    operation={method.constant},\n"
            f"    status_field={waiter['status']!r},\n"
            f"    success=frozenset({sorted(waiter['success'])!r}),\n"
            f"    failure=frozenset({sorted(waiter['failure'])!r}),\n"
            f"    transient=frozenset({sorted(waiter['transient'])!r}),\n"
            ")\n"
        )
        found.append((constant, source, method))
        spec.runtime_models.add(name)
    return found


def wait_method_source(constant: str, method: Method, is_async: bool) -> str:
    (id_arg,) = method.path_args
    resource = method.response
    prefix, wait = ("async ", "await ") if is_async else ("", "")
    return (
        f"{prefix}def wait_for_{snake(resource)}(self, {id_arg.name}: str, *, "
        "timeout: float = 600, poll_interval: float | None = None, "
        f"on_progress: Callable[[{resource}], None] | None = None, "
        "on_upload_progress: ProgressCallback | None = None, "
        f"region: str | None = None) -> {resource}:\n"
        f'    """Poll the {snake(resource).replace("_", " ")} until it is ready; raise if it fails '
        "or the timeout passes.\n\n"
        "    The first poll is immediate, then the delay grows from about half a second to a "
        "few.\n    `on_progress` is called with the resource whenever its status or build "
        'message changes.\n    """\n'
        f"    return {wait}self._wait({constant}, {id_arg.name}, region, timeout, poll_interval, "
        "on_progress)\n"
    )


def code_upload_sources(methods: dict[str, Method]) -> list[tuple[str, str, Method]]:
    """(constant, source, upload-URL method) per operation with `x-code-upload`."""
    found = []
    for method in sorted(methods.values(), key=lambda m: m.name):
        if not method.code_upload:
            continue
        deploy = methods[method.code_upload["deploy"]]
        constant = f"{method.constant}_CODE"
        source = (
            f"{constant} = CodeUpload(\n"
            f"    url_operation={method.constant},\n"
            f"    size_param={method.code_upload['size']!r},\n"
            f"    deploy={deploy.constant},\n"
            ")\n"
        )
        found.append((constant, source, method))
    return found


def code_method_sources(constant: str, method: Method, waiter: str, is_async: bool) -> list[str]:
    """upload_<resource>_code and deploy_<resource>_code for one `x-code-upload`."""
    (id_arg,) = method.path_args
    resource = method.code_upload["waiter"]  # type: ignore[index]
    noun = snake(resource)
    prefix, wait = ("async ", "await ") if is_async else ("", "")
    upload = (
        f"{prefix}def upload_{noun}_code(self, {id_arg.name}: str, source: Source, *, "
        "region: str | None = None, on_progress: ProgressCallback | None = None) "
        "-> UploadResult:\n"
        f'    """Upload a {noun}\'s code: a directory (zipped for you), a .zip file, or zip '
        "bytes.\n\n"
        "    Directories leave out .git/, __pycache__/, *.pyc and .scwignore patterns; over "
        "100 MiB\n    is refused before any request. `on_progress(bytes_sent, total)` follows "
        'the upload.\n    """\n'
        f"    return {wait}self._upload_code({constant}, {id_arg.name}, source, region, "
        "on_progress)\n"
    )
    deploy = (
        f"{prefix}def deploy_{noun}_code(self, {id_arg.name}: str, source: Source, *, "
        "wait: bool = True, timeout: float = 600, "
        f"on_progress: Callable[[{resource}], None] | None = None, "
        "on_upload_progress: ProgressCallback | None = None, "
        f"region: str | None = None) -> {resource}:\n"
        f'    """Upload the code, deploy it, and (unless `wait=False`) wait until the {noun} '
        "is ready.\n\n"
        f"    `on_progress` is called with the {noun} whenever its status or build message "
        "changes,\n    `on_upload_progress(bytes_sent, total)` while the archive uploads.\n"
        '    """\n'
        f"    return {wait}self._deploy_code({constant}, {waiter} if wait else None, "
        f"{id_arg.name}, source, region, timeout, on_progress, on_upload_progress)\n"
    )
    return [upload, deploy]


def render(document: dict[str, Any]) -> str:
    spec = Spec(document)
    methods: dict[str, Method] = {}
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for verb in ("get", "post", "put", "patch", "delete"):
            if verb in item:
                method = Method(spec, path, verb, item[verb], shared)
                methods[method.op_id] = method
    ordered = sorted(methods.values(), key=lambda m: m.name)
    waiters = waiter_sources(spec, methods)
    uploads = code_upload_sources(methods)
    for _, _, method in uploads:
        spec.runtime_models.add(method.code_upload["waiter"])  # type: ignore[index]

    annotation_only = sorted(spec.models - spec.runtime_models)
    out = [
        HEADER.format(
            models=", ".join(sorted(spec.runtime_models)),
            annotation_models="".join(f"    from .models import {m}\n" for m in annotation_only),
        )
    ]
    out += ["\n" + m.constant_source() for m in ordered]
    out += ["\n" + source for _, source, _ in waiters]
    out += ["\n" + source for _, source, _ in uploads]
    out.append(
        "\n\nOPERATIONS: Mapping[str, Operation[Any]] = {\n"
        + "".join(f"    {m.op_id!r}: {m.constant},\n" for m in ordered)
        + "}\n"
    )
    out.append(
        "WAITERS: Mapping[str, Waiter[Any]] = {\n"
        + "".join(f"    {c.removesuffix('_WAITER').lower()!r}: {c},\n" for c, _, _ in waiters)
        + "}\n"
    )
    for is_async in (False, True):
        name = "AsyncMethods" if is_async else "SyncMethods"
        kind = "coroutines" if is_async else "methods"
        body = [PRIMITIVES.format(async_="async " if is_async else "")]
        for method in ordered:
            body.append(textwrap.indent(method.method_source(is_async), "    "))
            if method.pagination:
                body.append(textwrap.indent(method.iterator_source(is_async), "    "))
        for constant, _, method in waiters:
            body.append(textwrap.indent(wait_method_source(constant, method, is_async), "    "))
        for constant, _, method in uploads:
            waiter = f"{snake(method.code_upload['waiter']).upper()}_WAITER"  # type: ignore[index]
            for source in code_method_sources(constant, method, waiter, is_async):
                body.append(textwrap.indent(source, "    "))
        out.append(
            f"\n\nclass {name}:\n"
            f'    """One {kind[:-1]} per operation of openapi.yaml."""\n' + "\n".join(body)
        )
    names = ["AsyncMethods", "AsyncPages", "CodeUpload", "OPERATIONS", "Operation", "Pages"]
    names += ["Pagination", "ProgressCallback", "Source", "SyncMethods", "UploadResult"]
    names += ["WAITERS", "Waiter"]
    out.append(f"\n\n__all__ = {sorted(names)!r}\n")
    return "".join(out)


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_text(render(yaml.safe_load(source.read_text())))


if __name__ == "__main__":
    main()
