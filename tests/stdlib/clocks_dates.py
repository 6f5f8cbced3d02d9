# The clocks and "now": types and ordering, nothing that changes from run to run.
import datetime
import time

t1, n1 = time.time(), time.time_ns()
print(abs(n1 / 1e9 - t1) < 5, time.monotonic() <= time.monotonic())
print(time.perf_counter_ns() >= 0, time.process_time() >= 0, time.thread_time() >= 0)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, info.resolution > 0)
now = datetime.datetime.now()
print(type(now).__name__, now.year >= 2024, datetime.date.today().year >= 2024)
utc = datetime.datetime.now(datetime.timezone.utc)
print(utc.tzinfo, abs(utc.timestamp() - time.time()) < 5)
start = time.monotonic()
time.sleep(0.01)
time.sleep(0)
print(time.monotonic() - start >= 0.009)
print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400).tm_yday)
