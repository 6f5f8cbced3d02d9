# Merge sort of a random list: slicing, len and append in a while loop.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
import random
random.seed(5)

def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:]); out.extend(b[j:])
    return out

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))

data = [random.randint(0, 10**6) for _ in range(60000)]
for _ in range(3):
    s = merge_sort(data)
assert s == sorted(data)
print(s[:5], s[-5:])
