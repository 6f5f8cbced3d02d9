"""Pave's stand-in for `_socket` in the native build, which has no network access.

RustPython provides a real `_socket` only with its host-OS feature, which Pave leaves out
natively; the browser build has RustPython's own stand-in (the same idea, in Rust), which
the importer finds first there. Many modules import `socket` only for its names
(`asyncio`, `logging`, `http.client`, `urllib.request`...), so this gives Linux's
constants and a socket type whose network operations raise `OSError` saying why.
"""

_WHY = "there is no network in Pave: it runs Python without an operating system"

AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 = 0, 1, 2, 10
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW = 1, 2, 3
SOL_SOCKET, SOL_TCP = 1, 6
SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_BROADCAST = 2, 3, 4, 6
SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_REUSEPORT = 7, 8, 9, 15
IPPROTO_IP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6 = 0, 6, 17, 41
IPV6_V6ONLY, TCP_NODELAY = 26, 1
MSG_OOB, MSG_PEEK, MSG_DONTROUTE = 1, 2, 4
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_ADDRCONFIG, AI_NUMERICSERV = 1, 2, 4, 32, 1024
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM = 1, 2, 4, 8, 16
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE = 0, 0xffffffff, 0x7f000001, 0xffffffff
IPPORT_RESERVED, IPPORT_USERRESERVED = 1024, 5000
SOMAXCONN = 4096
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


def _unavailable(what):
    raise OSError(101, f"{what} is not available: {_WHY}")


class socket:
    """A socket that can be created and closed, but not connected to anything."""

    __slots__ = ("family", "type", "proto", "_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            _unavailable("socket(fileno=...)")
        self.family = AF_INET if family == -1 else family
        self.type = SOCK_STREAM if type == -1 else type
        self.proto = 0 if proto == -1 else proto
        self._timeout = _default_timeout

    def fileno(self):
        return -1

    def close(self):
        pass

    def detach(self):
        return -1

    def gettimeout(self):
        return self._timeout

    def settimeout(self, value):
        self._timeout = value

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0



def _unsupported(name):
    def method(self, *args, **kwargs):
        _unavailable(f"socket.{name}()")
    method.__name__ = name
    return method


for _name in ("bind", "connect", "connect_ex", "listen", "_accept", "send", "sendall",
              "sendto", "recv", "recvfrom", "recv_into", "recvfrom_into", "shutdown",
              "getsockname", "getpeername", "getsockopt", "setsockopt"):
    setattr(socket, _name, _unsupported(_name))
del _name

SocketType = socket
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(value):
    global _default_timeout
    _default_timeout = value


def gethostname():
    return "pave"


def _no_resolver(name):
    def resolver(*args, **kwargs):
        raise gaierror(-3, f"{name}() is not available: {_WHY}")
    resolver.__name__ = name
    return resolver


getaddrinfo = _no_resolver("getaddrinfo")
getnameinfo = _no_resolver("getnameinfo")
gethostbyname = _no_resolver("gethostbyname")
gethostbyname_ex = _no_resolver("gethostbyname_ex")
gethostbyaddr = _no_resolver("gethostbyaddr")


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "little"), "big")


ntohl = htonl


def inet_aton(text):
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed)
