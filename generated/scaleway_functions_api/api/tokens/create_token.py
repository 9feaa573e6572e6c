from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_request import CreateTokenRequest
from ...models.error import Error
from ...models.region import Region
from ...models.token import Token
from ...types import Response


def _get_kwargs(
    region: Region,
    *,
    body: CreateTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/v1beta1/regions/{region}/tokens".format(
            region=quote(str(region), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateTokenRequest,
) -> Response[Error | Token]:
    """Create a new revocable token

     Create a token that authenticates calls to a private function, or to every function of a namespace.
    Give exactly one of function_id and namespace_id. Deprecated by the API in favour of IAM
    authentication.

    Args:
        region (Region): A Scaleway region.
        body (CreateTokenRequest): The token to create, for exactly one of a function or a
            namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
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
    body: CreateTokenRequest,
) -> Error | Token | None:
    """Create a new revocable token

     Create a token that authenticates calls to a private function, or to every function of a namespace.
    Give exactly one of function_id and namespace_id. Deprecated by the API in favour of IAM
    authentication.

    Args:
        region (Region): A Scaleway region.
        body (CreateTokenRequest): The token to create, for exactly one of a function or a
            namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
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
    body: CreateTokenRequest,
) -> Response[Error | Token]:
    """Create a new revocable token

     Create a token that authenticates calls to a private function, or to every function of a namespace.
    Give exactly one of function_id and namespace_id. Deprecated by the API in favour of IAM
    authentication.

    Args:
        region (Region): A Scaleway region.
        body (CreateTokenRequest): The token to create, for exactly one of a function or a
            namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
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
    body: CreateTokenRequest,
) -> Error | Token | None:
    """Create a new revocable token

     Create a token that authenticates calls to a private function, or to every function of a namespace.
    Give exactly one of function_id and namespace_id. Deprecated by the API in favour of IAM
    authentication.

    Args:
        region (Region): A Scaleway region.
        body (CreateTokenRequest): The token to create, for exactly one of a function or a
            namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Token
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            body=body,
        )
    ).parsed
