# Reading standard input three ways: input(), sys.stdin.readline(), and iteration.
import sys

name = input("name? ")
print(f"hello {name}")
count = int(sys.stdin.readline())
numbers = [int(sys.stdin.readline()) for _ in range(count)]
print("sum:", sum(numbers))
rest = [line.rstrip("\n") for line in sys.stdin]
print("rest:", rest)
print("at end:", repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
