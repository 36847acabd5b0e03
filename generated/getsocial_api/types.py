"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class LazyModel:
    """Base of every generated model: fields are built from the response JSON when first read.

    A response page can hold thousands of nested objects of which a caller reads a few, and
    building them all up front costs more than the HTTP round trip. So a model made from a
    response keeps the decoded JSON object, and the first time any of its fields is read it
    builds all of its own fields at once; nested models are made the same way and wait for
    their own first read. Reading, setting, comparing, printing, ``to_dict()`` and the
    ``attrs`` helpers behave as for a model built field by field.

    Limitation: a malformed value in a response (an unknown enum member, a date that does not
    parse) raises when the object holding it is first read rather than when the response
    arrives; call ``Model.from_dict(data)`` to check a whole object at once. A model made from
    JSON keeps a reference to that JSON until it is first read, so changing the decoded object
    before then changes the model.
    """

    __slots__ = ("_json",)

    # Set on each generated model class, next to its definition.
    _field_names: ClassVar[frozenset[str]] = frozenset()
    _read_fields: ClassVar[Callable[[Any, dict[str, Any]], None]]

    def __attrs_pre_init__(self) -> None:
        # A model built field by field has no JSON behind it.
        object.__setattr__(self, "_json", None)

    def __getattr__(self, name: str) -> Any:
        # Python calls this only for an empty slot: on a model made from JSON and not read yet.
        json_object = object.__getattribute__(self, "_json")
        if json_object is None or name not in type(self)._field_names:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        type(self)._read_fields(self, json_object)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # Build the other fields first, or reading them later would overwrite this one.
        json_object = object.__getattribute__(self, "_json")
        if json_object is not None:
            type(self)._read_fields(self, json_object)
        object.__setattr__(self, name, value)

    def _read_all_fields(self) -> None:
        """Build every field now, nested models included, so that bad values raise here."""
        json_object = object.__getattribute__(self, "_json")
        if json_object is not None:
            type(self)._read_fields(self, json_object)
        for name in type(self)._field_names:
            _read_nested_fields(getattr(self, name))


def _read_nested_fields(value: object) -> None:
    if isinstance(value, LazyModel):
        value._read_all_fields()
    elif isinstance(value, (list, tuple)):
        for item in value:
            _read_nested_fields(item)
    elif isinstance(value, dict):
        for item in value.values():
            _read_nested_fields(item)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "LazyModel", "RequestFiles", "Response", "Unset"]
