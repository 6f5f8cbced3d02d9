# Text-mode Mandelbrot set (JIT target: float locals, nested loops).


def mandel_iters(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return max_iter


def render(width, height, max_iter):
    chars = " .:-=+*#%@"
    rows = []
    total = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        line = []
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = mandel_iters(cr, ci, max_iter)
            total += n
            if n == max_iter:
                line.append("@")
            else:
                line.append(chars[n * (len(chars) - 1) // max_iter])
        rows.append("".join(line).rstrip())
    return rows, total


rows, total = render(64, 25, 60)
for row in rows:
    print(row)
print("total iterations:", total)
print("inside count:", sum(row.count("@") for row in rows))
print("probe:", mandel_iters(-0.75, 0.1, 1000), mandel_iters(0.3, 0.5, 1000), mandel_iters(-2.0, 0.0, 50))
