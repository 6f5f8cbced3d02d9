# Mandelbrot set membership on a grid: float arithmetic in a data-dependent while loop.

def mandelbrot(width, height, limit):
    inside = 0
    for py in range(height):
        y0 = -1.25 + 2.5 * py / height
        for px in range(width):
            x0 = -2.0 + 2.5 * px / width
            x = 0.0
            y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < limit:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            if i == limit:
                inside += 1
    return inside


def main():
    return mandelbrot(100, 50, 200)
