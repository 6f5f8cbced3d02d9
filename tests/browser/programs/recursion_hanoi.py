moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target)
    moves.append((source, target))
    return count + 1 + hanoi(n - 1, spare, target, source)


print(hanoi(16, "A", "C", "B"), len(moves), moves[:3], moves[-1])
