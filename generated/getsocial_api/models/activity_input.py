from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_input_properties import ActivityInputProperties
    from ..models.content import Content
    from ..models.target import Target


T = TypeVar("T", bound="ActivityInput")


@_attrs_define
class ActivityInput:
    """The activity to create. `content` is a single object here, unlike the response.

    Attributes:
        content (Content): Text and media of an activity.
        target (Target): A feed or entity that an activity belongs to or is searched in. Communities calls use lower-
            case types (`group`, `activity`, `topic`, `user`); the legacy calls used upper-case `ACTIVITY`.
        id (str | Unset): Sent by the observed scripts with an app-id-like value; meaning not known.
        properties (ActivityInputProperties | Unset): Custom properties.
    """

    content: Content
    target: Target
    id: str | Unset = UNSET
    properties: ActivityInputProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        target = self.target.to_dict()

        id = self.id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "target": target,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_input_properties import ActivityInputProperties
        from ..models.content import Content
        from ..models.target import Target

        d = dict(src_dict)
        content = Content.from_dict(d.pop("content"))

        target = Target.from_dict(d.pop("target"))

        id = d.pop("id", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: ActivityInputProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ActivityInputProperties.from_dict(_properties)

        activity_input = cls(
            content=content,
            target=target,
            id=id,
            properties=properties,
        )

        activity_input.additional_properties = d
        return activity_input

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
