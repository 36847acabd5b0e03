from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.activity_search_request import ActivitySearchRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ActivitySearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communities/activities/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityList | None:
    if response.status_code == 200:
        response_200 = ActivityList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivitySearchRequest,
) -> Response[ActivityList]:
    """Search activities

     Observed: a third-party migration tool lists the posts of a group (target type `group`) or the
    comments of an activity (target type `activity`).

    Args:
        body (ActivitySearchRequest): Body of the activity search, with the fields a third-party
            client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList]
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
    body: ActivitySearchRequest,
) -> ActivityList | None:
    """Search activities

     Observed: a third-party migration tool lists the posts of a group (target type `group`) or the
    comments of an activity (target type `activity`).

    Args:
        body (ActivitySearchRequest): Body of the activity search, with the fields a third-party
            client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivitySearchRequest,
) -> Response[ActivityList]:
    """Search activities

     Observed: a third-party migration tool lists the posts of a group (target type `group`) or the
    comments of an activity (target type `activity`).

    Args:
        body (ActivitySearchRequest): Body of the activity search, with the fields a third-party
            client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActivitySearchRequest,
) -> ActivityList | None:
    """Search activities

     Observed: a third-party migration tool lists the posts of a group (target type `group`) or the
    comments of an activity (target type `activity`).

    Args:
        body (ActivitySearchRequest): Body of the activity search, with the fields a third-party
            client sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
