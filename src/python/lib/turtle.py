# Pave's turtle: CPython 3.11's turtle module (Lib/turtle.py) with its Tk canvas replaced
# by a stream of drawing commands that Pave shows in the page or writes as SVG.
#
# Altered source version, plainly marked as such: the classes and their behaviour follow
# CPython 3.11's turtle.py, whose notice follows; the canvas, events, pacing and the
# internal bookkeeping of lines and undo are Pave's.
#
# turtle.py: a Tkinter based turtle graphics module for Python
# Version 1.1b - 4. 5. 2009
#
# Copyright (C) 2006 - 2010  Gregor Lingl
# email: glingl@aon.at
#
# This software is provided 'as-is', without any express or implied
# warranty.  In no event will the authors be held liable for any damages
# arising from the use of this software.
#
# Permission is granted to anyone to use this software for any purpose,
# including commercial applications, and to alter it and redistribute it
# freely, subject to the following restrictions:
#
# 1. The origin of this software must not be misrepresented; you must not
#    claim that you wrote the original software. If you use this software
#    in a product, an acknowledgment in the product documentation would be
#    appreciated but is not required.
# 2. Altered source versions must be plainly marked as such, and must not be
#    misrepresented as being the original software.
# 3. This notice may not be removed or altered from any source distribution.
"""Turtle graphics, drawn by Pave instead of Tk.

The API and the pictures are those of CPython 3.11's ``turtle``: ``Turtle``, ``Screen``,
and a module-level function for every method of the default turtle and screen. Where
CPython has a Tk canvas, Pave's ``_Canvas`` writes each canvas operation (create a line,
set its points, raise it, ...) to ``_pave_draw.commands``; the session hands them to its
host, which draws them in the page's drawing pane, or writes them as SVG
(``pave run prog.py --turtle out.svg``). See ``src/drawing.rs`` for the commands.

Differences from CPython, all about time rather than pictures:

- ``speed(0)`` draws at once: CPython still waits ``delay()`` ms after every move.
- ``mainloop()``/``done()`` returns at once when nothing can happen (no click, key or
  timer handler), and always on the command line, where there is nothing to click.
- Images (``bgpic``, ``.gif`` shapes) are not supported; ``textinput``/``numinput``
  ask on the console with ``input()``.
"""

import itertools
import math
import sys
import time

import _pave_draw

_tg_classes = ['ScrolledCanvas', 'TurtleScreen', 'Screen',
               'RawTurtle', 'Turtle', 'RawPen', 'Pen', 'Shape', 'Vec2D']
_tg_screen_functions = ['addshape', 'bgcolor', 'bgpic', 'bye',
        'clearscreen', 'colormode', 'delay', 'exitonclick', 'getcanvas',
        'getshapes', 'listen', 'mainloop', 'mode', 'numinput',
        'onkey', 'onkeypress', 'onkeyrelease', 'onscreenclick', 'ontimer',
        'register_shape', 'resetscreen', 'screensize', 'setup',
        'setworldcoordinates', 'textinput', 'title', 'tracer', 'turtles', 'update',
        'window_height', 'window_width']
_tg_turtle_functions = ['back', 'backward', 'begin_fill', 'begin_poly', 'bk',
        'circle', 'clear', 'clearstamp', 'clearstamps', 'clone', 'color',
        'degrees', 'distance', 'dot', 'down', 'end_fill', 'end_poly', 'fd',
        'fillcolor', 'filling', 'forward', 'get_poly', 'getpen', 'getscreen', 'get_shapepoly',
        'getturtle', 'goto', 'heading', 'hideturtle', 'home', 'ht', 'isdown',
        'isvisible', 'left', 'lt', 'onclick', 'ondrag', 'onrelease', 'pd',
        'pen', 'pencolor', 'pendown', 'pensize', 'penup', 'pos', 'position',
        'pu', 'radians', 'right', 'reset', 'resizemode', 'rt',
        'seth', 'setheading', 'setpos', 'setposition', 'settiltangle',
        'setundobuffer', 'setx', 'sety', 'shape', 'shapesize', 'shapetransform', 'shearfactor', 'showturtle',
        'speed', 'st', 'stamp', 'tilt', 'tiltangle', 'towards',
        'turtlesize', 'undo', 'undobufferentries', 'up', 'width',
        'write', 'xcor', 'ycor']
_tg_utilities = ['write_docstringdict', 'done']

__all__ = (_tg_classes + _tg_screen_functions + _tg_turtle_functions +
           _tg_utilities + ['Terminator'])

_alias_list = ['addshape', 'backward', 'bk', 'fd', 'ht', 'lt', 'pd', 'pos',
               'pu', 'rt', 'seth', 'setpos', 'setposition', 'st',
               'turtlesize', 'up', 'width']

_CFG = {"width" : 0.5,               # Screen
        "height" : 0.75,
        "canvwidth" : 400,
        "canvheight": 300,
        "leftright": None,
        "topbottom": None,
        "mode": "standard",          # TurtleScreen
        "colormode": 1.0,
        "delay": 10,
        "undobuffersize": 1000,      # RawTurtle
        "shape": "classic",
        "pencolor" : "black",
        "fillcolor" : "black",
        "resizemode" : "noresize",
        "visible" : True,
        "language": "english",        # docstrings
        "exampleturtle": "turtle",
        "examplescreen": "screen",
        "title": "Python Turtle Graphics",
        "using_IDLE": False
       }

# The screen a window's size is a fraction of (setup(0.5, 0.75) is 640 x 600).
_SCREEN_SIZE = (1280, 800)

# Operation codes of the drawing commands (src/drawing.rs, module `op`).
_CLEAR, _LINE, _POLY, _TURTLE, _TEXT, _COORDS, _ADD = 0, 1, 2, 3, 4, 5, 6
_FILL, _OUTLINE, _WIDTH, _RAISE, _DELETE, _BG, _VIEW = 7, 8, 9, 10, 11, 12, 13
_SCALE, _TITLE, _FOCUS = 14, 15, 16

# Where the commands go: the session hands this list to the host (_pave_draw.update).
_cmds = _pave_draw.commands

# Item numbers, never reused in a session (not a class attribute: setting one would
# invalidate the interpreter's attribute caches for the class every time).
_next_item = itertools.count(1).__next__

# How often a turtle drawing at speed 0 hands its commands to the host, in seconds.
_FRAME = 1 / 60
_clock = time.perf_counter

# A move or turn without animation, done in Rust (src/python/turtle_step.rs) exactly as
# RawTurtle._goto/_rotate do it; it returns False when it does not apply (the tests set
# it to a function that always does, to compare both).
_step = _pave_draw.step

# Tk 8.6's colour names (those of X11, where gray, green, maroon and purple have their web
# values, plus the web's aqua, crimson, fuchsia, indigo, lime, olive, silver and teal);
# every "gray" name also exists spelt "grey".
_TK_COLORS = """
aliceblue f0f8ff antiquewhite faebd7 antiquewhite1 ffefdb antiquewhite2 eedfcc
antiquewhite3 cdc0b0 antiquewhite4 8b8378 aqua 00ffff aquamarine 7fffd4 aquamarine1
7fffd4 aquamarine2 76eec6 aquamarine3 66cdaa aquamarine4 458b74 azure f0ffff azure1
f0ffff azure2 e0eeee azure3 c1cdcd azure4 838b8b beige f5f5dc bisque ffe4c4 bisque1
ffe4c4 bisque2 eed5b7 bisque3 cdb79e bisque4 8b7d6b black 000000 blanchedalmond ffebcd
blue 0000ff blue1 0000ff blue2 0000ee blue3 0000cd blue4 00008b blueviolet 8a2be2 brown
a52a2a brown1 ff4040 brown2 ee3b3b brown3 cd3333 brown4 8b2323 burlywood deb887
burlywood1 ffd39b burlywood2 eec591 burlywood3 cdaa7d burlywood4 8b7355 cadetblue 5f9ea0
cadetblue1 98f5ff cadetblue2 8ee5ee cadetblue3 7ac5cd cadetblue4 53868b chartreuse
7fff00 chartreuse1 7fff00 chartreuse2 76ee00 chartreuse3 66cd00 chartreuse4 458b00
chocolate d2691e chocolate1 ff7f24 chocolate2 ee7621 chocolate3 cd661d chocolate4 8b4513
coral ff7f50 coral1 ff7256 coral2 ee6a50 coral3 cd5b45 coral4 8b3e2f cornflowerblue
6495ed cornsilk fff8dc cornsilk1 fff8dc cornsilk2 eee8cd cornsilk3 cdc8b1 cornsilk4
8b8878 crimson dc143c cyan 00ffff cyan1 00ffff cyan2 00eeee cyan3 00cdcd cyan4 008b8b
darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgoldenrod1 ffb90f
darkgoldenrod2 eead0e darkgoldenrod3 cd950c darkgoldenrod4 8b6508 darkgray a9a9a9
darkgreen 006400 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f
darkolivegreen1 caff70 darkolivegreen2 bcee68 darkolivegreen3 a2cd5a darkolivegreen4
6e8b3d darkorange ff8c00 darkorange1 ff7f00 darkorange2 ee7600 darkorange3 cd6600
darkorange4 8b4500 darkorchid 9932cc darkorchid1 bf3eff darkorchid2 b23aee darkorchid3
9a32cd darkorchid4 68228b darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f
darkseagreen1 c1ffc1 darkseagreen2 b4eeb4 darkseagreen3 9bcd9b darkseagreen4 698b69
darkslateblue 483d8b darkslategray 2f4f4f darkslategray1 97ffff darkslategray2 8deeee
darkslategray3 79cdcd darkslategray4 528b8b darkturquoise 00ced1 darkviolet 9400d3
debianred d70751 deeppink ff1493 deeppink1 ff1493 deeppink2 ee1289 deeppink3 cd1076
deeppink4 8b0a50 deepskyblue 00bfff deepskyblue1 00bfff deepskyblue2 00b2ee deepskyblue3
009acd deepskyblue4 00688b dimgray 696969 dodgerblue 1e90ff dodgerblue1 1e90ff
dodgerblue2 1c86ee dodgerblue3 1874cd dodgerblue4 104e8b firebrick b22222 firebrick1
ff3030 firebrick2 ee2c2c firebrick3 cd2626 firebrick4 8b1a1a floralwhite fffaf0
forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 gold1
ffd700 gold2 eec900 gold3 cdad00 gold4 8b7500 goldenrod daa520 goldenrod1 ffc125
goldenrod2 eeb422 goldenrod3 cd9b1d goldenrod4 8b6914 gray 808080 gray0 000000 gray1
030303 gray10 1a1a1a gray100 ffffff gray11 1c1c1c gray12 1f1f1f gray13 212121 gray14
242424 gray15 262626 gray16 292929 gray17 2b2b2b gray18 2e2e2e gray19 303030 gray2
050505 gray20 333333 gray21 363636 gray22 383838 gray23 3b3b3b gray24 3d3d3d gray25
404040 gray26 424242 gray27 454545 gray28 474747 gray29 4a4a4a gray3 080808 gray30
4d4d4d gray31 4f4f4f gray32 525252 gray33 545454 gray34 575757 gray35 595959 gray36
5c5c5c gray37 5e5e5e gray38 616161 gray39 636363 gray4 0a0a0a gray40 666666 gray41
696969 gray42 6b6b6b gray43 6e6e6e gray44 707070 gray45 737373 gray46 757575 gray47
787878 gray48 7a7a7a gray49 7d7d7d gray5 0d0d0d gray50 7f7f7f gray51 828282 gray52
858585 gray53 878787 gray54 8a8a8a gray55 8c8c8c gray56 8f8f8f gray57 919191 gray58
949494 gray59 969696 gray6 0f0f0f gray60 999999 gray61 9c9c9c gray62 9e9e9e gray63
a1a1a1 gray64 a3a3a3 gray65 a6a6a6 gray66 a8a8a8 gray67 ababab gray68 adadad gray69
b0b0b0 gray7 121212 gray70 b3b3b3 gray71 b5b5b5 gray72 b8b8b8 gray73 bababa gray74
bdbdbd gray75 bfbfbf gray76 c2c2c2 gray77 c4c4c4 gray78 c7c7c7 gray79 c9c9c9 gray8
141414 gray80 cccccc gray81 cfcfcf gray82 d1d1d1 gray83 d4d4d4 gray84 d6d6d6 gray85
d9d9d9 gray86 dbdbdb gray87 dedede gray88 e0e0e0 gray89 e3e3e3 gray9 171717 gray90
e5e5e5 gray91 e8e8e8 gray92 ebebeb gray93 ededed gray94 f0f0f0 gray95 f2f2f2 gray96
f5f5f5 gray97 f7f7f7 gray98 fafafa gray99 fcfcfc green 008000 green1 00ff00 green2
00ee00 green3 00cd00 green4 008b00 greenyellow adff2f honeydew f0fff0 honeydew1 f0fff0
honeydew2 e0eee0 honeydew3 c1cdc1 honeydew4 838b83 hotpink ff69b4 hotpink1 ff6eb4
hotpink2 ee6aa7 hotpink3 cd6090 hotpink4 8b3a62 indianred cd5c5c indianred1 ff6a6a
indianred2 ee6363 indianred3 cd5555 indianred4 8b3a3a indigo 4b0082 ivory fffff0 ivory1
fffff0 ivory2 eeeee0 ivory3 cdcdc1 ivory4 8b8b83 khaki f0e68c khaki1 fff68f khaki2
eee685 khaki3 cdc673 khaki4 8b864e lavender e6e6fa lavenderblush fff0f5 lavenderblush1
fff0f5 lavenderblush2 eee0e5 lavenderblush3 cdc1c5 lavenderblush4 8b8386 lawngreen
7cfc00 lemonchiffon fffacd lemonchiffon1 fffacd lemonchiffon2 eee9bf lemonchiffon3
cdc9a5 lemonchiffon4 8b8970 lightblue add8e6 lightblue1 bfefff lightblue2 b2dfee
lightblue3 9ac0cd lightblue4 68838b lightcoral f08080 lightcyan e0ffff lightcyan1 e0ffff
lightcyan2 d1eeee lightcyan3 b4cdcd lightcyan4 7a8b8b lightgoldenrod eedd82
lightgoldenrod1 ffec8b lightgoldenrod2 eedc82 lightgoldenrod3 cdbe70 lightgoldenrod4
8b814c lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightpink ffb6c1
lightpink1 ffaeb9 lightpink2 eea2ad lightpink3 cd8c95 lightpink4 8b5f65 lightsalmon
ffa07a lightsalmon1 ffa07a lightsalmon2 ee9572 lightsalmon3 cd8162 lightsalmon4 8b5742
lightseagreen 20b2aa lightskyblue 87cefa lightskyblue1 b0e2ff lightskyblue2 a4d3ee
lightskyblue3 8db6cd lightskyblue4 607b8b lightslateblue 8470ff lightslategray 778899
lightsteelblue b0c4de lightsteelblue1 cae1ff lightsteelblue2 bcd2ee lightsteelblue3
a2b5cd lightsteelblue4 6e7b8b lightyellow ffffe0 lightyellow1 ffffe0 lightyellow2 eeeed1
lightyellow3 cdcdb4 lightyellow4 8b8b7a lime 00ff00 limegreen 32cd32 linen faf0e6
magenta ff00ff magenta1 ff00ff magenta2 ee00ee magenta3 cd00cd magenta4 8b008b maroon
800000 maroon1 ff34b3 maroon2 ee30a7 maroon3 cd2990 maroon4 8b1c62 mediumaquamarine
66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumorchid1 e066ff mediumorchid2 d15fee
mediumorchid3 b452cd mediumorchid4 7a378b mediumpurple 9370db mediumpurple1 ab82ff
mediumpurple2 9f79ee mediumpurple3 8968cd mediumpurple4 5d478b mediumseagreen 3cb371
mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred
c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 mistyrose1 ffe4e1
mistyrose2 eed5d2 mistyrose3 cdb7b5 mistyrose4 8b7d7b moccasin ffe4b5 navajowhite ffdead
navajowhite1 ffdead navajowhite2 eecfa1 navajowhite3 cdb38b navajowhite4 8b795e navy
000080 navyblue 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 olivedrab1 c0ff3e
olivedrab2 b3ee3a olivedrab3 9acd32 olivedrab4 698b22 orange ffa500 orange1 ffa500
orange2 ee9a00 orange3 cd8500 orange4 8b5a00 orangered ff4500 orangered1 ff4500
orangered2 ee4000 orangered3 cd3700 orangered4 8b2500 orchid da70d6 orchid1 ff83fa
orchid2 ee7ae9 orchid3 cd69c9 orchid4 8b4789 palegoldenrod eee8aa palegreen 98fb98
palegreen1 9aff9a palegreen2 90ee90 palegreen3 7ccd7c palegreen4 548b54 paleturquoise
afeeee paleturquoise1 bbffff paleturquoise2 aeeeee paleturquoise3 96cdcd paleturquoise4
668b8b palevioletred db7093 palevioletred1 ff82ab palevioletred2 ee799f palevioletred3
cd6889 palevioletred4 8b475d papayawhip ffefd5 peachpuff ffdab9 peachpuff1 ffdab9
peachpuff2 eecbad peachpuff3 cdaf95 peachpuff4 8b7765 peru cd853f pink ffc0cb pink1
ffb5c5 pink2 eea9b8 pink3 cd919e pink4 8b636c plum dda0dd plum1 ffbbff plum2 eeaeee
plum3 cd96cd plum4 8b668b powderblue b0e0e6 purple 800080 purple1 9b30ff purple2 912cee
purple3 7d26cd purple4 551a8b red ff0000 red1 ff0000 red2 ee0000 red3 cd0000 red4 8b0000
rosybrown bc8f8f rosybrown1 ffc1c1 rosybrown2 eeb4b4 rosybrown3 cd9b9b rosybrown4 8b6969
royalblue 4169e1 royalblue1 4876ff royalblue2 436eee royalblue3 3a5fcd royalblue4 27408b
saddlebrown 8b4513 salmon fa8072 salmon1 ff8c69 salmon2 ee8262 salmon3 cd7054 salmon4
8b4c39 sandybrown f4a460 seagreen 2e8b57 seagreen1 54ff9f seagreen2 4eee94 seagreen3
43cd80 seagreen4 2e8b57 seashell fff5ee seashell1 fff5ee seashell2 eee5de seashell3
cdc5bf seashell4 8b8682 sienna a0522d sienna1 ff8247 sienna2 ee7942 sienna3 cd6839
sienna4 8b4726 silver c0c0c0 skyblue 87ceeb skyblue1 87ceff skyblue2 7ec0ee skyblue3
6ca6cd skyblue4 4a708b slateblue 6a5acd slateblue1 836fff slateblue2 7a67ee slateblue3
6959cd slateblue4 473c8b slategray 708090 slategray1 c6e2ff slategray2 b9d3ee slategray3
9fb6cd slategray4 6c7b8b snow fffafa snow1 fffafa snow2 eee9e9 snow3 cdc9c9 snow4 8b8989
springgreen 00ff7f springgreen1 00ff7f springgreen2 00ee76 springgreen3 00cd66
springgreen4 008b45 steelblue 4682b4 steelblue1 63b8ff steelblue2 5cacee steelblue3
4f94cd steelblue4 36648b tan d2b48c tan1 ffa54f tan2 ee9a49 tan3 cd853f tan4 8b5a2b teal
008080 thistle d8bfd8 thistle1 ffe1ff thistle2 eed2ee thistle3 cdb5cd thistle4 8b7b8b
tomato ff6347 tomato1 ff6347 tomato2 ee5c42 tomato3 cd4f39 tomato4 8b3626 turquoise
40e0d0 turquoise1 00f5ff turquoise2 00e5ee turquoise3 00c5cd turquoise4 00868b violet
ee82ee violetred d02090 violetred1 ff3e96 violetred2 ee3a8c violetred3 cd3278 violetred4
8b2252 wheat f5deb3 wheat1 ffe7ba wheat2 eed8ae wheat3 cdba96 wheat4 8b7e66 white ffffff
whitesmoke f5f5f5 yellow ffff00 yellow1 ffff00 yellow2 eeee00 yellow3 cdcd00 yellow4
8b8b00 yellowgreen 9acd32"""


