# A two-body simulation with scalar state (no lists): float arithmetic and sqrt in a loop.

import math


def energy_after(steps, dt):
    x1, y1, vx1, vy1, m1 = 0.0, 0.0, 0.0, 0.0, 10.0
    x2, y2, vx2, vy2, m2 = 1.0, 0.0, 0.0, 3.0, 1.0
    for _ in range(steps):
        dx = x2 - x1
        dy = y2 - y1
        d2 = dx * dx + dy * dy + 1e-9
        inv = 1.0 / (d2 * math.sqrt(d2))
        vx1 += dx * m2 * inv * dt
        vy1 += dy * m2 * inv * dt
        vx2 -= dx * m1 * inv * dt
        vy2 -= dy * m1 * inv * dt
        x1 += vx1 * dt
        y1 += vy1 * dt
        x2 += vx2 * dt
        y2 += vy2 * dt
    kinetic = 0.5 * m1 * (vx1 * vx1 + vy1 * vy1) + 0.5 * m2 * (vx2 * vx2 + vy2 * vy2)
    dx = x2 - x1
    dy = y2 - y1
    return kinetic - m1 * m2 / math.sqrt(dx * dx + dy * dy)


def main():
    return round(energy_after(100_000, 0.0005), 9)
