"""Secrets (API key, access tokens, the identity token) never show: not in any log line of
getsocial, httpx or httpcore at DEBUG, not in reprs, not in exception messages, and not in
requests that leave the API's origin."""

from __future__ import annotations

import json
import logging

import getsocial
import pytest
from fake_getsocial import FakeGetSocial, Reply
from getsocial_api.api.auth import authenticate_user
from overlay_support import Caller, api_client, user_client


def secrets_of(fake: FakeGetSocial) -> list[str]:
    return [fake.api_key, fake.identity_token, *fake.issued_tokens]


def assert_no_secret_in(text: str, fake: FakeGetSocial) -> None:
    for secret in secrets_of(fake):
        assert secret not in text


def test_no_secret_appears_in_debug_logs_of_getsocial_httpx_or_httpcore(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = api_client(fake)
    user = user_client(fake)

    # The generated auth function puts the identity token into a URL that httpx logs.
    caller.call(
        lambda: authenticate_user.sync(
            client=api, app_id=fake.app_id, identity_type="email", token=fake.identity_token
        ),
        lambda: authenticate_user.asyncio(
            client=api, app_id=fake.app_id, identity_type="email", token=fake.identity_token
        ),
    )
    caller.request(user, "GET", "/referrals/process")
    fake.expire_tokens()
    fake.script("/v1/apps", Reply(429, {"Retry-After": "0"}))
    caller.request(user, "GET", "/referrals/process")
    caller.request(api, "GET", "/apps")
    with pytest.raises(getsocial.APIStatusError):
        caller.request(api, "GET", "/status/404")

    assert len(fake.issued_tokens) == 3
    assert any(record.name == "httpx" for record in caplog.records)
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    assert any("token=[REDACTED]" in record.getMessage() for record in caplog.records)
    for record in caplog.records:
        assert_no_secret_in(record.getMessage(), fake)
    assert_no_secret_in(caplog.text, fake)


def test_repr_of_clients_shows_no_secret(fake: FakeGetSocial) -> None:
    api = api_client(fake)
    user = user_client(fake)
    user.authenticate()
    shown = " ".join(
        [
            repr(api),
            repr(user),
            repr(api.with_options(timeout=3)),
            repr(user.with_headers({"X-Trace": "1"})),
            repr(user._session),
            repr(user._session.authentication),
            repr(api.get_httpx_client().headers),
            repr(user.get_httpx_client().headers),
        ]
    )

    assert "[REDACTED]" in repr(api) and "[REDACTED]" in repr(user)
    assert_no_secret_in(shown, fake)


def test_exception_messages_show_no_secret(fake: FakeGetSocial, caller: Caller) -> None:
    echo = f"bad token {fake.identity_token} for key {fake.api_key}"
    fake.script("/v1/authenticate/user", Reply(400, body={"message": echo}))
    fake.script("/v1/apps", Reply(422, body={"message": echo}))

    with pytest.raises(getsocial.AuthenticationError) as refused:
        caller.request(user_client(fake), "GET", "/referrals/process")
    with pytest.raises(getsocial.APIStatusError) as invalid:
        caller.request(api_client(fake), "GET", "/apps")
    with pytest.raises(getsocial.AuthenticationError) as bad_key:
        caller.request(getsocial.GetSocial("a-wrong-key-1234", base_url=fake.base_url), "GET", "/")

    for error in (refused.value, invalid.value, bad_key.value):
        assert_no_secret_in(str(error), fake)
        assert_no_secret_in(repr(error), fake)
    assert "a-wrong-key-1234" not in str(bad_key.value)
    assert "[REDACTED]" in str(invalid.value)


def test_cross_origin_redirect_does_not_carry_the_api_key(
    fake: FakeGetSocial, other_origin: FakeGetSocial, caller: Caller
) -> None:
    other_origin.script("/v1/apps", Reply(200, body=[]))
    client = api_client(fake, follow_redirects=True)

    response = caller.request(
        client, "GET", "/redirect", params={"to": other_origin.base_url + "/apps"}
    )

    assert response.status_code == 200
    [redirected] = other_origin.seen("/v1/apps")
    assert not [name for name in redirected.headers if name.startswith("x-getsocial-")]


def test_cross_origin_redirect_does_not_carry_the_access_token(
    fake: FakeGetSocial, other_origin: FakeGetSocial, caller: Caller
) -> None:
    other_origin.script("/v1/elsewhere", Reply(200, body={}))
    client = user_client(fake, follow_redirects=True)

    caller.request(client, "GET", "/redirect", params={"to": other_origin.base_url + "/elsewhere"})

    [redirected] = other_origin.seen("/v1/elsewhere")
    assert "x-getsocial-access-token" not in redirected.headers
    assert fake.seen("/v1/redirect")[0].headers["x-getsocial-access-token"]


def test_same_origin_redirect_keeps_the_credentials(fake: FakeGetSocial, caller: Caller) -> None:
    client = api_client(fake, follow_redirects=True)

    response = caller.request(client, "GET", "/redirect", params={"to": fake.base_url + "/apps"})

    assert response.status_code == 200
    assert fake.seen("/v1/apps")[0].headers["x-getsocial-api-key"] == fake.api_key


def test_absolute_url_to_another_host_gets_no_credentials(
    fake: FakeGetSocial, other_origin: FakeGetSocial, caller: Caller
) -> None:
    other_origin.script("/v1/apps", Reply(200, body=[]))

    caller.request(api_client(fake), "GET", other_origin.base_url + "/apps")

    assert "x-getsocial-api-key" not in other_origin.seen("/v1/apps")[0].headers


@pytest.mark.parametrize(
    "api_key",
    ['APIKEY"SECRET\\x-1234', "key\twith\ttabs-1234", "key\\with\\backslashes"],
    ids=["quote-and-backslash", "tabs", "backslashes"],
)
def test_secret_that_json_escapes_differently_is_redacted_from_the_message(
    fake: FakeGetSocial, caller: Caller, api_key: str
) -> None:
    fake.script("/v1/apps", Reply(400, body={"errors": [{"field": "key", "value": api_key}]}))
    client = getsocial.GetSocial(api_key, base_url=fake.base_url, retry=getsocial.RetryPolicy())

    with pytest.raises(getsocial.APIStatusError) as caught:
        caller.request(client, "GET", "/apps")

    shown = str(caught.value) + repr(caught.value)
    assert "[REDACTED]" in shown
    for form in (api_key, json.dumps(api_key)[1:-1], repr(api_key)[1:-1]):
        assert form not in shown
    assert caught.value.body["errors"][0]["value"] == api_key  # the body stays as sent


def test_non_ascii_secret_echoed_by_the_server_is_redacted_from_the_message(
    fake: FakeGetSocial, caller: Caller
) -> None:
    identity_token = "jeton-secrèt-ünï-✓"
    user_client(fake, token=identity_token)  # registers the identity token as a secret
    fake.script("/v1/apps", Reply(400, body={"message": {"token": identity_token}}))

    with pytest.raises(getsocial.APIStatusError) as caught:
        caller.request(api_client(fake), "GET", "/apps")

    assert "[REDACTED]" in str(caught.value)
    for form in (identity_token, json.dumps(identity_token)[1:-1]):
        assert form not in str(caught.value)


@pytest.mark.parametrize("api_key", ["k3y", "k3y5!"])
def test_short_api_key_echoed_by_the_server_is_redacted_from_the_message(
    fake: FakeGetSocial, caller: Caller, api_key: str
) -> None:
    fake.script("/v1/apps", Reply(400, body={"message": f"unknown key {api_key}!"}))
    client = getsocial.GetSocial(api_key, base_url=fake.base_url, retry=getsocial.RetryPolicy())

    with pytest.raises(getsocial.APIStatusError) as caught:
        caller.request(client, "GET", "/apps")

    assert "unknown key [REDACTED]!" in str(caught.value)


def test_access_token_in_the_authentication_answers_headers_stays_out_of_debug_logs(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    access_token = "at-issued-in-a-cookie-too-8c1e"
    fake.script(
        "/v1/authenticate/user",
        Reply(
            200,
            headers=[
                ("Set-Cookie", f"session={access_token}; Path=/; HttpOnly"),
                ("X-Access-Token", access_token),
            ],
            body={"access_token": access_token, "user": {"id": "1"}},
        ),
    )
    fake.script("/v1/apps", Reply(200, body=[]))

    caller.request(user_client(fake), "GET", "/apps")

    headers_logged = [r for r in caplog.records if "receive_response_headers" in r.getMessage()]
    assert any("Set-Cookie" in record.getMessage() for record in headers_logged)
    assert access_token not in caplog.text
    for record in caplog.records:
        assert access_token not in record.getMessage()
