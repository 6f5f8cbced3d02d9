# time: only deterministic properties (monotonic clocks, fixed-epoch conversions);
# the wall clock is never read.

import time

t0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
total = 0
for i in range(20000):
    total += i * i
t1 = time.perf_counter()
m1 = time.monotonic()
n1 = time.perf_counter_ns()
print("checksum", total)
print("perf_counter non-decreasing:", t1 >= t0)
print("monotonic non-decreasing:", m1 >= m0)
print("perf_counter_ns non-decreasing:", n1 >= n0)
print("types:", type(t0).__name__, type(m0).__name__, type(n0).__name__)
print("elapsed is small and non-negative:", 0 <= t1 - t0 < 60)
samples = [time.perf_counter() for _ in range(50)]
print("samples sorted:", samples == sorted(samples))
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%a %b %d %j", time.gmtime(1000000000)))
print(tuple(time.gmtime(1234567890))[:6])
durations = []
for n in (1000, 2000, 4000):
    a = time.perf_counter()
    acc = 0
    for k in range(n):
        acc ^= k * 7 + 3
    durations.append(time.perf_counter() - a)
    print(n, acc)
print("durations non-negative:", all(d >= 0 for d in durations))
print(time.strftime("%H:%M", time.gmtime(3600 * 5 + 60 * 7)), time.gmtime(-86400).tm_year)
