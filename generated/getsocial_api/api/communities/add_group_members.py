from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_members_add_request import GroupMembersAddRequest
from ...models.untyped_result import UntypedResult
from ...types import Response


def _get_kwargs(
    *,
    body: GroupMembersAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communities/groups/members",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UntypedResult | None:
    if response.status_code == 200:
        response_200 = UntypedResult._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UntypedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupMembersAddRequest,
) -> Response[UntypedResult]:
    """Add users to a group

     Observed: a third-party script sends this body; the response was not shown.

    Args:
        body (GroupMembersAddRequest): Body of the add-group-members call, as a third-party script
            sent it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UntypedResult]
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
    body: GroupMembersAddRequest,
) -> UntypedResult | None:
    """Add users to a group

     Observed: a third-party script sends this body; the response was not shown.

    Args:
        body (GroupMembersAddRequest): Body of the add-group-members call, as a third-party script
            sent it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UntypedResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupMembersAddRequest,
) -> Response[UntypedResult]:
    """Add users to a group

     Observed: a third-party script sends this body; the response was not shown.

    Args:
        body (GroupMembersAddRequest): Body of the add-group-members call, as a third-party script
            sent it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UntypedResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GroupMembersAddRequest,
) -> UntypedResult | None:
    """Add users to a group

     Observed: a third-party script sends this body; the response was not shown.

    Args:
        body (GroupMembersAddRequest): Body of the add-group-members call, as a third-party script
            sent it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UntypedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
