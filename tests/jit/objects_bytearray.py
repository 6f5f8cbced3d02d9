#! compiled = "sieve, checksum, poke"
# A `bytearray` read and written by index in compiled code (the VM's own code, as for
# lists): a sieve, a checksum over it, and stores the interpreter must refuse (a value
# out of 0..256, an index out of range), which it then raises itself (RustPython's
# messages differ from CPython's: held to "JIT off = JIT on" only).


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return flags


def checksum(data):
    total = 0
    for k in range(len(data)):
        total = (total * 31 + data[k] + data[-1 - k]) % 1000003
    return total


def poke(data, i, v):
    data[i] = v
    return data[i] + len(data)


flags = sieve(5000)
print(sum(flags), checksum(flags), bytes(flags[:20]))
buf = bytearray(b"pave")
print([poke(buf, k % 4, 65 + k) for k in range(8)], buf)
for bad in [(0, 256), (9, 1), (-5, 3), (0, -1), (True, 66)]:
    try:
        print(poke(buf, *bad))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(buf)
