# Ends with an uncaught exception raised with an explicit cause (raise ... from).


class ParseError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}") from e
    if not 0 < port < 65536:
        raise ParseError(f"port out of range: {port}")
    return port


def parse_address(addr):
    host, _, port = addr.rpartition(":")
    return host or "localhost", parse_port(port)


for t in ["80", "8080", "65535", " 443 ", "+22"]:
    print(repr(t), "->", parse_port(t))
for t in ["0", "http", "70000", ""]:
    try:
        parse_port(t)
    except ParseError as e:
        cause = e.__cause__
        print("handled:", e, "| cause:", type(cause).__name__ if cause else None)
for addr in ["example.com:80", ":8000", "127.0.0.1:5432"]:
    print(addr, "->", parse_address(addr))
print(parse_address("db.local:eighty"))
