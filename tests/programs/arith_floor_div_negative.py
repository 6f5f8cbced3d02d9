# Floor division and modulo follow the sign of the divisor in Python.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (100, 7), (-100, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>5} // {b:>3} = {q:>4}   {a:>5} % {b:>3} = {r:>3}   check={q * b + r == a}")

print("float floor division")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3)]
for a, b in fpairs:
    print(a, "//", b, "=", a // b, " %", a % b)

print("edge cases")
print(-0.0 % 5)
print(0.0 % -5)
print(5 % -0.5)
print(-5.25 % 1)
print((-2) ** 63 // -1)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(-17.5, 5), divmod(17.5, -5))
print([i % 3 for i in range(-6, 7)])
print([i // 3 for i in range(-6, 7)])
print([-i % 4 for i in range(8)])
