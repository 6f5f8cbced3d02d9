# heapq, bisect and operator modules.

import heapq
import bisect
import operator

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
heap = list(data)
heapq.heapify(heap)
print(heap[0], len(heap))
print([heapq.heappop(heap) for _ in range(5)], heap[0])
heapq.heappush(heap, -1)
print(heapq.heappushpop(heap, 10), heapq.heapreplace(heap, 3), sorted(heap))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
srt = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(srt, 3), bisect.bisect_right(srt, 3), bisect.bisect(srt, 0), bisect.bisect(srt, 100))
bisect.insort(srt, 5)
bisect.insort_left(srt, 3)
print(srt)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
print(bisect.bisect_left([(1, "a"), (3, "c")], (2, "")), bisect.bisect([10, 20, 30], 25, lo=0, hi=2))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.itemgetter(1)("xyz"), operator.itemgetter(0, 2)("xyz"), operator.attrgetter("real")(3 + 4j))
print(operator.methodcaller("upper")("abc"), operator.contains([1, 2], 2), operator.not_(0), operator.index(7))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
from functools import reduce
print(reduce(operator.xor, range(1, 100)), reduce(operator.or_, [1, 2, 4, 8]), operator.pow(2, 10))
k = 5
running = []
window = []
for x in [10, 4, 7, 1, 15, 3, 8, 12, 6, 2]:
    heapq.heappush(window, x)
    if len(window) > 3:
        heapq.heappop(window)
    running.append(sorted(window))
print(running[-1], running[3])
