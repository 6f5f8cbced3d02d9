# Particles in a box: a class with a step method, floats in attributes, a list of objects.

class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt, size):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0.0 or self.x > size:
            self.vx = -self.vx
        if self.y < 0.0 or self.y > size:
            self.vy = -self.vy
        self.vy -= 9.81 * dt

    def energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy) + 9.81 * self.y


def make(n):
    seed = 12345
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed % 1000 / 10.0
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed % 1000 / 10.0
        out.append(Particle(x, y, (seed % 37) - 18.0, (seed % 23) - 11.0))
    return out


def main():
    particles = make(400)
    for _ in range(150):
        for p in particles:
            p.step(0.01, 100.0)
    return round(sum(p.energy() for p in particles), 3)
