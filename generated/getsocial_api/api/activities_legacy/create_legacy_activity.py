from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_activity_create_request import LegacyActivityCreateRequest
from ...models.untyped_result import UntypedResult
from ...types import Response


def _get_kwargs(
    *,
    body: LegacyActivityCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activities",
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
    body: LegacyActivityCreateRequest,
) -> Response[UntypedResult]:
    """Post an activity (legacy endpoint)

     Observed: a third-party web app posts comments here; the response was not shown.

    Args:
        body (LegacyActivityCreateRequest): Body of the legacy create-activity call (used to post
            a comment).

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
    body: LegacyActivityCreateRequest,
) -> UntypedResult | None:
    """Post an activity (legacy endpoint)

     Observed: a third-party web app posts comments here; the response was not shown.

    Args:
        body (LegacyActivityCreateRequest): Body of the legacy create-activity call (used to post
            a comment).

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
    body: LegacyActivityCreateRequest,
) -> Response[UntypedResult]:
    """Post an activity (legacy endpoint)

     Observed: a third-party web app posts comments here; the response was not shown.

    Args:
        body (LegacyActivityCreateRequest): Body of the legacy create-activity call (used to post
            a comment).

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
    body: LegacyActivityCreateRequest,
) -> UntypedResult | None:
    """Post an activity (legacy endpoint)

     Observed: a third-party web app posts comments here; the response was not shown.

    Args:
        body (LegacyActivityCreateRequest): Body of the legacy create-activity call (used to post
            a comment).

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
