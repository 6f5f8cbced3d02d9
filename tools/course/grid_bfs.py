# Breadth-first search over a grid of booleans with a deque and a dict of distances.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
from collections import deque
W, H = 120, 120
grid = [[(x * 7 + y * 13) % 11 == 0 and (x + y) % 3 != 0 for x in range(W)] for y in range(H)]
grid[0][0] = grid[H-1][W-1] = False

def bfs(grid, start, goal):
    dist = {start: 0}
    q = deque([start])
    while q:
        x, y = q.popleft()
        if (x, y) == goal:
            return dist[(x, y)]
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < W and 0 <= ny < H and not grid[ny][nx] and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[(x, y)] + 1
                q.append((nx, ny))
    return -1

for _ in range(15):
    d = bfs(grid, (0, 0), (W - 1, H - 1))
print(d)
