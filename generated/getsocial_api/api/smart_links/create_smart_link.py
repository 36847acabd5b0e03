from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smart_link_create_request import SmartLinkCreateRequest
from ...models.smart_link_create_response import SmartLinkCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SmartLinkCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smart-links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmartLinkCreateResponse | None:
    if response.status_code == 200:
        response_200 = SmartLinkCreateResponse._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmartLinkCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SmartLinkCreateRequest,
) -> Response[SmartLinkCreateResponse]:
    """Create a Smart Link

     Observed: a third-party backend calls this path with an API key and reads `url` from the response.
    Field meanings from GetSocial's link-params reference.

    Args:
        body (SmartLinkCreateRequest): Body of the create-Smart-Link call, with the fields a
            third-party client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLinkCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SmartLinkCreateRequest,
) -> SmartLinkCreateResponse | None:
    """Create a Smart Link

     Observed: a third-party backend calls this path with an API key and reads `url` from the response.
    Field meanings from GetSocial's link-params reference.

    Args:
        body (SmartLinkCreateRequest): Body of the create-Smart-Link call, with the fields a
            third-party client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartLinkCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmartLinkCreateRequest,
) -> Response[SmartLinkCreateResponse]:
    """Create a Smart Link

     Observed: a third-party backend calls this path with an API key and reads `url` from the response.
    Field meanings from GetSocial's link-params reference.

    Args:
        body (SmartLinkCreateRequest): Body of the create-Smart-Link call, with the fields a
            third-party client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLinkCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SmartLinkCreateRequest,
) -> SmartLinkCreateResponse | None:
    """Create a Smart Link

     Observed: a third-party backend calls this path with an API key and reads `url` from the response.
    Field meanings from GetSocial's link-params reference.

    Args:
        body (SmartLinkCreateRequest): Body of the create-Smart-Link call, with the fields a
            third-party client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartLinkCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
