# Conway's game of life on a list-of-lists grid with wrap-around.

def glider_gun(n):
    grid = [[0] * n for _ in range(n)]
    seed = 42
    for y in range(n):
        for x in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            grid[y][x] = 1 if seed % 7 < 2 else 0
    return grid


def neighbours(grid, x, y, n):
    total = 0
    for dy in (-1, 0, 1):
        row = grid[(y + dy) % n]
        for dx in (-1, 0, 1):
            if dx or dy:
                total += row[(x + dx) % n]
    return total


def step(grid, n):
    new = [[0] * n for _ in range(n)]
    for y in range(n):
        for x in range(n):
            k = neighbours(grid, x, y, n)
            if k == 3 or (k == 2 and grid[y][x]):
                new[y][x] = 1
    return new


def main():
    n = 32
    grid = glider_gun(n)
    for _ in range(40):
        grid = step(grid, n)
    return sum(sum(row) for row in grid)
