from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_reaction_request import LegacyReactionRequest
from ...models.untyped_result import UntypedResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LegacyReactionRequest,
    x_get_social_impersonate_user: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_get_social_impersonate_user, Unset):
        headers["X-GetSocial-impersonate-user"] = x_get_social_impersonate_user

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activities/reactions",
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
    body: LegacyReactionRequest,
    x_get_social_impersonate_user: str | Unset = UNSET,
) -> Response[UntypedResult]:
    """React to activities (legacy endpoint)

     Observed: a third-party web app sends this with an API key and the impersonation header; the
    response was not shown.

    Args:
        x_get_social_impersonate_user (str | Unset):
        body (LegacyReactionRequest): Body of the legacy add- and remove-reaction calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UntypedResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_get_social_impersonate_user=x_get_social_impersonate_user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LegacyReactionRequest,
    x_get_social_impersonate_user: str | Unset = UNSET,
) -> UntypedResult | None:
    """React to activities (legacy endpoint)

     Observed: a third-party web app sends this with an API key and the impersonation header; the
    response was not shown.

    Args:
        x_get_social_impersonate_user (str | Unset):
        body (LegacyReactionRequest): Body of the legacy add- and remove-reaction calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UntypedResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_get_social_impersonate_user=x_get_social_impersonate_user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyReactionRequest,
    x_get_social_impersonate_user: str | Unset = UNSET,
) -> Response[UntypedResult]:
    """React to activities (legacy endpoint)

     Observed: a third-party web app sends this with an API key and the impersonation header; the
    response was not shown.

    Args:
        x_get_social_impersonate_user (str | Unset):
        body (LegacyReactionRequest): Body of the legacy add- and remove-reaction calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UntypedResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_get_social_impersonate_user=x_get_social_impersonate_user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LegacyReactionRequest,
    x_get_social_impersonate_user: str | Unset = UNSET,
) -> UntypedResult | None:
    """React to activities (legacy endpoint)

     Observed: a third-party web app sends this with an API key and the impersonation header; the
    response was not shown.

    Args:
        x_get_social_impersonate_user (str | Unset):
        body (LegacyReactionRequest): Body of the legacy add- and remove-reaction calls.

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
            x_get_social_impersonate_user=x_get_social_impersonate_user,
        )
    ).parsed
