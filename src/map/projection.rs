//! Longitude/latitude to SVG user units over the frame.
//!
//! Equirectangular, with longitude scaled by the cosine of the frame's middle
//! latitude: over a 6° band (38–44° N) the east–west scale is off by under 5%
//! at the top and bottom edges, which no reader of a locator map sees, and
//! the mapping stays linear (a straight box in degrees is a straight box on
//! screen, and `contains` is the frame itself). Mercator would only trade
//! that for a vertical stretch of similar size and need tan/ln.

use super::outlines::Frame;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    frame: Frame,
    /// cos(middle latitude): how much a degree of longitude counts.
    x_scale: f64,
    /// SVG units per degree of latitude.
    unit: f64,
    width: f64,
    height: f64,
}

impl Projection {
    /// A projection of `frame` onto a viewBox `width` wide; the height follows.
    pub fn new(frame: Frame, width: f64) -> Self {
        let x_scale = ((frame.south + frame.north) / 2.0).to_radians().cos();
        let unit = width / ((frame.east - frame.west) * x_scale);
        Projection { frame, x_scale, unit, width, height: (frame.north - frame.south) * unit }
    }

    pub fn frame(&self) -> Frame {
        self.frame
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    pub fn height(&self) -> f64 {
        self.height
    }

    /// `(x, y)` with the frame's north-west corner at (0, 0) and y downwards.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        ((lon - self.frame.west) * self.x_scale * self.unit, (self.frame.north - lat) * self.unit)
    }

    /// Whether the point lies in the frame (edges included).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.frame.west..=self.frame.east).contains(&lon) && (self.frame.south..=self.frame.north).contains(&lat)
    }
}
