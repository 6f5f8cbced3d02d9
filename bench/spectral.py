# The A(i, j) kernel of the spectral-norm benchmark, summed without arrays: integer
# arithmetic feeding float division, in a function called from a double loop.

def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def spectral_sum(n):
    total = 0.0
    for i in range(n):
        row = 0.0
        for j in range(n):
            row += a(i, j) * (j % 7 + 1)
        total += row * (i % 5 + 1)
    return total


def main():
    return spectral_sum(400)
