"""The clients with the generated endpoint functions: accepted as ``client=``, typed errors
instead of None for failures, defaults, derived clients, context managers."""

from __future__ import annotations

import asyncio
import copy
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import getsocial
import httpx
import pytest
from fake_getsocial import FakeGetSocial, Reply
from getsocial_api.api.apps import list_apps
from getsocial_api.api.referrals import process_referral
from getsocial_api.client import AuthenticatedClient, Client
from overlay_support import Caller, api_client, user_client


def test_clients_are_generated_authenticated_clients() -> None:
    assert issubclass(getsocial.GetSocial, AuthenticatedClient)
    assert issubclass(getsocial.GetSocialUser, AuthenticatedClient)
    assert not issubclass(getsocial.GetSocial, Client)  # the generated union still covers it


def test_importing_the_package_and_making_a_sync_call_never_imports_asyncio(
    fake: FakeGetSocial,
) -> None:
    # asyncio takes about as long to import as the rest of the package: sync users never pay it.
    import getsocial_api

    folders = [str(Path(package.__file__).parent.parent) for package in (getsocial, getsocial_api)]
    code = (
        "import sys, getsocial\n"
        "from getsocial_api.api.apps import list_apps\n"
        f"with getsocial.GetSocial('{fake.api_key}', base_url='{fake.base_url}') as client:\n"
        "    assert list_apps.sync(client=client)\n"
        "print('asyncio' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(folders))

    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"


def test_generated_sync_function_returns_parsed_models(fake: FakeGetSocial) -> None:
    with api_client(fake) as client:
        apps = list_apps.sync(client=client)

    assert isinstance(apps, list)
    assert apps[0].id == "example"


async def test_generated_asyncio_function_returns_parsed_models(fake: FakeGetSocial) -> None:
    async with user_client(fake) as client:
        referral = await process_referral.asyncio(client=client)

    assert referral is not None
    assert referral.referrer.id == "123"  # type: ignore[union-attr]
    assert fake.auth_calls == 1


def test_generated_function_raises_typed_error_instead_of_returning_none(
    fake: FakeGetSocial,
) -> None:
    fake.script("/v1/apps", Reply(404, body={"message": "No such app"}))

    with pytest.raises(getsocial.APIStatusError) as caught:
        list_apps.sync(client=api_client(fake))

    assert caught.value.status_code == 404
    assert caught.value.body == {"message": "No such app"}
    assert "No such app" in str(caught.value)
    assert "GET " in str(caught.value) and "/v1/apps" in str(caught.value)


def test_error_body_that_is_not_json_is_kept_as_text(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/apps", Reply(400, {"Content-Type": "text/plain"}, body="Bad things"))

    with pytest.raises(getsocial.APIStatusError) as caught:
        caller.request(api_client(fake), "GET", "/apps")

    assert caught.value.body == "Bad things"
    assert caught.value.response.status_code == 400


def test_403_raises_permission_denied_error(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/apps", Reply(403, body={"message": "Limited key"}))

    with pytest.raises(getsocial.PermissionDeniedError, match="permission"):
        caller.request(api_client(fake, raise_on_status=False), "GET", "/apps")


def test_raise_on_status_false_hands_other_answers_to_the_generated_code(
    fake: FakeGetSocial,
) -> None:
    fake.script("/v1/apps", Reply(404, body={"message": "No such app"}))
    client = api_client(fake, raise_on_status=False)

    response = list_apps.sync_detailed(client=client)

    assert response.status_code == 404


def test_error_hierarchy() -> None:
    assert issubclass(getsocial.RateLimitError, getsocial.APIStatusError)
    assert issubclass(getsocial.PermissionDeniedError, getsocial.APIStatusError)
    assert issubclass(getsocial.AuthenticationError, getsocial.GetSocialError)
    assert issubclass(getsocial.APITimeoutError, getsocial.APIConnectionError)
    assert issubclass(getsocial.APITimeoutError, httpx.TimeoutException)
    assert issubclass(getsocial.APIStatusError, getsocial.GetSocialError)


def test_defaults_are_explicit() -> None:
    client = getsocial.GetSocial("some-api-key-123")

    assert client.get_httpx_client().timeout == getsocial.DEFAULT_TIMEOUT
    assert str(client.get_httpx_client().base_url) == getsocial.DEFAULT_BASE_URL + "/"
    assert client.retry == getsocial.RetryPolicy()
    assert client.raise_on_status is True
    assert getsocial.DEFAULT_TIMEOUT.connect == 5.0 and getsocial.DEFAULT_TIMEOUT.read == 30.0


def test_timeout_accepts_seconds(fake: FakeGetSocial) -> None:
    client = api_client(fake, timeout=2.5)

    assert client.get_httpx_client().timeout == httpx.Timeout(2.5)


def test_with_options_shares_the_connection_pool_and_credentials(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = user_client(fake)
    caller.request(client, "GET", "/referrals/process")
    derived = client.with_options(timeout=4, retry=getsocial.RetryPolicy(max_retries=0))

    caller.request(derived, "GET", "/referrals/process")

    assert fake.auth_calls == 1  # the token is shared
    assert derived._overlay_transport._pools is client._overlay_transport._pools
    assert derived.get_httpx_client().timeout == httpx.Timeout(4)
    assert derived.retry.max_retries == 0 and client.retry.max_retries == 3


def test_closing_a_derived_client_leaves_the_original_usable(fake: FakeGetSocial) -> None:
    client = api_client(fake)
    with client.with_options(timeout=3) as derived:
        derived.get_httpx_client().get("/apps")

    assert client.get_httpx_client().get("/apps").status_code == 200


def test_with_headers_adds_headers_and_keeps_credentials(fake: FakeGetSocial) -> None:
    client = api_client(fake).with_headers({"X-Trace": "abc"})

    client.get_httpx_client().get("/apps")

    headers = fake.seen("/v1/apps")[0].headers
    assert headers["x-trace"] == "abc"
    assert headers["x-getsocial-api-key"] == fake.api_key


def test_context_manager_closes_the_pool(fake: FakeGetSocial) -> None:
    with api_client(fake) as client:
        client.get_httpx_client().get("/apps")

    assert AuthenticatedClient.get_httpx_client(client).is_closed


async def test_async_context_manager_closes_the_pool(fake: FakeGetSocial) -> None:
    async with api_client(fake) as client:
        await client.get_async_httpx_client().get("/apps")

    assert client._async_httpx_client().is_closed


def test_using_a_closed_client_raises_client_closed_error(fake: FakeGetSocial) -> None:
    with api_client(fake) as client:
        list_apps.sync(client=client)

    with pytest.raises(getsocial.ClientClosedError, match="was closed") as caught:
        list_apps.sync(client=client)

    assert isinstance(caught.value, RuntimeError)  # what httpx raises for a closed client
    client.close()  # closing again is harmless


async def test_using_a_closed_client_in_the_same_event_loop_raises_client_closed_error(
    fake: FakeGetSocial,
) -> None:
    async with user_client(fake) as client:
        await list_apps.asyncio(client=client)

    with pytest.raises(getsocial.ClientClosedError, match="closed in this event loop"):
        await list_apps.asyncio(client=client)
    await client.aclose()


@pytest.mark.parametrize("make", [api_client, user_client], ids=["api_key", "user"])
def test_shallow_copy_of_a_client_shares_pool_and_credentials_like_with_options(
    fake: FakeGetSocial, make: Callable[[FakeGetSocial], getsocial.GetSocial]
) -> None:
    client = make(fake)
    list_apps.sync(client=client)

    copied = copy.copy(client)

    assert type(copied) is type(client)
    assert repr(copied) == repr(client)
    assert copied._overlay_transport._pools is client._overlay_transport._pools
    assert len(list_apps.sync(client=copied) or []) == 1
    assert len(asyncio.run(list_apps.asyncio(client=copied)) or []) == 1
    assert fake.auth_calls == (1 if isinstance(client, getsocial.GetSocialUser) else 0)


@pytest.mark.parametrize("make", [api_client, user_client], ids=["api_key", "user"])
def test_deep_copy_and_pickle_raise_a_type_error_that_says_what_to_do(
    fake: FakeGetSocial, make: Callable[[FakeGetSocial], getsocial.GetSocial]
) -> None:
    client = make(fake)

    with pytest.raises(TypeError, match="with_options"):
        copy.deepcopy(client)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(client)


def test_one_client_serves_sync_and_async_code(fake: FakeGetSocial) -> None:
    client = user_client(fake)

    list_apps_sync = client.get_httpx_client().get("/referrals/process")
    list_apps_async = asyncio.run(client.get_async_httpx_client().get("/referrals/process"))

    assert list_apps_sync.status_code == list_apps_async.status_code == 200
    assert fake.auth_calls == 1


def test_authenticate_returns_the_user_and_exposes_it(fake: FakeGetSocial) -> None:
    client = user_client(fake)

    user = client.authenticate()

    assert user == client.user
    assert user is not None and user["identities"] == {"email": "ann@example.com"}
    assert client.referral is None


@pytest.mark.parametrize(
    "options",
    [
        {"max_retries": -1},
        {"initial_backoff": float("nan")},
        {"max_retry_after": -5},
        {"total_deadline": 0},
        {"max_retry_after": 1e30},
        {"total_deadline": float("inf")},
    ],
)
def test_retry_policy_rejects_nonsense(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        getsocial.RetryPolicy(**options)  # type: ignore[arg-type]


def test_retry_policy_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        getsocial.RetryPolicy(3)  # type: ignore[misc]
