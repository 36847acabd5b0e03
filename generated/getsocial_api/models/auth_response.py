from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AuthResponse")


@_attrs_define
class AuthResponse(LazyModel):
    """Result of authenticating a user. `access_token` and `user` appear in the guide's example; `referral` follows the Web
    SDK's authenticate result (GUESS for HTTP).

        Attributes:
            access_token (str): Send as `X-GetSocial-Access-Token`. Expires one hour after its last use.
            user (User): A user as the guide shows it in the authentication and referral responses.
            referral (None | ReferralData | Unset): Referral data, when the user arrived through a Smart Link.
    """

    access_token: str
    user: User
    referral: None | ReferralData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        user = self.user.to_dict()

        referral: dict[str, Any] | None | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        elif isinstance(self.referral, ReferralData):
            referral = self.referral.to_dict()
        else:
            referral = self.referral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "user": user,
            }
        )
        if referral is not UNSET:
            field_dict["referral"] = referral

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from a JSON object, checking every value now, nested ones included."""
        model = cls._from_json(dict(src_dict))
        model._read_all_fields()
        return model

    @classmethod
    def _from_json(cls, json_object: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; each field is built from it when first read."""
        if not isinstance(json_object, dict):
            json_object = dict(json_object)
        if "access_token" not in json_object:
            raise KeyError("access_token")
        if "user" not in json_object:
            raise KeyError("user")
        model = object.__new__(cls)
        object.__setattr__(model, "_json", json_object)
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_fields(model_instance__: AuthResponse, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "access_token", json_object__["access_token"])
    user = User._from_json(json_object__["user"])

    set_field__(model_instance__, "user", user)

    def _parse_referral(data: object) -> None | ReferralData | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            referral_type_1 = ReferralData.from_dict(data)

            return referral_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | ReferralData | Unset, data)

    referral = _parse_referral(json_object__.get("referral", UNSET))

    set_field__(model_instance__, "referral", referral)
    if _KNOWN_KEYS.issuperset(json_object__):
        set_field__(model_instance__, "additional_properties", {})
    else:
        set_field__(
            model_instance__,
            "additional_properties",
            {key: value for key, value in json_object__.items() if key not in _KNOWN_KEYS},
        )
    set_field__(model_instance__, "_json", None)


_KNOWN_KEYS = frozenset(
    (
        "access_token",
        "user",
        "referral",
    )
)
AuthResponse._read_fields = _read_fields
AuthResponse._field_names = frozenset(
    (
        "access_token",
        "user",
        "referral",
        "additional_properties",
    )
)

from ..models.referral_data import ReferralData
from ..models.user import User
