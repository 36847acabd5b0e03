from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.referral_data import ReferralData
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referrals/process",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReferralData | None:
    if response.status_code == 200:
        response_200 = ReferralData._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReferralData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ReferralData]:
    """Process the referral of the authenticated user

     Documented call, assumed path: the guide documents this call (a GET with an access token,
    attributing a website visit from a Smart Link) and its response, but its URL was lost;
    `/referrals/process` is invented. Query parameters, if any, are not known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralData]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ReferralData | None:
    """Process the referral of the authenticated user

     Documented call, assumed path: the guide documents this call (a GET with an access token,
    attributing a website visit from a Smart Link) and its response, but its URL was lost;
    `/referrals/process` is invented. Query parameters, if any, are not known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralData
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ReferralData]:
    """Process the referral of the authenticated user

     Documented call, assumed path: the guide documents this call (a GET with an access token,
    attributing a website visit from a Smart Link) and its response, but its URL was lost;
    `/referrals/process` is invented. Query parameters, if any, are not known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralData]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ReferralData | None:
    """Process the referral of the authenticated user

     Documented call, assumed path: the guide documents this call (a GET with an access token,
    attributing a website visit from a Smart Link) and its response, but its URL was lost;
    `/referrals/process` is invented. Query parameters, if any, are not known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralData
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
