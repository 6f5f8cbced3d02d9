#!/usr/bin/env python3
"""Draw the turtle corpus with CPython's own turtle module: the expected pictures.

For every ``NAME.py`` in this directory, this runs the program under CPython 3.11 with
its real ``turtle`` module, whose Tk canvas is replaced by a recording canvas (no
display is needed), and writes

* ``NAME.svg`` -- the canvas when the program ends, as SVG by the rules of Pave's
  ``src/drawing/model.rs`` (items in stacking order, lines as polylines, dots as
  circles, polygons with the even-odd rule, texts with their bottom edge on their
  point, numbers rounded to two decimals);
* ``NAME.out`` -- what the program printed.

``tests/turtle.rs`` runs each program in Pave (``pave run --turtle``'s code path) and
requires the same SVG and output, with the JIT on and off. So the golden pictures are
CPython's, not Pave's own.

What Pave defines itself, and this canvas copies: the screen is 1280 x 800 pixels (the
default window 640 x 600), colour names are Tk 8.6's (read from Pave's turtle.py), a
font size in points is 4/3 pixels, and text widths are estimated (0.55 of the font size
per character, 0.6 in fixed-width fonts, 10% more in bold).

Usage::

    python3 tests/turtle/bless.py            # regenerate everything
    python3 tests/turtle/bless.py NAME ...   # only these programs
    python3 tests/turtle/bless.py --check    # exit 1 if anything would change
"""

import io
import math
import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
TURTLE_PY = HERE.parent.parent / "src" / "python" / "lib" / "turtle.py"
SCREEN = (1280, 800)
DESCENT = 0.22
LINE_HEIGHT = 1.2


def colour_table():
    """Tk 8.6's colour names, from Pave's turtle.py (the same table)."""
    text = TURTLE_PY.read_text()
    words = text.split('_TK_COLORS = """', 1)[1].split('"""', 1)[0].split()
    table = {words[i]: "#" + words[i + 1] for i in range(0, len(words), 2)}
    for name, value in list(table.items()):
        if "gray" in name:
            table[name.replace("gray", "grey")] = value
    return table


COLORS = colour_table()


def hexcolor(color):
    if color == "":
        return ""
    if color.startswith("#"):
        digits = color[1:]
        if len(digits) not in (3, 6, 9, 12) or not re.fullmatch("[0-9a-fA-F]+", digits):
            return None
        step = len(digits) // 3
        return "#" + "".join((digits[i * step:(i + 1) * step] + "0")[:2] for i in range(3)).lower()
    return COLORS.get(color.replace(" ", "").lower())


def font(spec):
    parts = spec.split() if isinstance(spec, str) else list(spec)
    family = str(parts[0]) if parts else "TkDefaultFont"
    size, styles = 10, []
    for part in parts[1:]:
        if isinstance(part, (int, float)) and not isinstance(part, bool):
            size = part
        elif isinstance(part, str) and part.lstrip("-").isdigit():
            size = int(part)
        elif isinstance(part, str):
            styles.extend(part.lower().split())
    px = size * 4 / 3 if size > 0 else -size
    bits = sum(1 << i for i, n in enumerate(("bold", "italic", "underline", "overstrike")) if n in styles)
    return family, px, bits


def text_width(text, family, px, style):
    per = 0.6 if ("courier" in family.lower() or "mono" in family.lower()) else 0.55
    if style & 1:
        per *= 1.1
    return max(len(line) for line in text.split("\n")) * px * per


def num(v):
    hundredths = round_half_away(abs(v) * 100)
    if hundredths == 0:
        return "0"
    sign = "-" if v < 0 else ""
    whole, frac = divmod(int(hundredths), 100)
    if frac == 0:
        return f"{sign}{whole}"
    if frac % 10 == 0:
        return f"{sign}{whole}.{frac // 10}"
    return f"{sign}{whole}.{frac:02d}"


def round_half_away(x):
    whole = math.floor(x)
    return whole + 1 if x - whole >= 0.5 else whole


def escape(text):
    out = []
    for c in text:
        if c == "&":
            out.append("&amp;")
        elif c == "<":
            out.append("&lt;")
        elif c == ">":
            out.append("&gt;")
        elif c == '"':
            out.append("&quot;")
        elif ord(c) < 0x20 and c != "\t":
            pass
        else:
            out.append(c)
    return "".join(out)


def clamp(v):
    if v != v:
        return 0.0
    return max(-1e9, min(1e9, float(v)))


class Item:
    def __init__(self, kind, z, coords, **options):
        self.kind, self.z, self.coords = kind, z, [clamp(c) for c in coords]
        self.fill = hexcolor(options.get("fill", ""))
        self.outline = hexcolor(options.get("outline", ""))
        self.width = options.get("width", 1 if kind != "line" else 2)
        self.text = options.get("text")
        self.anchor = options.get("anchor")
        self.font = options.get("font")


