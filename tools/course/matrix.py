# A matrix product over lists of lists of floats.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        ci = c[i]
        for k in range(m):
            aik = row[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c

n = 70
a = [[(i * j) % 7 + 1.0 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 - 2.0 for j in range(n)] for i in range(n)]
for _ in range(3):
    c = matmul(a, b)
print(sum(sum(r) for r in c))
