# Shapes and stamps: every built-in shape stamped in a row, one stamp cleared.
import turtle

t = turtle.Turtle()
t.speed(0)
t.penup()
t.goto(-250, 0)
ids = []
for name in ["classic", "arrow", "turtle", "circle", "square", "triangle"]:
    t.shape(name)
    t.color("black", "orange")
    ids.append(t.stamp())
    t.forward(80)
    t.left(15)
t.clearstamp(ids[2])
t.shape("turtle")
t.shapesize(2, 3, 2)
t.color("darkgreen", "lightgreen")
t.goto(0, -150)
t.stamp()
t.forward(60)
print(t.shape(), t.shapesize(), len(ids), turtle.Screen().getshapes())
