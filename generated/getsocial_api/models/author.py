from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Author")


@_attrs_define
class Author(LazyModel):
    """Author of an activity or a reaction.

    Attributes:
        is_app (bool | Unset): Whether the app itself is the author.
        is_verified (bool | Unset): Whether the author is verified.
        user (CommunityUser | Unset): A user as third-party code reads it from the communities endpoints.
    """

    is_app: bool | Unset = UNSET
    is_verified: bool | Unset = UNSET
    user: CommunityUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_app = self.is_app

        is_verified = self.is_verified

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_app is not UNSET:
            field_dict["is_app"] = is_app
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if user is not UNSET:
            field_dict["user"] = user

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


def _read_fields(model_instance__: Author, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "is_app", json_object__.get("is_app", UNSET))
    set_field__(model_instance__, "is_verified", json_object__.get("is_verified", UNSET))
    _user = json_object__.get("user", UNSET)
    user: CommunityUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = CommunityUser._from_json(_user)

    set_field__(model_instance__, "user", user)
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
        "is_app",
        "is_verified",
        "user",
    )
)
Author._read_fields = _read_fields
Author._field_names = frozenset(
    (
        "is_app",
        "is_verified",
        "user",
        "additional_properties",
    )
)

from ..models.community_user import CommunityUser
