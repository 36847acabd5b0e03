from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_button_action import ContentButtonAction


T = TypeVar("T", bound="ContentButton")


@_attrs_define
class ContentButton:
    """An action button under an activity.

    Attributes:
        title (str | Unset): Button label.
        action (ContentButtonAction | Unset): What the button does.
    """

    title: str | Unset = UNSET
    action: ContentButtonAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_button_action import ContentButtonAction

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _action = d.pop("action", UNSET)
        action: ContentButtonAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ContentButtonAction.from_dict(_action)

        content_button = cls(
            title=title,
            action=action,
        )

        content_button.additional_properties = d
        return content_button

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
