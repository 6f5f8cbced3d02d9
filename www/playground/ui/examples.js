// The Examples menu: short programs that show what runs here, each a few lines long.
// The first one is what a first-time visitor sees in the editor.

export const EXAMPLES = [
  {
    id: 'hello',
    title: 'Hello, world',
    code: `# Edit me, then press Run (or Ctrl/Cmd-Enter).
name = "world"
print(f"Hello, {name}!")

for i in range(3):
    print("  " * i + "Python in your browser, in a worker")
`,
  },
  {
    id: 'fib',
    title: 'Fibonacci (recursion + timing)',
    code: `import time

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

start = time.perf_counter()
print("fib(25) =", fib(25))
print(f"took {(time.perf_counter() - start) * 1000:.1f} ms")
`,
  },
  {
    id: 'primes',
    title: 'Primes (sieve of Eratosthenes)',
    code: `def primes_below(n):
    sieve = [True] * n
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]

ps = primes_below(10_000)
print(len(ps), "primes below 10,000")
print("the last ten:", ps[-10:])
`,
  },
  {
    id: 'mandelbrot',
    title: 'Mandelbrot set in text',
    code: `WIDTH, HEIGHT, LIMIT = 60, 24, 60
chars = " .:-=+*#%@"

for row in range(HEIGHT):
    y = (row / HEIGHT) * 2.4 - 1.2
    line = []
    for col in range(WIDTH):
        c = complex((col / WIDTH) * 3.2 - 2.2, y)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < LIMIT:
            z = z * z + c
            n += 1
        line.append(chars[n * (len(chars) - 1) // LIMIT])
    print("".join(line))
`,
  },
  {
    id: 'classes',
    title: 'Classes and dunder methods',
    code: `class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

v = Vector(3, 4)
print(v, "+", Vector(1, 1), "=", v + Vector(1, 1))
print("2 * v =", v * 2, " |v| =", abs(v))
`,
  },
  {
    id: 'dataclasses',
    title: 'Dataclasses and sorting',
    code: `from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)

tasks = [Task(3, "write docs"), Task(1, "fix the bug"), Task(2, "review")]
for task in sorted(tasks):
    print(task.priority, task.title)
print(Task(1, "x") == Task(1, "y"))
`,
  },
  {
    id: 'exceptions',
    title: 'Exceptions and tracebacks',
    code: `def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age

for text in ["42", "-1", "forty"]:
    try:
        print(text, "->", parse_age(text))
    except ValueError as err:
        print(text, "-> error:", err)

# An uncaught one: see the traceback, and the line marked in the editor.
print(parse_age("-5"))
`,
  },
  {
    id: 'comprehensions',
    title: 'Comprehensions',
    code: `words = "the quick brown fox jumps over the lazy dog".split()

lengths = {w: len(w) for w in words}
print(lengths)
print([w.upper() for w in words if len(w) > 4])
print({len(w) for w in words})
print(sum(x * x for x in range(10)))
print([(x, y) for x in range(3) for y in range(3) if x != y])
`,
  },
  {
    id: 'generators',
    title: 'Generators',
    code: `def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:15], "...")
longest = max(range(1, 10_000), key=lambda n: sum(1 for _ in collatz(n)))
print("longest chain below 10,000 starts at", longest)
`,
  },
  {
    id: 'counter',
    title: 'Word count (collections, re)',
    code: `import re
from collections import Counter

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

words = re.findall(r"[a-z]+", text.lower())
for word, count in Counter(words).most_common(5):
    print(f"{word:>8} {'#' * count} {count}")
`,
  },
  {
    id: 'json',
    title: 'JSON round trip',
    code: `import json

data = {"name": "Pave", "tiers": ["interpreter", "wasm"], "fast": True, "version": 0.1}
text = json.dumps(data, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == data)
`,
  },
  {
    id: 'input',
    title: 'input(): a guessing game',
    code: `import random

secret = random.randint(1, 20)
print("I'm thinking of a number between 1 and 20.")
for attempt in range(1, 6):
    guess = int(input("Your guess: "))
    if guess == secret:
        print(f"Yes! {attempt} attempt(s).")
        break
    print("Higher." if guess < secret else "Lower.")
else:
    print("It was", secret)
`,
  },
  {
    id: 'sleep',
    title: 'Streaming output with time.sleep',
    code: `import time

for i in range(10, 0, -1):
    print(i, "..." )
    time.sleep(0.3)
print("Lift-off! (Stop interrupts the sleep at once.)")
`,
  },
  {
    id: 'turtle',
    title: 'Turtle graphics: a spiral, then click',
    code: `import turtle

# Drawn at once with speed(0); speed(1) to speed(10) animate it.
colors = ["red", "purple", "blue", "green", "orange", "yellow"]
screen = turtle.Screen()
screen.bgcolor("black")
t = turtle.Turtle()
t.speed(0)
for step in range(240):
    t.pencolor(colors[step % 6])
    t.width(step // 80 + 1)
    t.forward(step * 1.2)
    t.left(59)

# Then click in the drawing: the turtle goes there. Stop ends the program.
t.shape("turtle")
t.color("white")
screen.onscreenclick(t.goto)
turtle.done()
`,
  },
  {
    id: 'runaway',
    title: 'A runaway loop (try Stop)',
    code: `# This never ends. Press Stop: Pave interrupts Python at its next safe point, or
# replaces the worker (and its globals) if the loop never reaches one.
n = 0
while True:
    n += 1
`,
  },
];
