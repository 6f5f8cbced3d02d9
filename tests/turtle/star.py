# The star of the turtle documentation: a filled shape that crosses itself.
from turtle import *

speed(0)
color('red', 'yellow')
begin_fill()
while True:
    forward(200)
    left(170)
    if abs(pos()) < 1:
        break
end_fill()
print(filling(), pencolor(), fillcolor(), color())
done()
