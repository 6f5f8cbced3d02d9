# Grades per student: dicts of score lists, an if/elif chain called from a top-level loop.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
import random
random.seed(1)
students = []
for i in range(3000):
    students.append({"name": "s%d" % i, "scores": [random.randint(40, 100) for _ in range(20)]})

def average(xs):
    return sum(xs) / len(xs)

def letter(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    elif avg >= 60: return "D"
    return "F"

counts = {}
for rep in range(20):
    for s in students:
        g = letter(average(s["scores"]))
        counts[g] = counts.get(g, 0) + 1
best = max(students, key=lambda s: average(s["scores"]))
print(sorted(counts.items()), best["name"])
