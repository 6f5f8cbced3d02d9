# Spectral norm of a small matrix (JIT target: float loops, int arithmetic).

import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s
    return out


def mul_atv(v, n):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


print([[round(eval_a(i, j), 6) for j in range(4)] for i in range(4)])
for n in (1, 2, 3, 4, 5, 8, 10, 20, 30, 40):
    print(n, "%.9f" % spectral_norm(n, 10))
print(repr(spectral_norm(40, 10)))
v = [1.0] * 6
for step in range(6):
    v = mul_atav(v, 6)
    top = v[0]
    print(step, " ".join("%.6f" % (x / top) for x in v))
