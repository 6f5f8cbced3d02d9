# Edit distance between pairs of words: a dynamic-programming table (a list of lists)
# filled by comparing characters of two strings, `min` of three neighbours.

LETTERS = "abcdefghij"


def word(seed, length):
    out = ""
    for _ in range(length):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out += LETTERS[(seed >> 8) % len(LETTERS)]
    return out, seed


def distance(a, b):
    rows = len(a) + 1
    cols = len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        row = table[i]
        above = table[i - 1]
        ch = a[i - 1]
        for j in range(1, cols):
            cost = 0 if ch == b[j - 1] else 1
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost)
    return table[rows - 1][cols - 1]


def main():
    seed = 11
    words = []
    for n in range(40):
        w, seed = word(seed, 12 + n % 9)
        words.append(w)
    total = 0
    closest = (99, "", "")
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            d = distance(words[i], words[j])
            total += d
            if d < closest[0]:
                closest = (d, words[i], words[j])
    return total, closest
