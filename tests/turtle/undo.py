# undo(): moves, turns, pen changes, a fill, a stamp and a text taken back.
import turtle

t = turtle.Turtle()
t.speed(0)
for i in range(5):
    t.forward(50)
    t.left(72)
t.color("red", "pink")
t.begin_fill()
t.circle(40)
t.end_fill()
t.stamp()
t.write("gone")
print(t.undobufferentries())
for i in range(8):
    t.undo()
print(t.pos(), t.heading(), t.pencolor(), t.undobufferentries())
t.forward(30)
