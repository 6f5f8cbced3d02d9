# Text: the default font, alignments, bold and italic, and move=True.
import turtle

t = turtle.Turtle()
t.hideturtle()
t.penup()
t.goto(0, 100)
t.write("Hello, turtle!", align="center", font=("Arial", 24, "bold"))
t.goto(-200, 0)
t.color("navy")
t.write("left", move=True)
print(t.pos())
t.write(" then more", move=True, font=("Courier", 12, "italic"))
print(t.pos())
t.goto(200, -50)
t.write("right <&> aligned", align="right", font=("Times", 14, "normal"))
t.goto(0, -120)
t.write(12345)
