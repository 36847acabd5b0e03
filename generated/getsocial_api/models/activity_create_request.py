from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activity_input import ActivityInput


T = TypeVar("T", bound="ActivityCreateRequest")


@_attrs_define
class ActivityCreateRequest:
    """Body of the create-activity call, as third-party scripts sent it.

    Attributes:
        activity (ActivityInput): The activity to create. `content` is a single object here, unlike the response.
    """

    activity: ActivityInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = self.activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_input import ActivityInput

        d = dict(src_dict)
        activity = ActivityInput.from_dict(d.pop("activity"))

        activity_create_request = cls(
            activity=activity,
        )

        activity_create_request.additional_properties = d
        return activity_create_request

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
