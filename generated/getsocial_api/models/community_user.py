from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CommunityUser")


@_attrs_define
class CommunityUser(LazyModel):
    """A user as third-party code reads it from the communities endpoints.

    Attributes:
        id (str): GetSocial user id.
        display_name (str | Unset): Display name.
        avatar_url (None | str | Unset): Avatar URL.
        auth_identities (CommunityUserAuthIdentities | Unset): Identity type (for example `email`) to value.
        public_properties (CommunityUserPublicProperties | Unset): Public custom properties.
        private_properties (CommunityUserPrivateProperties | Unset): Private custom properties.
        is_verified (bool | Unset): Whether the user is verified.
        can_moderate (bool | Unset): Whether the user can moderate.
    """

    id: str
    display_name: str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    auth_identities: CommunityUserAuthIdentities | Unset = UNSET
    public_properties: CommunityUserPublicProperties | Unset = UNSET
    private_properties: CommunityUserPrivateProperties | Unset = UNSET
    is_verified: bool | Unset = UNSET
    can_moderate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        auth_identities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_identities, Unset):
            auth_identities = self.auth_identities.to_dict()

        public_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_properties, Unset):
            public_properties = self.public_properties.to_dict()

        private_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_properties, Unset):
            private_properties = self.private_properties.to_dict()

        is_verified = self.is_verified

        can_moderate = self.can_moderate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if auth_identities is not UNSET:
            field_dict["auth_identities"] = auth_identities
        if public_properties is not UNSET:
            field_dict["public_properties"] = public_properties
        if private_properties is not UNSET:
            field_dict["private_properties"] = private_properties
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if can_moderate is not UNSET:
            field_dict["can_moderate"] = can_moderate

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


def _read_fields(model_instance__: CommunityUser, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__["id"])
    set_field__(model_instance__, "display_name", json_object__.get("display_name", UNSET))

    def _parse_avatar_url(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    avatar_url = _parse_avatar_url(json_object__.get("avatar_url", UNSET))

    set_field__(model_instance__, "avatar_url", avatar_url)
    _auth_identities = json_object__.get("auth_identities", UNSET)
    auth_identities: CommunityUserAuthIdentities | Unset
    if isinstance(_auth_identities, Unset):
        auth_identities = UNSET
    else:
        auth_identities = CommunityUserAuthIdentities._from_json(_auth_identities)

    set_field__(model_instance__, "auth_identities", auth_identities)
    _public_properties = json_object__.get("public_properties", UNSET)
    public_properties: CommunityUserPublicProperties | Unset
    if isinstance(_public_properties, Unset):
        public_properties = UNSET
    else:
        public_properties = CommunityUserPublicProperties._from_json(_public_properties)

    set_field__(model_instance__, "public_properties", public_properties)
    _private_properties = json_object__.get("private_properties", UNSET)
    private_properties: CommunityUserPrivateProperties | Unset
    if isinstance(_private_properties, Unset):
        private_properties = UNSET
    else:
        private_properties = CommunityUserPrivateProperties._from_json(_private_properties)

    set_field__(model_instance__, "private_properties", private_properties)
    set_field__(model_instance__, "is_verified", json_object__.get("is_verified", UNSET))
    set_field__(model_instance__, "can_moderate", json_object__.get("can_moderate", UNSET))
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
        "display_name",
        "avatar_url",
        "auth_identities",
        "public_properties",
        "private_properties",
        "is_verified",
        "can_moderate",
    )
)
CommunityUser._read_fields = _read_fields
CommunityUser._field_names = frozenset(
    (
        "id",
        "display_name",
        "avatar_url",
        "auth_identities",
        "public_properties",
        "private_properties",
        "is_verified",
        "can_moderate",
        "additional_properties",
    )
)

from ..models.community_user_auth_identities import CommunityUserAuthIdentities
from ..models.community_user_private_properties import CommunityUserPrivateProperties
from ..models.community_user_public_properties import CommunityUserPublicProperties
