//! [`Drawing`]: the canvas the commands describe, and its picture as SVG.
//!
//! `www/core/ui/drawing-model.js` is the same model in the page, with the same SVG writer, so
//! that a picture saved from the page is byte for byte the one `pave run --turtle` writes.
//! Both follow the rules below; change them together.
//!
//! - Items are painted in stacking order (creation, or the last `Raise`).
//! - A line with a colour and at least two points is a `<polyline>` with round caps and
//!   joins; one whose points all coincide is a `<circle>` (Tk draws a zero-length line
//!   with round caps as a dot, which is what `dot()` makes).
//! - A polygon with a fill or an outline and two distinct points is a `<polygon>` with
//!   the even-odd rule (that of Tk's X11 canvas).
//! - A text is a `<text>` per line, its bottom edge at the item's point: the baseline is
//!   [`DESCENT`] of the font size above it, and lines are [`LINE_HEIGHT`] apart.
//! - Widths below 1 are drawn 1 wide (Tk draws width 0 as a thin line).
//! - Numbers are rounded half away from zero to two decimals, without trailing zeros.

use std::collections::HashMap;
use std::fmt::Write;

use super::{Anchor, Color, Command, Font, ItemKind};

/// Where a text's baseline sits above its bottom edge, in font sizes.
pub const DESCENT: f64 = 0.22;
/// The distance between the lines of a text, in font sizes.
pub const LINE_HEIGHT: f64 = 1.2;

#[derive(Debug, Clone)]
enum Content {
    Shape(ItemKind),
    Text {
        anchor: Anchor,
        text: String,
        font: Font,
    },
}

#[derive(Debug, Clone)]
struct Item {
    z: u64,
    content: Content,
    points: Vec<f64>,
    fill: Color,
    outline: Color,
    width: f64,
}

/// The window a picture shows, in canvas coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

/// A canvas built from [`Command`]s, as the page keeps it.
#[derive(Debug, Clone)]
pub struct Drawing {
    items: HashMap<u32, Item>,
    top: u64,
    background: Color,
    view: View,
    title: String,
    commands: usize,
}

impl Default for Drawing {
    fn default() -> Self {
        Drawing {
            items: HashMap::new(),
            top: 0,
            background: Color("#ffffff".to_owned()),
            view: View {
                x: -320.0,
                y: -300.0,
                width: 640.0,
                height: 600.0,
            },
            title: String::new(),
            commands: 0,
        }
    }
}

impl Drawing {
    /// An empty white canvas.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many commands have been applied: 0 means nothing was ever drawn.
    pub fn commands(&self) -> usize {
        self.commands
    }

    /// Apply `commands` in order.
    pub fn apply(&mut self, commands: &[Command]) {
        self.commands += commands.len();
        for command in commands {
            self.apply_one(command);
        }
    }

    fn next_z(&mut self) -> u64 {
        self.top += 1;
        self.top
    }

    fn apply_one(&mut self, command: &Command) {
        match command {
            Command::Clear => self.items.clear(),
            Command::New { id, kind } => {
                let z = self.next_z();
                let (points, width) = match kind {
                    ItemKind::Line => (vec![0.0; 4], 2.0),
                    ItemKind::Polygon | ItemKind::Turtle => (vec![0.0; 6], 1.0),
                };
                self.items.insert(
                    *id,
                    Item {
                        z,
                        content: Content::Shape(*kind),
                        points,
                        fill: Color::none(),
                        outline: Color::none(),
                        width,
                    },
                );
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
                let z = self.next_z();
                self.items.insert(
                    *id,
                    Item {
                        z,
                        content: Content::Text {
                            anchor: *anchor,
                            text: text.clone(),
                            font: font.clone(),
                        },
                        points: vec![*x, *y],
                        fill: fill.clone(),
                        outline: Color::none(),
                        width: 1.0,
                    },
                );
            }
            Command::Coords { id, points } => {
                if let Some(item) = self.items.get_mut(id) {
                    item.points.clone_from(points);
                }
            }
            Command::Add { id, x, y } => {
                if let Some(item) = self.items.get_mut(id) {
                    item.points.extend([*x, *y]);
                }
            }
            Command::Fill { id, color } => {
                if let Some(item) = self.items.get_mut(id) {
                    item.fill = color.clone();
                }
            }
            Command::Outline { id, color } => {
                if let Some(item) = self.items.get_mut(id) {
                    item.outline = color.clone();
                }
            }
            Command::Width { id, width } => {
                if let Some(item) = self.items.get_mut(id) {
                    item.width = *width;
                }
            }
            Command::Raise(id) => {
                let z = self.top + 1;
                if let Some(item) = self.items.get_mut(id) {
                    item.z = z;
                    self.top = z;
                }
            }
            Command::Delete(id) => {
                self.items.remove(id);
            }
            Command::Background(color) => self.background = color.clone(),
            Command::View {
                x,
                y,
                width,
                height,
            } => {
                self.view = View {
                    x: *x,
                    y: *y,
                    width: *width,
                    height: *height,
                }
            }
            Command::Scale { x, y } => {
                for item in self.items.values_mut() {
                    for pair in item.points.chunks_exact_mut(2) {
                        pair[0] *= x;
                        pair[1] *= y;
                    }
                }
            }
            Command::Title(title) => self.title.clone_from(title),
            Command::Focus => {}
        }
    }

