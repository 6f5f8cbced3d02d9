//! Turtle graphics as a stream of drawing commands.
//!
//! Pave's `turtle` module (`python/lib/turtle.py`) draws on a canvas modelled on the Tk
//! canvas CPython's turtle uses: items (lines, polygons, texts) stacked in creation order,
//! whose coordinates and colours change as the turtle moves. Every canvas operation
//! becomes a [`Command`]; `python/drawing.rs` decodes them from the flat list the module
//! fills and hands them to the [`Host`](crate::Host), which draws them in the page
//! (`www/core/ui/drawing.js`), or keeps them in a [`Drawing`] that writes the final picture as
//! SVG (`pave run --turtle out.svg`, the golden tests). Both ends apply the same commands
//! to the same model, so the page and the command line show the same picture.
//!
//! Coordinates are Tk canvas coordinates: pixels, x to the right, y downwards, the origin
//! at the centre of the turtle's world (the module has already applied
//! `setworldcoordinates`' scale and flipped y).

mod model;

pub use model::Drawing;

/// A colour as the commands carry it: `#rrggbb`, or none (an invisible fill or outline).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Color(String);

impl Color {
    /// No colour: nothing is painted.
    pub fn none() -> Self {
        Color(String::new())
    }

    /// `""` or `#rrggbb` (lower-case hex), the only forms the module sends.
    pub fn parse(text: &str) -> Result<Self, DrawError> {
        let valid = text.is_empty()
            || (text.len() == 7
                && text.starts_with('#')
                && text[1..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        if valid {
            Ok(Color(text.to_owned()))
        } else {
            Err(DrawError::BadColor(text.to_owned()))
        }
    }

    /// True when nothing is painted in this colour.
    pub fn is_none(&self) -> bool {
        self.0.is_empty()
    }

    /// `#rrggbb`, or `""` for none.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a text sits relative to its point: Tk's anchors `sw`, `s` and `se`, which
/// CPython's `write(align=...)` maps `left`, `center` and `right` to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the bottom left corner of the text.
    Left,
    /// The point is the middle of the text's bottom edge.
    Center,
    /// The point is the bottom right corner.
    Right,
}

/// A text's font, resolved by the module from Tk's `(family, size, style)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    /// The family as the program named it (`"Arial"`).
    pub family: String,
    /// The size in pixels (Tk's points times 4/3, or a negative Tk size negated).
    pub px: f64,
    /// Bit set of [`Font::BOLD`], [`Font::ITALIC`], [`Font::UNDERLINE`], [`Font::OVERSTRIKE`].
    pub style: u8,
}

impl Font {
    /// `bold` in the style.
    pub const BOLD: u8 = 1;
    /// `italic` in the style.
    pub const ITALIC: u8 = 2;
    /// `underline` in the style.
    pub const UNDERLINE: u8 = 4;
    /// `overstrike` in the style.
    pub const OVERSTRIKE: u8 = 8;
}

/// What kind of item a `new` command makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A polyline (Tk `create_line`): no colour, width 2, round caps and joins.
    Line,
    /// A polygon (Tk `create_polygon`): no fill, no outline, width 1, even-odd fill.
    Polygon,
    /// A polygon that shows a turtle; the page draws these above everything else.
    Turtle,
}

/// One canvas operation. Items are numbered by the module; a command naming an item
/// that does not exist (deleted, or from an earlier run) does nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Delete every item.
    Clear,
    /// A new, empty item on top of the others.
    New { id: u32, kind: ItemKind },
    /// A new text item on top of the others.
    Text {
        id: u32,
        x: f64,
        y: f64,
        anchor: Anchor,
        text: String,
        font: Font,
        fill: Color,
    },
    /// Replace an item's points (`x0, y0, x1, y1, …`).
    Coords { id: u32, points: Vec<f64> },
    /// Add a point at the end of a line (a turtle moving with its pen down).
    Add { id: u32, x: f64, y: f64 },
    /// A line's colour, a polygon's or a text's fill.
    Fill { id: u32, color: Color },
    /// A polygon's outline colour.
    Outline { id: u32, color: Color },
    /// A line's or an outline's width in pixels.
    Width { id: u32, width: f64 },
    /// Put an item on top of the others.
    Raise(u32),
    /// Delete one item.
    Delete(u32),
    /// The background colour.
    Background(Color),
    /// The part of the canvas the window shows: its top left corner and size.
    View {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
    },
    /// Multiply every item's coordinates (`setworldcoordinates` after drawing).
    Scale { x: f64, y: f64 },
    /// The window's title.
    Title(String),
    /// The program listens for keys: give the drawing the keyboard focus.
    Focus,
}

