# tracer(0) and update(): a grid of filled squares drawn in one go.
import turtle

screen = turtle.Screen()
screen.tracer(0)
t = turtle.Turtle()
t.hideturtle()
for row in range(5):
    for col in range(5):
        t.penup()
        t.goto(-150 + col * 60, 150 - row * 60)
        t.pendown()
        t.fillcolor("gray" if (row + col) % 2 else "lightblue")
        t.begin_fill()
        for side in range(4):
            t.forward(50)
            t.right(90)
        t.end_fill()
screen.update()
print(screen.tracer(), len(screen.turtles()))
