from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follower_list import FollowerList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str,
    entity_type: str,
    entity_id: str,
    limit: int | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["entity_type"] = entity_type

    params["entity_id"] = entity_id

    params["limit"] = limit

    params["next_cursor"] = next_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communities/followers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FollowerList | None:
    if response.status_code == 200:
        response_200 = FollowerList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FollowerList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    entity_type: str,
    entity_id: str,
    limit: int | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
) -> Response[FollowerList]:
    """List the followers of an entity

     Observed: a third-party migration tool calls it with these parameters.

    Args:
        app_id (str):
        entity_type (str):
        entity_id (str):
        limit (int | Unset):
        next_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowerList]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        next_cursor=next_cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: str,
    entity_type: str,
    entity_id: str,
    limit: int | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
) -> FollowerList | None:
    """List the followers of an entity

     Observed: a third-party migration tool calls it with these parameters.

    Args:
        app_id (str):
        entity_type (str):
        entity_id (str):
        limit (int | Unset):
        next_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowerList
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        next_cursor=next_cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    entity_type: str,
    entity_id: str,
    limit: int | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
) -> Response[FollowerList]:
    """List the followers of an entity

     Observed: a third-party migration tool calls it with these parameters.

    Args:
        app_id (str):
        entity_type (str):
        entity_id (str):
        limit (int | Unset):
        next_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowerList]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        next_cursor=next_cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: str,
    entity_type: str,
    entity_id: str,
    limit: int | Unset = UNSET,
    next_cursor: str | Unset = UNSET,
) -> FollowerList | None:
    """List the followers of an entity

     Observed: a third-party migration tool calls it with these parameters.

    Args:
        app_id (str):
        entity_type (str):
        entity_id (str):
        limit (int | Unset):
        next_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowerList
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            entity_type=entity_type,
            entity_id=entity_id,
            limit=limit,
            next_cursor=next_cursor,
        )
    ).parsed