/// An operation code of the flat form the module writes (see `python/lib/turtle.py`,
/// which has the same numbers). Each is followed by its operands, in [`Command`]'s order.
pub mod op {
    /// `CLEAR`.
    pub const CLEAR: u8 = 0;
    /// `LINE id`.
    pub const LINE: u8 = 1;
    /// `POLY id`.
    pub const POLY: u8 = 2;
    /// `TURTLE id`.
    pub const TURTLE: u8 = 3;
    /// `TEXT id x y anchor text family px style fill`.
    pub const TEXT: u8 = 4;
    /// `COORDS id n x0 y0 … (n points)`.
    pub const COORDS: u8 = 5;
    /// `ADD id x y`.
    pub const ADD: u8 = 6;
    /// `FILL id color`.
    pub const FILL: u8 = 7;
    /// `OUTLINE id color`.
    pub const OUTLINE: u8 = 8;
    /// `WIDTH id width`.
    pub const WIDTH: u8 = 9;
    /// `RAISE id`.
    pub const RAISE: u8 = 10;
    /// `DELETE id`.
    pub const DELETE: u8 = 11;
    /// `BG color`.
    pub const BG: u8 = 12;
    /// `VIEW x y width height`.
    pub const VIEW: u8 = 13;
    /// `SCALE x y`.
    pub const SCALE: u8 = 14;
    /// `TITLE text`.
    pub const TITLE: u8 = 15;
    /// `FOCUS`.
    pub const FOCUS: u8 = 16;
}

/// One element of the flat command list: a number or a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// An `int` or a `float`.
    Num(f64),
    /// A `str`.
    Str(&'a str),
}

/// A command list that does not follow the format: a bug in the module, or a program
/// that wrote to `_pave_draw` itself.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrawError {
    /// An operation code that does not exist.
    #[error("unknown drawing operation {0}")]
    UnknownOp(f64),
    /// The list ended in the middle of a command.
    #[error("drawing command cut short")]
    Truncated,
    /// A string where a number belongs, or the other way round.
    #[error("drawing command operand {0} has the wrong type")]
    WrongType(usize),
    /// An item number that is not a non-negative integer below 2**32.
    #[error("bad drawing item number {0}")]
    BadId(f64),
    /// A colour that is neither `""` nor `#rrggbb`.
    #[error("bad drawing colour {0:?}")]
    BadColor(String),
}

/// Largest coordinate kept: far outside any window, and small enough that every number
/// prints the same way in Rust and JavaScript.
pub const MAX_COORD: f64 = 1e9;

/// Read a flat command list into commands. Numbers that are not finite are clamped to
/// ±[`MAX_COORD`] (NaN to 0), so every consumer sees bounded, finite coordinates.
pub fn decode(values: &[Value<'_>]) -> Result<Vec<Command>, DrawError> {
    let mut reader = Reader { values, at: 0 };
    let mut commands = Vec::new();
    while reader.at < values.len() {
        commands.push(reader.command()?);
    }
    Ok(commands)
}

struct Reader<'v, 'a> {
    values: &'v [Value<'a>],
    at: usize,
}

