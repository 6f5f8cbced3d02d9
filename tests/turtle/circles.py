# circle() with a radius, an extent and steps, in both directions.
import turtle

t = turtle.Turtle()
t.speed(0)
t.circle(50)
t.penup(); t.goto(-150, 0); t.pendown()
t.circle(80, 180)
print(t.pos(), t.heading())
t.penup(); t.goto(120, -60); t.pendown()
t.circle(60, steps=6)
t.circle(-40, 90, 5)
print(t.pos(), t.heading())
t.penup(); t.home(); t.pendown()
t.color("green")
t.circle(30, -270)
print(t.position(), round(t.heading(), 6))
