from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.smart_link import SmartLink
from ...types import UNSET, Response


def _get_kwargs(
    token: str,
    *,
    app_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/smart-links/{token}".format(
            token=quote(str(token), safe=""),
        ),
        "params": params,
    }

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
    app_id: str,
) -> Response[SmartLink]:
    """Get a Smart Link

     Inferred: see list_smart_links. Path and shape are guesses.

    Args:
        token (str):
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLink]
    """

    kwargs = _get_kwargs(
        token=token,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
    app_id: str,
) -> SmartLink | None:
    """Get a Smart Link

     Inferred: see list_smart_links. Path and shape are guesses.

    Args:
        token (str):
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartLink
    """

    return sync_detailed(
        token=token,
        client=client,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    app_id: str,
) -> Response[SmartLink]:
    """Get a Smart Link

     Inferred: see list_smart_links. Path and shape are guesses.

    Args:
        token (str):
        app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartLink]
    """

    kwargs = _get_kwargs(
        token=token,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
    app_id: str,
) -> SmartLink | None:
    """Get a Smart Link

     Inferred: see list_smart_links. Path and shape are guesses.

    Args:
        token (str):
        app_id (str):

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
            app_id=app_id,
        )
    ).parsed
