# Bitwise operators with negatives and large shifts.

vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 40 + 3]
for a in vals:
    print(f"{a:>15}: ~a={~a} a&0xF={a & 0xF} a|8={a | 8} a^-1={a ^ -1} a>>2={a >> 2} a<<3={a << 3}")

print(-1 >> 100, 1 >> 100, -(2 ** 100) >> 99)
print(1 << 100)
print(-1 << 65)
print(3 << 200 >> 199)
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
print(-7 & 3, -7 | 3, -7 ^ 3)
print(-7 & -3, -7 | -3, -7 ^ -3)
print((2 ** 70 - 1) & -(2 ** 35))
print(0x5555555555555555 ^ 0xAAAAAAAAAAAAAAAA)
print(bin(0b1010 & 0b0110), bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))
print(True & False, True | False, True ^ True, type(True & True).__name__)

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

print([popcount(n) for n in range(17)])
print(popcount(2 ** 100 - 1), bin(2 ** 100 - 1).count("1"))
h = 0
for i in range(1000):
    h = ((h << 5) ^ (h >> 27) ^ i) & 0xFFFFFFFF
print("hash-like mix:", h)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -3)
except ValueError as e:
    print("ValueError:", e)
