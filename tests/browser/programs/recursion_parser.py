# A recursive-descent evaluator of + - * / and parentheses, on an input nested 300 deep.
def parse(text):
    pos = 0

    def peek():
        return text[pos] if pos < len(text) else ""

    def take():
        nonlocal pos
        ch = text[pos]
        pos += 1
        return ch

    def expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if take() == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            value = value * factor() if take() == "*" else value / factor()
        return value

    def factor():
        if peek() == "(":
            take()
            value = expr()
            take()
            return value
        start = pos
        while peek().isdigit():
            take()
        return int(text[start:pos])

    return expr()


source = "1"
for i in range(300):
    source = f"({source}+{i % 7})*1"
print(parse(source), parse("2*(3+4)-5/5"))
