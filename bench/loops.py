# A tight nested integer loop: the cost of one iteration of interpreted bytecode.

def checksum(n):
    total = 0
    for i in range(n):
        for j in range(100):
            total = (total + i * j) % 1000003
    return total


def main():
    return checksum(5_000)
