from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.app_create_request import AppCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AppCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> App | None:
    if response.status_code == 200:
        response_200 = App._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[App]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> Response[App]:
    """Create an app

     Inferred: the guide names creating apps as a management task and says it needs a Full API key. Path,
    body and response are guesses.

    Args:
        body (AppCreateRequest): GUESS: body of the create-app call, modelled on the App fields of
            the guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App]
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
    body: AppCreateRequest,
) -> App | None:
    """Create an app

     Inferred: the guide names creating apps as a management task and says it needs a Full API key. Path,
    body and response are guesses.

    Args:
        body (AppCreateRequest): GUESS: body of the create-app call, modelled on the App fields of
            the guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> Response[App]:
    """Create an app

     Inferred: the guide names creating apps as a management task and says it needs a Full API key. Path,
    body and response are guesses.

    Args:
        body (AppCreateRequest): GUESS: body of the create-app call, modelled on the App fields of
            the guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> App | None:
    """Create an app

     Inferred: the guide names creating apps as a management task and says it needs a Full API key. Path,
    body and response are guesses.

    Args:
        body (AppCreateRequest): GUESS: body of the create-app call, modelled on the App fields of
            the guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
