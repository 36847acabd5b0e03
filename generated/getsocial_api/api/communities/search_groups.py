from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_list import GroupList
from ...models.group_search_request import GroupSearchRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GroupSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communities/groups/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupList | None:
    if response.status_code == 200:
        response_200 = GroupList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupSearchRequest,
) -> Response[GroupList]:
    """Search groups

     Observed: a third-party migration tool sends `app_id` only and pages through `next_cursor`. Paging
    fields in the body are a guess.

    Args:
        body (GroupSearchRequest): Body of the group search. Only `app_id` has been observed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupList]
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
    body: GroupSearchRequest,
) -> GroupList | None:
    """Search groups

     Observed: a third-party migration tool sends `app_id` only and pages through `next_cursor`. Paging
    fields in the body are a guess.

    Args:
        body (GroupSearchRequest): Body of the group search. Only `app_id` has been observed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupSearchRequest,
) -> Response[GroupList]:
    """Search groups

     Observed: a third-party migration tool sends `app_id` only and pages through `next_cursor`. Paging
    fields in the body are a guess.

    Args:
        body (GroupSearchRequest): Body of the group search. Only `app_id` has been observed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GroupSearchRequest,
) -> GroupList | None:
    """Search groups

     Observed: a third-party migration tool sends `app_id` only and pages through `next_cursor`. Paging
    fields in the body are a guess.

    Args:
        body (GroupSearchRequest): Body of the group search. Only `app_id` has been observed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
