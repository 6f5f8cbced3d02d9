# String and sequence slicing, including negative and extended slices.

s = "abcdefghijklmnop"
print(s[0], s[-1], s[5], s[-5])
print(s[2:5], s[:4], s[10:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[3:12:3], s[12:3:-3], s[100:], s[-100:3], repr(s[5:2]))
print(s[:], s[0:len(s)], s[-len(s):])
for start in range(-4, 5, 2):
    print(start, repr(s[start:start + 3]), repr(s[start::5]))
sl = slice(1, 10, 2)
print(s[sl], sl.start, sl.stop, sl.step)
print(slice(None, None, -1).indices(10), slice(2, -2).indices(10), slice(-100, 100, 3).indices(7))
lst = list(range(20))
print(lst[::3], lst[-5:], lst[5:15:4])
lst[2:5] = ["a", "b"]
print(lst)
lst[::4] = [None] * len(lst[::4])
print(lst)
del lst[1::2]
print(lst)
t = tuple("python")
print(t[1:4], t[::-1], t[-2:])
b = b"bytes-data"
print(b[0], b[:5], b[::-1], b[-4:])
word = "racecar"
print(word == word[::-1], "palindrome"[::-1])
try:
    print(s[100])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
