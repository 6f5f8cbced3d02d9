# signal's names and default handlers (what unittest and asyncio look up).
import signal

print(signal.SIGINT, int(signal.SIGINT), signal.Signals(15).name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.SIG_DFL, signal.SIG_IGN)
print(signal.strsignal(signal.SIGINT), len(signal.valid_signals()) > 30)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("SIGINT raised KeyboardInterrupt")
old = signal.signal(signal.SIGINT, signal.default_int_handler)
print(old is signal.default_int_handler)
