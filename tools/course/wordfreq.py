# A word count: cleaning words through a generator, dict.get, sorting the counts.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us""" * 300

def clean(word):
    return "".join(c for c in word.lower() if c.isalpha())

def count_words(text):
    counts = {}
    for w in text.split():
        w = clean(w)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

for _ in range(5):
    c = count_words(text)
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>10} {n}")
