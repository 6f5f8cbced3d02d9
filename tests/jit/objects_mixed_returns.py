#! compiled = "Scene.ray, Scene.pair"
# A function that returns a tuple on some paths and a single value on others (raytrace's
# `rayColour`: `(0, 0, 0)` for the background, else a colour an object computes)
# returns every tuple as an object: the code's own constant where it returns one, so
# `is` agrees with the interpreter.
class S:
    def colour(self, k):
        return (k, k * 2, 0.5)
class Scene:
    def __init__(self):
        self.depth = 0
        self.s = S()
    def ray(self, k):
        if self.depth > 3:
            return (0, 0, 0)
        try:
            self.depth += 1
            if k % 3 == 0:
                return (0, 0, 0)
            return self.s.colour(k)
        finally:
            self.depth -= 1
    def pair(self, k):
        if k > 5:
            return k, k
        return None
sc = Scene()
t = 0
out = []
for k in range(20):
    c = sc.ray(k)
    out.append(c)
    out.append(sc.pair(k))
print(out)
print(sc.ray(3) is sc.ray(6))
