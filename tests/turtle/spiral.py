# A square spiral in six colours, drawn at once.
import turtle

colors = ["red", "purple", "blue", "green", "orange", "yellow"]
screen = turtle.Screen()
screen.bgcolor("black")
t = turtle.Turtle()
t.speed(0)
for x in range(120):
    t.pencolor(colors[x % 6])
    t.width(x // 40 + 1)
    t.forward(x * 2)
    t.left(59)
t.hideturtle()
print(round(t.xcor(), 4), round(t.ycor(), 4), t.heading())
