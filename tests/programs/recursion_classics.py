# Classic recursive functions: fib, ackermann, hanoi, permutations, gcd.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


def flatten_depth(obj, depth=0):
    if isinstance(obj, list):
        return max([flatten_depth(o, depth + 1) for o in obj], default=depth + 1)
    return depth


def binary_search(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


print([fib(n) for n in range(20)])
print(fib(22))
for m in range(3):
    print("ackermann", m, [ackermann(m, n) for n in range(5)])
print("ackermann(3, 3) =", ackermann(3, 3))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
for disk, src, dst in moves[-3:]:
    print(f"move disk {disk} from {src} to {dst}")
moves10 = []
hanoi(10, "L", "R", "M", moves10)
print(len(moves10), moves10[511], sum(d for d, _, _ in moves10))
perms = permutations([1, 2, 3, 4])
print(len(perms), perms[:4], perms[-1])
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
print(power_set([1, 2, 3]))
print(flatten_depth([1, [2, [3, [4]], []]]), flatten_depth(5), flatten_depth([]))
arr = list(range(0, 200, 3))
print([binary_search(arr, t, 0, len(arr) - 1) for t in (0, 3, 99, 100, 198, 500)])
data = [(i * 7919) % 101 for i in range(40)]
print(merge_sort(data))
print(merge_sort(data) == sorted(data))
