# Counting words: strings built from a generator of syllables, a dict of counts,
# sorting by count.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]


def words(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 1 + seed % 3
        w = ""
        for k in range(length):
            w += SYLLABLES[(seed >> (4 * k)) % len(SYLLABLES)]
        out.append(w)
    return out, seed


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    total = {}
    seed = 7
    for _ in range(12):
        ws, seed = words(4000, seed)
        for w, c in count(ws).items():
            total[w] = total.get(w, 0) + c
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(total), top)