def _color_table():
    words = _TK_COLORS.split()
    table = {}
    for i in range(0, len(words), 2):
        table[words[i]] = '#' + words[i + 1]
    for name, value in list(table.items()):
        if 'gray' in name:
            table[name.replace('gray', 'grey')] = value
    return table


_NAMED = _color_table()
_HEX = {'': ''}


def _hexcolor(color):
    """The #rrggbb form of a Tk colour string, or None when Tk would refuse it."""
    try:
        return _HEX[color]
    except (KeyError, TypeError):
        pass
    if not isinstance(color, str):
        return None
    if color.startswith('#'):
        digits = color[1:]
        n = len(digits)
        if n not in (3, 6, 9, 12) or any(c not in '0123456789abcdefABCDEF' for c in digits):
            return None
        step = n // 3
        # Tk keeps the most significant digits of each component (#f00 is #f00000).
        parts = [(digits[i * step:(i + 1) * step] + '0')[:2] for i in range(3)]
        value = '#' + ''.join(parts).lower()
    else:
        value = _NAMED.get(color.replace(' ', '').lower())
        if value is None:
            return None
    _HEX[color] = value
    return value


class Vec2D(tuple):
    """A 2 dimensional vector class, used as a helper class
    for implementing turtle graphics.
    May be useful for turtle graphics programs also.
    Derived from tuple, so a vector is a tuple!

    Provides (for a, b vectors, k number):
       a+b vector addition
       a-b vector subtraction
       a*b inner product
       k*a and a*k multiplication with scalar
       |a| absolute value of a
       a.rotate(angle) rotation
    """
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __add__(self, other):
        return Vec2D(self[0]+other[0], self[1]+other[1])
    def __mul__(self, other):
        if isinstance(other, Vec2D):
            return self[0]*other[0]+self[1]*other[1]
        return Vec2D(self[0]*other, self[1]*other)
    def __rmul__(self, other):
        if isinstance(other, int) or isinstance(other, float):
            return Vec2D(self[0]*other, self[1]*other)
        return NotImplemented
    def __sub__(self, other):
        return Vec2D(self[0]-other[0], self[1]-other[1])
    def __neg__(self):
        return Vec2D(-self[0], -self[1])
    def __abs__(self):
        return math.hypot(*self)
    def rotate(self, angle):
        """rotate self counterclockwise by angle
        """
        perp = Vec2D(-self[1], self[0])
        angle = math.radians(angle)
        c, s = math.cos(angle), math.sin(angle)
        return Vec2D(self[0]*c+perp[0]*s, self[1]*c+perp[1]*s)
    def __getnewargs__(self):
        return (self[0], self[1])
    def __repr__(self):
        return "(%.2f,%.2f)" % self


class Terminator(Exception):
    """Will be raised in TurtleScreen.update, if _RUNNING becomes False.

    This stops execution of a turtle graphics script.
    Main purpose: use in the Demo-Viewer turtle.Demo.py.
    """
    pass


class TurtleGraphicsError(Exception):
    """Some TurtleGraphics Error
    """


class _Event(object):
    """What an event handler of the canvas receives: canvas coordinates, or a key."""
    def __init__(self, x=0.0, y=0.0, keysym=''):
        self.x = x
        self.y = y
        self.keysym = keysym


def _report_callback_exception():
    """Print an exception raised by an event handler and go on, as Tkinter does."""
    import traceback
    sys.stderr.write("Exception in Tkinter callback\n")
    traceback.print_exc()


