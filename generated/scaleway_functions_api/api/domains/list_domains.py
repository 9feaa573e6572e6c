from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_domains_order_by import ListDomainsOrderBy
from ...models.list_domains_response import ListDomainsResponse
from ...models.region import Region
from ...types import UNSET, Response, Unset


def _get_kwargs(
    region: Region,
    *,
    function_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListDomainsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["function_id"] = function_id

    params["page"] = page

    params["page_size"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/functions/v1beta1/regions/{region}/domains".format(
            region=quote(str(region), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListDomainsResponse | None:
    if response.status_code == 200:
        response_200 = ListDomainsResponse.from_dict(response.json())

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
) -> Response[Error | ListDomainsResponse]:
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
    function_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListDomainsOrderBy | Unset = UNSET,
) -> Response[Error | ListDomainsResponse]:
    """List all domain name bindings

     List all domain name bindings in a specified region.

    Args:
        region (Region): A Scaleway region.
        function_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListDomainsOrderBy | Unset): Order of the domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDomainsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        function_id=function_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    function_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListDomainsOrderBy | Unset = UNSET,
) -> Error | ListDomainsResponse | None:
    """List all domain name bindings

     List all domain name bindings in a specified region.

    Args:
        region (Region): A Scaleway region.
        function_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListDomainsOrderBy | Unset): Order of the domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDomainsResponse
    """

    return sync_detailed(
        region=region,
        client=client,
        function_id=function_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    function_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListDomainsOrderBy | Unset = UNSET,
) -> Response[Error | ListDomainsResponse]:
    """List all domain name bindings

     List all domain name bindings in a specified region.

    Args:
        region (Region): A Scaleway region.
        function_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListDomainsOrderBy | Unset): Order of the domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListDomainsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        function_id=function_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    function_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    order_by: ListDomainsOrderBy | Unset = UNSET,
) -> Error | ListDomainsResponse | None:
    """List all domain name bindings

     List all domain name bindings in a specified region.

    Args:
        region (Region): A Scaleway region.
        function_id (str): A UUID, in its canonical lowercase hyphenated form.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        order_by (ListDomainsOrderBy | Unset): Order of the domains.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListDomainsResponse
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            function_id=function_id,
            page=page,
            page_size=page_size,
            order_by=order_by,
        )
    ).parsed
