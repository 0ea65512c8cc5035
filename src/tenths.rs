//! Numbers for SVG attributes and path data, written as integer tenths.
//!
//! Every coordinate the views draw is already rounded to a tenth; writing it
//! through `f64`'s `Display` would pull float formatting (some 11 KB) into
//! the app for nothing. `12.0` is written `12`, `-0.04` is written `0`.

use std::fmt;

/// `v` rounded to the nearest tenth, for `format!` arguments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tenths(pub f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `as` saturates and maps NaN to 0: never a panic, never "NaN".
        let t = (self.0 * 10.0).round() as i64;
        let sign = if t < 0 { "-" } else { "" };
        let (whole, tenth) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

/// `v` rounded to the nearest tenth, as text: `12`, `4.5`, `-0.5`.
pub fn tenths(v: f64) -> String {
    Tenths(v).to_string()
}

/// SVG path data of the closed polygon through `points`: `M x y L x y … Z`.
pub fn closed_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        let step = if i == 0 { "M" } else { " L" };
        d.push_str(&format!("{step} {} {}", Tenths(x), Tenths(y)));
    }
    d.push_str(" Z");
    d
}
