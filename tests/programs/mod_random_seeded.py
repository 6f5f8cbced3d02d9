# random with fixed seeds: the Mersenne Twister sequence is deterministic.

import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
items = list(range(15))
random.shuffle(items)
print(items)
print(random.sample(range(100), 8))
print([round(random.uniform(-1, 1), 6) for _ in range(4)])
print(random.getrandbits(64), random.getrandbits(8))
print(random.choices(["x", "y", "z"], k=6))
print(random.choices(range(4), weights=[1, 0, 3, 6], k=8))
rng = random.Random(42)
print([rng.randint(0, 9) for _ in range(20)])
print(rng.random(), rng.gauss(0, 1), rng.normalvariate(10, 2))
rng2 = random.Random(42)
print(rng2.randint(0, 9) == random.Random(42).randint(0, 9))
random.seed("a string seed")
print(random.random())
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
state = random.getstate()
x1 = random.random()
random.setstate(state)
print(x1 == random.random())
walk = 0
positions = []
random.seed(7)
for _ in range(30):
    walk += random.choice((-1, 1))
    positions.append(walk)
print(positions)
print(random.Random(2024).expovariate(1.5), random.Random(1).triangular(0, 10, 3))
