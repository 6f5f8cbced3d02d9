# The screen: setup, title, screensize, tracer(n), delay; clear, reset, pen(); errors.
import turtle

screen = turtle.Screen()
screen.setup(400, 300)
screen.title("A smaller window")
print(screen.window_width(), screen.window_height(), screen.screensize())
screen.screensize(500, 400, "lavender")
print(screen.screensize(), screen.bgcolor())
t = turtle.Turtle()
t.speed(0)
t.setx(100)
t.sety(-50)
print(t.pos())
t.clear()
t.forward(30)
t.reset()
print(t.pos(), t.heading(), t.pencolor(), t.speed())
t.speed(0)
screen.tracer(4)
for i in range(10):
    t.forward(20 + i)
    t.left(36)
screen.tracer(1)
t.pen(pencolor="brown", pensize=4, fillcolor="tan")
print(sorted((k, v) for k, v in t.pen().items() if k != "tilt"))
t.begin_fill()
t.circle(30)
t.end_fill()
try:
    t.shape("dragon")
except turtle.TurtleGraphicsError as e:
    print("TurtleGraphicsError:", e)
try:
    turtle.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
print(screen.delay())
screen.delay(0)
t.penup()
t.goto(-150, 100)
t.write("the end", font=("Courier", -14, "bold underline"))
screen.exitonclick()
print("after exitonclick")
