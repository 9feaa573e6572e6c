from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_trigger_request import CreateTriggerRequest
from ...models.error import Error
from ...models.region import Region
from ...models.trigger import Trigger
from ...types import Response


def _get_kwargs(
    region: Region,
    *,
    body: CreateTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/v1beta1/regions/{region}/triggers".format(
            region=quote(str(region), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Trigger | None:
    if response.status_code == 200:
        response_200 = Trigger.from_dict(response.json())

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
) -> Response[Error | Trigger]:
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
    body: CreateTriggerRequest,
) -> Response[Error | Trigger]:
    """Create a trigger

     Create a new trigger for a specified function, reading from exactly one source: a Scaleway Messaging
    and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

    Args:
        region (Region): A Scaleway region.
        body (CreateTriggerRequest): The trigger to create. Exactly one of scw_sqs_config,
            scw_nats_config and sqs_config must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Trigger]
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
    body: CreateTriggerRequest,
) -> Error | Trigger | None:
    """Create a trigger

     Create a new trigger for a specified function, reading from exactly one source: a Scaleway Messaging
    and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

    Args:
        region (Region): A Scaleway region.
        body (CreateTriggerRequest): The trigger to create. Exactly one of scw_sqs_config,
            scw_nats_config and sqs_config must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Trigger
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
    body: CreateTriggerRequest,
) -> Response[Error | Trigger]:
    """Create a trigger

     Create a new trigger for a specified function, reading from exactly one source: a Scaleway Messaging
    and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

    Args:
        region (Region): A Scaleway region.
        body (CreateTriggerRequest): The trigger to create. Exactly one of scw_sqs_config,
            scw_nats_config and sqs_config must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Trigger]
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
    body: CreateTriggerRequest,
) -> Error | Trigger | None:
    """Create a trigger

     Create a new trigger for a specified function, reading from exactly one source: a Scaleway Messaging
    and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

    Args:
        region (Region): A Scaleway region.
        body (CreateTriggerRequest): The trigger to create. Exactly one of scw_sqs_config,
            scw_nats_config and sqs_config must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Trigger
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            body=body,
        )
    ).parsed
