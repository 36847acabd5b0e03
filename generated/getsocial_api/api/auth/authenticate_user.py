from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_response import AuthResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str,
    identity_type: str,
    value: str | Unset = UNSET,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["identity_type"] = identity_type

    params["value"] = value

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authenticate/user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthResponse | None:
    if response.status_code == 200:
        response_200 = AuthResponse._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    identity_type: str,
    value: str | Unset = UNSET,
    token: str,
) -> Response[AuthResponse]:
    """Authenticate a user and get an access token

     Documented: the guide shows a POST to the user authentication endpoint with no API key and no body,
    answering with `access_token` and `user`. The path and the query parameters come from a third-party
    script; their meaning from GetSocial's Web SDK reference.

    Args:
        app_id (str):
        identity_type (str):
        value (str | Unset):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        identity_type=identity_type,
        value=value,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    identity_type: str,
    value: str | Unset = UNSET,
    token: str,
) -> AuthResponse | None:
    """Authenticate a user and get an access token

     Documented: the guide shows a POST to the user authentication endpoint with no API key and no body,
    answering with `access_token` and `user`. The path and the query parameters come from a third-party
    script; their meaning from GetSocial's Web SDK reference.

    Args:
        app_id (str):
        identity_type (str):
        value (str | Unset):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        identity_type=identity_type,
        value=value,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    identity_type: str,
    value: str | Unset = UNSET,
    token: str,
) -> Response[AuthResponse]:
    """Authenticate a user and get an access token

     Documented: the guide shows a POST to the user authentication endpoint with no API key and no body,
    answering with `access_token` and `user`. The path and the query parameters come from a third-party
    script; their meaning from GetSocial's Web SDK reference.

    Args:
        app_id (str):
        identity_type (str):
        value (str | Unset):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        identity_type=identity_type,
        value=value,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    identity_type: str,
    value: str | Unset = UNSET,
    token: str,
) -> AuthResponse | None:
    """Authenticate a user and get an access token

     Documented: the guide shows a POST to the user authentication endpoint with no API key and no body,
    answering with `access_token` and `user`. The path and the query parameters come from a third-party
    script; their meaning from GetSocial's Web SDK reference.

    Args:
        app_id (str):
        identity_type (str):
        value (str | Unset):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            identity_type=identity_type,
            value=value,
            token=token,
        )
    ).parsed