    /// The picture as an SVG document (see the module docs for the rules).
    pub fn to_svg(&self) -> String {
        let v = self.view;
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"{x} {y} {w} {h}\">\n",
            x = num(v.x),
            y = num(v.y),
            w = num(v.width),
            h = num(v.height),
        );
        if !self.title.is_empty() {
            let _ = writeln!(out, "<title>{}</title>", escape(&self.title));
        }
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            num(v.x),
            num(v.y),
            num(v.width),
            num(v.height),
            self.background.as_str()
        );
        let mut items: Vec<&Item> = self.items.values().collect();
        items.sort_by_key(|item| item.z);
        for item in items {
            write_item(&mut out, item);
        }
        out.push_str("</svg>\n");
        out
    }
}

fn write_item(out: &mut String, item: &Item) {
    match &item.content {
        Content::Shape(ItemKind::Line) => write_line(out, item),
        Content::Shape(_) => write_polygon(out, item),
        Content::Text { anchor, text, font } => write_text(out, item, *anchor, text, font),
    }
}

fn stroke_width(width: f64) -> f64 {
    width.max(1.0)
}

fn all_same(points: &[f64]) -> bool {
    points
        .chunks_exact(2)
        .all(|p| p[0] == points[0] && p[1] == points[1])
}

fn point_list(points: &[f64]) -> String {
    let mut list = String::new();
    for (i, p) in points.chunks_exact(2).enumerate() {
        if i > 0 {
            list.push(' ');
        }
        let _ = write!(list, "{},{}", num(p[0]), num(p[1]));
    }
    list
}

fn write_line(out: &mut String, item: &Item) {
    if item.fill.is_none() || item.points.len() < 4 {
        return;
    }
    let width = stroke_width(item.width);
    if all_same(&item.points) {
        let _ = writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>",
            num(item.points[0]),
            num(item.points[1]),
            num(width / 2.0),
            item.fill.as_str()
        );
        return;
    }
    let _ = writeln!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
        point_list(&item.points),
        item.fill.as_str(),
        num(width)
    );
}

fn write_polygon(out: &mut String, item: &Item) {
    if (item.fill.is_none() && item.outline.is_none())
        || item.points.len() < 4
        || all_same(&item.points)
    {
        return;
    }
    let fill = if item.fill.is_none() {
        "none"
    } else {
        item.fill.as_str()
    };
    let _ = write!(
        out,
        "<polygon points=\"{}\" fill=\"{fill}\" fill-rule=\"evenodd\"",
        point_list(&item.points)
    );
    if !item.outline.is_none() {
        let _ = write!(
            out,
            " stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"",
            item.outline.as_str(),
            num(stroke_width(item.width))
        );
    }
    out.push_str("/>\n");
}

