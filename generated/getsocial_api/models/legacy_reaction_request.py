from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legacy_reaction import LegacyReaction


T = TypeVar("T", bound="LegacyReactionRequest")


@_attrs_define
class LegacyReactionRequest:
    """Body of the legacy add- and remove-reaction calls.

    Attributes:
        app_id (str): App of the activities.
        reaction (LegacyReaction): A reaction and the activities it applies to.
    """

    app_id: str
    reaction: LegacyReaction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        reaction = self.reaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "reaction": reaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_reaction import LegacyReaction

        d = dict(src_dict)
        app_id = d.pop("app_id")

        reaction = LegacyReaction.from_dict(d.pop("reaction"))

        legacy_reaction_request = cls(
            app_id=app_id,
            reaction=reaction,
        )

        legacy_reaction_request.additional_properties = d
        return legacy_reaction_request

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
