# A square, the first program of every turtle course.
import turtle

t = turtle.Turtle()
t.pensize(3)
t.pencolor("blue")
for side in range(4):
    t.forward(120)
    t.left(90)
print(t.pos(), t.heading(), t.xcor(), t.isdown())
turtle.done()