def _inside(x, y, points):
    """Is (x, y) inside the polygon points (x0, y0, x1, y1, ...)? Even-odd rule."""
    inside = False
    n = len(points) // 2
    j = n - 1
    for i in range(n):
        xi, yi = points[2 * i], points[2 * i + 1]
        xj, yj = points[2 * j], points[2 * j + 1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


class _Canvas(object):
    """Pave's stand-in for the Tk canvas (what getcanvas() returns).

    Items are numbered once per session (an item of an earlier run never gets a number
    again). The canvas writes its operations to the command list, keeps what the module
    must ask Tk for (item types, the shapes of turtles for clicks, colours), the event
    bindings and the timers, and hands commands to the host now and then (`_flush`)."""

    def __init__(self, width=640, height=600, canvwidth=400, canvheight=300):
        self.width, self.height = width, height
        self.canvwidth, self.canvheight = canvwidth, canvheight
        self.bg = 'white'
        self._region = (-canvwidth // 2, -canvheight // 2, canvwidth // 2, canvheight // 2)
        self._types = {}
        self._bindings = {}
        self._shapes = {}
        self._timers = []
        self._timer_seq = 0
        self._grab = None
        self._screen = None
        self._stale = False
        self._dispatching = False
        self._closed = False
        self._ticks = 0
        self._due = 0.0
        self._z = 0
        self._view()

    # -- items -------------------------------------------------------------------
    def _new(self, op, kind, mover=None):
        """A new item on top. Turtles whose drawing was put off are drawn first, so that
        they are below it, as in CPython; but not `mover`, the turtle making the item,
        which CPython draws again (above it) right after."""
        screen = self._screen
        if screen is not None and self._stale:
            screen._draw_stale(mover)
        item = _next_item()
        self._types[item] = kind
        if op is not None:
            _cmds.extend((op, item))
        return item

    def type(self, item):
        return self._types.get(item)

    def delete(self, item):
        if item == 'all':
            self._types.clear()
            self._shapes.clear()
            _cmds.append(_CLEAR)
        elif item in self._types:
            del self._types[item]
            self._shapes.pop(item, None)
            _cmds.extend((_DELETE, item))

    def tag_raise(self, item, mover=None):
        if self._stale and self._screen is not None:
            self._screen._draw_stale(mover)
        self._z += 1
        _cmds.extend((_RAISE, item))

    def find_all(self):
        return sorted(self._types)

    # -- the window --------------------------------------------------------------
    def _view(self):
        """The part of the canvas the window shows: the window's size, centred on the
        scroll region, as Tk centres a region smaller than its window."""
        x1, y1, x2, y2 = self._region
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        _cmds.extend((_VIEW, cx - self.width / 2, cy - self.height / 2,
                      self.width, self.height))

    def winfo_width(self):
        return self.width

    def winfo_height(self):
        return self.height

    def winfo_screenwidth(self):
        return _SCREEN_SIZE[0]

    def winfo_screenheight(self):
        return _SCREEN_SIZE[1]

    def cget(self, option):
        if option == 'bg':
            return self.bg
        if option in ('width', 'height'):
            return getattr(self, option)
        raise TurtleGraphicsError('unknown option "-%s"' % option)

    __getitem__ = cget

    def _config_bg(self, color):
        self.bg = color
        _cmds.extend((_BG, _hexcolor(color)))

    def _set_region(self, x1, y1, x2, y2):
        self._region = (x1, y1, x2, y2)
        self._view()

    def _set_window(self, width, height):
        self.width, self.height = width, height
        self._view()

    def _title(self, text):
        _cmds.extend((_TITLE, str(text)))

    def focus_force(self):
        _cmds.append(_FOCUS)

    # -- showing and events ----------------------------------------------------------
    def _flush(self, now=False):
        """Hand the commands to the host (Tk's `update`): turtles waiting to be drawn
        first; then events and due timers, if the program handles any."""
        screen = self._screen
        if self._stale and screen is not None:
            screen._draw_stale()
        self._due = _clock() + _FRAME
        _pave_draw.update(now)
        if (self._bindings or self._timers) and not self._dispatching:
            self._poll()

    def _tick(self):
        """Every 16 updates at speed 0: hand the commands over once a frame has passed."""
        if _clock() >= self._due:
            self._flush()

    def _poll(self):
        while True:
            event = _pave_draw.wait_event(0)
            if not event:
                break
            self._dispatch(event)
        self._run_timers()

    def _dispatch(self, event):
        kind, button, x, y, key = event
        self._dispatching = True
        try:
            if kind == 1:
                item = self._hit(x, y)
                self._grab = (item, button)
                if item is not None:
                    self._fire(item, '<Button-%s>' % button, _Event(x, y))
                self._fire(None, '<Button-%s>' % button, _Event(x, y))
            elif kind in (2, 3):
                item, pressed = self._grab if self._grab else (None, button)
                if kind == 2:
                    self._grab = None
                if item is not None:
                    sequence = '<Button%s-%s>' % (pressed, 'ButtonRelease' if kind == 2 else 'Motion')
                    self._fire(item, sequence, _Event(x, y))
            elif kind == 4:
                if (None, '<KeyPress-%s>' % key) in self._bindings:
                    self._fire(None, '<KeyPress-%s>' % key, _Event(keysym=key))
                else:
                    self._fire(None, '<KeyPress>', _Event(keysym=key))
            elif kind == 5:
                self._fire(None, '<KeyRelease-%s>' % key, _Event(keysym=key))
        finally:
            self._dispatching = False

    def _fire(self, item, sequence, event):
        for fun in list(self._bindings.get((item, sequence), ())):
            try:
                fun(event)
            except Exception:
                _report_callback_exception()

    def _hit(self, x, y):
        """The topmost turtle with a binding whose shape holds (x, y), or None."""
        best = None
        for item, (z, points) in self._shapes.items():
            if (best is None or z > best[0]) and _inside(x, y, points):
                if any(key[0] == item for key in self._bindings):
                    best = (z, item)
        return None if best is None else best[1]

    def bind(self, sequence, fun, add=None):
        key = (None, sequence)
        if add:
            self._bindings.setdefault(key, []).append(fun)
        else:
            self._bindings[key] = [fun]

    def unbind(self, sequence, funcid=None):
        self._bindings.pop((None, sequence), None)

    def tag_bind(self, item, sequence, fun, add=None):
        key = (item, sequence)
        if add:
            self._bindings.setdefault(key, []).append(fun)
        else:
            self._bindings[key] = [fun]

    def tag_unbind(self, item, sequence):
        self._bindings.pop((item, sequence), None)

    def after(self, ms, fun=None):
        if fun is None:
            self._flush(True)
            if ms > 0:
                time.sleep(ms / 1000.0)
            return
        self._timer_seq += 1
        self._timers.append((time.monotonic() + ms / 1000.0, self._timer_seq, fun))
        self._timers.sort(key=lambda timer: timer[:2])

    def after_idle(self, fun):
        self.after(0, fun)

    def _run_timers(self):
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now and not self._closed:
            _, _, fun = self._timers.pop(0)
            self._dispatching = True
            try:
                fun()
            except Exception:
                _report_callback_exception()
            finally:
                self._dispatching = False

    def _mainloop(self):
        """Wait for events and timers until bye(), or until nothing can happen."""
        self._flush(True)
        while not self._closed:
            self._run_timers()
            if self._closed or not (self._bindings or self._timers):
                break
            wait = 1000.0
            if self._timers:
                wait = max(0.0, (self._timers[0][0] - time.monotonic()) * 1000.0)
            _pave_draw.update(True)
            event = _pave_draw.wait_event(wait)
            if event is False:
                break
            if event:
                self._dispatch(event)
            if self._stale and self._screen is not None:
                self._screen._draw_stale()


class ScrolledCanvas(_Canvas):
    """The canvas of a turtle window (Pave has one drawing, so there is one canvas)."""
    def __init__(self, master=None, width=500, height=350, canvwidth=600, canvheight=500):
        _Canvas.__init__(self, width, height, canvwidth, canvheight)

    def reset(self, canvwidth=None, canvheight=None, bg=None):
        if canvwidth:
            self.canvwidth = canvwidth
        if canvheight:
            self.canvheight = canvheight
        if bg:
            self._config_bg(bg)
        self._set_region(-self.canvwidth // 2, -self.canvheight // 2,
                         self.canvwidth // 2, self.canvheight // 2)


Canvas = ScrolledCanvas


class TurtleScreenBase(object):
    """Provide the basic graphics functionality.
       Interface between the canvas and the turtle graphics classes
       (in CPython, between Tkinter and turtle.py).
    """

    def _blankimage(self):
        """return a blank image object
        """
        return _BLANK

    def _image(self, filename):
        """return an image object containing the
        imagedata from a gif-file named filename.
        """
        raise TurtleGraphicsError("Pave cannot show images (%s)" % filename)

    def __init__(self, cv):
        self.cv = cv
        if isinstance(cv, ScrolledCanvas):
            w = self.cv.canvwidth
            h = self.cv.canvheight
        else:  # a canvas made some other way: its own size
            w = int(self.cv.cget("width"))
            h = int(self.cv.cget("height"))
            self.cv._set_region(-w//2, -h//2, w//2, h//2)
        cv._screen = self
        self.canvwidth = w
        self.canvheight = h
        self.xscale = self.yscale = 1.0

    def _createpoly(self, turtle=False):
        """Create an invisible polygon item on canvas self.cv); a turtle's shape
        with `turtle` (the page draws those above everything else).
        """
        if not turtle:
            return self.cv._new(_POLY, 'polygon')
        item = self.cv._new(_TURTLE, 'polygon')
        self.cv._shapes[item] = (0, ())
        return item

    def _drawpoly(self, polyitem, coordlist, fill=None,
                  outline=None, width=None, top=False):
        """Configure polygonitem polyitem according to provided
        arguments:
        coordlist is sequence of coordinates
        fill is filling color
        outline is outline color
        top is a boolean value, which specifies if polyitem
        will be put on top of the canvas' displaylist so it
        will not be covered by other items.
        """
        cl = []
        xs, ys = self.xscale, self.yscale
        for x, y in coordlist:
            cl.append(x * xs)
            cl.append(-y * ys)
        cmds = _cmds
        cmds += (_COORDS, polyitem, len(coordlist))
        cmds += cl
        if fill is not None:
            cmds += (_FILL, polyitem, _hexcolor(fill))
        if outline is not None:
            cmds += (_OUTLINE, polyitem, _hexcolor(outline))
        if width is not None:
            cmds += (_WIDTH, polyitem, width)
        if top:
            self.cv.tag_raise(polyitem)
        shape = self.cv._shapes.get(polyitem)
        if shape is not None:
            self.cv._shapes[polyitem] = (self.cv._z if top else shape[0], cl)

    def _createline(self, mover=None):
        """Create an invisible line item on canvas self.cv) (for `mover`, see
        _Canvas._new)
        """
        return self.cv._new(_LINE, 'line', mover)

    def _drawline(self, lineitem, coordlist=None,
                  fill=None, width=None, top=False):
        """Configure lineitem according to provided arguments:
        coordlist is sequence of coordinates
        fill is drawing color
        width is width of drawn line.
        top is a boolean value, which specifies if polyitem
        will be put on top of the canvas' displaylist so it
        will not be covered by other items.
        """
        cmds = _cmds
        if coordlist is not None:
            xs, ys = self.xscale, self.yscale
            cmds += (_COORDS, lineitem, len(coordlist))
            for x, y in coordlist:
                cmds += (x * xs, -y * ys)
        if fill is not None:
            cmds += (_FILL, lineitem, _hexcolor(fill))
        if width is not None:
            cmds += (_WIDTH, lineitem, width)
        if top:
            self.cv.tag_raise(lineitem)

    def _delete(self, item):
        """Delete graphics item from canvas.
        If item is"all" delete all graphics items.
        """
        self.cv.delete(item)

    def _update(self):
        """Redraw graphics items on canvas
        """
        self.cv._flush()

    def _delay(self, delay):
        """Delay subsequent canvas actions for delay ms."""
        self.cv.after(delay)

    def _iscolorstring(self, color):
        """Check if the string color is a legal Tkinter color string.
        """
        return _hexcolor(color) is not None

    def _bgcolor(self, color=None):
        """Set canvas' backgroundcolor if color is not None,
        else return backgroundcolor."""
        if color is not None:
            self.cv._config_bg(color)
            self._update()
        else:
            return self.cv.cget("bg")

    def _write(self, pos, txt, align, font, pencolor):
        """Write txt at pos in canvas with specified font
        and color.
        Return text item and x-coord of right bottom corner
        of text's bounding box."""
        x, y = pos
        x = x * self.xscale
        y = y * self.yscale
        anchor = {"left": 0, "center": 1, "right": 2}[align]
        family, px, style = _font(font)
        item = self.cv._new(None, 'text')
        _cmds.extend((_TEXT, item, x - 1, -y, anchor, txt, family, px, style,
                      _hexcolor(pencolor)))
        width = _text_width(txt, family, px, style)
        x0 = x - 1 - width * anchor / 2
        x1 = round(x0 + width)
        return item, x1 - 1

    def _onclick(self, item, fun, num=1, add=None):
        """Bind fun to mouse-click event on turtle.
        fun must be a function with two arguments, the coordinates
        of the clicked point on the canvas.
        num, the number of the mouse-button defaults to 1
        """
        if fun is None:
            self.cv.tag_unbind(item, "<Button-%s>" % num)
        else:
            def eventfun(event):
                x, y = (event.x / self.xscale, -event.y / self.yscale)
                fun(x, y)
            self.cv.tag_bind(item, "<Button-%s>" % num, eventfun, add)

    def _onrelease(self, item, fun, num=1, add=None):
        """Bind fun to mouse-button-release event on turtle.
        fun must be a function with two arguments, the coordinates
        of the point on the canvas where mouse button is released.
        num, the number of the mouse-button defaults to 1
        """
        if fun is None:
            self.cv.tag_unbind(item, "<Button%s-ButtonRelease>" % num)
        else:
            def eventfun(event):
                x, y = (event.x / self.xscale, -event.y / self.yscale)
                fun(x, y)
            self.cv.tag_bind(item, "<Button%s-ButtonRelease>" % num,
                             eventfun, add)

    def _ondrag(self, item, fun, num=1, add=None):
        """Bind fun to mouse-move-event (with pressed mouse button) on turtle.
        fun must be a function with two arguments, the coordinates of the
        actual mouse position on the canvas.
        num, the number of the mouse-button defaults to 1
        """
        if fun is None:
            self.cv.tag_unbind(item, "<Button%s-Motion>" % num)
        else:
            def eventfun(event):
                try:
                    x, y = (event.x / self.xscale, -event.y / self.yscale)
                    fun(x, y)
                except Exception:
                    pass
            self.cv.tag_bind(item, "<Button%s-Motion>" % num, eventfun, add)

    def _onscreenclick(self, fun, num=1, add=None):
        """Bind fun to mouse-click event on canvas.
        fun must be a function with two arguments, the coordinates
        of the clicked point on the canvas.
        num, the number of the mouse-button defaults to 1
        """
        if fun is None:
            self.cv.unbind("<Button-%s>" % num)
        else:
            def eventfun(event):
                x, y = (event.x / self.xscale, -event.y / self.yscale)
                fun(x, y)
            self.cv.bind("<Button-%s>" % num, eventfun, add)

    def _onkeyrelease(self, fun, key):
        """Bind fun to key-release event of key.
        Canvas must have focus. See method listen
        """
        if fun is None:
            self.cv.unbind("<KeyRelease-%s>" % key, None)
        else:
            def eventfun(event):
                fun()
            self.cv.bind("<KeyRelease-%s>" % key, eventfun)

    def _onkeypress(self, fun, key=None):
        """If key is given, bind fun to key-press event of key.
        Otherwise bind fun to any key-press.
        Canvas must have focus. See method listen.
        """
        if fun is None:
            if key is None:
                self.cv.unbind("<KeyPress>", None)
            else:
                self.cv.unbind("<KeyPress-%s>" % key, None)
        else:
            def eventfun(event):
                fun()
            if key is None:
                self.cv.bind("<KeyPress>", eventfun)
            else:
                self.cv.bind("<KeyPress-%s>" % key, eventfun)

    def _listen(self):
        """Set focus on canvas (in order to collect key-events)
        """
        self.cv.focus_force()

    def _ontimer(self, fun, t):
        """Install a timer, which calls fun after t milliseconds.
        """
        if t == 0:
            self.cv.after_idle(fun)
        else:
            self.cv.after(t, fun)

    def _createimage(self, image):
        """Create and return image item on canvas.
        """
        return self.cv._new(None, 'image')

    def _drawimage(self, item, pos, image):
        """Configure image item as to draw image object
        at position (x,y) on canvas)
        """

    def _setbgpic(self, item, image):
        """Configure image item as to draw image object
        at center of canvas. Set item to the first item
        in the displaylist, so it will be drawn below
        any other item ."""

    def _type(self, item):
        """Return 'line' or 'polygon' or 'image' depending on
        type of item.
        """
        return self.cv.type(item)

    def _setscrollregion(self, srx1, sry1, srx2, sry2):
        self.cv._set_region(srx1, sry1, srx2, sry2)

    def _rescale(self, xscalefactor, yscalefactor):
        _cmds.extend((_SCALE, xscalefactor, yscalefactor))
        for item, (z, points) in list(self.cv._shapes.items()):
            scaled = [v * (xscalefactor if i % 2 == 0 else yscalefactor)
                      for i, v in enumerate(points)]
            self.cv._shapes[item] = (z, scaled)

    def _resize(self, canvwidth=None, canvheight=None, bg=None):
        """Resize the canvas the turtles are drawing on. Does
        not alter the drawing window.
        """
        # needs amendment
        if not isinstance(self.cv, ScrolledCanvas):
            return self.canvwidth, self.canvheight
        if canvwidth is canvheight is bg is None:
            return self.cv.canvwidth, self.cv.canvheight
        if canvwidth is not None:
            self.canvwidth = canvwidth
        if canvheight is not None:
            self.canvheight = canvheight
        self.cv.reset(canvwidth, canvheight, bg)

    def _window_size(self):
        """ Return the width and height of the turtle window.
        """
        return self.cv.winfo_width(), self.cv.winfo_height()

    def mainloop(self):
        """Starts event loop - calling Tkinter's mainloop function.

        No argument.

        Must be last statement in a turtle graphics program.
        Must NOT be used if a script is run from within IDLE in -n mode
        (No subprocess) - for interactive use of turtle graphics.

        In Pave it waits for clicks, keys and timers in the drawing until
        bye() or Stop, and returns at once when the program handles none.

        Example (for a TurtleScreen instance named screen):
        >>> screen.mainloop()

        """
        self.cv._mainloop()

    def textinput(self, title, prompt):
        """Pop up a dialog window for input of a string.

        Arguments: title is the title of the dialog window,
        prompt is a text mostly describing what information to input.

        Return the string input
        If the dialog is canceled, return None.

        Pave asks on the console, with input().

        Example (for a TurtleScreen instance named screen):
        >>> screen.textinput("NIM", "Name of first player:")

        """
        self.cv._flush(True)
        try:
            return input("%s: %s " % (title, prompt))
        except EOFError:
            return None

    def numinput(self, title, prompt, default=None, minval=None, maxval=None):
        """Pop up a dialog window for input of a number.

        Arguments: title is the title of the dialog window,
        prompt is a text mostly describing what numerical information to input.
        default: default value
        minval: minimum value for input
        maxval: maximum value for input

        The number input must be in the range minval .. maxval if these are
        given. If not, a hint is issued and the dialog remains open for
        correction. Return the number input.
        If the dialog is canceled,  return None.

        Pave asks on the console, with input().

        Example (for a TurtleScreen instance named screen):
        >>> screen.numinput("Poker", "Your stakes:", 1000, minval=10, maxval=10000)

        """
        while True:
            answer = self.textinput(title, prompt)
            if answer is None:
                return None
            if answer.strip() == '' and default is not None:
                return float(default)
            try:
                value = float(answer)
            except ValueError:
                print("Not a floating point value.")
                continue
            if minval is not None and value < minval:
                print("The allowed minimum value is %s." % minval)
            elif maxval is not None and value > maxval:
                print("The allowed maximum value is %s." % maxval)
            else:
                return value


_BLANK = object()


def _font(font):
    """(family, size in pixels, style bits) of a Tk font: a tuple or a string
    "family size style...", a positive size in points (4/3 pixel), a negative one in
    pixels."""
    if isinstance(font, str):
        parts = font.split()
    else:
        parts = list(font)
    family = str(parts[0]) if parts else 'TkDefaultFont'
    size = 10
    styles = []
    for part in parts[1:]:
        if isinstance(part, (int, float)) and not isinstance(part, bool):
            size = part
        elif isinstance(part, str) and part.lstrip('-').isdigit():
            size = int(part)
        elif isinstance(part, str):
            styles.extend(part.lower().split())
    px = size * 4 / 3 if size > 0 else -size
    bits = 0
    for i, name in enumerate(('bold', 'italic', 'underline', 'overstrike')):
        if name in styles:
            bits |= 1 << i
    return family, px, bits


def _text_width(text, family, px, style):
    """An estimate of the width of a text in pixels (the module cannot measure text):
    0.6 of the size per character in a fixed-width font, 0.55 otherwise, 10% more in
    bold."""
    per = 0.6 if ('courier' in family.lower() or 'mono' in family.lower()) else 0.55
    if style & 1:
        per *= 1.1
    return max(len(line) for line in text.split('\n')) * px * per


class Shape(object):
    """Data structure modeling shapes.

    attribute _type is one of "polygon", "image", "compound"
    attribute _data is - depending on _type a poygon-tuple,
    an image or a list constructed using the addcomponent method.
    """
    def __init__(self, type_, data=None):
        self._type = type_
        if type_ == "polygon":
            if isinstance(data, list):
                data = tuple(data)
        elif type_ == "image":
            if isinstance(data, str):
                if data.lower().endswith(".gif"):
                    data = TurtleScreen._image(None, data)
                # else data assumed to be PhotoImage
        elif type_ == "compound":
            data = []
        else:
            raise TurtleGraphicsError("There is no shape type %s" % type_)
        self._data = data

    def addcomponent(self, poly, fill, outline=None):
        """Add component to a shape of type compound.

        Arguments: poly is a polygon, i. e. a tuple of number pairs.
        fill is the fillcolor of the component,
        outline is the outline color of the component.

        call (for a Shapeobject namend s):
        --   s.addcomponent(((0,0), (10,10), (-10,10)), "red", "blue")

        Example:
        >>> poly = ((0,0),(10,-5),(0,10),(-10,-5))
        >>> s = Shape("compound")
        >>> s.addcomponent(poly, "red", "blue")
        >>> # .. add more components and then use register_shape()
        """
        if self._type != "compound":
            raise TurtleGraphicsError("Cannot add component to %s Shape"
                                                                % self._type)
        if outline is None:
            outline = fill
        self._data.append([poly, fill, outline])


class Tbuffer(object):
    """Ring buffer used as undobuffer for RawTurtle objects."""
    def __init__(self, bufsize=10):
        self.bufsize = bufsize
        self.buffer = [[None]] * bufsize
        self.ptr = -1
        self.cumulate = False
    def reset(self, bufsize=None):
        if bufsize is None:
            for i in range(self.bufsize):
                self.buffer[i] = [None]
        else:
            self.bufsize = bufsize
            self.buffer = [[None]] * bufsize
        self.ptr = -1
    def push(self, item):
        if self.bufsize > 0:
            if not self.cumulate:
                self.ptr = (self.ptr + 1) % self.bufsize
                self.buffer[self.ptr] = item
            else:
                self.buffer[self.ptr].append(item)
    def pop(self):
        if self.bufsize > 0:
            item = self.buffer[self.ptr]
            if item is None:
                return None
            else:
                self.buffer[self.ptr] = [None]
                self.ptr = (self.ptr - 1) % self.bufsize
                return (item)
    def nr_of_items(self):
        return self.bufsize - self.buffer.count([None])
    def __repr__(self):
        return str(self.buffer) + " " + str(self.ptr)


class TurtleScreen(TurtleScreenBase):
    """Provides screen oriented methods like bgcolor etc.

    Only relies upon the methods of TurtleScreenBase and NOT
    upon components of the underlying graphics toolkit -
    which is Tkinter in CPython and Pave's drawing commands here.
    """

    _RUNNING = True

    def __init__(self, cv, mode=_CFG["mode"],
                 colormode=_CFG["colormode"], delay=_CFG["delay"]):
        TurtleScreenBase.__init__(self, cv)

        self._shapes = {
                   "arrow" : Shape("polygon", ((-10,0), (10,0), (0,10))),
                  "turtle" : Shape("polygon", ((0,16), (-2,14), (-1,10), (-4,7),
                              (-7,9), (-9,8), (-6,5), (-7,1), (-5,-3), (-8,-6),
                              (-6,-8), (-4,-5), (0,-7), (4,-5), (6,-8), (8,-6),
                              (5,-3), (7,1), (6,5), (9,8), (7,9), (4,7), (1,10),
                              (2,14))),
                  "circle" : Shape("polygon", ((10,0), (9.51,3.09), (8.09,5.88),
                              (5.88,8.09), (3.09,9.51), (0,10), (-3.09,9.51),
                              (-5.88,8.09), (-8.09,5.88), (-9.51,3.09), (-10,0),
                              (-9.51,-3.09), (-8.09,-5.88), (-5.88,-8.09),
                              (-3.09,-9.51), (-0.00,-10.00), (3.09,-9.51),
                              (5.88,-8.09), (8.09,-5.88), (9.51,-3.09))),
                  "square" : Shape("polygon", ((10,-10), (10,10), (-10,10),
                              (-10,-10))),
                "triangle" : Shape("polygon", ((10,-5.77), (0,11.55),
                              (-10,-5.77))),
                  "classic": Shape("polygon", ((0,0),(-5,-9),(0,-7),(5,-9))),
                   "blank" : Shape("image", self._blankimage())
                  }

        self._bgpics = {"nopic" : ""}

        self._mode = mode
        self._delayvalue = delay
        self._colormode = _CFG["colormode"]
        self._keys = []
        self.clear()

    def clear(self):
        """Delete all drawings and all turtles from the TurtleScreen.

        No argument.

        Reset empty TurtleScreen to its initial state: white background,
        no backgroundimage, no eventbindings and tracing on.

        Example (for a TurtleScreen instance named screen):
        >>> screen.clear()

        Note: this method is not available as function.
        """
        self._delayvalue = _CFG["delay"]
        self._colormode = _CFG["colormode"]
        self._delete("all")
        self._bgpic = self._createimage("")
        self._bgpicname = "nopic"
        self._tracing = 1
        self._updatecounter = 0
        self._turtles = []
        self.bgcolor("white")
        for btn in 1, 2, 3:
            self.onclick(None, btn)
        self.onkeypress(None)
        for key in self._keys[:]:
            self.onkey(None, key)
            self.onkeypress(None, key)
        Turtle._pen = None

    def mode(self, mode=None):
        """Set turtle-mode ('standard', 'logo' or 'world') and perform reset.

        Optional argument:
        mode -- one of the strings 'standard', 'logo' or 'world'

        Mode 'standard' is compatible with turtle.py.
        Mode 'logo' is compatible with most Logo-Turtle-Graphics.
        Mode 'world' uses userdefined 'worldcoordinates'. *Attention*: in
        this mode angles appear distorted if x/y unit-ratio doesn't equal 1.
        If mode is not given, return the current mode.

             Mode      Initial turtle heading     positive angles
         ------------|-------------------------|-------------------
          'standard'    to the right (east)       counterclockwise
            'logo'        upward    (north)         clockwise

        Examples:
        >>> mode('logo')   # resets turtle heading to north
        >>> mode()
        'logo'
        """
        if mode is None:
            return self._mode
        mode = mode.lower()
        if mode not in ["standard", "logo", "world"]:
            raise TurtleGraphicsError("No turtle-graphics-mode %s" % mode)
        self._mode = mode
        if mode in ["standard", "logo"]:
            self._setscrollregion(-self.canvwidth//2, -self.canvheight//2,
                                       self.canvwidth//2, self.canvheight//2)
            self.xscale = self.yscale = 1.0
        self.reset()

    def setworldcoordinates(self, llx, lly, urx, ury):
        """Set up a user defined coordinate-system.

        Arguments:
        llx -- a number, x-coordinate of lower left corner of canvas
        lly -- a number, y-coordinate of lower left corner of canvas
        urx -- a number, x-coordinate of upper right corner of canvas
        ury -- a number, y-coordinate of upper right corner of canvas

        Set up user coodinat-system and switch to mode 'world' if necessary.
        This performs a screen.reset. If mode 'world' is already active,
        all drawings are redrawn according to the new coordinates.

        But ATTENTION: in user-defined coordinatesystems angles may appear
        distorted. (see Screen.mode())

        Example (for a TurtleScreen instance named screen):
        >>> screen.setworldcoordinates(-10,-0.5,50,1.5)
        >>> for _ in range(36):
        ...     left(10)
        ...     forward(0.5)
        """
        if self.mode() != "world":
            self.mode("world")
        xspan = float(urx - llx)
        yspan = float(ury - lly)
        wx, wy = self._window_size()
        self.screensize(wx-20, wy-20)
        oldxscale, oldyscale = self.xscale, self.yscale
        self.xscale = self.canvwidth / xspan
        self.yscale = self.canvheight / yspan
        srx1 = llx * self.xscale
        sry1 = -ury * self.yscale
        srx2 = self.canvwidth + srx1
        sry2 = self.canvheight + sry1
        self._setscrollregion(srx1, sry1, srx2, sry2)
        self._rescale(self.xscale/oldxscale, self.yscale/oldyscale)
        self.update()

    def register_shape(self, name, shape=None):
        """Adds a turtle shape to TurtleScreen's shapelist.

        Arguments:
        (1) name is the name of a gif-file and shape is None.
            Installs the corresponding image shape.
            !! Image-shapes DO NOT rotate when turning the turtle,
            !! so they do not display the heading of the turtle!
            (Pave cannot show images: this raises TurtleGraphicsError.)
        (2) name is an arbitrary string and shape is a tuple
            of pairs of coordinates. Installs the corresponding
            polygon shape
        (3) name is an arbitrary string and shape is a
            (compound) Shape object. Installs the corresponding
            compound shape.
        To use a shape, you have to issue the command shape(shapename).

        call: register_shape("turtle.gif")
        --or: register_shape("tri", ((0,0), (10,10), (-10,10)))

        Example (for a TurtleScreen instance named screen):
        >>> screen.register_shape("triangle", ((5,-3),(0,5),(-5,-3)))

        """
        if shape is None:
            # image
            if name.lower().endswith(".gif"):
                shape = Shape("image", self._image(name))
            else:
                raise TurtleGraphicsError("Bad arguments for register_shape.\n"
                                          + "Use  help(register_shape)" )
        elif isinstance(shape, tuple):
            shape = Shape("polygon", shape)
        ## else shape assumed to be Shape-instance
        self._shapes[name] = shape

    def _colorstr(self, color):
        """Return color string corresponding to args.

        Argument may be a string or a tuple of three
        numbers corresponding to actual colormode,
        i.e. in the range 0<=n<=colormode.

        If the argument doesn't represent a color,
        an error is raised.
        """
        if len(color) == 1:
            color = color[0]
        if isinstance(color, str):
            if self._iscolorstring(color) or color == "":
                return color
            else:
                raise TurtleGraphicsError("bad color string: %s" % str(color))
        try:
            r, g, b = color
        except (TypeError, ValueError):
            raise TurtleGraphicsError("bad color arguments: %s" % str(color))
        if self._colormode == 1.0:
            r, g, b = [round(255.0*x) for x in (r, g, b)]
        if not ((0 <= r <= 255) and (0 <= g <= 255) and (0 <= b <= 255)):
            raise TurtleGraphicsError("bad color sequence: %s" % str(color))
        return "#%02x%02x%02x" % (r, g, b)

    def _color(self, cstr):
        if not cstr.startswith("#"):
            return cstr
        if len(cstr) == 7:
            cl = [int(cstr[i:i+2], 16) for i in (1, 3, 5)]
        elif len(cstr) == 4:
            cl = [16*int(cstr[h], 16) for h in cstr[1:]]
        else:
            raise TurtleGraphicsError("bad colorstring: %s" % cstr)
        return tuple(c * self._colormode/255 for c in cl)

    def colormode(self, cmode=None):
        """Return the colormode or set it to 1.0 or 255.

        Optional argument:
        cmode -- one of the values 1.0 or 255

        r, g, b values of colortriples have to be in range 0..cmode.

        Example (for a TurtleScreen instance named screen):
        >>> screen.colormode()
        1.0
        >>> screen.colormode(255)
        >>> pencolor(240,160,80)
        """
        if cmode is None:
            return self._colormode
        if cmode == 1.0:
            self._colormode = float(cmode)
        elif cmode == 255:
            self._colormode = int(cmode)

    def reset(self):
        """Reset all Turtles on the Screen to their initial state.

        No argument.

        Example (for a TurtleScreen instance named screen):
        >>> screen.reset()
        """
        for turtle in self._turtles:
            turtle._setmode(self._mode)
            turtle.reset()

    def turtles(self):
        """Return the list of turtles on the screen.

        Example (for a TurtleScreen instance named screen):
        >>> screen.turtles()
        [<turtle.Turtle object at 0x00E11FB0>]
        """
        return self._turtles

    def bgcolor(self, *args):
        """Set or return backgroundcolor of the TurtleScreen.

        Arguments (if given): a color string or three numbers
        in the range 0..colormode or a 3-tuple of such numbers.

        Example (for a TurtleScreen instance named screen):
        >>> screen.bgcolor("orange")
        >>> screen.bgcolor()
        'orange'
        >>> screen.bgcolor(0.5,0,0.5)
        >>> screen.bgcolor()
        '#800080'
        """
        if args:
            color = self._colorstr(args)
        else:
            color = None
        color = self._bgcolor(color)
        if color is not None:
            color = self._color(color)
        return color

    def tracer(self, n=None, delay=None):
        """Turns turtle animation on/off and set delay for update drawings.

        Optional arguments:
        n -- nonnegative  integer
        delay -- nonnegative  integer

        If n is given, only each n-th regular screen update is really performed.
        (Can be used to accelerate the drawing of complex graphics.)
        Second arguments sets delay value (see RawTurtle.delay())

        Example (for a TurtleScreen instance named screen):
        >>> screen.tracer(8, 25)
        >>> dist = 2
        >>> for i in range(200):
        ...     fd(dist)
        ...     rt(90)
        ...     dist += 2
        """
        if n is None:
            return self._tracing
        self._draw_stale()
        self._tracing = int(n)
        self._updatecounter = 0
        if delay is not None:
            self._delayvalue = int(delay)
        if self._tracing:
            self.update()

    def delay(self, delay=None):
        """ Return or set the drawing delay in milliseconds.

        Optional argument:
        delay -- positive integer

        Example (for a TurtleScreen instance named screen):
        >>> screen.delay(15)
        >>> screen.delay()
        15
        """
        if delay is None:
            return self._delayvalue
        self._delayvalue = int(delay)

    def _incrementudc(self):
        """Increment update counter."""
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        if self._tracing > 0:
            self._updatecounter += 1
            self._updatecounter %= self._tracing

    def _draw_stale(self, mover=None):
        """Draw the turtles whose drawing was put off (see RawTurtle._update), but
        `mover`, which stays put off."""
        self.cv._stale = False
        for t in self._turtles:
            if t._stale and t is not mover:
                t._stale = False
                t._drawturtle()
        if mover is not None and mover._stale:
            self.cv._stale = True

    def update(self):
        """Perform a TurtleScreen update.
        """
        tracing = self._tracing
        self._tracing = True
        for t in self.turtles():
            t._stale = False
            t._update_data()
            t._drawturtle()
        self._tracing = tracing
        self._update()

    def window_width(self):
        """ Return the width of the turtle window.

        Example (for a TurtleScreen instance named screen):
        >>> screen.window_width()
        640
        """
        return self._window_size()[0]

    def window_height(self):
        """ Return the height of the turtle window.

        Example (for a TurtleScreen instance named screen):
        >>> screen.window_height()
        480
        """
        return self._window_size()[1]

    def getcanvas(self):
        """Return the Canvas of this TurtleScreen.

        No argument.

        Example (for a Screen instance named screen):
        >>> cv = screen.getcanvas()
        >>> cv
        <turtle.ScrolledCanvas object ...>
        """
        return self.cv

    def getshapes(self):
        """Return a list of names of all currently available turtle shapes.

        No argument.

        Example (for a TurtleScreen instance named screen):
        >>> screen.getshapes()
        ['arrow', 'blank', 'circle', ... , 'turtle']
        """
        return sorted(self._shapes.keys())

    def onclick(self, fun, btn=1, add=None):
        """Bind fun to mouse-click event on canvas.

        Arguments:
        fun -- a function with two arguments, the coordinates of the
               clicked point on the canvas.
        btn -- the number of the mouse-button, defaults to 1

        Example (for a TurtleScreen instance named screen)

        >>> screen.onclick(goto)
        >>> # Subsequently clicking into the TurtleScreen will
        >>> # make the turtle move to the clicked point.
        >>> screen.onclick(None)
        """
        self._onscreenclick(fun, btn, add)

    def onkey(self, fun, key):
        """Bind fun to key-release event of key.

        Arguments:
        fun -- a function with no arguments
        key -- a string: key (e.g. "a") or key-symbol (e.g. "space")

        In order to be able to register key-events, TurtleScreen
        must have focus. (See method listen.)

        Example (for a TurtleScreen instance named screen):

        >>> def f():
        ...     fd(50)
        ...     lt(60)
        ...
        >>> screen.onkey(f, "Up")
        >>> screen.listen()

        Subsequently the turtle can be moved by repeatedly pressing
        the up-arrow key, consequently drawing a hexagon

        """
        if fun is None:
            if key in self._keys:
                self._keys.remove(key)
        elif key not in self._keys:
            self._keys.append(key)
        self._onkeyrelease(fun, key)

    def onkeypress(self, fun, key=None):
        """Bind fun to key-press event of key if key is given,
        or to any key-press-event if no key is given.

        Arguments:
        fun -- a function with no arguments
        key -- a string: key (e.g. "a") or key-symbol (e.g. "space")

        In order to be able to register key-events, TurtleScreen
        must have focus. (See method listen.)

        Example (for a TurtleScreen instance named screen
        and a Turtle instance named turtle):

        >>> def f():
        ...     fd(50)
        ...     lt(60)
        ...
        >>> screen.onkeypress(f, "Up")
        >>> screen.listen()

        Subsequently the turtle can be moved by repeatedly pressing
        the up-arrow key, or by keeping pressed the up-arrow key.
        consequently drawing a hexagon.
        """
        if fun is None:
            if key in self._keys:
                self._keys.remove(key)
        elif key is not None and key not in self._keys:
            self._keys.append(key)
        self._onkeypress(fun, key)

    def listen(self, xdummy=None, ydummy=None):
        """Set focus on TurtleScreen (in order to collect key-events)

        No arguments.
        Dummy arguments are provided in order
        to be able to pass listen to the onclick method.

        Example (for a TurtleScreen instance named screen):
        >>> screen.listen()
        """
        self._listen()

    def ontimer(self, fun, t=0):
        """Install a timer, which calls fun after t milliseconds.

        Arguments:
        fun -- a function with no arguments.
        t -- a number >= 0

        Example (for a TurtleScreen instance named screen):

        >>> running = True
        >>> def f():
        ...     if running:
        ...             fd(50)
        ...             lt(60)
        ...             screen.ontimer(f, 250)
        ...
        >>> f()   # makes the turtle marching around
        >>> running = False
        """
        self._ontimer(fun, t)

    def bgpic(self, picname=None):
        """Set background image or return name of current backgroundimage.

        Optional argument:
        picname -- a string, name of a gif-file or "nopic".

        If picname is a filename, set the corresponding image as background.
        If picname is "nopic", delete backgroundimage, if present.
        If picname is None, return the filename of the current backgroundimage.
        (Pave cannot show images: a file name raises TurtleGraphicsError.)

        Example (for a TurtleScreen instance named screen):
        >>> screen.bgpic()
        'nopic'
        >>> screen.bgpic("landscape.gif")
        >>> screen.bgpic()
        'landscape.gif'
        """
        if picname is None:
            return self._bgpicname
        if picname not in self._bgpics:
            self._bgpics[picname] = self._image(picname)
        self._setbgpic(self._bgpic, self._bgpics[picname])
        self._bgpicname = picname

    def screensize(self, canvwidth=None, canvheight=None, bg=None):
        """Resize the canvas the turtles are drawing on.

        Optional arguments:
        canvwidth -- positive integer, new width of canvas in pixels
        canvheight --  positive integer, new height of canvas in pixels
        bg -- colorstring or color-tuple, new backgroundcolor
        If no arguments are given, return current (canvaswidth, canvasheight)

        Do not alter the drawing window. To observe hidden parts of
        the canvas use the scrollbars. (Can make visible those parts
        of a drawing, which were outside the canvas before!)

        Example (for a Turtle instance named turtle):
        >>> turtle.screensize(2000,1500)
        >>> # e.g. to search for an erroneously escaped turtle ;-)
        """
        return self._resize(canvwidth, canvheight, bg)

    onscreenclick = onclick
    resetscreen = reset
    clearscreen = clear
    addshape = register_shape
    onkeyrelease = onkey


class TNavigator(object):
    """Navigation part of the RawTurtle.
    Implements methods for turtle movement.
    """
    START_ORIENTATION = {
        "standard": Vec2D(1.0, 0.0),
        "world"   : Vec2D(1.0, 0.0),
        "logo"    : Vec2D(0.0, 1.0)  }
    DEFAULT_MODE = "standard"
    DEFAULT_ANGLEOFFSET = 0
    DEFAULT_ANGLEORIENT = 1

    def __init__(self, mode=DEFAULT_MODE):
        self._angleOffset = self.DEFAULT_ANGLEOFFSET
        self._angleOrient = self.DEFAULT_ANGLEORIENT
        self._mode = mode
        self.undobuffer = None
        self.degrees()
        self._mode = None
        self._setmode(mode)
        TNavigator.reset(self)

    def reset(self):
        """reset turtle to its initial values

        Will be overwritten by parent class
        """
        self._position = Vec2D(0.0, 0.0)
        self._orient =  TNavigator.START_ORIENTATION[self._mode]

    def _setmode(self, mode=None):
        """Set turtle-mode to 'standard', 'world' or 'logo'.
        """
        if mode is None:
            return self._mode
        if mode not in ["standard", "logo", "world"]:
            return
        self._mode = mode
        if mode in ["standard", "world"]:
            self._angleOffset = 0
            self._angleOrient = 1
        else: # mode == "logo":
            self._angleOffset = self._fullcircle/4.
            self._angleOrient = -1

    def _setDegreesPerAU(self, fullcircle):
        """Helper function for degrees() and radians()"""
        self._fullcircle = fullcircle
        self._degreesPerAU = 360/fullcircle
        if self._mode == "standard":
            self._angleOffset = 0
        else:
            self._angleOffset = fullcircle/4.

    def degrees(self, fullcircle=360.0):
        """ Set angle measurement units to degrees.

        Optional argument:
        fullcircle -  a number

        Set angle measurement units, i. e. set number
        of 'degrees' for a full circle. Default value is
        360 degrees.

        Example (for a Turtle instance named turtle):
        >>> turtle.left(90)
        >>> turtle.heading()
        90

        Change angle measurement unit to grad (also known as gon,
        grade, or gradian and equals 1/100-th of the right angle.)
        >>> turtle.degrees(400.0)
        >>> turtle.heading()
        100

        """
        self._setDegreesPerAU(fullcircle)

    def radians(self):
        """ Set the angle measurement units to radians.

        No arguments.

        Example (for a Turtle instance named turtle):
        >>> turtle.heading()
        90
        >>> turtle.radians()
        >>> turtle.heading()
        1.5707963267948966
        """
        self._setDegreesPerAU(math.tau)

    def _go(self, distance):
        """move turtle forward by specified distance"""
        p = self._position
        o = self._orient
        self._goto((p[0] + o[0] * distance, p[1] + o[1] * distance))

    def _rotate(self, angle):
        """Turn turtle counterclockwise by specified angle if angle > 0."""
        angle *= self._degreesPerAU
        self._orient = _rotated(self._orient, angle)

    def _goto(self, end):
        """move turtle to position end."""
        self._position = end

    def forward(self, distance):
        """Move the turtle forward by the specified distance.

        Aliases: forward | fd

        Argument:
        distance -- a number (integer or float)

        Move the turtle forward by the specified distance, in the direction
        the turtle is headed.

        Example (for a Turtle instance named turtle):
        >>> turtle.position()
        (0.00,0.00)
        >>> turtle.forward(25)
        >>> turtle.position()
        (25.00,0.00)
        >>> turtle.forward(-75)
        >>> turtle.position()
        (-50.00,0.00)
        """
        if not _step(self, distance, False):
            p = self._position
            o = self._orient
            self._goto((p[0] + o[0] * distance, p[1] + o[1] * distance))

    def back(self, distance):
        """Move the turtle backward by distance.

        Aliases: back | backward | bk

        Argument:
        distance -- a number

        Move the turtle backward by distance, opposite to the direction the
        turtle is headed. Do not change the turtle's heading.

        Example (for a Turtle instance named turtle):
        >>> turtle.position()
        (0.00,0.00)
        >>> turtle.backward(30)
        >>> turtle.position()
        (-30.00,0.00)
        """
        distance = -distance
        if not _step(self, distance, False):
            p = self._position
            o = self._orient
            self._goto((p[0] + o[0] * distance, p[1] + o[1] * distance))

    def right(self, angle):
        """Turn turtle right by angle units.

        Aliases: right | rt

        Argument:
        angle -- a number (integer or float)

        Turn turtle right by angle units. (Units are by default degrees,
        but can be set via the degrees() and radians() functions.)
        Angle orientation depends on mode. (See this.)

        Example (for a Turtle instance named turtle):
        >>> turtle.heading()
        22.0
        >>> turtle.right(45)
        >>> turtle.heading()
        337.0
        """
        angle = -angle
        if not _step(self, angle, True):
            self._rotate(angle)

    def left(self, angle):
        """Turn turtle left by angle units.

        Aliases: left | lt

        Argument:
        angle -- a number (integer or float)

        Turn turtle left by angle units. (Units are by default degrees,
        but can be set via the degrees() and radians() functions.)
        Angle orientation depends on mode. (See this.)

        Example (for a Turtle instance named turtle):
        >>> turtle.heading()
        22.0
        >>> turtle.left(45)
        >>> turtle.heading()
        67.0
        """
        if not _step(self, angle, True):
            self._rotate(angle)

    def pos(self):
        """Return the turtle's current location (x,y), as a Vec2D-vector.

        Aliases: pos | position

        No arguments.

        Example (for a Turtle instance named turtle):
        >>> turtle.pos()
        (0.00,240.00)
        """
        p = self._position
        if type(p) is not Vec2D:
            p = self._position = Vec2D(p[0], p[1])
        return p

    def xcor(self):
        """ Return the turtle's x coordinate.

        No arguments.

        Example (for a Turtle instance named turtle):
        >>> reset()
        >>> turtle.left(60)
        >>> turtle.forward(100)
        >>> print(turtle.xcor())
        50.0
        """
        return self._position[0]

    def ycor(self):
        """ Return the turtle's y coordinate
        ---
        No arguments.

        Example (for a Turtle instance named turtle):
        >>> reset()
        >>> turtle.left(60)
        >>> turtle.forward(100)
        >>> print(turtle.ycor())
        86.6025403784
        """
        return self._position[1]

    def goto(self, x, y=None):
        """Move turtle to an absolute position.

        Aliases: setpos | setposition | goto:

        Arguments:
        x -- a number      or     a pair/vector of numbers
        y -- a number             None

        call: goto(x, y)         # two coordinates
        --or: goto((x, y))       # a pair (tuple) of coordinates
        --or: goto(vec)          # e.g. as returned by pos()

        Move turtle to an absolute position. If the pen is down,
        a line will be drawn. The turtle's orientation does not change.

        Example (for a Turtle instance named turtle):
        >>> tp = turtle.pos()
        >>> tp
        (0.00,0.00)
        >>> turtle.setpos(60,30)
        >>> turtle.pos()
        (60.00,30.00)
        >>> turtle.setpos((20,80))
        >>> turtle.pos()
        (20.00,80.00)
        >>> turtle.setpos(tp)
        >>> turtle.pos()
        (0.00,0.00)
        """
        if y is None:
            self._goto(Vec2D(*x))
        else:
            self._goto(Vec2D(x, y))

    def home(self):
        """Move turtle to the origin - coordinates (0,0).

        No arguments.

        Move turtle to the origin - coordinates (0,0) and set its
        heading to its start-orientation (which depends on mode).

        Example (for a Turtle instance named turtle):
        >>> turtle.home()
        """
        self.goto(0, 0)
        self.setheading(0)

    def setx(self, x):
        """Set the turtle's first coordinate to x

        Argument:
        x -- a number (integer or float)

        Set the turtle's first coordinate to x, leave second coordinate
        unchanged.

        Example (for a Turtle instance named turtle):
        >>> turtle.position()
        (0.00,240.00)
        >>> turtle.setx(10)
        >>> turtle.position()
        (10.00,240.00)
        """
        self._goto(Vec2D(x, self._position[1]))

    def sety(self, y):
        """Set the turtle's second coordinate to y

        Argument:
        y -- a number (integer or float)

        Set the turtle's first coordinate to x, second coordinate remains
        unchanged.

        Example (for a Turtle instance named turtle):
        >>> turtle.position()
        (0.00,40.00)
        >>> turtle.sety(-10)
        >>> turtle.position()
        (0.00,-10.00)
        """
        self._goto(Vec2D(self._position[0], y))

    def distance(self, x, y=None):
        """Return the distance from the turtle to (x,y) in turtle step units.

        Arguments:
        x -- a number   or  a pair/vector of numbers   or   a turtle instance
        y -- a number       None                            None

        call: distance(x, y)         # two coordinates
        --or: distance((x, y))       # a pair (tuple) of coordinates
        --or: distance(vec)          # e.g. as returned by pos()
        --or: distance(mypen)        # where mypen is another turtle

        Example (for a Turtle instance named turtle):
        >>> turtle.pos()
        (0.00,0.00)
        >>> turtle.distance(30,40)
        50.0
        >>> pen = Turtle()
        >>> pen.forward(77)
        >>> turtle.distance(pen)
        77.0
        """
        if y is not None:
            pos = Vec2D(x, y)
        if isinstance(x, Vec2D):
            pos = x
        elif isinstance(x, tuple):
            pos = Vec2D(*x)
        elif isinstance(x, TNavigator):
            pos = x.pos()
        return abs(pos - self._position)

    def towards(self, x, y=None):
        """Return the angle of the line from the turtle's position to (x, y).

        Arguments:
        x -- a number   or  a pair/vector of numbers   or   a turtle instance
        y -- a number       None                            None

        call: distance(x, y)         # two coordinates
        --or: distance((x, y))       # a pair (tuple) of coordinates
        --or: distance(vec)          # e.g. as returned by pos()
        --or: distance(mypen)        # where mypen is another turtle

        Return the angle, between the line from turtle-position to position
        specified by x, y and the turtle's start orientation. (Depends on
        modes - "standard" or "logo")

        Example (for a Turtle instance named turtle):
        >>> turtle.pos()
        (10.00, 10.00)
        >>> turtle.towards(0,0)
        225.0
        """
        if y is not None:
            pos = Vec2D(x, y)
        if isinstance(x, Vec2D):
            pos = x
        elif isinstance(x, tuple):
            pos = Vec2D(*x)
        elif isinstance(x, TNavigator):
            pos = x.pos()
        x, y = pos - self._position
        result = round(math.degrees(math.atan2(y, x)), 10) % 360.0
        result /= self._degreesPerAU
        return (self._angleOffset + self._angleOrient*result) % self._fullcircle

    def heading(self):
        """ Return the turtle's current heading.

        No arguments.

        Example (for a Turtle instance named turtle):
        >>> turtle.left(67)
        >>> turtle.heading()
        67.0
        """
        x, y = self._orient
        result = round(math.degrees(math.atan2(y, x)), 10) % 360.0
        result /= self._degreesPerAU
        return (self._angleOffset + self._angleOrient*result) % self._fullcircle

    def setheading(self, to_angle):
        """Set the orientation of the turtle to to_angle.

        Aliases:  setheading | seth

        Argument:
        to_angle -- a number (integer or float)

        Set the orientation of the turtle to to_angle.
        Here are some common directions in degrees:

         standard - mode:          logo-mode:
        -------------------|--------------------
           0 - east                0 - north
          90 - north              90 - east
         180 - west              180 - south
         270 - south             270 - west

        Example (for a Turtle instance named turtle):
        >>> turtle.setheading(90)
        >>> turtle.heading()
        90
        """
        angle = (to_angle - self.heading())*self._angleOrient
        full = self._fullcircle
        angle = (angle+full/2.)%full - full/2.
        self._rotate(angle)

    def circle(self, radius, extent = None, steps = None):
        """ Draw a circle with given radius.

        Arguments:
        radius -- a number
        extent (optional) -- a number
        steps (optional) -- an integer

        Draw a circle with given radius. The center is radius units left
        of the turtle; extent - an angle - determines which part of the
        circle is drawn. If extent is not given, draw the entire circle.
        If extent is not a full circle, one endpoint of the arc is the
        current pen position. Draw the arc in counterclockwise direction
        if radius is positive, otherwise in clockwise direction. Finally
        the direction of the turtle is changed by the amount of extent.

        As the circle is approximated by an inscribed regular polygon,
        steps determines the number of steps to use. If not given,
        it will be calculated automatically. Maybe used to draw regular
        polygons.

        call: circle(radius)                  # full circle
        --or: circle(radius, extent)          # arc
        --or: circle(radius, extent, steps)
        --or: circle(radius, steps=6)         # 6-sided polygon

        Example (for a Turtle instance named turtle):
        >>> turtle.circle(50)
        >>> turtle.circle(120, 180)  # semicircle
        """
        if self.undobuffer:
            self.undobuffer.push(["seq"])
            self.undobuffer.cumulate = True
        speed = self.speed()
        if extent is None:
            extent = self._fullcircle
        if steps is None:
            frac = abs(extent)/self._fullcircle
            steps = 1+int(min(11+abs(radius)/6.0, 59.0)*frac)
        w = 1.0 * extent / steps
        w2 = 0.5 * w
        l = 2.0 * radius * math.sin(math.radians(w2)*self._degreesPerAU)
        if radius < 0:
            l, w, w2 = -l, -w, -w2
        tr = self._tracer()
        dl = self._delay()
        if speed == 0:
            self._tracer(0, 0)
        else:
            self.speed(0)
            self._pace = speed
        try:
            self._rotate(w2)
            for i in range(steps):
                self.speed(speed)
                self._go(l)
                self.speed(0)
                self._rotate(w)
            self._rotate(-w2)
        finally:
            self._pace = None
        if speed == 0:
            self._tracer(tr, dl)
        self.speed(speed)
        if self.undobuffer:
            self.undobuffer.cumulate = False

## three dummy methods to be implemented by child class:

    def speed(self, s=0):
        """dummy method - to be overwritten by child class"""
    def _tracer(self, a=None, b=None):
        """dummy method - to be overwritten by child class"""
    def _delay(self, n=None):
        """dummy method - to be overwritten by child class"""

    fd = forward
    bk = back
    backward = back
    rt = right
    lt = left
    position = pos
    setpos = goto
    setposition = goto
    seth = setheading


def _rotated(v, angle):
    """v rotated counterclockwise by angle degrees, computed as Vec2D.rotate does."""
    angle = math.radians(angle)
    c, s = math.cos(angle), math.sin(angle)
    x, y = v[0], v[1]
    return (x*c + -y*s, y*c + x*s)


class TPen(object):
    """Drawing part of the RawTurtle.
    Implements drawing properties.
    """
    def __init__(self, resizemode=_CFG["resizemode"]):
        self._resizemode = resizemode # or "user" or "noresize"
        self.undobuffer = None
        TPen._reset(self)

    def _reset(self, pencolor=_CFG["pencolor"],
                     fillcolor=_CFG["fillcolor"]):
        self._pensize = 1
        self._shown = True
        self._pencolor = pencolor
        self._fillcolor = fillcolor
        self._drawing = True
        self._speed = 3
        self._stretchfactor = (1., 1.)
        self._shearfactor = 0.
        self._tilt = 0.
        self._shapetrafo = (1., 0., 0., 1.)
        self._outlinewidth = 1

    def resizemode(self, rmode=None):
        """Set resizemode to one of the values: "auto", "user", "noresize".

        (Optional) Argument:
        rmode -- one of the strings "auto", "user", "noresize"

        Different resizemodes have the following effects:
          - "auto" adapts the appearance of the turtle
                   corresponding to the value of pensize.
          - "user" adapts the appearance of the turtle according to the
                   values of stretchfactor and outlinewidth (outline),
                   which are set by shapesize()
          - "noresize" no adaption of the turtle's appearance takes place.
        If no argument is given, return current resizemode.
        resizemode("user") is called by a call of shapesize with arguments.


        Examples (for a Turtle instance named turtle):
        >>> turtle.resizemode("noresize")
        >>> turtle.resizemode()
        'noresize'
        """
        if rmode is None:
            return self._resizemode
        rmode = rmode.lower()
        if rmode in ["auto", "user", "noresize"]:
            self.pen(resizemode=rmode)

    def pensize(self, width=None):
        """Set or return the line thickness.

        Aliases:  pensize | width

        Argument:
        width -- positive number

        Set the line thickness to width or return it. If resizemode is set
        to "auto" and turtleshape is a polygon, that polygon is drawn with
        the same line thickness. If no argument is given, current pensize
        is returned.

        Example (for a Turtle instance named turtle):
        >>> turtle.pensize()
        1
        >>> turtle.pensize(10)   # from here on lines of width 10 are drawn
        """
        if width is None:
            return self._pensize
        self.pen(pensize=width)


    def penup(self):
        """Pull the pen up -- no drawing when moving.

        Aliases: penup | pu | up

        No argument

        Example (for a Turtle instance named turtle):
        >>> turtle.penup()
        """
        if not self._drawing:
            return
        self.pen(pendown=False)

    def pendown(self):
        """Pull the pen down -- drawing when moving.

        Aliases: pendown | pd | down

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.pendown()
        """
        if self._drawing:
            return
        self.pen(pendown=True)

    def isdown(self):
        """Return True if pen is down, False if it's up.

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.penup()
        >>> turtle.isdown()
        False
        >>> turtle.pendown()
        >>> turtle.isdown()
        True
        """
        return self._drawing

    def speed(self, speed=None):
        """ Return or set the turtle's speed.

        Optional argument:
        speed -- an integer in the range 0..10 or a speedstring (see below)

        Set the turtle's speed to an integer value in the range 0 .. 10.
        If no argument is given: return current speed.

        If input is a number greater than 10 or smaller than 0.5,
        speed is set to 0.
        Speedstrings  are mapped to speedvalues in the following way:
            'fastest' :  0
            'fast'    :  10
            'normal'  :  6
            'slow'    :  3
            'slowest' :  1
        speeds from 1 to 10 enforce increasingly faster animation of
        line drawing and turtle turning.

        Attention:
        speed = 0 : *no* animation takes place. forward/back makes turtle jump
        and likewise left/right make the turtle turn instantly.

        Example (for a Turtle instance named turtle):
        >>> turtle.speed(3)
        """
        speeds = {'fastest':0, 'fast':10, 'normal':6, 'slow':3, 'slowest':1 }
        if speed is None:
            return self._speed
        if speed in speeds:
            speed = speeds[speed]
        elif 0.5 < speed < 10.5:
            speed = int(round(speed))
        else:
            speed = 0
        self.pen(speed=speed)

    def color(self, *args):
        """Return or set the pencolor and fillcolor.

        Arguments:
        Several input formats are allowed.
        They use 0, 1, 2, or 3 arguments as follows:

        color()
            Return the current pencolor and the current fillcolor
            as a pair of color specification strings as are returned
            by pencolor and fillcolor.
        color(colorstring), color((r,g,b)), color(r,g,b)
            inputs as in pencolor, set both, fillcolor and pencolor,
            to the given value.
        color(colorstring1, colorstring2),
        color((r1,g1,b1), (r2,g2,b2))
            equivalent to pencolor(colorstring1) and fillcolor(colorstring2)
            and analogously, if the other input format is used.

        If turtleshape is a polygon, outline and interior of that polygon
        is drawn with the newly set colors.
        For more info see: pencolor, fillcolor

        Example (for a Turtle instance named turtle):
        >>> turtle.color('red', 'green')
        >>> turtle.color()
        ('red', 'green')
        >>> colormode(255)
        >>> color((40, 80, 120), (160, 200, 240))
        >>> color()
        ('#285078', '#a0c8f0')
        """
        if args:
            l = len(args)
            if l == 1:
                pcolor = fcolor = args[0]
            elif l == 2:
                pcolor, fcolor = args
            elif l == 3:
                pcolor = fcolor = args
            pcolor = self._colorstr(pcolor)
            fcolor = self._colorstr(fcolor)
            self.pen(pencolor=pcolor, fillcolor=fcolor)
        else:
            return self._color(self._pencolor), self._color(self._fillcolor)

    def pencolor(self, *args):
        """ Return or set the pencolor.

        Arguments:
        Four input formats are allowed:
          - pencolor()
            Return the current pencolor as color specification string,
            possibly in hex-number format (see example).
            May be used as input to another color/pencolor/fillcolor call.
          - pencolor(colorstring)
            s is a Tk color specification string, such as "red" or "yellow"
          - pencolor((r, g, b))
            *a tuple* of r, g, and b, which represent, an RGB color,
            and each of r, g, and b are in the range 0..colormode,
            where colormode is either 1.0 or 255
          - pencolor(r, g, b)
            r, g, and b represent an RGB color, and each of r, g, and b
            are in the range 0..colormode

        If turtleshape is a polygon, the outline of that polygon is drawn
        with the newly set pencolor.

        Example (for a Turtle instance named turtle):
        >>> turtle.pencolor('brown')
        >>> tup = (0.2, 0.8, 0.55)
        >>> turtle.pencolor(tup)
        >>> turtle.pencolor()
        '#33cc8c'
        """
        if args:
            color = self._colorstr(args)
            if color == self._pencolor:
                return
            self.pen(pencolor=color)
        else:
            return self._color(self._pencolor)

    def fillcolor(self, *args):
        """ Return or set the fillcolor.

        Arguments:
        Four input formats are allowed:
          - fillcolor()
            Return the current fillcolor as color specification string,
            possibly in hex-number format (see example).
            May be used as input to another color/pencolor/fillcolor call.
          - fillcolor(colorstring)
            s is a Tk color specification string, such as "red" or "yellow"
          - fillcolor((r, g, b))
            *a tuple* of r, g, and b, which represent, an RGB color,
            and each of r, g, and b are in the range 0..colormode,
            where colormode is either 1.0 or 255
          - fillcolor(r, g, b)
            r, g, and b represent an RGB color, and each of r, g, and b
            are in the range 0..colormode

        If turtleshape is a polygon, the interior of that polygon is drawn
        with the newly set fillcolor.

        Example (for a Turtle instance named turtle):
        >>> turtle.fillcolor('violet')
        >>> col = turtle.pencolor()
        >>> turtle.fillcolor(col)
        >>> turtle.fillcolor(0, .5, 0)
        """
        if args:
            color = self._colorstr(args)
            if color == self._fillcolor:
                return
            self.pen(fillcolor=color)
        else:
            return self._color(self._fillcolor)

    def showturtle(self):
        """Makes the turtle visible.

        Aliases: showturtle | st

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.hideturtle()
        >>> turtle.showturtle()
        """
        self.pen(shown=True)

    def hideturtle(self):
        """Makes the turtle invisible.

        Aliases: hideturtle | ht

        No argument.

        It's a good idea to do this while you're in the
        middle of a complicated drawing, because hiding
        the turtle speeds up the drawing observably.

        Example (for a Turtle instance named turtle):
        >>> turtle.hideturtle()
        """
        self.pen(shown=False)

    def isvisible(self):
        """Return True if the Turtle is shown, False if it's hidden.

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.hideturtle()
        >>> print turtle.isvisible():
        False
        """
        return self._shown

    def pen(self, pen=None, **pendict):
        """Return or set the pen's attributes.

        Arguments:
            pen -- a dictionary with some or all of the below listed keys.
            **pendict -- one or more keyword-arguments with the below
                         listed keys as keywords.

        Return or set the pen's attributes in a 'pen-dictionary'
        with the following key/value pairs:
           "shown"      :   True/False
           "pendown"    :   True/False
           "pencolor"   :   color-string or color-tuple
           "fillcolor"  :   color-string or color-tuple
           "pensize"    :   positive number
           "speed"      :   number in range 0..10
           "resizemode" :   "auto" or "user" or "noresize"
           "stretchfactor": (positive number, positive number)
           "shearfactor":   number
           "outline"    :   positive number
           "tilt"       :   number

        This dictionary can be used as argument for a subsequent
        pen()-call to restore the former pen-state. Moreover one
        or more of these attributes can be provided as keyword-arguments.
        This can be used to set several pen attributes in one statement.


        Examples (for a Turtle instance named turtle):
        >>> turtle.pen(fillcolor="black", pencolor="red", pensize=10)
        >>> turtle.pen()
        {'pensize': 10, 'shown': True, 'resizemode': 'auto', 'outline': 1,
        'pencolor': 'red', 'pendown': True, 'fillcolor': 'black',
        'stretchfactor': (1,1), 'speed': 3, 'shearfactor': 0.0}
        >>> penstate=turtle.pen()
        >>> turtle.color("yellow","")
        >>> turtle.penup()
        >>> turtle.pen()
        {'pensize': 10, 'shown': True, 'resizemode': 'auto', 'outline': 1,
        'pencolor': 'yellow', 'pendown': False, 'fillcolor': '',
        'stretchfactor': (1,1), 'speed': 3, 'shearfactor': 0.0}
        >>> p.pen(penstate, fillcolor="green")
        >>> p.pen()
        {'pensize': 10, 'shown': True, 'resizemode': 'auto', 'outline': 1,
        'pencolor': 'red', 'pendown': True, 'fillcolor': 'green',
        'stretchfactor': (1,1), 'speed': 3, 'shearfactor': 0.0}
        """
        _pd =  {"shown"         : self._shown,
                "pendown"       : self._drawing,
                "pencolor"      : self._pencolor,
                "fillcolor"     : self._fillcolor,
                "pensize"       : self._pensize,
                "speed"         : self._speed,
                "resizemode"    : self._resizemode,
                "stretchfactor" : self._stretchfactor,
                "shearfactor"   : self._shearfactor,
                "outline"       : self._outlinewidth,
                "tilt"          : self._tilt
               }

        if not (pen or pendict):
            return _pd

        if isinstance(pen, dict):
            p = pen
        else:
            p = {}
        p.update(pendict)

        _p_buf = {}
        for key in p:
            _p_buf[key] = _pd[key]

        if self.undobuffer:
            self.undobuffer.push(("pen", _p_buf))

        newLine = False
        if "pendown" in p:
            if self._drawing != p["pendown"]:
                newLine = True
        if "pencolor" in p:
            if isinstance(p["pencolor"], tuple):
                p["pencolor"] = self._colorstr((p["pencolor"],))
            if self._pencolor != p["pencolor"]:
                newLine = True
        if "pensize" in p:
            if self._pensize != p["pensize"]:
                newLine = True
        if newLine:
            self._newLine()
        if "pendown" in p:
            self._drawing = p["pendown"]
        if "pencolor" in p:
            self._pencolor = p["pencolor"]
        if "pensize" in p:
            self._pensize = p["pensize"]
        if "fillcolor" in p:
            if isinstance(p["fillcolor"], tuple):
                p["fillcolor"] = self._colorstr((p["fillcolor"],))
            self._fillcolor = p["fillcolor"]
        if "speed" in p:
            self._speed = p["speed"]
        if "resizemode" in p:
            self._resizemode = p["resizemode"]
        if "stretchfactor" in p:
            sf = p["stretchfactor"]
            if isinstance(sf, (int, float)):
                sf = (sf, sf)
            self._stretchfactor = sf
        if "shearfactor" in p:
            self._shearfactor = p["shearfactor"]
        if "outline" in p:
            self._outlinewidth = p["outline"]
        if "shown" in p:
            self._shown = p["shown"]
        if "tilt" in p:
            self._tilt = p["tilt"]
        if "stretchfactor" in p or "tilt" in p or "shearfactor" in p:
            scx, scy = self._stretchfactor
            shf = self._shearfactor
            sa, ca = math.sin(self._tilt), math.cos(self._tilt)
            self._shapetrafo = ( scx*ca, scy*(shf*ca + sa),
                                -scx*sa, scy*(ca - shf*sa))
        self._update()

## three dummy methods to be implemented by child class:

    def _newLine(self, usePos = True):
        """dummy method - to be overwritten by child class"""
    def _update(self, count=True, forced=False):
        """dummy method - to be overwritten by child class"""
    def _color(self, args):
        """dummy method - to be overwritten by child class"""
    def _colorstr(self, args):
        """dummy method - to be overwritten by child class"""

    width = pensize
    up = penup
    pu = penup
    pd = pendown
    down = pendown
    st = showturtle
    ht = hideturtle


class _TurtleImage(object):
    """Helper class: Datatype to store Turtle attributes
    """

    def __init__(self, screen, shapeIndex):
        self.screen = screen
        self._type = None
        self._setshape(shapeIndex)

    def _setshape(self, shapeIndex):
        screen = self.screen
        self.shapeIndex = shapeIndex
        if self._type == "polygon" == screen._shapes[shapeIndex]._type:
            return
        if self._type == "image" == screen._shapes[shapeIndex]._type:
            return
        if self._type in ["image", "polygon"]:
            screen._delete(self._item)
        elif self._type == "compound":
            for item in self._item:
                screen._delete(item)
        self._type = screen._shapes[shapeIndex]._type
        if self._type == "polygon":
            self._item = screen._createpoly(turtle=True)
        elif self._type == "image":
            self._item = screen._createimage(screen._shapes["blank"]._data)
        elif self._type == "compound":
            self._item = [screen._createpoly(turtle=True) for item in
                                          screen._shapes[shapeIndex]._data]


class RawTurtle(TPen, TNavigator):
    """Animation part of the RawTurtle.
    Puts RawTurtle upon a TurtleScreen and provides tools for
    its animation.
    """
    screens = []

    def __init__(self, canvas=None,
                 shape=_CFG["shape"],
                 undobuffersize=_CFG["undobuffersize"],
                 visible=_CFG["visible"]):
        if isinstance(canvas, _Screen):
            self.screen = canvas
        elif isinstance(canvas, TurtleScreen):
            if canvas not in RawTurtle.screens:
                RawTurtle.screens.append(canvas)
            self.screen = canvas
        elif isinstance(canvas, _Canvas):
            for screen in RawTurtle.screens:
                if screen.cv == canvas:
                    self.screen = screen
                    break
            else:
                self.screen = TurtleScreen(canvas)
                RawTurtle.screens.append(self.screen)
        else:
            raise TurtleGraphicsError("bad canvas argument %s" % canvas)

        screen = self.screen
        # Pave's bookkeeping: the turtle's drawing is put off (see _update); the points of
        # the current line already written as commands (see _sync_line); the speed the
        # turtle is paced at inside circle(), which switches speed() to 0 and back.
        self._stale = False
        self._sent_item = None
        self._sent_n = 0
        self._pace = None
        TNavigator.__init__(self, screen.mode())
        TPen.__init__(self)
        screen._turtles.append(self)
        self.drawingLineItem = screen._createline()
        self.turtle = _TurtleImage(screen, shape)
        self._poly = None
        self._creatingPoly = False
        self._fillitem = self._fillpath = None
        self._shown = visible
        self._hidden_from_screen = False
        self.currentLineItem = screen._createline()
        self.currentLine = [self._position]
        self.items = [self.currentLineItem]
        self.stampItems = []
        self._undobuffersize = undobuffersize
        self.undobuffer = Tbuffer(undobuffersize)
        self._update()

    def reset(self):
        """Delete the turtle's drawings and restore its default values.

        No argument.

        Delete the turtle's drawings from the screen, re-center the turtle
        and set variables to the default values.

        Example (for a Turtle instance named turtle):
        >>> turtle.position()
        (0.00,-22.00)
        >>> turtle.heading()
        100.0
        >>> turtle.reset()
        >>> turtle.position()
        (0.00,0.00)
        >>> turtle.heading()
        0.0
        """
        TNavigator.reset(self)
        TPen._reset(self)
        self._clear()
        self._drawturtle()
        self._update()

    def setundobuffer(self, size):
        """Set or disable undobuffer.

        Argument:
        size -- an integer or None

        If size is an integer an empty undobuffer of given size is installed.
        Size gives the maximum number of turtle-actions that can be undone
        by the undo() function.
        If size is None, no undobuffer is present.

        Example (for a Turtle instance named turtle):
        >>> turtle.setundobuffer(42)
        """
        if size is None or size <= 0:
            self.undobuffer = None
        else:
            self.undobuffer = Tbuffer(size)

    def undobufferentries(self):
        """Return count of entries in the undobuffer.

        No argument.

        Example (for a Turtle instance named turtle):
        >>> while undobufferentries():
        ...     undo()
        """
        if self.undobuffer is None:
            return 0
        return self.undobuffer.nr_of_items()

    def _clear(self):
        """Delete all of pen's drawings"""
        self._fillitem = self._fillpath = None
        for item in self.items:
            self.screen._delete(item)
        self.currentLineItem = self.screen._createline()
        self.currentLine = []
        if self._drawing:
            self.currentLine.append(self._position)
        self.items = [self.currentLineItem]
        self.clearstamps()
        self.setundobuffer(self._undobuffersize)


    def clear(self):
        """Delete the turtle's drawings from the screen. Do not move turtle.

        No arguments.

        Delete the turtle's drawings from the screen. Do not move turtle.
        State and position of the turtle as well as drawings of other
        turtles are not affected.

        Examples (for a Turtle instance named turtle):
        >>> turtle.clear()
        """
        self._clear()
        self._update()

    def _update_data(self):
        self.screen._incrementudc()
        if self.screen._updatecounter != 0:
            return
        if len(self.currentLine) > 1:
            self._sync_line()

    def _sync_line(self):
        """Bring the current line item up to date with currentLine, as CPython's
        _update_data and _newLine do by setting all of its points: only the points
        added since the last time are written."""
        screen = self.screen
        item = self.currentLineItem
        cl = self.currentLine
        n = len(cl)
        k = self._sent_n if self._sent_item == item else 0
        if 1 < k <= n:
            xs, ys = screen.xscale, screen.yscale
            cmds = _cmds
            for x, y in cl[k:]:
                cmds += (_ADD, item, x * xs, -y * ys)
        else:
            screen._drawline(item, cl, self._pencolor, self._pensize)
        self._sent_item = item
        self._sent_n = n

    def _update(self):
        """Perform a Turtle-data update.

        Pave: with speed 0 the turtle's own drawing is put off (it is drawn before the
        next item is created or raised, and when the commands go to the host, which
        is once a frame: the clock is read every 16 updates), and no delay is made.
        """
        screen = self.screen
        tracing = screen._tracing
        if tracing == 0:
            cv = screen.cv
            cv._ticks += 1
            if cv._ticks >= 4096:
                cv._ticks = 0
                _pave_draw.check()
            return
        elif tracing == 1:
            if not TurtleScreen._RUNNING:
                TurtleScreen._RUNNING = True
                raise Terminator
            cl = self.currentLine
            n = len(cl)
            if n > 1:
                k = self._sent_n
                if k + 1 == n and k > 1 and self._sent_item == self.currentLineItem:
                    x, y = cl[k]
                    _cmds.extend((_ADD, self._sent_item, x * screen.xscale,
                                  -y * screen.yscale))
                    self._sent_n = n
                elif k != n or self._sent_item != self.currentLineItem:
                    self._sync_line()
            pace = self._speed if self._pace is None else self._pace
            if pace:
                self._stale = False
                self._drawturtle()
                screen._update()
                screen._delay(screen._delayvalue)
            else:
                self._stale = True
                cv = screen.cv
                cv._stale = True
                ticks = cv._ticks + 1
                if ticks < 16:
                    cv._ticks = ticks
                else:
                    cv._ticks = 0
                    cv._tick()
        else:
            self._update_data()
            if screen._updatecounter == 0:
                for t in screen.turtles():
                    t._stale = False
                    t._drawturtle()
                screen._update()

    def _tracer(self, flag=None, delay=None):
        """Turns turtle animation on/off and set delay for update drawings.

        Optional arguments:
        n -- nonnegative  integer
        delay -- nonnegative  integer

        If n is given, only each n-th regular screen update is really performed.
        (Can be used to accelerate the drawing of complex graphics.)
        Second arguments sets delay value (see RawTurtle.delay())

        Example (for a Turtle instance named turtle):
        >>> turtle.tracer(8, 25)
        >>> dist = 2
        >>> for i in range(200):
        ...     turtle.fd(dist)
        ...     turtle.rt(90)
        ...     dist += 2
        """
        return self.screen.tracer(flag, delay)

    def _color(self, args):
        return self.screen._color(args)

    def _colorstr(self, args):
        return self.screen._colorstr(args)

    def _cc(self, args):
        """Convert colortriples to hexstrings.
        """
        if isinstance(args, str):
            return args
        try:
            r, g, b = args
        except (TypeError, ValueError):
            raise TurtleGraphicsError("bad color arguments: %s" % str(args))
        if self.screen._colormode == 1.0:
            r, g, b = [round(255.0*x) for x in (r, g, b)]
        if not ((0 <= r <= 255) and (0 <= g <= 255) and (0 <= b <= 255)):
            raise TurtleGraphicsError("bad color sequence: %s" % str(args))
        return "#%02x%02x%02x" % (r, g, b)

    def clone(self):
        """Create and return a clone of the turtle.

        No argument.

        Create and return a clone of the turtle with same position, heading
        and turtle properties.

        Example (for a Turtle instance named mick):
        mick = Turtle()
        joe = mick.clone()
        """
        screen = self.screen
        screen._draw_stale()
        self._newLine(self._drawing)

        turtle = self.turtle
        self.screen = None
        self.turtle = None  # too make self deepcopy-able

        from copy import deepcopy
        q = deepcopy(self)

        self.screen = screen
        self.turtle = turtle

        q.screen = screen
        q.turtle = _TurtleImage(screen, self.turtle.shapeIndex)

        screen._turtles.append(q)
        ttype = screen._shapes[self.turtle.shapeIndex]._type
        if ttype == "polygon":
            q.turtle._item = screen._createpoly(turtle=True)
        elif ttype == "image":
            q.turtle._item = screen._createimage(screen._shapes["blank"]._data)
        elif ttype == "compound":
            q.turtle._item = [screen._createpoly(turtle=True) for item in
                              screen._shapes[self.turtle.shapeIndex]._data]
        q.currentLineItem = screen._createline()
        q._stale = False
        q._update()
        return q

    def shape(self, name=None):
        """Set turtle shape to shape with given name / return current shapename.

        Optional argument:
        name -- a string, which is a valid shapename

        Set turtle shape to shape with given name or, if name is not given,
        return name of current shape.
        Shape with name must exist in the TurtleScreen's shape dictionary.
        Initially there are the following polygon shapes:
        'arrow', 'turtle', 'circle', 'square', 'triangle', 'classic'.
        To learn about how to deal with shapes see Screen-method register_shape.

        Example (for a Turtle instance named turtle):
        >>> turtle.shape()
        'arrow'
        >>> turtle.shape("turtle")
        >>> turtle.shape()
        'turtle'
        """
        if name is None:
            return self.turtle.shapeIndex
        if not name in self.screen.getshapes():
            raise TurtleGraphicsError("There is no shape named %s" % name)
        self.turtle._setshape(name)
        self._update()

    def shapesize(self, stretch_wid=None, stretch_len=None, outline=None):
        """Set/return turtle's stretchfactors/outline. Set resizemode to "user".

        Optional arguments:
           stretch_wid : positive number
           stretch_len : positive number
           outline  : positive number

        Return or set the pen's attributes x/y-stretchfactors and/or outline.
        Set resizemode to "user".
        If and only if resizemode is set to "user", the turtle will be displayed
        stretched according to its stretchfactors:
        stretch_wid is stretchfactor perpendicular to orientation
        stretch_len is stretchfactor in direction of turtles orientation.
        outline determines the width of the shapes's outline.

        Examples (for a Turtle instance named turtle):
        >>> turtle.resizemode("user")
        >>> turtle.shapesize(5, 5, 12)
        >>> turtle.shapesize(outline=8)
        """
        if stretch_wid is stretch_len is outline is None:
            stretch_wid, stretch_len = self._stretchfactor
            return stretch_wid, stretch_len, self._outlinewidth
        if stretch_wid == 0 or stretch_len == 0:
            raise TurtleGraphicsError("stretch_wid/stretch_len must not be zero")
        if stretch_wid is not None:
            if stretch_len is None:
                stretchfactor = stretch_wid, stretch_wid
            else:
                stretchfactor = stretch_wid, stretch_len
        elif stretch_len is not None:
            stretchfactor = self._stretchfactor[0], stretch_len
        else:
            stretchfactor = self._stretchfactor
        if outline is None:
            outline = self._outlinewidth
        self.pen(resizemode="user",
                 stretchfactor=stretchfactor, outline=outline)

    def shearfactor(self, shear=None):
        """Set or return the current shearfactor.

        Optional argument: shear -- number, tangent of the shear angle

        Shear the turtleshape according to the given shearfactor shear,
        which is the tangent of the shear angle. DO NOT change the
        turtle's heading (direction of movement).
        If shear is not given: return the current shearfactor, i. e. the
        tangent of the shear angle, by which lines parallel to the
        heading of the turtle are sheared.

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("circle")
        >>> turtle.shapesize(5,2)
        >>> turtle.shearfactor(0.5)
        >>> turtle.shearfactor()
        >>> 0.5
        """
        if shear is None:
            return self._shearfactor
        self.pen(resizemode="user", shearfactor=shear)

    def settiltangle(self, angle):
        """Rotate the turtleshape to point in the specified direction

        Argument: angle -- number

        Rotate the turtleshape to point in the direction specified by angle,
        regardless of its current tilt-angle. DO NOT change the turtle's
        heading (direction of movement).

        Deprecated since Python 3.1

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("circle")
        >>> turtle.shapesize(5,2)
        >>> turtle.settiltangle(45)
        >>> turtle.stamp()
        >>> turtle.fd(50)
        >>> turtle.settiltangle(-45)
        >>> turtle.stamp()
        >>> turtle.fd(50)
        """
        import warnings
        warnings._deprecated("turtle.RawTurtle.settiltangle()",
                             "{name!r} is deprecated since Python 3.1 and scheduled "
                             "for removal in Python {remove}. Use tiltangle() instead.",
                             remove=(3, 13))
        self.tiltangle(angle)

    def tiltangle(self, angle=None):
        """Set or return the current tilt-angle.

        Optional argument: angle -- number

        Rotate the turtleshape to point in the direction specified by angle,
        regardless of its current tilt-angle. DO NOT change the turtle's
        heading (direction of movement).
        If angle is not given: return the current tilt-angle, i. e. the angle
        between the orientation of the turtleshape and the heading of the
        turtle (its direction of movement).

        (Incorrectly marked as deprecated since Python 3.1, it is really
        settiltangle that is deprecated.)

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("circle")
        >>> turtle.shapesize(5, 2)
        >>> turtle.tiltangle()
        0.0
        >>> turtle.tiltangle(45)
        >>> turtle.tiltangle()
        45.0
        >>> turtle.stamp()
        >>> turtle.fd(50)
        >>> turtle.tiltangle(-45)
        >>> turtle.tiltangle()
        315.0
        >>> turtle.stamp()
        >>> turtle.fd(50)
        """
        if angle is None:
            tilt = -math.degrees(self._tilt) * self._angleOrient
            return (tilt / self._degreesPerAU) % self._fullcircle
        else:
            tilt = -angle * self._degreesPerAU * self._angleOrient
            tilt = math.radians(tilt) % math.tau
            self.pen(resizemode="user", tilt=tilt)

    def tilt(self, angle):
        """Rotate the turtleshape by angle.

        Argument:
        angle - a number

        Rotate the turtleshape by angle from its current tilt-angle,
        but do NOT change the turtle's heading (direction of movement).

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("circle")
        >>> turtle.shapesize(5,2)
        >>> turtle.tilt(30)
        >>> turtle.fd(50)
        >>> turtle.tilt(30)
        >>> turtle.fd(50)
        """
        self.tiltangle(angle + self.tiltangle())

    def shapetransform(self, t11=None, t12=None, t21=None, t22=None):
        """Set or return the current transformation matrix of the turtle shape.

        Optional arguments: t11, t12, t21, t22 -- numbers.

        If none of the matrix elements are given, return the transformation
        matrix.
        Otherwise set the given elements and transform the turtleshape
        according to the matrix consisting of first row t11, t12 and
        second row t21, 22.
        Modify stretchfactor, shearfactor and tiltangle according to the
        given matrix.

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("square")
        >>> turtle.shapesize(4,2)
        >>> turtle.shearfactor(-0.5)
        >>> turtle.shapetransform()
        (4.0, -1.0, -0.0, 2.0)
        """
        if t11 is t12 is t21 is t22 is None:
            return self._shapetrafo
        m11, m12, m21, m22 = self._shapetrafo
        if t11 is not None: m11 = t11
        if t12 is not None: m12 = t12
        if t21 is not None: m21 = t21
        if t22 is not None: m22 = t22
        if t11 * t22 - t12 * t21 == 0:
            raise TurtleGraphicsError("Bad shape transform matrix: must not be singular")
        self._shapetrafo = (m11, m12, m21, m22)
        alfa = math.atan2(-m21, m11) % math.tau
        sa, ca = math.sin(alfa), math.cos(alfa)
        a11, a12, a21, a22 = (ca*m11 - sa*m21, ca*m12 - sa*m22,
                              sa*m11 + ca*m21, sa*m12 + ca*m22)
        self._stretchfactor = a11, a22
        self._shearfactor = a12/a22
        self._tilt = alfa
        self.pen(resizemode="user")


    def _polytrafo(self, poly):
        """Computes transformed polygon shapes from a shape
        according to current position and heading.
        """
        screen = self.screen
        p0, p1 = self._position
        e0, e1 = self._orient
        e1 = e1 * screen.yscale / screen.xscale
        # (1.0 / abs(e)) * e of Vec2D e, computed the same way
        k = 1.0 / math.hypot(e0, e1)
        e0, e1 = e0 * k, e1 * k
        xscale, yscale = screen.xscale, screen.yscale
        return [(p0+(e1*x+e0*y)/xscale, p1+(-e0*x+e1*y)/yscale)
                                                           for (x, y) in poly]

    def get_shapepoly(self):
        """Return the current shape polygon as tuple of coordinate pairs.

        No argument.

        Examples (for a Turtle instance named turtle):
        >>> turtle.shape("square")
        >>> turtle.shapetransform(4, -1, 0, 2)
        >>> turtle.get_shapepoly()
        ((50, -20), (30, 20), (-50, 20), (-30, -20))

        """
        shape = self.screen._shapes[self.turtle.shapeIndex]
        if shape._type == "polygon":
            return self._getshapepoly(shape._data, shape._type == "compound")
        # else return None

    def _getshapepoly(self, polygon, compound=False):
        """Calculate transformed shape polygon according to resizemode
        and shapetransform.
        """
        if self._resizemode == "user" or compound:
            t11, t12, t21, t22 = self._shapetrafo
        elif self._resizemode == "auto":
            l = max(1, self._pensize/5.0)
            t11, t12, t21, t22 = l, 0, 0, l
        elif self._resizemode == "noresize":
            return polygon
        return tuple((t11*x + t12*y, t21*x + t22*y) for (x, y) in polygon)

    def _drawturtle(self):
        """Manages the correct rendering of the turtle with respect to
        its shape, resizemode, stretch and tilt etc."""
        screen = self.screen
        shape = screen._shapes[self.turtle.shapeIndex]
        ttype = shape._type
        titem = self.turtle._item
        if self._shown and screen._updatecounter == 0 and screen._tracing > 0:
            self._hidden_from_screen = False
            tshape = shape._data
            if ttype == "polygon":
                if self._resizemode == "noresize": w = 1
                elif self._resizemode == "auto": w = self._pensize
                else: w =self._outlinewidth
                shape = self._polytrafo(self._getshapepoly(tshape))
                fc, oc = self._fillcolor, self._pencolor
                screen._drawpoly(titem, shape, fill=fc, outline=oc,
                                                      width=w, top=True)
            elif ttype == "image":
                screen._drawimage(titem, self._position, tshape)
            elif ttype == "compound":
                for item, (poly, fc, oc) in zip(titem, tshape):
                    poly = self._polytrafo(self._getshapepoly(poly, True))
                    screen._drawpoly(item, poly, fill=self._cc(fc),
                                     outline=self._cc(oc), width=self._outlinewidth, top=True)
        else:
            if self._hidden_from_screen:
                return
            if ttype == "polygon":
                screen._drawpoly(titem, ((0, 0), (0, 0), (0, 0)), "", "")
            elif ttype == "image":
                screen._drawimage(titem, self._position,
                                          screen._shapes["blank"]._data)
            elif ttype == "compound":
                for item in titem:
                    screen._drawpoly(item, ((0, 0), (0, 0), (0, 0)), "", "")
            self._hidden_from_screen = True

##############################  stamp stuff  ###############################

    def stamp(self):
        """Stamp a copy of the turtleshape onto the canvas and return its id.

        No argument.

        Stamp a copy of the turtle shape onto the canvas at the current
        turtle position. Return a stamp_id for that stamp, which can be
        used to delete it by calling clearstamp(stamp_id).

        Example (for a Turtle instance named turtle):
        >>> turtle.color("blue")
        >>> turtle.stamp()
        13
        >>> turtle.fd(50)
        """
        screen = self.screen
        shape = screen._shapes[self.turtle.shapeIndex]
        ttype = shape._type
        tshape = shape._data
        if ttype == "polygon":
            stitem = screen._createpoly()
            if self._resizemode == "noresize": w = 1
            elif self._resizemode == "auto": w = self._pensize
            else: w =self._outlinewidth
            shape = self._polytrafo(self._getshapepoly(tshape))
            fc, oc = self._fillcolor, self._pencolor
            screen._drawpoly(stitem, shape, fill=fc, outline=oc,
                                                  width=w, top=True)
        elif ttype == "image":
            stitem = screen._createimage("")
            screen._drawimage(stitem, self._position, tshape)
        elif ttype == "compound":
            stitem = []
            for element in tshape:
                item = screen._createpoly()
                stitem.append(item)
            stitem = tuple(stitem)
            for item, (poly, fc, oc) in zip(stitem, tshape):
                poly = self._polytrafo(self._getshapepoly(poly, True))
                screen._drawpoly(item, poly, fill=self._cc(fc),
                                 outline=self._cc(oc), width=self._outlinewidth, top=True)
        self.stampItems.append(stitem)
        self.undobuffer.push(("stamp", stitem))
        return stitem

    def _clearstamp(self, stampid):
        """does the work for clearstamp() and clearstamps()
        """
        if stampid in self.stampItems:
            if isinstance(stampid, tuple):
                for subitem in stampid:
                    self.screen._delete(subitem)
            else:
                self.screen._delete(stampid)
            self.stampItems.remove(stampid)
        # Delete stampitem from undobuffer if necessary
        # if clearstamp is called directly.
        item = ("stamp", stampid)
        buf = self.undobuffer
        if item not in buf.buffer:
            return
        index = buf.buffer.index(item)
        buf.buffer.remove(item)
        if index <= buf.ptr:
            buf.ptr = (buf.ptr - 1) % buf.bufsize
        buf.buffer.insert((buf.ptr+1)%buf.bufsize, [None])

    def clearstamp(self, stampid):
        """Delete stamp with given stampid

        Argument:
        stampid - an integer, must be return value of previous stamp() call.

        Example (for a Turtle instance named turtle):
        >>> turtle.color("blue")
        >>> astamp = turtle.stamp()
        >>> turtle.fd(50)
        >>> turtle.clearstamp(astamp)
        """
        self._clearstamp(stampid)
        self._update()

    def clearstamps(self, n=None):
        """Delete all or first/last n of turtle's stamps.

        Optional argument:
        n -- an integer

        If n is None, delete all of pen's stamps,
        else if n > 0 delete first n stamps
        else if n < 0 delete last n stamps.

        Example (for a Turtle instance named turtle):
        >>> for i in range(8):
        ...     turtle.stamp(); turtle.fd(30)
        ...
        >>> turtle.clearstamps(2)
        >>> turtle.clearstamps(-2)
        >>> turtle.clearstamps()
        """
        if n is None:
            toDelete = self.stampItems[:]
        elif n >= 0:
            toDelete = self.stampItems[:n]
        else:
            toDelete = self.stampItems[n:]
        for item in toDelete:
            self._clearstamp(item)
        self._update()

    def _goto(self, end):
        """Move the pen to the point end, thereby drawing a line
        if pen is down. All other methods for turtle movement depend
        on this one.
        """
        screen = self.screen
        start = self._position
        buf = self.undobuffer
        if buf:
            # What undo needs: the line list and how long it was (points are only ever
            # appended to it), how many of them the line item shows, how many items.
            cl = self.currentLine
            item = self.currentLineItem
            entry = ("go", start, end, self._drawing, self._pencolor, self._pensize,
                     self._fillpath is not None, item, cl, len(cl),
                     self._sent_n if self._sent_item == item else 0, len(self.items))
            if buf.bufsize > 0:
                if buf.cumulate:
                    buf.buffer[buf.ptr].append(entry)
                else:
                    ptr = (buf.ptr + 1) % buf.bufsize
                    buf.ptr = ptr
                    buf.buffer[ptr] = entry
        speed = self._speed
        if speed and screen._tracing == 1:
            d0, d1 = end[0] - start[0], end[1] - start[1]
            diffsq = (d0*screen.xscale)**2 + (d1*screen.yscale)**2
            nhops = 1+int((diffsq**0.5)/(3*(1.1**speed)*speed))
            k = 1.0/nhops
            delta = (d0*k, d1*k)
            for n in range(1, nhops):
                if n == 1:
                    top = True
                else:
                    top = False
                self._position = (start[0] + delta[0]*n, start[1] + delta[1]*n)
                if self._drawing:
                    screen._drawline(self.drawingLineItem,
                                     (start, self._position),
                                     self._pencolor, self._pensize, top)
                self._update()
            if self._drawing:
                screen._drawline(self.drawingLineItem, ((0, 0), (0, 0)),
                                               fill="", width=self._pensize)
        # Turtle now at end,
        if self._drawing: # now update currentLine
            self.currentLine.append(end)
        if self._fillpath is not None:
            self._fillpath.append(end)
        self._position = end
        if self._creatingPoly:
            self._poly.append(end)
        if len(self.currentLine) > 42: # 42! answer to the ultimate question
                                       # of life, the universe and everything
            self._newLine()
        # self._update(), its common case inline (tracing 1, speed 0, not in circle()).
        if speed or screen._tracing != 1 or self._pace is not None:
            self._update()
            return
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        cl = self.currentLine
        n = len(cl)
        if n > 1:
            k = self._sent_n
            item = self.currentLineItem
            if k + 1 == n and k > 1 and self._sent_item == item:
                x, y = cl[k]
                _cmds.extend((_ADD, item, x * screen.xscale, -y * screen.yscale))
                self._sent_n = n
            elif k != n or self._sent_item != item:
                self._sync_line()
        self._stale = True
        cv = screen.cv
        cv._stale = True
        ticks = cv._ticks + 1
        if ticks < 16:
            cv._ticks = ticks
        else:
            cv._ticks = 0
            cv._tick()

    def _undogoto(self, entry):
        """Reverse a _goto. Used for undo()
        """
        old, new, drawing, pc, ps, filling, cLI, cL, n, drawn, nitems = entry
        screen = self.screen
        if math.hypot(self._position[0] - new[0], self._position[1] - new[1]) > 0.5:
            print ("undogoto: HALLO-DA-STIMMT-WAS-NICHT!")
        # restore former situation
        del cL[n:]
        self.currentLineItem = cLI
        self.currentLine = cL
        pl = cL[:drawn] if drawn > 1 else [(0, 0), (0, 0)]
        if drawn < 2 or (drawn == 2 and not any(v for p in pl for v in p)):
            usepc = ""
        else:
            usepc = pc
        screen._drawline(cLI, pl, fill=usepc, width=ps)
        self._sent_item = cLI
        self._sent_n = drawn if drawn > 1 else 0

        todelete = [i for i in self.items[nitems:] if screen._type(i) == "line"]
        for i in todelete:
            screen._delete(i)
            self.items.remove(i)

        start = old
        if self._speed and screen._tracing == 1:
            d0, d1 = old[0] - new[0], old[1] - new[1]
            diffsq = (d0*screen.xscale)**2 + (d1*screen.yscale)**2
            nhops = 1+int((diffsq**0.5)/(3*(1.1**self._speed)*self._speed))
            k = 1.0/nhops
            delta = (d0*k, d1*k)
            for n in range(1, nhops):
                if n == 1:
                    top = True
                else:
                    top = False
                self._position = (new[0] + delta[0]*n, new[1] + delta[1]*n)
                if drawing:
                    screen._drawline(self.drawingLineItem,
                                     (start, self._position),
                                     pc, ps, top)
                self._update()
            if drawing:
                screen._drawline(self.drawingLineItem, ((0, 0), (0, 0)),
                                               fill="", width=ps)
        # Turtle now at position old,
        self._position = old
        ##  if undo is done during creating a polygon, the last vertex
        ##  will be deleted. if the polygon is entirely deleted,
        ##  creatingPoly will be set to False.
        ##  Polygons created before the last one will not be affected by undo()
        if self._creatingPoly:
            if len(self._poly) > 0:
                self._poly.pop()
            if self._poly == []:
                self._creatingPoly = False
                self._poly = None
        if filling:
            if self._fillpath == []:
                self._fillpath = None
                print("Unwahrscheinlich in _undogoto!")
            elif self._fillpath is not None:
                self._fillpath.pop()
        self._update() #count=True)

    def _rotate(self, angle):
        """Turns pen clockwise by angle.
        """
        buf = self.undobuffer
        if buf and buf.bufsize > 0:
            entry = ("rot", angle, self._degreesPerAU)
            if buf.cumulate:
                buf.buffer[buf.ptr].append(entry)
            else:
                ptr = (buf.ptr + 1) % buf.bufsize
                buf.ptr = ptr
                buf.buffer[ptr] = entry
        angle *= self._degreesPerAU
        # self._orient.rotate(angle), as Vec2D.rotate computes it
        radians = math.radians(angle)
        c, s = math.cos(radians), math.sin(radians)
        ox, oy = self._orient
        neworient = (ox*c + -oy*s, oy*c + ox*s)
        screen = self.screen
        speed = self._speed
        if speed > 0 and screen._tracing == 1:
            anglevel = 3.0 * speed
            steps = 1 + int(abs(angle)/anglevel)
            delta = 1.0*angle/steps
            for _ in range(steps):
                self._orient = _rotated(self._orient, delta)
                self._update()
        self._orient = neworient
        # self._update(), its common case inline (tracing 1, speed 0, not in circle()).
        if speed or screen._tracing != 1 or self._pace is not None:
            self._update()
            return
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        cl = self.currentLine
        n = len(cl)
        if n > 1:
            k = self._sent_n
            item = self.currentLineItem
            if k + 1 == n and k > 1 and self._sent_item == item:
                x, y = cl[k]
                _cmds.extend((_ADD, item, x * screen.xscale, -y * screen.yscale))
                self._sent_n = n
            elif k != n or self._sent_item != item:
                self._sync_line()
        self._stale = True
        cv = screen.cv
        cv._stale = True
        ticks = cv._ticks + 1
        if ticks < 16:
            cv._ticks = ticks
        else:
            cv._ticks = 0
            cv._tick()

    def _newLine(self, usePos=True):
        """Closes current line item and starts a new one.
           Remark: if current line became too long, animation
           performance (via _drawline) slowed down considerably.
        """
        # The turtle is drawn (raised) by the update that always follows, so it need not
        # be drawn below the new item first (see _Canvas._new).
        if len(self.currentLine) > 1:
            self._sync_line()
            self.currentLineItem = self.screen._createline(self)
            self.items.append(self.currentLineItem)
        else:
            self.screen.cv.tag_raise(self.currentLineItem, self)
        self.currentLine = []
        if usePos:
            self.currentLine = [self._position]

    def filling(self):
        """Return fillstate (True if filling, False else).

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.begin_fill()
        >>> if turtle.filling():
        ...     turtle.pensize(5)
        ... else:
        ...     turtle.pensize(3)
        """
        return isinstance(self._fillpath, list)

    def begin_fill(self):
        """Called just before drawing a shape to be filled.

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.color("black", "red")
        >>> turtle.begin_fill()
        >>> turtle.circle(60)
        >>> turtle.end_fill()
        """
        if not self.filling():
            self._fillitem = self.screen._createpoly()
            self.items.append(self._fillitem)
        self._fillpath = [self._position]
        self._newLine()
        if self.undobuffer:
            self.undobuffer.push(("beginfill", self._fillitem))
        self._update()


    def end_fill(self):
        """Fill the shape drawn after the call begin_fill().

        No argument.

        Example (for a Turtle instance named turtle):
        >>> turtle.color("black", "red")
        >>> turtle.begin_fill()
        >>> turtle.circle(60)
        >>> turtle.end_fill()
        """
        if self.filling():
            if len(self._fillpath) > 2:
                self.screen._drawpoly(self._fillitem, self._fillpath,
                                      fill=self._fillcolor)
                if self.undobuffer:
                    self.undobuffer.push(("dofill", self._fillitem))
            self._fillitem = self._fillpath = None
            self._update()

    def dot(self, size=None, *color):
        """Draw a dot with diameter size, using color.

        Optional arguments:
        size -- an integer >= 1 (if given)
        color -- a colorstring or a numeric color tuple

        Draw a circular dot with diameter size, using color.
        If size is not given, the maximum of pensize+4 and 2*pensize is used.

        Example (for a Turtle instance named turtle):
        >>> turtle.dot()
        >>> turtle.fd(50); turtle.dot(20, "blue"); turtle.fd(50)
        """
        if not color:
            if isinstance(size, (str, tuple)):
                color = self._colorstr(size)
                size = self._pensize + max(self._pensize, 4)
            else:
                color = self._pencolor
                if not size:
                    size = self._pensize + max(self._pensize, 4)
        else:
            if size is None:
                size = self._pensize + max(self._pensize, 4)
            color = self._colorstr(color)
        if hasattr(self.screen, "_dot"):
            item = self.screen._dot(self._position, size, color)
            self.items.append(item)
            if self.undobuffer:
                self.undobuffer.push(("dot", item))
        else:
            pen = self.pen()
            if self.undobuffer:
                self.undobuffer.push(["seq"])
                self.undobuffer.cumulate = True
            try:
                if self.resizemode() == 'auto':
                    self.ht()
                self.pendown()
                self.pensize(size)
                self.pencolor(color)
                self.forward(0)
            finally:
                self.pen(pen)
            if self.undobuffer:
                self.undobuffer.cumulate = False

    def _write(self, txt, align, font):
        """Performs the writing for write()
        """
        item, end = self.screen._write(self._position, txt, align, font,
                                                          self._pencolor)
        self._update()
        self.items.append(item)
        if self.undobuffer:
            self.undobuffer.push(("wri", item))
        return end

    def write(self, arg, move=False, align="left", font=("Arial", 8, "normal")):
        """Write text at the current turtle position.

        Arguments:
        arg -- info, which is to be written to the TurtleScreen
        move (optional) -- True/False
        align (optional) -- one of the strings "left", "center" or right"
        font (optional) -- a triple (fontname, fontsize, fonttype)

        Write text - the string representation of arg - at the current
        turtle position according to align ("left", "center" or right")
        and with the given font.
        If move is True, the pen is moved to the bottom-right corner
        of the text. By default, move is False.

        Example (for a Turtle instance named turtle):
        >>> turtle.write('Home = ', True, align="center")
        >>> turtle.write((0,0), True)
        """
        if self.undobuffer:
            self.undobuffer.push(["seq"])
            self.undobuffer.cumulate = True
        end = self._write(str(arg), align.lower(), font)
        if move:
            x, y = self.pos()
            self.setpos(end, y)
        if self.undobuffer:
            self.undobuffer.cumulate = False

    def begin_poly(self):
        """Start recording the vertices of a polygon.

        No argument.

        Start recording the vertices of a polygon. Current turtle position
        is first point of polygon.

        Example (for a Turtle instance named turtle):
        >>> turtle.begin_poly()
        """
        self._poly = [self._position]
        self._creatingPoly = True

    def end_poly(self):
        """Stop recording the vertices of a polygon.

        No argument.

        Stop recording the vertices of a polygon. Current turtle position is
        last point of polygon. This will be connected with the first point.

        Example (for a Turtle instance named turtle):
        >>> turtle.end_poly()
        """
        self._creatingPoly = False

    def get_poly(self):
        """Return the lastly recorded polygon.

        No argument.

        Example (for a Turtle instance named turtle):
        >>> p = turtle.get_poly()
        >>> turtle.register_shape("myFavouriteShape", p)
        """
        ## check if there is any poly?
        if self._poly is not None:
            return tuple(Vec2D(p[0], p[1]) for p in self._poly)

    def getscreen(self):
        """Return the TurtleScreen object, the turtle is drawing  on.

        No argument.

        Return the TurtleScreen object, the turtle is drawing  on.
        So TurtleScreen-methods can be called for that object.

        Example (for a Turtle instance named turtle):
        >>> ts = turtle.getscreen()
        >>> ts
        <turtle.TurtleScreen object at 0x0106B770>
        >>> ts.bgcolor("pink")
        """
        return self.screen

    def getturtle(self):
        """Return the Turtleobject itself.

        No argument.

        Only reasonable use: as a function to return the 'anonymous turtle':

        Example:
        >>> pet = getturtle()
        >>> pet.fd(50)
        >>> pet
        <turtle.Turtle object at 0x0187D810>
        >>> turtles()
        [<turtle.Turtle object at 0x0187D810>]
        """
        return self

    getpen = getturtle


    ################################################################
    ### screen oriented methods recurring to methods of TurtleScreen
    ################################################################

    def _delay(self, delay=None):
        """Set delay value which determines speed of turtle animation.
        """
        return self.screen.delay(delay)

    def onclick(self, fun, btn=1, add=None):
        """Bind fun to mouse-click event on this turtle on canvas.

        Arguments:
        fun --  a function with two arguments, to which will be assigned
                the coordinates of the clicked point on the canvas.
        btn --  number of the mouse-button defaults to 1 (left mouse button).
        add --  True or False. If True, new binding will be added, otherwise
                it will replace a former binding.

        Example for the anonymous turtle, i. e. the procedural way:

        >>> def turn(x, y):
        ...     left(360)
        ...
        >>> onclick(turn)  # Now clicking into the turtle will turn it.
        >>> onclick(None)  # event-binding will be removed
        """
        self.screen._onclick(self.turtle._item, fun, btn, add)
        self._update()

    def onrelease(self, fun, btn=1, add=None):
        """Bind fun to mouse-button-release event on this turtle on canvas.

        Arguments:
        fun -- a function with two arguments, to which will be assigned
                the coordinates of the clicked point on the canvas.
        btn --  number of the mouse-button defaults to 1 (left mouse button).

        Example (for a MyTurtle instance named joe):
        >>> class MyTurtle(Turtle):
        ...     def glow(self,x,y):
        ...             self.fillcolor("red")
        ...     def unglow(self,x,y):
        ...             self.fillcolor("")
        ...
        >>> joe = MyTurtle()
        >>> joe.onclick(joe.glow)
        >>> joe.onrelease(joe.unglow)

        Clicking on joe turns fillcolor red, unclicking turns it to
        transparent.
        """
        self.screen._onrelease(self.turtle._item, fun, btn, add)
        self._update()

    def ondrag(self, fun, btn=1, add=None):
        """Bind fun to mouse-move event on this turtle on canvas.

        Arguments:
        fun -- a function with two arguments, to which will be assigned
               the coordinates of the clicked point on the canvas.
        btn -- number of the mouse-button defaults to 1 (left mouse button).

        Every sequence of mouse-move-events on a turtle is preceded by a
        mouse-click event on that turtle.

        Example (for a Turtle instance named turtle):
        >>> turtle.ondrag(turtle.goto)

        Subsequently clicking and dragging a Turtle will move it
        across the screen thereby producing handdrawings (if pen is
        down).
        """
        self.screen._ondrag(self.turtle._item, fun, btn, add)


    def _undo(self, action, data):
        """Does the main part of the work for undo()
        """
        if self.undobuffer is None:
            return
        if action == "rot":
            angle, degPAU = data
            self._rotate(-angle*degPAU/self._degreesPerAU)
            dummy = self.undobuffer.pop()
        elif action == "stamp":
            stitem = data[0]
            self.clearstamp(stitem)
        elif action == "go":
            self._undogoto(data)
        elif action in ["wri", "dot"]:
            item = data[0]
            self.screen._delete(item)
            self.items.remove(item)
        elif action == "dofill":
            item = data[0]
            self.screen._drawpoly(item, ((0, 0),(0, 0),(0, 0)),
                                  fill="", outline="")
        elif action == "beginfill":
            item = data[0]
            self._fillitem = self._fillpath = None
            if item in self.items:
                self.screen._delete(item)
                self.items.remove(item)
        elif action == "pen":
            TPen.pen(self, data[0])
            self.undobuffer.pop()

    def undo(self):
        """undo (repeatedly) the last turtle action.

        No argument.

        undo (repeatedly) the last turtle action.
        Number of available undo actions is determined by the size of
        the undobuffer.

        Example (for a Turtle instance named turtle):
        >>> for i in range(4):
        ...     turtle.fd(50); turtle.lt(80)
        ...
        >>> for i in range(8):
        ...     turtle.undo()
        ...
        """
        if self.undobuffer is None:
            return
        item = self.undobuffer.pop()
        action = item[0]
        data = item[1:]
        if action == "seq":
            while data:
                item = data.pop()
                self._undo(item[0], item[1:])
        else:
            self._undo(action, data)

    turtlesize = shapesize

RawPen = RawTurtle

###  Screen - Singleton  ########################

def Screen():
    """Return the singleton screen object.
    If none exists at the moment, create a new one and return it,
    else return the existing one."""
    if Turtle._screen is None:
        Turtle._screen = _Screen()
    return Turtle._screen


class _Root(object):
    """The window (Pave shows one drawing, in the page or in an SVG file)."""
    def __init__(self):
        self._canvas = None

    def setupcanvas(self, width, height, cwidth, cheight):
        self._canvas = ScrolledCanvas(self, width, height, cwidth, cheight)

    def _getcanvas(self):
        return self._canvas

    def set_geometry(self, width, height, startx, starty):
        self._canvas._set_window(int(width), int(height))

    def title(self, text):
        if self._canvas is not None:
            self._canvas._title(text)

    def win_width(self):
        return _SCREEN_SIZE[0]

    def win_height(self):
        return _SCREEN_SIZE[1]

    def destroy(self):
        if self._canvas is not None:
            self._canvas._closed = True
            self._canvas._timers = []


class _Screen(TurtleScreen):

    _root = None
    _canvas = None
    _title = _CFG["title"]

    def __init__(self):
        if _Screen._root is None:
            _Screen._root = self._root = _Root()
        if _Screen._canvas is None:
            width = _CFG["width"]
            height = _CFG["height"]
            canvwidth = _CFG["canvwidth"]
            canvheight = _CFG["canvheight"]
            leftright = _CFG["leftright"]
            topbottom = _CFG["topbottom"]
            self._root.setupcanvas(width, height, canvwidth, canvheight)
            _Screen._canvas = self._root._getcanvas()
            self._root.title(_Screen._title)
            TurtleScreen.__init__(self, _Screen._canvas)
            self.setup(width, height, leftright, topbottom)

    def setup(self, width=_CFG["width"], height=_CFG["height"],
              startx=_CFG["leftright"], starty=_CFG["topbottom"]):
        """ Set the size and position of the main window.

        Arguments:
        width: as integer a size in pixels, as float a fraction of the screen.
          Default is 50% of screen.
        height: as integer the height in pixels, as float a fraction of the
          screen. Default is 75% of screen.
        startx: if positive, starting position in pixels from the left
          edge of the screen, if negative from the right edge
          Default, startx=None is to center window horizontally.
        starty: if positive, starting position in pixels from the top
          edge of the screen, if negative from the bottom edge
          Default, starty=None is to center window vertically.

        Pave's screen is 1280 x 800 pixels, so the default window is 640 x 600;
        the page scales the window to fit its drawing pane.

        Examples (for a Screen instance named screen):
        >>> screen.setup (width=200, height=200, startx=0, starty=0)

        sets window to 200x200 pixels, in upper left of screen

        >>> screen.setup(width=.75, height=0.5, startx=None, starty=None)

        sets window to 75% of screen by 50% of screen and centers
        """
        if not hasattr(self._root, "set_geometry"):
            return
        sw = self._root.win_width()
        sh = self._root.win_height()
        if isinstance(width, float) and 0 <= width <= 1:
            width = sw*width
        if startx is None:
            startx = (sw - width) / 2
        if isinstance(height, float) and 0 <= height <= 1:
            height = sh*height
        if starty is None:
            starty = (sh - height) / 2
        self._root.set_geometry(width, height, startx, starty)
        self.update()

    def title(self, titlestring):
        """Set title of turtle-window

        Argument:
        titlestring -- a string, to appear in the titlebar of the
                       turtle graphics window.

        This is a method of Screen-class. Not available for TurtleScreen-
        objects.

        Example (for a Screen instance named screen):
        >>> screen.title("Welcome to the turtle-zoo!")
        """
        if _Screen._root is not None:
            _Screen._root.title(titlestring)
        _Screen._title = titlestring

    def _destroy(self):
        root = self._root
        if root is _Screen._root:
            Turtle._pen = None
            Turtle._screen = None
            _Screen._root = None
            _Screen._canvas = None
        TurtleScreen._RUNNING = False
        root.destroy()

    def bye(self):
        """Shut the turtlegraphics window.

        In Pave the drawing stays where it is; the program's event loop ends.

        Example (for a TurtleScreen instance named screen):
        >>> screen.bye()
        """
        self._destroy()

    def exitonclick(self):
        """Go into mainloop until the mouse is clicked.

        No arguments.

        Bind bye() method to mouseclick on TurtleScreen.
        If "using_IDLE" - value in configuration dictionary is False
        (default value), enter mainloop.
        If IDLE with -n switch (no subprocess) is used, this value should be
        set to True in turtle.cfg. In this case IDLE's mainloop
        is active also for the client script.

        This is a method of the Screen-class and not available for
        TurtleScreen instances.

        Example (for a Screen instance named screen):
        >>> screen.exitonclick()

        """
        def exitGracefully(x, y):
            """Screen.bye() with two dummy-parameters"""
            self.bye()
        self.onclick(exitGracefully)
        if _CFG["using_IDLE"]:
            return
        try:
            mainloop()
        except AttributeError:
            exit(0)


class Turtle(RawTurtle):
    """RawTurtle auto-creating (scrolled) canvas.

    When a Turtle object is created or a function derived from some
    Turtle method is called a TurtleScreen object is automatically created.
    """
    _pen = None
    _screen = None

    def __init__(self,
                 shape=_CFG["shape"],
                 undobuffersize=_CFG["undobuffersize"],
                 visible=_CFG["visible"]):
        if Turtle._screen is None:
            Turtle._screen = Screen()
        RawTurtle.__init__(self, Turtle._screen,
                           shape=shape,
                           undobuffersize=undobuffersize,
                           visible=visible)

Pen = Turtle


def write_docstringdict(filename="turtle_docstringdict"):
    """Create and write docstring-dictionary to file.

    Optional argument:
    filename -- a string, used as filename
                default value is turtle_docstringdict

    Has to be called explicitly, (not used by the turtle-graphics classes)
    The docstring dictionary will be written to the Python script <filname>.py
    It is intended to serve as a template for translation of the docstrings
    into different languages.
    """
    docsdict = {}

    for methodname in _tg_screen_functions:
        key = "_Screen."+methodname
        docsdict[key] = eval(key).__doc__
    for methodname in _tg_turtle_functions:
        key = "Turtle."+methodname
        docsdict[key] = eval(key).__doc__

    with open("%s.py" % filename,"w") as f:
        keys = sorted(x for x in docsdict
                      if x.split('.')[1] not in _alias_list)
        f.write('docsdict = {\n\n')
        for key in keys[:-1]:
            f.write('%s :\n' % repr(key))
            f.write('        """%s\n""",\n\n' % docsdict[key])
        key = keys[-1]
        f.write('%s :\n' % repr(key))
        f.write('        """%s\n"""\n\n' % docsdict[key])
        f.write("}\n")
        f.close()


def getmethparlist(ob):
    """Get strings describing the arguments for the given object

    Returns a pair of strings representing function parameter lists
    including parenthesis.  The first string is suitable for use in
    function definition and the second is suitable for use in function
    call.  The "self" parameter is not included.
    """
    code = ob.__code__
    args = list(code.co_varnames[:code.co_argcount])
    varargs = varkw = None
    at = code.co_argcount + code.co_kwonlyargcount
    if code.co_flags & 4:
        varargs = code.co_varnames[at]
        at += 1
    if code.co_flags & 8:
        varkw = code.co_varnames[at]
    items2 = args[1:]
    realArgs = args[1:]
    defaults = ob.__defaults__ or []
    defaults = ["=%r" % (value,) for value in defaults]
    defaults = [""] * (len(realArgs)-len(defaults)) + defaults
    items1 = [arg + dflt for arg, dflt in zip(realArgs, defaults)]
    if varargs is not None:
        items1.append("*" + varargs)
        items2.append("*" + varargs)
    if varkw is not None:
        items1.append("**" + varkw)
        items2.append("**" + varkw)
    defText = "(%s)" % ", ".join(items1)
    callText = "(%s)" % ", ".join(items2)
    return defText, callText


def _turtle_docrevise(docstr):
    """To reduce docstrings from RawTurtle class for functions
    """
    if docstr is None:
        return None
    turtlename = _CFG["exampleturtle"]
    newdocstr = docstr.replace("%s." % turtlename, "")
    return newdocstr.replace(" (for a Turtle instance named %s):" % turtlename, ":")


def _screen_docrevise(docstr):
    """To reduce docstrings from TurtleScreen class for functions
    """
    if docstr is None:
        return None
    screenname = _CFG["examplescreen"]
    newdocstr = docstr.replace("%s." % screenname, "")
    for kind in ("TurtleScreen", "Screen"):
        newdocstr = newdocstr.replace(" (for a %s instance named %s):" % (kind, screenname), ":")
    return newdocstr


## The following mechanism makes all methods of RawTurtle and Turtle available
## as functions. So we can enhance, change, add, delete methods to these
## classes and do not need to change anything here.

__func_body = """\
def {name}{paramslist}:
    if {obj} is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        {obj} = {init}
    return {obj}.{name}{argslist}
"""


_GLOBAL_FUNCS = ((_tg_screen_functions, _Screen, 'Turtle._screen', 'Screen()', _screen_docrevise),
                 (_tg_turtle_functions, Turtle, 'Turtle._pen', 'Turtle()', _turtle_docrevise))


def _global_funcs_source():
    """The module-level functions' source, made from the methods' signatures as CPython
    makes it at import. Pave has it written out below (compiling it at each import cost
    175 ms in the browser); tests/turtle.rs checks that it is up to date (BLESS=1
    rewrites it)."""
    source = []
    for functions, cls, obj, init, _ in _GLOBAL_FUNCS:
        for methodname in functions:
            pl1, pl2 = getmethparlist(getattr(cls, methodname))
            source.append(__func_body.format(obj=obj, init=init, name=methodname,
                                             paramslist=pl1, argslist=pl2))
    return "\n".join(source)


# BEGIN functions generated by _global_funcs_source()
def addshape(name, shape=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.addshape(name, shape)

def bgcolor(*args):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.bgcolor(*args)

def bgpic(picname=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.bgpic(picname)

def bye():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.bye()

def clearscreen():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.clearscreen()

def colormode(cmode=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.colormode(cmode)

def delay(delay=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.delay(delay)

def exitonclick():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.exitonclick()

def getcanvas():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.getcanvas()

def getshapes():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.getshapes()

def listen(xdummy=None, ydummy=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.listen(xdummy, ydummy)

def mainloop():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.mainloop()

def mode(mode=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.mode(mode)

def numinput(title, prompt, default=None, minval=None, maxval=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.numinput(title, prompt, default, minval, maxval)

def onkey(fun, key):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.onkey(fun, key)

def onkeypress(fun, key=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.onkeypress(fun, key)

def onkeyrelease(fun, key):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.onkeyrelease(fun, key)

def onscreenclick(fun, btn=1, add=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.onscreenclick(fun, btn, add)

def ontimer(fun, t=0):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.ontimer(fun, t)

def register_shape(name, shape=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.register_shape(name, shape)

def resetscreen():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.resetscreen()

def screensize(canvwidth=None, canvheight=None, bg=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.screensize(canvwidth, canvheight, bg)

def setup(width=0.5, height=0.75, startx=None, starty=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.setup(width, height, startx, starty)

def setworldcoordinates(llx, lly, urx, ury):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.setworldcoordinates(llx, lly, urx, ury)

def textinput(title, prompt):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.textinput(title, prompt)

def title(titlestring):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.title(titlestring)

def tracer(n=None, delay=None):
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.tracer(n, delay)

def turtles():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.turtles()

def update():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.update()

def window_height():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.window_height()

def window_width():
    if Turtle._screen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._screen = Screen()
    return Turtle._screen.window_width()

def back(distance):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.back(distance)

def backward(distance):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.backward(distance)

def begin_fill():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.begin_fill()

def begin_poly():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.begin_poly()

def bk(distance):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.bk(distance)

def circle(radius, extent=None, steps=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.circle(radius, extent, steps)

def clear():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.clear()

def clearstamp(stampid):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.clearstamp(stampid)

def clearstamps(n=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.clearstamps(n)

def clone():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.clone()

def color(*args):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.color(*args)

def degrees(fullcircle=360.0):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.degrees(fullcircle)

def distance(x, y=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.distance(x, y)

def dot(size=None, *color):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.dot(size, *color)

def down():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.down()

def end_fill():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.end_fill()

def end_poly():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.end_poly()

def fd(distance):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.fd(distance)

def fillcolor(*args):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.fillcolor(*args)

def filling():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.filling()

def forward(distance):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.forward(distance)

def get_poly():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.get_poly()

def getpen():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.getpen()

def getscreen():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.getscreen()

def get_shapepoly():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.get_shapepoly()

def getturtle():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.getturtle()

def goto(x, y=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.goto(x, y)

def heading():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.heading()

def hideturtle():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.hideturtle()

def home():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.home()

def ht():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.ht()

def isdown():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.isdown()

def isvisible():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.isvisible()

def left(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.left(angle)

def lt(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.lt(angle)

def onclick(fun, btn=1, add=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.onclick(fun, btn, add)

def ondrag(fun, btn=1, add=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.ondrag(fun, btn, add)

def onrelease(fun, btn=1, add=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.onrelease(fun, btn, add)

def pd():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pd()

def pen(pen=None, **pendict):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pen(pen, **pendict)

def pencolor(*args):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pencolor(*args)

def pendown():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pendown()

def pensize(width=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pensize(width)

def penup():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.penup()

def pos():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pos()

def position():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.position()

def pu():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.pu()

def radians():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.radians()

def right(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.right(angle)

def reset():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.reset()

def resizemode(rmode=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.resizemode(rmode)

def rt(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.rt(angle)

def seth(to_angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.seth(to_angle)

def setheading(to_angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.setheading(to_angle)

def setpos(x, y=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.setpos(x, y)

def setposition(x, y=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.setposition(x, y)

def settiltangle(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.settiltangle(angle)

def setundobuffer(size):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.setundobuffer(size)

def setx(x):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.setx(x)

def sety(y):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.sety(y)

def shape(name=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.shape(name)

def shapesize(stretch_wid=None, stretch_len=None, outline=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.shapesize(stretch_wid, stretch_len, outline)

def shapetransform(t11=None, t12=None, t21=None, t22=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.shapetransform(t11, t12, t21, t22)

def shearfactor(shear=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.shearfactor(shear)

def showturtle():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.showturtle()

def speed(speed=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.speed(speed)

def st():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.st()

def stamp():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.stamp()

def tilt(angle):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.tilt(angle)

def tiltangle(angle=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.tiltangle(angle)

def towards(x, y=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.towards(x, y)

def turtlesize(stretch_wid=None, stretch_len=None, outline=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.turtlesize(stretch_wid, stretch_len, outline)

def undo():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.undo()

def undobufferentries():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.undobufferentries()

def up():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.up()

def width(width=None):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.width(width)

def write(arg, move=False, align='left', font=('Arial', 8, 'normal')):
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.write(arg, move, align, font)

def xcor():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.xcor()

def ycor():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen.ycor()

# END functions generated by _global_funcs_source()


def _set_global_docs():
    for functions, cls, _, _, docrevise in _GLOBAL_FUNCS:
        for methodname in functions:
            function = globals().get(methodname)
            if function is not None:  # missing only while the block is out of date
                function.__doc__ = docrevise(getattr(cls, methodname).__doc__)


_set_global_docs()


done = mainloop


def _pave_new_run():
    """Called by Pave before each program: forget the screen and the turtles of the
    last run, so the program starts on a fresh screen, as in a new process."""
    if _Screen._canvas is not None:
        _Screen._canvas._closed = True
    Turtle._pen = None
    Turtle._screen = None
    _Screen._root = None
    _Screen._canvas = None
    _Screen._title = _CFG["title"]
    TurtleScreen._RUNNING = True
    RawTurtle.screens = []


def _pave_flush():
    """Called by Pave after each program and REPL entry: draw what is pending."""
    canvas = _Screen._canvas
    if canvas is not None and canvas._stale and canvas._screen is not None:
        canvas._screen._draw_stale()
    _pave_draw.update(True)