def make_canvas(TK, ScrolledCanvas):
    class RecordingCanvas(ScrolledCanvas):
        """The Tk canvas calls CPython's turtle makes, recorded as items."""

        def __init__(self, width, height, canvwidth, canvheight):
            self.items, self.next_id, self.top = {}, 1, 0
            self.width, self.height = width, height
            self.canvwidth, self.canvheight = canvwidth, canvheight
            self.window = (640, 600)
            self.bg = "white"
            self.region = (-canvwidth // 2, -canvheight // 2, canvwidth // 2, canvheight // 2)
            self.title = "Python Turtle Graphics"
            self.tk = self

        def _new(self, kind, coords, options):
            item = self.next_id
            self.next_id += 1
            self.top += 1
            self.items[item] = Item(kind, self.top, coords, **options)
            return item

        def create_line(self, *coords, **options):
            return self._new("line", coords, options)

        def create_polygon(self, coords, **options):
            return self._new("polygon", coords, options)

        def create_text(self, x, y, **options):
            return self._new("text", (x, y), options)

        def create_image(self, x, y, **options):
            return self._new("image", (x, y), options)

        def coords(self, item, *coords):
            if not coords:
                return list(self.items[item].coords)
            if len(coords) == 1:
                coords = coords[0]
            self.items[item].coords = [clamp(c) for c in coords]

        def itemconfigure(self, item, **options):
            it = self.items[item]
            for key, value in options.items():
                if key in ("fill", "outline"):
                    setattr(it, key, hexcolor(value))
                elif key == "width":
                    it.width = value

        itemconfig = itemconfigure

        def tag_raise(self, item):
            self.top += 1
            self.items[item].z = self.top

        def tag_lower(self, item):
            pass

        def delete(self, item):
            if item == "all":
                self.items.clear()
            else:
                self.items.pop(item, None)

        def type(self, item):
            return self.items[item].kind

        def find_all(self):
            return sorted(self.items, key=lambda i: self.items[i].z)

        def bbox(self, item):
            it = self.items[item]
            family, px, style = font(it.font)
            width = text_width(it.text, family, px, style)
            a = {"sw": 0, "s": 1, "se": 2}[it.anchor]
            x0 = it.coords[0] - width * a / 2
            return (x0, it.coords[1] - px, round(x0 + width), it.coords[1])

        def winfo_rgb(self, color):
            if hexcolor(color) is None:
                raise TK.TclError('unknown color name "%s"' % color)
            return (0, 0, 0)

        def config(self, **options):
            if "bg" in options and options["bg"] is not None:
                self.bg = options["bg"]
            if "scrollregion" in options:
                self.region = options["scrollregion"]

        configure = config

        def cget(self, option):
            return {"bg": self.bg, "width": self.width, "height": self.height}[option]

        def __getitem__(self, option):
            return self.cget(option)

        def reset(self, canvwidth=None, canvheight=None, bg=None):
            if canvwidth:
                self.canvwidth = canvwidth
            if canvheight:
                self.canvheight = canvheight
            if bg:
                self.bg = bg
            self.region = (-self.canvwidth // 2, -self.canvheight // 2,
                           self.canvwidth // 2, self.canvheight // 2)

        def winfo_width(self):
            return self.window[0]

        def winfo_height(self):
            return self.window[1]

        def update(self):
            pass

        def after(self, ms, fun=None):
            pass

        def after_idle(self, fun):
            pass

        def bind(self, *args, **kwargs):
            pass

        def unbind(self, *args, **kwargs):
            pass

        def tag_bind(self, *args, **kwargs):
            pass

        def tag_unbind(self, *args, **kwargs):
            pass

        def focus_force(self):
            pass

        def mainloop(self):
            pass

        def svg(self):
            w, h = self.window
            x1, y1, x2, y2 = self.region
            vx, vy = (x1 + x2) / 2 - w / 2, (y1 + y2) / 2 - h / 2
            out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(w)}" height="{num(h)}" '
                   f'viewBox="{num(vx)} {num(vy)} {num(w)} {num(h)}">']
            if self.title:
                out.append(f"<title>{escape(str(self.title))}</title>")
            out.append(f'<rect x="{num(vx)}" y="{num(vy)}" width="{num(w)}" height="{num(h)}" '
                       f'fill="{hexcolor(self.bg)}"/>')
            for item in sorted(self.items.values(), key=lambda it: it.z):
                out.extend(svg_item(item))
            out.append("</svg>")
            return "\n".join(out) + "\n"

    return RecordingCanvas


def points(coords):
    return " ".join(f"{num(coords[i])},{num(coords[i + 1])}" for i in range(0, len(coords) - 1, 2))


