from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_identities import UserIdentities


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user as the guide shows it in the authentication and referral responses.

    Attributes:
        id (str): GetSocial user id (a numeric string in the guide's examples).
        name (str | Unset): Display name.
        picture (None | str | Unset): Avatar URL (seen on the referrer only).
        identities (UserIdentities | Unset): Identity type (for example `email`) to identity value.
    """

    id: str
    name: str | Unset = UNSET
    picture: None | str | Unset = UNSET
    identities: UserIdentities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        identities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = self.identities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if identities is not UNSET:
            field_dict["identities"] = identities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_identities import UserIdentities

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        _identities = d.pop("identities", UNSET)
        identities: UserIdentities | Unset
        if isinstance(_identities, Unset):
            identities = UNSET
        else:
            identities = UserIdentities.from_dict(_identities)

        user = cls(
            id=id,
            name=name,
            picture=picture,
            identities=identities,
        )

        user.additional_properties = d
        return user

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
