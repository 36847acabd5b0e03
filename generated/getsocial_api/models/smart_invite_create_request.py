from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_content import InviteContent


T = TypeVar("T", bound="SmartInviteCreateRequest")


@_attrs_define
class SmartInviteCreateRequest:
    """GUESS: body of the create-Smart-Invite call, from the fields of GetSocial's internal create-invite request, in
    snake_case.

        Attributes:
            provider_id (str): Invite channel, for example `email`, `sms`, `whatsapp` or `nativeshare`.
            type_ (str | Unset): Invite type (meaning not known).
            content (InviteContent | Unset): GUESS: what the invite message shows.
    """

    provider_id: str
    type_: str | Unset = UNSET
    content: InviteContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invite_content import InviteContent

        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        type_ = d.pop("type", UNSET)

        _content = d.pop("content", UNSET)
        content: InviteContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = InviteContent.from_dict(_content)

        smart_invite_create_request = cls(
            provider_id=provider_id,
            type_=type_,
            content=content,
        )

        smart_invite_create_request.additional_properties = d
        return smart_invite_create_request

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
