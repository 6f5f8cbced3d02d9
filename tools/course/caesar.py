# A Caesar cipher and a palindrome check: loops over characters calling str methods, ord and chr.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
def encrypt(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

text = "The Quick Brown Fox Jumps Over The Lazy Dog, A man a plan a canal Panama! " * 40
for i in range(300):
    e = encrypt(text, i % 26)
    d = encrypt(e, -(i % 26))
    assert d == text
print(e[:60])
words = text.split()
print(sum(1 for w in words if is_palindrome(w)), is_palindrome("A man, a plan, a canal: Panama"))
