# A Stack class checking brackets and evaluating postfix expressions.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def peek(self):
        return self.items[-1]

def balanced(s):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()

def postfix(expr):
    st = Stack()
    for tok in expr.split():
        if tok.isdigit():
            st.push(int(tok))
        else:
            b, a = st.pop(), st.pop()
            if tok == "+": st.push(a + b)
            elif tok == "-": st.push(a - b)
            elif tok == "*": st.push(a * b)
            else: st.push(a // b)
    return st.pop()

cases = ["([]{()})" * 20, "(((" * 10 + ")))" * 10, "([)]" * 5, "{[()()]}" * 30]
n = 0
for i in range(3000):
    for c in cases:
        n += balanced(c)
    n += postfix("3 4 + 2 * 7 - 10 5 / +") 
print(n)
