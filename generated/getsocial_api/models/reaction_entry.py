from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author import Author


T = TypeVar("T", bound="ReactionEntry")


@_attrs_define
class ReactionEntry:
    """The reactions one author gave.

    Attributes:
        author (Author | Unset): Author of an activity or a reaction.
        reactions (list[str] | Unset): Reaction names, for example `like`.
    """

    author: Author | Unset = UNSET
    reactions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        reactions: list[str] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = self.reactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if reactions is not UNSET:
            field_dict["reactions"] = reactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.author import Author

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: Author | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = Author.from_dict(_author)

        reactions = cast(list[str], d.pop("reactions", UNSET))

        reaction_entry = cls(
            author=author,
            reactions=reactions,
        )

        reaction_entry.additional_properties = d
        return reaction_entry

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
