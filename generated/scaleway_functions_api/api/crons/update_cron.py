from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron import Cron
from ...models.error import Error
from ...models.region import Region
from ...models.update_cron_request import UpdateCronRequest
from ...types import Response


def _get_kwargs(
    region: Region,
    cron_id: str,
    *,
    body: UpdateCronRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/functions/v1beta1/regions/{region}/crons/{cron_id}".format(
            region=quote(str(region), safe=""),
            cron_id=quote(str(cron_id), safe=""),
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
    cron_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCronRequest,
) -> Response[Cron | Error]:
    """Update an existing cron

     Update the cron associated with the specified ID.

    Args:
        region (Region): A Scaleway region.
        cron_id (str): A UUID, in its canonical lowercase hyphenated form.
        body (UpdateCronRequest): The cron fields to change; omitted fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | Error]
    """

    kwargs = _get_kwargs(
        region=region,
        cron_id=cron_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    cron_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCronRequest,
) -> Cron | Error | None:
    """Update an existing cron

     Update the cron associated with the specified ID.

    Args:
        region (Region): A Scaleway region.
        cron_id (str): A UUID, in its canonical lowercase hyphenated form.
        body (UpdateCronRequest): The cron fields to change; omitted fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | Error
    """

    return sync_detailed(
        region=region,
        cron_id=cron_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    region: Region,
    cron_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCronRequest,
) -> Response[Cron | Error]:
    """Update an existing cron

     Update the cron associated with the specified ID.

    Args:
        region (Region): A Scaleway region.
        cron_id (str): A UUID, in its canonical lowercase hyphenated form.
        body (UpdateCronRequest): The cron fields to change; omitted fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | Error]
    """

    kwargs = _get_kwargs(
        region=region,
        cron_id=cron_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    cron_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCronRequest,
) -> Cron | Error | None:
    """Update an existing cron

     Update the cron associated with the specified ID.

    Args:
        region (Region): A Scaleway region.
        cron_id (str): A UUID, in its canonical lowercase hyphenated form.
        body (UpdateCronRequest): The cron fields to change; omitted fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | Error
    """

    return (
        await asyncio_detailed(
            region=region,
            cron_id=cron_id,
            client=client,
            body=body,
        )
    ).parsed
