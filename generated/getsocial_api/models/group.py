from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group(LazyModel):
    """A community group.

    Attributes:
        id (str): Group id.
        title (GroupTitle | Unset): Language code to title.
        description (GroupDescription | Unset): Language code to description.
        avatar_url (None | str | Unset): Avatar URL.
        followers_count (int | Unset): Number of followers.
        members_count (int | Unset): Number of members.
        is_discoverable (bool | Unset): Whether the group is discoverable.
        is_private (bool | Unset): Whether the group is private.
        labels (list[str] | None | Unset): Labels.
        permissions (GroupPermissions | Unset): Who may do what in a group. Values seen: `admin`, `user`.
        properties (GroupProperties | Unset): Custom properties.
    """

    id: str
    title: GroupTitle | Unset = UNSET
    description: GroupDescription | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    followers_count: int | Unset = UNSET
    members_count: int | Unset = UNSET
    is_discoverable: bool | Unset = UNSET
    is_private: bool | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    permissions: GroupPermissions | Unset = UNSET
    properties: GroupProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        followers_count = self.followers_count

        members_count = self.members_count

        is_discoverable = self.is_discoverable

        is_private = self.is_private

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if followers_count is not UNSET:
            field_dict["followers_count"] = followers_count
        if members_count is not UNSET:
            field_dict["members_count"] = members_count
        if is_discoverable is not UNSET:
            field_dict["is_discoverable"] = is_discoverable
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if labels is not UNSET:
            field_dict["labels"] = labels
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if properties is not UNSET:
            field_dict["properties"] = properties

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


def _read_fields(model_instance__: Group, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__["id"])
    _title = json_object__.get("title", UNSET)
    title: GroupTitle | Unset
    if isinstance(_title, Unset):
        title = UNSET
    else:
        title = GroupTitle._from_json(_title)

    set_field__(model_instance__, "title", title)
    _description = json_object__.get("description", UNSET)
    description: GroupDescription | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = GroupDescription._from_json(_description)

    set_field__(model_instance__, "description", description)

    def _parse_avatar_url(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    avatar_url = _parse_avatar_url(json_object__.get("avatar_url", UNSET))

    set_field__(model_instance__, "avatar_url", avatar_url)
    set_field__(model_instance__, "followers_count", json_object__.get("followers_count", UNSET))
    set_field__(model_instance__, "members_count", json_object__.get("members_count", UNSET))
    set_field__(model_instance__, "is_discoverable", json_object__.get("is_discoverable", UNSET))
    set_field__(model_instance__, "is_private", json_object__.get("is_private", UNSET))

    def _parse_labels(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            labels_type_0 = cast(list[str], data)

            return labels_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    labels = _parse_labels(json_object__.get("labels", UNSET))

    set_field__(model_instance__, "labels", labels)
    _permissions = json_object__.get("permissions", UNSET)
    permissions: GroupPermissions | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = GroupPermissions._from_json(_permissions)

    set_field__(model_instance__, "permissions", permissions)
    _properties = json_object__.get("properties", UNSET)
    properties: GroupProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = GroupProperties._from_json(_properties)

    set_field__(model_instance__, "properties", properties)
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
        "title",
        "description",
        "avatar_url",
        "followers_count",
        "members_count",
        "is_discoverable",
        "is_private",
        "labels",
        "permissions",
        "properties",
    )
)
Group._read_fields = _read_fields
Group._field_names = frozenset(
    (
        "id",
        "title",
        "description",
        "avatar_url",
        "followers_count",
        "members_count",
        "is_discoverable",
        "is_private",
        "labels",
        "permissions",
        "properties",
        "additional_properties",
    )
)

from ..models.group_description import GroupDescription
from ..models.group_permissions import GroupPermissions
from ..models.group_properties import GroupProperties
from ..models.group_title import GroupTitle
