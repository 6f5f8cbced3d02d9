# setworldcoordinates: a sine curve in its own coordinates, drawn before and after.
import math
import turtle

screen = turtle.Screen()
t = turtle.Turtle()
t.speed(0)
t.forward(100)
screen.setworldcoordinates(-1, -1.5, 2 * math.pi + 1, 1.5)
t.penup()
t.goto(0, 0)
t.pendown()
t.color("red")
steps = 60
for i in range(steps + 1):
    x = 2 * math.pi * i / steps
    t.goto(x, math.sin(x))
print(screen.mode(), round(t.xcor(), 6), round(t.ycor(), 6), t.heading())
