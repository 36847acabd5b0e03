"""Credentials and access-token renewal, against the fake server over loopback."""

from __future__ import annotations

import threading
import time

import getsocial
import pytest
from fake_getsocial import FakeGetSocial, Reply
from overlay_support import Caller, api_client, user_client

ACCESS_TOKEN_HEADER = "x-getsocial-access-token"
API_KEY_HEADER = "x-getsocial-api-key"


def tokens_sent(fake: FakeGetSocial, path: str) -> list[str | None]:
    return [seen.headers.get(ACCESS_TOKEN_HEADER) for seen in fake.seen(path)]


def test_api_key_is_sent_in_its_header(fake: FakeGetSocial, caller: Caller) -> None:
    caller.request(api_client(fake), "GET", "/apps")

    [seen] = fake.seen("/v1/apps")
    assert seen.headers[API_KEY_HEADER] == fake.api_key
    assert ACCESS_TOKEN_HEADER not in seen.headers


def test_api_key_is_read_from_the_environment(
    fake: FakeGetSocial, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GETSOCIAL_API_KEY", fake.api_key)

    getsocial.GetSocial(base_url=fake.base_url).get_httpx_client().get("/apps")

    assert fake.seen("/v1/apps")[0].headers[API_KEY_HEADER] == fake.api_key


def test_missing_api_key_raises_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GETSOCIAL_API_KEY", raising=False)

    with pytest.raises(getsocial.GetSocialError, match="GETSOCIAL_API_KEY"):
        getsocial.GetSocial()


def test_refused_api_key_raises_authentication_error_without_retrying(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = getsocial.GetSocial("wrong-key-123456", base_url=fake.base_url, rate_limiter=None)

    with pytest.raises(getsocial.AuthenticationError) as caught:
        caller.request(client, "GET", "/apps")

    assert caught.value.status_code == 401
    assert fake.count("/v1/apps") == 1


def test_user_client_authenticates_on_first_use_and_sends_the_token(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = user_client(fake)
    assert fake.auth_calls == 0  # nothing happens before the first call

    caller.request(client, "GET", "/referrals/process")
    caller.request(client, "GET", "/referrals/process")

    assert fake.auth_calls == 1
    [auth] = fake.seen("/v1/authenticate/user")
    assert auth.method == "POST"
    assert auth.query == {
        "app_id": fake.app_id,
        "identity_type": "email",
        "value": "ann@example.com",
        "token": fake.identity_token,
    }
    assert tokens_sent(fake, "/v1/referrals/process") == [fake.issued_tokens[0]] * 2
    assert client.user is not None and client.user["id"] == "186037659029290536"


def test_token_is_renewed_before_its_idle_expiry_so_no_call_sees_401(caller: Caller) -> None:
    with FakeGetSocial(token_idle_lifetime=1.0) as fake:
        client = user_client(fake, token_idle_lifetime=1.0, refresh_margin=0.4)

        for _ in range(3):
            caller.request(client, "GET", "/referrals/process")
            time.sleep(0.7)  # past the renewal point, before the server's expiry
        caller.request(client, "GET", "/referrals/process")

        assert fake.statuses("/v1/referrals/process") == [200] * 4
        assert fake.auth_calls == 4


def test_token_in_regular_use_is_not_renewed(caller: Caller) -> None:
    with FakeGetSocial(token_idle_lifetime=1.0) as fake:
        client = user_client(fake, token_idle_lifetime=1.0, refresh_margin=0.4)

        for _ in range(4):
            caller.request(client, "GET", "/referrals/process")
            time.sleep(0.3)  # each use slides the expiry further away

        assert fake.auth_calls == 1


def test_expired_token_is_renewed_once_and_the_call_replayed(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = user_client(fake)
    caller.request(client, "GET", "/referrals/process")
    fake.expire_tokens()

    response = caller.request(client, "POST", "/smart-invites", json={"channel": "email"})

    assert response.status_code == 200
    assert response.json()["body"] == '{"channel":"email"}'
    assert fake.statuses("/v1/smart-invites") == [401, 200]
    assert tokens_sent(fake, "/v1/smart-invites") == fake.issued_tokens
    assert fake.auth_calls == 2


def test_401_that_survives_reauthentication_raises_authentication_error(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/referrals/process", Reply(401), Reply(401), Reply(401))
    client = user_client(fake)

    with pytest.raises(getsocial.AuthenticationError, match="401 again") as caught:
        caller.request(client, "GET", "/referrals/process")

    assert caught.value.status_code == 401
    assert fake.count("/v1/referrals/process") == 2
    assert fake.auth_calls == 2


def test_401_on_a_streamed_body_raises_instead_of_resending_it_empty(
    fake: FakeGetSocial,
) -> None:
    client = user_client(fake)
    client.get_httpx_client().get("/referrals/process")
    fake.expire_tokens()

    def chunks():
        yield b'{"channel": '
        yield b'"email"}'

    with pytest.raises(getsocial.AuthenticationError, match="stream"):
        client.get_httpx_client().post("/smart-invites", content=chunks())

    assert fake.count("/v1/smart-invites") == 1
    # The dead token was dropped: the next call authenticates before sending.
    assert client.get_httpx_client().get("/referrals/process").status_code == 200
    assert fake.statuses("/v1/referrals/process")[-1] == 200


async def test_401_on_a_streamed_body_raises_in_async_code_too(fake: FakeGetSocial) -> None:
    client = user_client(fake)
    await client.get_async_httpx_client().get("/referrals/process")
    fake.expire_tokens()

    async def chunks():
        yield b"{}"

    with pytest.raises(getsocial.AuthenticationError, match="stream"):
        await client.get_async_httpx_client().post("/smart-invites", content=chunks())

    assert fake.count("/v1/smart-invites") == 1


def test_refused_identity_raises_authentication_error_after_one_try(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = user_client(fake, token="not-the-right-identity-token")

    with pytest.raises(getsocial.AuthenticationError, match="refused the identity") as caught:
        caller.request(client, "GET", "/referrals/process")

    assert caught.value.status_code == 401
    assert fake.auth_calls == 1
    assert fake.count("/v1/referrals/process") == 0


@pytest.mark.parametrize("status", [403, 500])
def test_auth_endpoint_refusing_raises_authentication_error_without_retrying(
    fake: FakeGetSocial, caller: Caller, status: int
) -> None:
    fake.script("/v1/authenticate/user", *[Reply(status)] * 10)

    with pytest.raises(getsocial.AuthenticationError) as caught:
        caller.request(user_client(fake), "GET", "/referrals/process")

    assert caught.value.status_code == status
    assert fake.auth_calls == 1


def test_auth_endpoint_that_keeps_failing_ends_in_authentication_error_after_bounded_tries(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/authenticate/user", *[Reply(503)] * 50)
    client = user_client(fake, retry=getsocial.RetryPolicy(sleep=False, max_retries=2))

    with pytest.raises(getsocial.AuthenticationError) as caught:
        caller.request(client, "GET", "/referrals/process")
    assert caught.value.status_code == 503
    assert fake.auth_calls == 3

    # Each later call gets its own bounded attempt; nothing loops in the background.
    with pytest.raises(getsocial.AuthenticationError):
        caller.request(client, "GET", "/referrals/process")
    assert fake.auth_calls == 6
    assert fake.count("/v1/referrals/process") == 0


def test_auth_endpoint_unreachable_raises_authentication_error(caller: Caller) -> None:
    with FakeGetSocial() as fake:
        base_url = fake.base_url
    client = getsocial.GetSocialUser(
        app_id="a",
        identity_type="email",
        token="identity-secret-x",
        base_url=base_url,
        retry=getsocial.RetryPolicy(sleep=False, max_retries=1),
        rate_limiter=None,
    )

    with pytest.raises(getsocial.AuthenticationError, match="Could not authenticate") as caught:
        caller.request(client, "GET", "/referrals/process")

    assert isinstance(caught.value.__cause__, getsocial.APIConnectionError)


def test_late_401_for_an_already_replaced_token_keeps_the_fresh_token(
    fake: FakeGetSocial,
) -> None:
    client = user_client(fake)
    http = client.get_httpx_client()
    http.get("/referrals/process")
    first_token = fake.issued_tokens[0]

    # A slow request goes out with the first token and will be refused late.
    fake.script("/v1/slow", Reply(401, delay=0.5))
    slow_result: list[int] = []
    slow = threading.Thread(target=lambda: slow_result.append(http.get("/slow").status_code))
    slow.start()
    while fake.count("/v1/slow") == 0:
        time.sleep(0.01)

    # Meanwhile the token expires and another call renews it.
    fake.expire_tokens()
    assert http.get("/referrals/process").status_code == 200
    second_token = fake.issued_tokens[1]
    slow.join()

    assert slow_result == [200]
    assert tokens_sent(fake, "/v1/slow") == [first_token, second_token]
    assert fake.auth_calls == 2
    http.get("/referrals/process")
    assert tokens_sent(fake, "/v1/referrals/process")[-1] == second_token
    assert fake.auth_calls == 2


def test_given_access_token_is_used_without_authenticating(
    fake: FakeGetSocial, caller: Caller
) -> None:
    issuer = user_client(fake)
    caller.request(issuer, "GET", "/referrals/process")
    client = user_client(fake, access_token=fake.issued_tokens[0])

    caller.request(client, "GET", "/referrals/process")

    assert fake.auth_calls == 1
    assert tokens_sent(fake, "/v1/referrals/process")[-1] == fake.issued_tokens[0]


def test_refused_access_token_without_a_way_to_renew_raises(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = user_client(fake, access_token="made-up-access-token")

    with pytest.raises(getsocial.AuthenticationError, match="cannot get a new one"):
        caller.request(client, "GET", "/referrals/process")


def test_sync_authenticate_callback_supplies_new_tokens(
    fake: FakeGetSocial, caller: Caller
) -> None:
    issuer = user_client(fake)
    calls: list[str] = []

    def fetch_token() -> str:
        issuer.authenticate()
        calls.append(fake.issued_tokens[-1])
        return fake.issued_tokens[-1]

    client = user_client(fake, access_token="stale-access-token", authenticate=fetch_token)

    response = caller.request(client, "GET", "/referrals/process")

    assert response.status_code == 200
    assert tokens_sent(fake, "/v1/referrals/process") == ["stale-access-token", calls[0]]


def test_async_authenticate_callback_supplies_new_tokens(
    fake: FakeGetSocial, caller: Caller
) -> None:
    issuer = user_client(fake)

    async def fetch_token() -> str:
        issuer.authenticate()
        return fake.issued_tokens[-1]

    client = user_client(fake, authenticate=fetch_token)

    response = caller.request(client, "GET", "/referrals/process")

    assert response.status_code == 200
    assert tokens_sent(fake, "/v1/referrals/process") == [fake.issued_tokens[-1]]


def test_authenticate_callback_that_raises_gives_authentication_error(
    fake: FakeGetSocial, caller: Caller
) -> None:
    def broken() -> str:
        raise RuntimeError("identity provider down")

    client = user_client(fake, authenticate=broken)

    with pytest.raises(getsocial.AuthenticationError, match="RuntimeError"):
        caller.request(client, "GET", "/referrals/process")


def test_reauthentication_is_logged(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="getsocial")
    client = user_client(fake)
    caller.request(client, "GET", "/referrals/process")
    fake.expire_tokens()

    caller.request(client, "GET", "/referrals/process")

    messages = [r.getMessage() for r in caplog.records if r.name == "getsocial"]
    assert "Authenticating the user (no access token yet)" in messages
    assert "Authenticating the user (the server answered 401)" in messages


def test_calls_to_the_auth_endpoint_itself_carry_no_credentials(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = api_client(fake)

    caller.request(
        client,
        "POST",
        "/authenticate/user",
        params={"app_id": fake.app_id, "identity_type": "x", "token": fake.identity_token},
    )

    [seen] = fake.seen("/v1/authenticate/user")
    assert API_KEY_HEADER not in seen.headers and ACCESS_TOKEN_HEADER not in seen.headers


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "identity"),
        ({"app_id": "a", "identity_type": "email"}, "token"),
        ({"token": "t-123456", "identity_type": "email"}, "app_id"),
        ({"app_id": "a", "identity_type": "e", "token": "t", "authenticate": str}, "not both"),
    ],
)
def test_user_client_options_are_checked(options: dict[str, object], message: str) -> None:
    with pytest.raises(getsocial.GetSocialError, match=message):
        getsocial.GetSocialUser(**options)  # type: ignore[arg-type]


def test_refresh_margin_must_be_below_the_token_lifetime() -> None:
    with pytest.raises(ValueError, match="refresh_margin"):
        getsocial.GetSocialUser(access_token="x" * 10, refresh_margin=3600)
