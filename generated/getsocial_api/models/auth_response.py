from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_data import ReferralData
    from ..models.user import User


T = TypeVar("T", bound="AuthResponse")


@_attrs_define
class AuthResponse:
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
        from ..models.referral_data import ReferralData

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
        from ..models.referral_data import ReferralData
        from ..models.user import User

        d = dict(src_dict)
        access_token = d.pop("access_token")

        user = User.from_dict(d.pop("user"))

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

        referral = _parse_referral(d.pop("referral", UNSET))

        auth_response = cls(
            access_token=access_token,
            user=user,
            referral=referral,
        )

        auth_response.additional_properties = d
        return auth_response

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