impl<'a> Reader<'_, 'a> {
    fn next(&mut self) -> Result<Value<'a>, DrawError> {
        let value = *self.values.get(self.at).ok_or(DrawError::Truncated)?;
        self.at += 1;
        Ok(value)
    }

    fn num(&mut self) -> Result<f64, DrawError> {
        match self.next()? {
            Value::Num(n) => Ok(n),
            Value::Str(_) => Err(DrawError::WrongType(self.at - 1)),
        }
    }

    fn coord(&mut self) -> Result<f64, DrawError> {
        let n = self.num()?;
        Ok(if n.is_nan() {
            0.0
        } else {
            n.clamp(-MAX_COORD, MAX_COORD)
        })
    }

    fn text(&mut self) -> Result<&'a str, DrawError> {
        match self.next()? {
            Value::Str(s) => Ok(s),
            Value::Num(_) => Err(DrawError::WrongType(self.at - 1)),
        }
    }

    fn id(&mut self) -> Result<u32, DrawError> {
        let n = self.num()?;
        if n >= 0.0 && n <= f64::from(u32::MAX) && n.fract() == 0.0 {
            // Checked just above: a whole number in u32's range.
            Ok(n as u32)
        } else {
            Err(DrawError::BadId(n))
        }
    }

    fn color(&mut self) -> Result<Color, DrawError> {
        Color::parse(self.text()?)
    }

    fn command(&mut self) -> Result<Command, DrawError> {
        let code = self.num()?;
        if code.fract() != 0.0 || !(0.0..=f64::from(op::FOCUS)).contains(&code) {
            return Err(DrawError::UnknownOp(code));
        }
        // In range and whole, checked above.
        Ok(match code as u8 {
            op::CLEAR => Command::Clear,
            op::LINE => self.new_item(ItemKind::Line)?,
            op::POLY => self.new_item(ItemKind::Polygon)?,
            op::TURTLE => self.new_item(ItemKind::Turtle)?,
            op::TEXT => self.text_item()?,
            op::COORDS => {
                let id = self.id()?;
                let count = self.num()?;
                let available = (self.values.len() - self.at) / 2;
                if !(0.0..=available as f64).contains(&count) || count.fract() != 0.0 {
                    return Err(DrawError::Truncated);
                }
                let points = (0..(count as usize) * 2)
                    .map(|_| self.coord())
                    .collect::<Result<_, _>>()?;
                Command::Coords { id, points }
            }
            op::ADD => Command::Add {
                id: self.id()?,
                x: self.coord()?,
                y: self.coord()?,
            },
            op::FILL => Command::Fill {
                id: self.id()?,
                color: self.color()?,
            },
            op::OUTLINE => Command::Outline {
                id: self.id()?,
                color: self.color()?,
            },
            op::WIDTH => Command::Width {
                id: self.id()?,
                width: self.coord()?,
            },
            op::RAISE => Command::Raise(self.id()?),
            op::DELETE => Command::Delete(self.id()?),
            op::BG => Command::Background(self.color()?),
            op::VIEW => Command::View {
                x: self.coord()?,
                y: self.coord()?,
                width: self.coord()?,
                height: self.coord()?,
            },
            op::SCALE => Command::Scale {
                x: self.coord()?,
                y: self.coord()?,
            },
            op::TITLE => Command::Title(self.text()?.to_owned()),
            _ => Command::Focus,
        })
    }

    fn new_item(&mut self, kind: ItemKind) -> Result<Command, DrawError> {
        Ok(Command::New {
            id: self.id()?,
            kind,
        })
    }

    fn text_item(&mut self) -> Result<Command, DrawError> {
        let id = self.id()?;
        let x = self.coord()?;
        let y = self.coord()?;
        let code = self.num()?;
        let anchor = if code == 1.0 {
            Anchor::Center
        } else if code == 2.0 {
            Anchor::Right
        } else {
            Anchor::Left
        };
        let text = self.text()?.to_owned();
        let family = self.text()?.to_owned();
        let px = self.coord()?.abs();
        let style = self.num()?;
        let style = if (0.0..16.0).contains(&style) {
            style as u8
        } else {
            0
        };
        let fill = self.color()?;
        Ok(Command::Text {
            id,
            x,
            y,
            anchor,
            text,
            font: Font { family, px, style },
            fill,
        })
    }
}

/// Commands in the flat form again, split into numbers and strings (a string's place in
/// the numbers holds its index in `strings`): what the web host posts to the page, which
/// reads it back in `www/core/ui/drawing-model.js`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Wire {
    /// Operation codes, item numbers, coordinates, and string indices.
    pub numbers: Vec<f64>,
    /// The strings the numbers refer to.
    pub strings: Vec<String>,
}

impl Wire {
    /// True when nothing has been added since the last [`Wire::take`].
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    /// Everything added so far, leaving this empty.
    pub fn take(&mut self) -> Wire {
        std::mem::take(self)
    }

    /// Append `commands`.
    pub fn extend(&mut self, commands: &[Command]) {
        for command in commands {
            self.push(command);
        }
    }

    fn string(&mut self, text: &str) {
        self.numbers.push(self.strings.len() as f64);
        self.strings.push(text.to_owned());
    }

    fn op(&mut self, code: u8, id: u32) {
        self.numbers.push(f64::from(code));
        self.numbers.push(f64::from(id));
    }

