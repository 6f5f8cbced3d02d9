# Pancake flips over every permutation of a list (the benchmarks game's fannkuch): list
# slices read and stored, `insert`/`pop` to step to the next permutation.


def fannkuch(n):
    count = list(range(1, n + 1))
    perm1 = list(range(n))
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum


def main():
    return fannkuch(8)
