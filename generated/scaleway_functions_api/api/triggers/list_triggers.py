from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_triggers_order_by import ListTriggersOrderBy
from ...models.list_triggers_response import ListTriggersResponse
from ...models.region import Region
from ...types import UNSET, Response, Unset


def _get_kwargs(
    region: Region,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListTriggersOrderBy | Unset = UNSET,
    function_id: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["function_id"] = function_id

    params["namespace_id"] = namespace_id

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/functions/v1beta1/regions/{region}/triggers".format(
            region=quote(str(region), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListTriggersResponse | None:
    if response.status_code == 200:
        response_200 = ListTriggersResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListTriggersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListTriggersOrderBy | Unset = UNSET,
    function_id: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[Error | ListTriggersResponse]:
    """List all triggers

     List all triggers belonging to a specified Organization or Project. At most one of function_id,
    namespace_id and project_id filters the list.

    Args:
        region (Region): A Scaleway region.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListTriggersOrderBy | Unset): Order of the triggers.
        function_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        namespace_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        project_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTriggersResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        page=page,
        page_size=page_size,
        order_by=order_by,
        function_id=function_id,
        namespace_id=namespace_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListTriggersOrderBy | Unset = UNSET,
    function_id: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Error | ListTriggersResponse | None:
    """List all triggers

     List all triggers belonging to a specified Organization or Project. At most one of function_id,
    namespace_id and project_id filters the list.

    Args:
        region (Region): A Scaleway region.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListTriggersOrderBy | Unset): Order of the triggers.
        function_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        namespace_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        project_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTriggersResponse
    """

    return sync_detailed(
        region=region,
        client=client,
        page=page,
        page_size=page_size,
        order_by=order_by,
        function_id=function_id,
        namespace_id=namespace_id,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListTriggersOrderBy | Unset = UNSET,
    function_id: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[Error | ListTriggersResponse]:
    """List all triggers

     List all triggers belonging to a specified Organization or Project. At most one of function_id,
    namespace_id and project_id filters the list.

    Args:
        region (Region): A Scaleway region.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListTriggersOrderBy | Unset): Order of the triggers.
        function_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        namespace_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        project_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTriggersResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        page=page,
        page_size=page_size,
        order_by=order_by,
        function_id=function_id,
        namespace_id=namespace_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListTriggersOrderBy | Unset = UNSET,
    function_id: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Error | ListTriggersResponse | None:
    """List all triggers

     List all triggers belonging to a specified Organization or Project. At most one of function_id,
    namespace_id and project_id filters the list.

    Args:
        region (Region): A Scaleway region.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListTriggersOrderBy | Unset): Order of the triggers.
        function_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        namespace_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.
        project_id (str | Unset): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTriggersResponse
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            page=page,
            page_size=page_size,
            order_by=order_by,
            function_id=function_id,
            namespace_id=namespace_id,
            project_id=project_id,
        )
    ).parsed
