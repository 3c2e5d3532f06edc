"""
Length-prefixed JSON messages between the grader and the test runner in a kernel.

The grader and :mod:`farshlab.course.kernel.runner` share one end each of a Unix socket pair
that the kernel inherits when it starts (before any trainee code runs). Every message is a JSON
object preceded by its length in bytes (4 bytes, big-endian). Nothing here trusts the other
end: a message too long or not a JSON object is an error of the reader.

Functions
---------
encode
    One message as bytes, ready to send.

Classes
-------
Decoder
    Collects received bytes and gives back the complete messages.
"""

from __future__ import annotations

import json
import struct

__all__ = ["MAX_MESSAGE_BYTES", "ChannelError", "Decoder", "encode"]

#: The longest message either end accepts (a test cell's code, or a verdict), in bytes.
MAX_MESSAGE_BYTES = 4 * 1024 * 1024
_HEADER = struct.Struct("!I")


class ChannelError(ValueError):
    """A message on the private channel is not well formed."""


def encode(message: dict) -> bytes:
    """
    Return ``message`` as bytes to send: its length (4 bytes, big-endian), then its JSON.

    Examples
    --------
    >>> encode({"a": 1})
    b'\\x00\\x00\\x00\\x08{"a": 1}'
    >>> encode([1])
    Traceback (most recent call last):
    ...
    farshlab.course.kernel.channel.ChannelError: a channel message must be a dict, got list
    """
    if not isinstance(message, dict):
        raise ChannelError(f"a channel message must be a dict, got {type(message).__name__}")
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    if len(data) > MAX_MESSAGE_BYTES:
        raise ChannelError(f"a channel message may hold {MAX_MESSAGE_BYTES} bytes, this one {len(data)}")
    return _HEADER.pack(len(data)) + data


class Decoder:
    """
    Received bytes in, complete messages out.

    Examples
    --------
    >>> decoder = Decoder()
    >>> data = encode({"n": 1}) + encode({"n": 2})
    >>> decoder.feed(data[:5])
    []
    >>> decoder.feed(data[5:])
    [{'n': 1}, {'n': 2}]
    >>> Decoder().feed(b"\\x00\\x00\\x00\\x02[]")
    Traceback (most recent call last):
    ...
    farshlab.course.kernel.channel.ChannelError: a channel message must be a JSON object
    """

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, data: bytes) -> list[dict]:
        """Add received bytes; return the messages they complete, oldest first."""
        self._buffer += data
        messages = []
        while len(self._buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self._buffer)
            if size > MAX_MESSAGE_BYTES:
                raise ChannelError(f"a channel message of {size} bytes is longer than allowed")
            if len(self._buffer) < _HEADER.size + size:
                break
            body = self._buffer[_HEADER.size : _HEADER.size + size]
            self._buffer = self._buffer[_HEADER.size + size :]
            try:
                message = json.loads(body.decode("utf-8"))
            except ValueError as error:
                raise ChannelError(f"a channel message is not JSON: {error}") from None
            if not isinstance(message, dict):
                raise ChannelError("a channel message must be a JSON object")
            messages.append(message)
        return messages
