# Dense matrix multiply and related loops (JIT target: nested float loops).


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x % 1000) / 100.0 - 5.0)
        m.append(row)
    return m


def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return c


def trace(m, n):
    t = 0.0
    for i in range(n):
        t += m[i][i]
    return t


def frobenius_sq(m, n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += m[i][j] * m[i][j]
    return s


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


n = 40
a = make_matrix(n, 1)
b = make_matrix(n, 2)
c = matmul(a, b, n)
print("a[0][:5] =", a[0][:5])
print("trace(a) =", round(trace(a, n), 6))
print("trace(c) =", round(trace(c, n), 6))
print("frobenius^2(c) =", round(frobenius_sq(c, n), 4))
print("c[3][7] = %.10f" % c[3][7])
print("c[39][0] = %.10f" % c[39][0])
print("a @ I == a:", matmul(a, identity(n), n) == a)
small = [[1.0, 2.0], [3.0, 4.0]]
p = identity(2)
for k in range(1, 9):
    p = matmul(p, small, 2)
    print(f"small^{k} =", p)
ints = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matmul(ints, ints, 3))
