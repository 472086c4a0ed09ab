"""A deliberately tiny websocket client for load generation (RFC 6455 subset).

asyncio.Protocol, no extensions, text frames only, zero masking key (the payload is sent
as is: masking with 00000000 is legal and costs nothing). Answers pings, honours close.
This keeps the load generator cheap so the server under test is the bottleneck.
"""

from __future__ import annotations

import asyncio
import base64
import os
import struct
from collections import deque

_MASK_ZERO = b"\x00\x00\x00\x00"


class WsClosed(ConnectionError):
    pass


def _frame(opcode: int, payload: bytes) -> bytes:
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
    elif n < 65536:
        head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
    return head + _MASK_ZERO + payload


class LiteWs(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buf = bytearray()
        self._handshaken = False
        self._handshake: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._messages: deque[str] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._fragments: list[bytes] = []
        self.closed = False
        self.subprotocol: str | None = None

    # ------------------------------------------------------------ asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._buf += data
        if not self._handshaken:
            end = self._buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self._buf[:end]).decode("latin-1")
            del self._buf[:end + 4]
            self._handshaken = True
            if not self._handshake.done():
                if head.startswith("HTTP/1.1 101"):
                    for line in head.split("\r\n")[1:]:
                        name, _, value = line.partition(":")
                        if name.strip().lower() == "sec-websocket-protocol":
                            self.subprotocol = value.strip()
                    self._handshake.set_result(head)
                else:
                    self._handshake.set_exception(WsClosed(head.split("\r\n", 1)[0]))
                    return
        self._parse()

    def _parse(self) -> None:
        buf = self._buf
        while len(buf) >= 2:
            b0, b1 = buf[0], buf[1]
            n, pos = b1 & 0x7F, 2
            if n == 126:
                if len(buf) < 4:
                    return
                n, pos = struct.unpack_from("!H", buf, 2)[0], 4
            elif n == 127:
                if len(buf) < 10:
                    return
                n, pos = struct.unpack_from("!Q", buf, 2)[0], 10
            if b1 & 0x80:  # a server must not mask; tolerate it anyway
                pos += 4
            if len(buf) < pos + n:
                return
            payload = bytes(buf[pos:pos + n])
            if b1 & 0x80:
                key = buf[pos - 4:pos]
                payload = bytes(c ^ key[i % 4] for i, c in enumerate(payload))
            del buf[:pos + n]
            self._frame(b0 & 0x0F, bool(b0 & 0x80), payload)

    def _frame(self, opcode: int, fin: bool, payload: bytes) -> None:
        if opcode in (0x1, 0x2, 0x0):
            self._fragments.append(payload)
            if fin:
                self._messages.append(b"".join(self._fragments).decode("utf-8", "replace"))
                self._fragments = []
                self._wake()
        elif opcode == 0x9 and self.transport is not None:
            self.transport.write(_frame(0xA, payload))
        elif opcode == 0x8:
            if self.transport is not None and not self.closed:
                self.transport.write(_frame(0x8, payload[:2]))
                self.transport.close()
            self.closed = True
            self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self._handshake.done():
            self._handshake.set_exception(WsClosed("closed during handshake"))
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    # ------------------------------------------------------------ API
    def send(self, text: str) -> None:
        if self.closed or self.transport is None:
            raise WsClosed("connection closed")
        self.transport.write(_frame(0x1, text.encode()))

    async def recv(self) -> str:
        while not self._messages:
            if self.closed:
                raise WsClosed("connection closed")
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        return self._messages.popleft()

    def close(self) -> None:
        if self.transport is not None and not self.closed:
            self.closed = True
            try:
                self.transport.write(_frame(0x8, struct.pack("!H", 1000)))
            finally:
                self.transport.close()

    def abort(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.abort()


async def connect(host: str, port: int, path: str, subprotocol: str = "ocpp1.6",
                  timeout: float = 10.0, headers: dict[str, str] | None = None) -> LiteWs:
    """Open a websocket; raises OSError / WsClosed / TimeoutError."""
    loop = asyncio.get_running_loop()

    async def _open() -> LiteWs:
        _, proto = await loop.create_connection(LiteWs, host, port)
        key = base64.b64encode(os.urandom(16)).decode()
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                   f"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {subprotocol}\r\n"
                   f"{extra}\r\n")
        assert proto.transport is not None
        proto.transport.write(request.encode("latin-1"))
        try:
            await proto._handshake
        except BaseException:
            proto.abort()
            raise
        return proto

    return await asyncio.wait_for(_open(), timeout)


def message_type(frame: str) -> int:
    """OCPP message type id (2 CALL, 3 CALLRESULT, 4 CALLERROR) without parsing JSON."""
    i = frame.find("[")
    for ch in frame[i + 1:i + 8]:
        if ch.isdigit():
            return ord(ch) - 48
    return 0
