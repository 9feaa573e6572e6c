from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_functions_order_by import ListFunctionsOrderBy
from ...models.list_functions_response import ListFunctionsResponse
from ...models.region import Region
from ...types import UNSET, Response, Unset


def _get_kwargs(
    region: Region,
    namespace_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListFunctionsOrderBy | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/functions/v1beta1/regions/{region}/namespaces/{namespace_id}/functions".format(
            region=quote(str(region), safe=""),
            namespace_id=quote(str(namespace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListFunctionsResponse | None:
    if response.status_code == 200:
        response_200 = ListFunctionsResponse.from_dict(response.json())

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
) -> Response[Error | ListFunctionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    region: Region,
    namespace_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListFunctionsOrderBy | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Error | ListFunctionsResponse]:
    """List the functions of a namespace (older route)

     The same answer as listFunctions for this namespace. An older route that the API still serves and
    that the Serverless Framework plugin calls; new code should call listFunctions.

    Args:
        region (Region): A Scaleway region.
        namespace_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListFunctionsOrderBy | Unset): Order of the functions.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListFunctionsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        namespace_id=namespace_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    namespace_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListFunctionsOrderBy | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Error | ListFunctionsResponse | None:
    """List the functions of a namespace (older route)

     The same answer as listFunctions for this namespace. An older route that the API still serves and
    that the Serverless Framework plugin calls; new code should call listFunctions.

    Args:
        region (Region): A Scaleway region.
        namespace_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListFunctionsOrderBy | Unset): Order of the functions.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListFunctionsResponse
    """

    return sync_detailed(
        region=region,
        namespace_id=namespace_id,
        client=client,
        page=page,
        page_size=page_size,
        order_by=order_by,
        name=name,
    ).parsed


async def asyncio_detailed(
    region: Region,
    namespace_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListFunctionsOrderBy | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Error | ListFunctionsResponse]:
    """List the functions of a namespace (older route)

     The same answer as listFunctions for this namespace. An older route that the API still serves and
    that the Serverless Framework plugin calls; new code should call listFunctions.

    Args:
        region (Region): A Scaleway region.
        namespace_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListFunctionsOrderBy | Unset): Order of the functions.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListFunctionsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        namespace_id=namespace_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    namespace_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListFunctionsOrderBy | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Error | ListFunctionsResponse | None:
    """List the functions of a namespace (older route)

     The same answer as listFunctions for this namespace. An older route that the API still serves and
    that the Serverless Framework plugin calls; new code should call listFunctions.

    Args:
        region (Region): A Scaleway region.
        namespace_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListFunctionsOrderBy | Unset): Order of the functions.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListFunctionsResponse
    """

    return (
        await asyncio_detailed(
            region=region,
            namespace_id=namespace_id,
            client=client,
            page=page,
            page_size=page_size,
            order_by=order_by,
            name=name,
        )
    ).parsed
