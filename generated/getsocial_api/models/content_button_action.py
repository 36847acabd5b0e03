from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_button_action_data import ContentButtonActionData


T = TypeVar("T", bound="ContentButtonAction")


@_attrs_define
class ContentButtonAction:
    """What the button does.

    Attributes:
        type_ (str | Unset): Action type.
        data (ContentButtonActionData | Unset): Action data, for example `$url`.
    """

    type_: str | Unset = UNSET
    data: ContentButtonActionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_button_action_data import ContentButtonActionData

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _data = d.pop("data", UNSET)
        data: ContentButtonActionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ContentButtonActionData.from_dict(_data)

        content_button_action = cls(
            type_=type_,
            data=data,
        )

        content_button_action.additional_properties = d
        return content_button_action

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
