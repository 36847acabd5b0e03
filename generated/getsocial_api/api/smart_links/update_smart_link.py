from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smart_link import SmartLink
from ...models.smart_link_update_request import SmartLinkUpdateRequest
from ...types import Response


def _get_kwargs(
    token: str,
    *,
    body: SmartLinkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/smart-links/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmartLink | None:
    if response.status_code == 200:
        response_200 = SmartLink._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmartLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    body: SmartLinkUpdateRequest,
) -> Response[SmartLink]:
    """Update a Smart Link

     Inferred: see list_smart_links. Path, body and response are guesses.

    Args:
        token (str):
        body (SmartLinkUpdateRequest): GUESS: body of the update-Smart-Link call; fields left out
            stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLink]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
    body: SmartLinkUpdateRequest,
) -> SmartLink | None:
    """Update a Smart Link

     Inferred: see list_smart_links. Path, body and response are guesses.

    Args:
        token (str):
        body (SmartLinkUpdateRequest): GUESS: body of the update-Smart-Link call; fields left out
            stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartLink
    """

    return sync_detailed(
        token=token,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    body: SmartLinkUpdateRequest,
) -> Response[SmartLink]:
    """Update a Smart Link

     Inferred: see list_smart_links. Path, body and response are guesses.

    Args:
        token (str):
        body (SmartLinkUpdateRequest): GUESS: body of the update-Smart-Link call; fields left out
            stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLink]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
    body: SmartLinkUpdateRequest,
) -> SmartLink | None:
    """Update a Smart Link

     Inferred: see list_smart_links. Path, body and response are guesses.

    Args:
        token (str):
        body (SmartLinkUpdateRequest): GUESS: body of the update-Smart-Link call; fields left out
            stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartLink
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            body=body,
        )
    ).parsed