    fn push(&mut self, command: &Command) {
        match command {
            Command::Clear => self.numbers.push(f64::from(op::CLEAR)),
            Command::New { id, kind } => {
                let code = match kind {
                    ItemKind::Line => op::LINE,
                    ItemKind::Polygon => op::POLY,
                    ItemKind::Turtle => op::TURTLE,
                };
                self.op(code, *id);
            }
            Command::Text {
                id,
                x,
                y,
                anchor,
                text,
                font,
                fill,
            } => {
                self.op(op::TEXT, *id);
                self.numbers.extend([*x, *y, anchor_code(*anchor)]);
                self.string(text);
                self.string(&font.family);
                self.numbers.extend([font.px, f64::from(font.style)]);
                self.string(fill.as_str());
            }
            Command::Coords { id, points } => {
                self.op(op::COORDS, *id);
                self.numbers.push((points.len() / 2) as f64);
                self.numbers
                    .extend_from_slice(&points[..points.len() / 2 * 2]);
            }
            Command::Add { id, x, y } => {
                self.op(op::ADD, *id);
                self.numbers.extend([*x, *y]);
            }
            Command::Fill { id, color } => {
                self.op(op::FILL, *id);
                self.string(color.as_str());
            }
            Command::Outline { id, color } => {
                self.op(op::OUTLINE, *id);
                self.string(color.as_str());
            }
            Command::Width { id, width } => {
                self.op(op::WIDTH, *id);
                self.numbers.push(*width);
            }
            Command::Raise(id) => self.op(op::RAISE, *id),
            Command::Delete(id) => self.op(op::DELETE, *id),
            Command::Background(color) => {
                self.numbers.push(f64::from(op::BG));
                self.string(color.as_str());
            }
            Command::View {
                x,
                y,
                width,
                height,
            } => {
                self.numbers.push(f64::from(op::VIEW));
                self.numbers.extend([*x, *y, *width, *height]);
            }
            Command::Scale { x, y } => {
                self.numbers.push(f64::from(op::SCALE));
                self.numbers.extend([*x, *y]);
            }
            Command::Title(text) => {
                self.numbers.push(f64::from(op::TITLE));
                self.string(text);
            }
            Command::Focus => self.numbers.push(f64::from(op::FOCUS)),
        }
    }
}

fn anchor_code(anchor: Anchor) -> f64 {
    match anchor {
        Anchor::Left => 0.0,
        Anchor::Center => 1.0,
        Anchor::Right => 2.0,
    }
}

/// What the user did in the drawing, for the program's `onclick`/`onkey` handlers.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A mouse button went down (`kind` 1), up (2), or the mouse moved with it down (3),
    /// at canvas coordinates `x`, `y`.
    Pointer {
        kind: u8,
        button: u8,
        x: f64,
        y: f64,
    },
    /// A key went down (`pressed`) or up; `key` is its Tk name (`"a"`, `"Up"`, `"space"`).
    Key { pressed: bool, key: String },
}

/// The outcome of waiting for an [`Event`].
#[derive(Debug, Clone, PartialEq)]
pub enum EventWait {
    /// Something happened.
    Event(Event),
    /// Nothing happened before the time was up.
    Timeout,
    /// The user asked to stop.
    Interrupted,
    /// This host has no drawing to click or type into (the command line): no event will
    /// ever come.
    Unavailable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_command_and_encodes_it_back() {
        let flat = [
            Value::Num(1.0),
            Value::Num(7.0),
            Value::Num(5.0),
            Value::Num(7.0),
            Value::Num(2.0),
            Value::Num(0.0),
            Value::Num(0.0),
            Value::Num(10.5),
            Value::Num(-3.0),
            Value::Num(6.0),
            Value::Num(7.0),
            Value::Num(f64::INFINITY),
            Value::Num(f64::NAN),
            Value::Num(7.0),
            Value::Num(7.0),
            Value::Str("#ff0000"),
            Value::Num(4.0),
            Value::Num(8.0),
            Value::Num(1.0),
            Value::Num(2.0),
            Value::Num(1.0),
            Value::Str("hi"),
            Value::Str("Arial"),
            Value::Num(10.0),
            Value::Num(3.0),
            Value::Str(""),
        ];
        let commands = decode(&flat).expect("valid");
        assert_eq!(commands.len(), 5);
        assert_eq!(
            commands[2],
            Command::Add {
                id: 7,
                x: MAX_COORD,
                y: 0.0
            }
        );
        let mut wire = Wire::default();
        wire.extend(&commands);
        assert_eq!(wire.strings, ["#ff0000", "hi", "Arial", ""]);
        assert_eq!(
            &wire.numbers[..9],
            &[1.0, 7.0, 5.0, 7.0, 2.0, 0.0, 0.0, 10.5, -3.0]
        );
    }

    #[test]
    fn refuses_malformed_lists() {
        assert_eq!(decode(&[Value::Num(99.0)]), Err(DrawError::UnknownOp(99.0)));
        assert_eq!(
            decode(&[Value::Num(6.0), Value::Num(1.0)]),
            Err(DrawError::Truncated)
        );
        assert_eq!(
            decode(&[Value::Num(10.0), Value::Num(-1.0)]),
            Err(DrawError::BadId(-1.0))
        );
        assert_eq!(
            decode(&[Value::Num(12.0), Value::Str("red")]),
            Err(DrawError::BadColor("red".into()))
        );
        assert_eq!(
            decode(&[
                Value::Num(5.0),
                Value::Num(1.0),
                Value::Num(1e9),
                Value::Num(0.0)
            ]),
            Err(DrawError::Truncated)
        );
        assert_eq!(
            decode(&[Value::Num(12.0), Value::Num(1.0)]),
            Err(DrawError::WrongType(1))
        );
    }
}
