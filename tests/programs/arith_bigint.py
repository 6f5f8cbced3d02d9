# Arbitrary-precision integers.

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(2 ** 64)
print(2 ** 100 - 1)
print(-(2 ** 127))
print(factorial(30))
print(factorial(50))
print(len(str(factorial(100))))
print(sum(int(d) for d in str(factorial(100))))
big = 123456789012345678901234567890
print(big * big)
print(big // 987654321)
print(big % 987654321)
print(-big // 987654321)
print(-big % 987654321)
print(divmod(big, -12345))
print(big >> 40)
print(big << 70)
print(big & 0xFFFFFFFFFFFF)
print(big | 1)
print(big ^ (big >> 1))
print(-big >> 3)
print(pow(3, 200, 10 ** 9 + 7))
print(pow(2, 10 ** 5, 1000000007))
print(pow(7, -1, 13))
print((10 ** 30 + 1) == 10 ** 30 + 1)
print(10 ** 30 > 10 ** 29 * 9)
print(hex(2 ** 80 + 255))
print(int("9" * 40) + 1)
print(int("-" + "1234567890" * 4))
print((2 ** 200).bit_length())
print(abs(-(10 ** 25)))
print(float(2 ** 60))
print(2 ** 100 / 2 ** 98)
print(10 ** 20 / 3)
print(int(1e20))
print(int(-1.5e19))
print(max(2 ** 70, 3 ** 44))
print(str(2 ** 256)[:20], str(2 ** 256)[-20:])
fib_a, fib_b = 0, 1
for _ in range(200):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
print(fib_a % 1000000007)
print((-7) ** 21)
print(0 ** 0, (-1) ** 1001)
