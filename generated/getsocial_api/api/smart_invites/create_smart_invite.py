from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smart_invite import SmartInvite
from ...models.smart_invite_create_request import SmartInviteCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SmartInviteCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smart-invites",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmartInvite | None:
    if response.status_code == 200:
        response_200 = SmartInvite._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmartInvite]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SmartInviteCreateRequest,
) -> Response[SmartInvite]:
    """Create a Smart Invite on behalf of the user

     Inferred: the guide names creating Smart Invites as the access-token example. Path and shape are
    guesses from GetSocial's internal create-invite request.

    Args:
        body (SmartInviteCreateRequest): GUESS: body of the create-Smart-Invite call, from the
            fields of GetSocial's internal create-invite request, in snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartInvite]
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
    body: SmartInviteCreateRequest,
) -> SmartInvite | None:
    """Create a Smart Invite on behalf of the user

     Inferred: the guide names creating Smart Invites as the access-token example. Path and shape are
    guesses from GetSocial's internal create-invite request.

    Args:
        body (SmartInviteCreateRequest): GUESS: body of the create-Smart-Invite call, from the
            fields of GetSocial's internal create-invite request, in snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartInvite
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmartInviteCreateRequest,
) -> Response[SmartInvite]:
    """Create a Smart Invite on behalf of the user

     Inferred: the guide names creating Smart Invites as the access-token example. Path and shape are
    guesses from GetSocial's internal create-invite request.

    Args:
        body (SmartInviteCreateRequest): GUESS: body of the create-Smart-Invite call, from the
            fields of GetSocial's internal create-invite request, in snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartInvite]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SmartInviteCreateRequest,
) -> SmartInvite | None:
    """Create a Smart Invite on behalf of the user

     Inferred: the guide names creating Smart Invites as the access-token example. Path and shape are
    guesses from GetSocial's internal create-invite request.

    Args:
        body (SmartInviteCreateRequest): GUESS: body of the create-Smart-Invite call, from the
            fields of GetSocial's internal create-invite request, in snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartInvite
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
