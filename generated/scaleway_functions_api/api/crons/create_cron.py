from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_cron_request import CreateCronRequest
from ...models.cron import Cron
from ...models.error import Error
from ...models.region import Region
from ...types import Response


def _get_kwargs(
    region: Region,
    *,
    body: CreateCronRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/v1beta1/regions/{region}/crons".format(
            region=quote(str(region), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Cron | Error | None:
    if response.status_code == 200:
        response_200 = Cron.from_dict(response.json())

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
) -> Response[Cron | Error]:
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
    body: CreateCronRequest,
) -> Response[Cron | Error]:
    """Create a new cron

     Create a new cronjob for a function with the specified ID.

    Args:
        region (Region): A Scaleway region.
        body (CreateCronRequest): The cron to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | Error]
    """

    kwargs = _get_kwargs(
        region=region,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCronRequest,
) -> Cron | Error | None:
    """Create a new cron

     Create a new cronjob for a function with the specified ID.

    Args:
        region (Region): A Scaleway region.
        body (CreateCronRequest): The cron to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | Error
    """

    return sync_detailed(
        region=region,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCronRequest,
) -> Response[Cron | Error]:
    """Create a new cron

     Create a new cronjob for a function with the specified ID.

    Args:
        region (Region): A Scaleway region.
        body (CreateCronRequest): The cron to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | Error]
    """

    kwargs = _get_kwargs(
        region=region,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCronRequest,
) -> Cron | Error | None:
    """Create a new cron

     Create a new cronjob for a function with the specified ID.

    Args:
        region (Region): A Scaleway region.
        body (CreateCronRequest): The cron to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | Error
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            body=body,
        )
    ).parsed
