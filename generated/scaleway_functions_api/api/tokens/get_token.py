from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.region import Region
from ...models.token import Token
from ...types import Response


def _get_kwargs(
    region: Region,
    token_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/functions/v1beta1/regions/{region}/tokens/{token_id}".format(
            region=quote(str(region), safe=""),
            token_id=quote(str(token_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

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
) -> Response[Error | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    region: Region,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Token]:
    """Get a token

     Get a token.

    Args:
        region (Region): A Scaleway region.
        token_id (str): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        region=region,
        token_id=token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: Region,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Token | None:
    """Get a token

     Get a token.

    Args:
        region (Region): A Scaleway region.
        token_id (str): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return sync_detailed(
        region=region,
        token_id=token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    region: Region,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Token]:
    """Get a token

     Get a token.

    Args:
        region (Region): A Scaleway region.
        token_id (str): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        region=region,
        token_id=token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: Region,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Token | None:
    """Get a token

     Get a token.

    Args:
        region (Region): A Scaleway region.
        token_id (str): A UUID, in its canonical lowercase hyphenated form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return (
        await asyncio_detailed(
            region=region,
            token_id=token_id,
            client=client,
        )
    ).parsed
