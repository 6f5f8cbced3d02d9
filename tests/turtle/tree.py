# A recursive tree: branches get shorter and thinner.
import turtle

def tree(t, length, depth):
    if depth == 0:
        t.dot(6, "forestgreen")
        return
    t.pensize(depth)
    t.forward(length)
    t.left(30)
    tree(t, length * 0.7, depth - 1)
    t.right(60)
    tree(t, length * 0.7, depth - 1)
    t.left(30)
    t.penup()
    t.backward(length)
    t.pendown()

t = turtle.Turtle()
t.speed(0)
t.color("saddle brown")
t.left(90)
t.penup(); t.goto(0, -200); t.pendown()
tree(t, 110, 6)
print(t.pos(), t.heading())
