from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity(LazyModel):
    """A post or a comment.

    Attributes:
        id (str): Activity id.
        author (Author | Unset): Author of an activity or a reaction.
        content (list[Content] | Unset): Content entries; clients read the first. GUESS: one per language.
        content_type (str | Unset): `post` or `comment`.
        created_at (int | Unset): Creation time (GUESS: Unix seconds).
        status (str | Unset): Moderation status; `approved` seen.
        status_updated_at (int | Unset): When the status last changed (GUESS: Unix seconds).
        properties (ActivityProperties | Unset): Custom properties.
        reactions_count (ActivityReactionsCount | Unset): Reaction name to count.
        comments_count (int | None | Unset): Number of comments.
        source (ActivitySource | Unset): Where an activity lives (the feed or target).
        labels (list[str] | None | Unset): Labels.
    """

    id: str
    author: Author | Unset = UNSET
    content: list[Content] | Unset = UNSET
    content_type: str | Unset = UNSET
    created_at: int | Unset = UNSET
    status: str | Unset = UNSET
    status_updated_at: int | Unset = UNSET
    properties: ActivityProperties | Unset = UNSET
    reactions_count: ActivityReactionsCount | Unset = UNSET
    comments_count: int | None | Unset = UNSET
    source: ActivitySource | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        content_type = self.content_type

        created_at = self.created_at

        status = self.status

        status_updated_at = self.status_updated_at

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        reactions_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reactions_count, Unset):
            reactions_count = self.reactions_count.to_dict()

        comments_count: int | None | Unset
        if isinstance(self.comments_count, Unset):
            comments_count = UNSET
        else:
            comments_count = self.comments_count

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        if properties is not UNSET:
            field_dict["properties"] = properties
        if reactions_count is not UNSET:
            field_dict["reactions_count"] = reactions_count
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if source is not UNSET:
            field_dict["source"] = source
        if labels is not UNSET:
            field_dict["labels"] = labels

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


def _read_fields(model_instance__: Activity, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__["id"])
    _author = json_object__.get("author", UNSET)
    author: Author | Unset
    if isinstance(_author, Unset):
        author = UNSET
    else:
        author = Author._from_json(_author)

    set_field__(model_instance__, "author", author)
    _content = json_object__.get("content", UNSET)
    content: list[Content] | Unset = UNSET
    if _content is not UNSET:
        content = []
        for content_item_data in _content:
            content_item = Content._from_json(content_item_data)

            content.append(content_item)

    set_field__(model_instance__, "content", content)
    set_field__(model_instance__, "content_type", json_object__.get("content_type", UNSET))
    set_field__(model_instance__, "created_at", json_object__.get("created_at", UNSET))
    set_field__(model_instance__, "status", json_object__.get("status", UNSET))
    set_field__(
        model_instance__, "status_updated_at", json_object__.get("status_updated_at", UNSET)
    )
    _properties = json_object__.get("properties", UNSET)
    properties: ActivityProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = ActivityProperties._from_json(_properties)

    set_field__(model_instance__, "properties", properties)
    _reactions_count = json_object__.get("reactions_count", UNSET)
    reactions_count: ActivityReactionsCount | Unset
    if isinstance(_reactions_count, Unset):
        reactions_count = UNSET
    else:
        reactions_count = ActivityReactionsCount._from_json(_reactions_count)

    set_field__(model_instance__, "reactions_count", reactions_count)

    def _parse_comments_count(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    comments_count = _parse_comments_count(json_object__.get("comments_count", UNSET))

    set_field__(model_instance__, "comments_count", comments_count)
    _source = json_object__.get("source", UNSET)
    source: ActivitySource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = ActivitySource._from_json(_source)

    set_field__(model_instance__, "source", source)

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
        "author",
        "content",
        "content_type",
        "created_at",
        "status",
        "status_updated_at",
        "properties",
        "reactions_count",
        "comments_count",
        "source",
        "labels",
    )
)
Activity._read_fields = _read_fields
Activity._field_names = frozenset(
    (
        "id",
        "author",
        "content",
        "content_type",
        "created_at",
        "status",
        "status_updated_at",
        "properties",
        "reactions_count",
        "comments_count",
        "source",
        "labels",
        "additional_properties",
    )
)

from ..models.activity_properties import ActivityProperties
from ..models.activity_reactions_count import ActivityReactionsCount
from ..models.activity_source import ActivitySource
from ..models.author import Author
from ..models.content import Content
