# Integer hashing and pseudo-random generators (JIT target: masked int arithmetic).


def lcg_stream(seed, n):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append(x >> 33)
    return out


def fnv1a(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def adler32(data):
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF


def histogram(values, buckets):
    counts = [0] * buckets
    for v in values:
        counts[v % buckets] += 1
    return counts


stream = lcg_stream(42, 20000)
print(stream[:5])
print("sum:", sum(stream))
x = 0
for v in stream:
    x ^= v
print("xor of stream:", x)
print("histogram:", histogram(stream, 10))
text = b"The quick brown fox jumps over the lazy dog"
print("fnv1a:", hex(fnv1a(text)), hex(fnv1a(b"")))
print("adler32:", adler32(text), adler32(b"Wikipedia"))
print("crc32:", hex(crc32(text)), hex(crc32(b"123456789")))
blob = bytes(v & 0xFF for v in stream[:5000])
print("fnv1a(blob):", fnv1a(blob))
print("adler32(blob):", adler32(blob))
print("crc32(blob):", crc32(blob))
print("crc32 check value ok:", crc32(b"123456789") == 0xCBF43926)
