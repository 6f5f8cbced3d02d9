# N-queens by backtracking (JIT target: recursion with int locals and lists).


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return 1
        count = 0
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                placement[row] = c
                count += place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False
        return count

    total = place(0)
    return total, solutions


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


for n in range(1, 9):
    total, sols = solve(n)
    print(n, total, sols[0] if sols else None)
total, sols = solve(6)
for s in sols:
    print(s)
    for r in s:
        print("  " + "".join("Q" if c == r else "." for c in range(6)))
print([count_bits(n) for n in range(1, 10)])
