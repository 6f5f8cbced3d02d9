# colormode(255): colours as tuples of 0..255, hex strings, and what they read back as.
import turtle

screen = turtle.Screen()
screen.colormode(255)
screen.bgcolor(230, 240, 255)
t = turtle.Turtle()
t.speed(0)
t.pensize(5)
for i in range(12):
    t.pencolor(255 - i * 20, i * 20, 128)
    t.forward(30)
    t.right(30)
print(t.pencolor(), screen.bgcolor(), screen.colormode())
t.fillcolor("#ff8800")
print(t.fillcolor())
screen.colormode(1.0)
print(t.pencolor())
t.pencolor(0.2, 0.4, 0.6)
print(t.pencolor())
try:
    t.pencolor(300, 0, 0)
except turtle.TurtleGraphicsError as e:
    print("TurtleGraphicsError:", e)
try:
    t.pencolor("no such colour")
except turtle.TurtleGraphicsError as e:
    print("TurtleGraphicsError:", e)