fn write_text(out: &mut String, item: &Item, anchor: Anchor, text: &str, font: &Font) {
    if item.fill.is_none() || item.points.len() < 2 {
        return;
    }
    let anchor = match anchor {
        Anchor::Left => "start",
        Anchor::Center => "middle",
        Anchor::Right => "end",
    };
    let mut style = String::new();
    if font.style & Font::BOLD != 0 {
        style.push_str(" font-weight=\"bold\"");
    }
    if font.style & Font::ITALIC != 0 {
        style.push_str(" font-style=\"italic\"");
    }
    let decoration: Vec<&str> = [
        (Font::UNDERLINE, "underline"),
        (Font::OVERSTRIKE, "line-through"),
    ]
    .iter()
    .filter(|(bit, _)| font.style & bit != 0)
    .map(|(_, name)| *name)
    .collect();
    if !decoration.is_empty() {
        let _ = write!(style, " text-decoration=\"{}\"", decoration.join(" "));
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let bottom = item.points[1] - font.px * DESCENT;
    for (i, line) in lines.iter().enumerate() {
        let above = (lines.len() - 1 - i) as f64;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-family=\"{}\" font-size=\"{}\"{style} text-anchor=\"{anchor}\" fill=\"{}\" xml:space=\"preserve\">{}</text>",
            num(item.points[0]),
            num(bottom - above * font.px * LINE_HEIGHT),
            escape(&font.family),
            num(font.px),
            item.fill.as_str(),
            escape(line)
        );
    }
}

/// `v` rounded half away from zero to two decimals, without trailing zeros.
pub fn num(v: f64) -> String {
    let hundredths = (v.abs() * 100.0).round();
    if hundredths == 0.0 || !hundredths.is_finite() {
        return "0".to_owned();
    }
    // Coordinates are clamped to ±1e9 when decoded, so this is at most 1e11.
    let n = hundredths as u64;
    let sign = if v < 0.0 { "-" } else { "" };
    let (whole, frac) = (n / 100, n % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// Text for XML content and attribute values: markup characters escaped, and control
/// characters (which XML forbids) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_half_away_from_zero() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(100.0), "100");
        assert_eq!(num(-2.5), "-2.5");
        assert_eq!(num(0.125), "0.13");
        assert_eq!(num(-0.125), "-0.13");
        assert_eq!(num(1.23456), "1.23");
        assert_eq!(num(1e9), "1000000000");
    }

    #[test]
    fn a_square_with_a_dot_and_a_text() {
        let mut d = Drawing::new();
        d.apply(&[
            Command::New {
                id: 1,
                kind: ItemKind::Line,
            },
            Command::Coords {
                id: 1,
                points: vec![0.0, 0.0, 10.0, 0.0],
            },
            Command::Fill {
                id: 1,
                color: Color::parse("#ff0000").expect("valid"),
            },
            Command::Add {
                id: 1,
                x: 10.0,
                y: -10.0,
            },
            Command::New {
                id: 2,
                kind: ItemKind::Line,
            },
            Command::Coords {
                id: 2,
                points: vec![5.0, 5.0, 5.0, 5.0],
            },
            Command::Fill {
                id: 2,
                color: Color::parse("#000000").expect("valid"),
            },
            Command::Width { id: 2, width: 8.0 },
            Command::Raise(1),
            Command::Text {
                id: 3,
                x: 0.0,
                y: 0.0,
                anchor: Anchor::Center,
                text: "a<b\nc".into(),
                font: Font {
                    family: "Arial".into(),
                    px: 10.0,
                    style: Font::BOLD,
                },
                fill: Color::parse("#000000").expect("valid"),
            },
        ]);
        let svg = d.to_svg();
        let circle = svg.find("<circle cx=\"5\" cy=\"5\" r=\"4\"").expect("dot");
        let line = svg
            .find("<polyline points=\"0,0 10,0 10,-10\" fill=\"none\" stroke=\"#ff0000\" stroke-width=\"2\"")
            .expect("line");
        assert!(circle < line, "raised line above the dot:\n{svg}");
        assert!(svg.contains("y=\"-14.2\" font-family=\"Arial\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000000\" xml:space=\"preserve\">a&lt;b</text>"), "{svg}");
        assert!(svg.contains("y=\"-2.2\""), "{svg}");
    }
}
