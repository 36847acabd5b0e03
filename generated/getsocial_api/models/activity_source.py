from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="ActivitySource")


@_attrs_define
class ActivitySource:
    """Where an activity lives (the feed or target).

    Attributes:
        id (Target | Unset): A feed or entity that an activity belongs to or is searched in. Communities calls use
            lower-case types (`group`, `activity`, `topic`, `user`); the legacy calls used upper-case `ACTIVITY`.
    """

    id: Target | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target import Target

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: Target | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = Target.from_dict(_id)

        activity_source = cls(
            id=id,
        )

        activity_source.additional_properties = d
        return activity_source

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
