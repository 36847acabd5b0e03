from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User(LazyModel):
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
        """Build the model from a JSON object, checking every value now, nested ones included."""
        model = cls._from_json(dict(src_dict))
        model._read_all_fields()
        return model

    @classmethod
    def _from_json(cls, json_object: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; each field is built from it when first read."""
        if not isinstance(json_object, dict):
            json_object = dict(json_object)
        if "id" not in json_object:
            raise KeyError("id")
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


def _read_fields(model_instance__: User, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__["id"])
    set_field__(model_instance__, "name", json_object__.get("name", UNSET))

    def _parse_picture(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    picture = _parse_picture(json_object__.get("picture", UNSET))

    set_field__(model_instance__, "picture", picture)
    _identities = json_object__.get("identities", UNSET)
    identities: UserIdentities | Unset
    if isinstance(_identities, Unset):
        identities = UNSET
    else:
        identities = UserIdentities._from_json(_identities)

    set_field__(model_instance__, "identities", identities)
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
        "id",
        "name",
        "picture",
        "identities",
    )
)
User._read_fields = _read_fields
User._field_names = frozenset(
    (
        "id",
        "name",
        "picture",
        "identities",
        "additional_properties",
    )
)

from ..models.user_identities import UserIdentities
