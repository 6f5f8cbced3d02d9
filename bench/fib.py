# Naive recursive Fibonacci: call overhead and int arithmetic.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    return fib(30)