def all_same(coords):
    return all(coords[i] == coords[0] and coords[i + 1] == coords[1] for i in range(0, len(coords) - 1, 2))


def svg_item(it):
    c = it.coords
    if it.kind == "line":
        if not it.fill or len(c) < 4:
            return []
        width = max(it.width, 1)
        if all_same(c):
            return [f'<circle cx="{num(c[0])}" cy="{num(c[1])}" r="{num(width / 2)}" fill="{it.fill}"/>']
        return [f'<polyline points="{points(c)}" fill="none" stroke="{it.fill}" stroke-width="{num(width)}" '
                'stroke-linecap="round" stroke-linejoin="round"/>']
    if it.kind == "polygon":
        if (not it.fill and not it.outline) or len(c) < 4 or all_same(c):
            return []
        line = f'<polygon points="{points(c)}" fill="{it.fill or "none"}" fill-rule="evenodd"'
        if it.outline:
            line += f' stroke="{it.outline}" stroke-width="{num(max(it.width, 1))}" stroke-linejoin="round"'
        return [line + "/>"]
    if it.kind == "text":
        if not it.fill:
            return []
        family, px, style = font(it.font)
        anchor = {"sw": "start", "s": "middle", "se": "end"}[it.anchor]
        extra = ""
        if style & 1:
            extra += ' font-weight="bold"'
        if style & 2:
            extra += ' font-style="italic"'
        decoration = [n for bit, n in ((4, "underline"), (8, "line-through")) if style & bit]
        if decoration:
            extra += f' text-decoration="{" ".join(decoration)}"'
        lines = it.text.split("\n")
        bottom = c[1] - px * DESCENT
        out = []
        for i, line in enumerate(lines):
            y = bottom - (len(lines) - 1 - i) * px * LINE_HEIGHT
            out.append(f'<text x="{num(c[0])}" y="{num(y)}" font-family="{escape(family)}" font-size="{num(px)}"'
                       f'{extra} text-anchor="{anchor}" fill="{it.fill}" xml:space="preserve">{escape(line)}</text>')
        return out
    return []


def draw(path):
    """Run the program at `path` with CPython's turtle; (svg, stdout)."""
    import turtle as T
    import tkinter as TK
    canvas_class = make_canvas(TK, T.ScrolledCanvas)

    class RecordingRoot:
        def __init__(self):
            self._canvas = None

        def setupcanvas(self, width, height, cwidth, cheight):
            self._canvas = canvas_class(width, height, cwidth, cheight)

        def _getcanvas(self):
            return self._canvas

        def set_geometry(self, width, height, startx, starty):
            w, h = ("%dx%d" % (width, height)).split("x")
            self._canvas.window = (int(w), int(h))

        def title(self, text):
            if self._canvas is not None:
                self._canvas.title = text

        def ondestroy(self, destroy):
            pass

        def win_width(self):
            return SCREEN[0]

        def win_height(self):
            return SCREEN[1]

        def destroy(self):
            pass

    T._Root = RecordingRoot
    T.TurtleScreenBase._blankimage = lambda self: "blank"
    T._Screen._root = T._Screen._canvas = None
    T.Turtle._screen = T.Turtle._pen = None
    out = io.StringIO()
    with redirect_stdout(out):
        source = path.read_text()
        exec(compile(source, path.name, "exec"), {"__name__": "__main__"})
    canvas = T._Screen._canvas
    # CPython's Screen() sets the title before its canvas exists; Pave sets it after.
    if canvas is None:
        raise SystemExit(f"{path.name} drew nothing")
    canvas.title = T._Screen._title
    return canvas.svg(), out.getvalue()


def main():
    args = sys.argv[1:]
    if args[:1] == ["--one"]:
        svg, out = draw(Path(args[1]))
        sys.stdout.write(repr((svg, out)))
        return 0
    check = "--check" in args
    names = [a for a in args if not a.startswith("--")]
    programs = sorted(HERE.glob("*.py"))
    programs = [p for p in programs if p.name != "bless.py" and (not names or p.stem in names)]
    if sys.version_info[:2] != (3, 11):
        print(f"warning: CPython {sys.version.split()[0]}, the corpus is drawn with 3.11", file=sys.stderr)
    changed = []
    for path in programs:
        # A fresh interpreter per program: turtle keeps state in its classes.
        result = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True,
                                text=True, cwd=HERE, timeout=120)
        if result.returncode != 0:
            print(f"{path.name}: {result.stderr}", file=sys.stderr)
            return 2
        svg, out = eval(result.stdout)
        for ext, text in (("svg", svg), ("out", out)):
            target = path.with_suffix("." + ext)
            if not target.exists() or target.read_text() != text:
                changed.append(target.name)
                if not check:
                    target.write_text(text)
    for name in changed:
        print(("would change " if check else "wrote ") + name)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
