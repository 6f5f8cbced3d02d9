# A recursive flood fill of an open 25x25 grid: trying right first, the recursion snakes
# through every cell, so it goes 625 levels deep.
N = 25
grid = [["." for _ in range(N)] for _ in range(N)]
depth = 0
deepest = 0


def fill(x, y):
    global depth, deepest
    if x < 0 or y < 0 or x >= N or y >= N or grid[y][x] != ".":
        return 0
    grid[y][x] = "o"
    depth += 1
    deepest = max(deepest, depth)
    count = 1 + fill(x + 1, y) + fill(x - 1, y) + fill(x, y + 1) + fill(x, y - 1)
    depth -= 1
    return count


print(fill(0, 0), deepest)
print("".join(grid[N - 1]))
