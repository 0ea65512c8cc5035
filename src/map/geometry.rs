//! Where everything on the map goes: [`MapGeometry::new`] projects the
//! outlines, places a mark for every place in the frame, lists the places
//! outside it, and places labels greedily without overlap.

use super::outlines::{Frame, Outlines};
use super::projection::Projection;

/// A place to show: where it is, how many records mention it, and whether it
/// is a region (Nagorno-Karabakh, the line of contact, a country as a
/// territory), which gets a label at its point but no dot: a region is not a
/// town and is not drawn as one.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkInput {
    pub id: String,
    pub name: String,
    pub lon: f64,
    pub lat: f64,
    pub count: usize,
    pub is_region: bool,
}

/// The viewBox width and the measures that size marks and estimate labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapSize {
    pub width: f64,
    /// Estimated width of one character of a label.
    pub char_width: f64,
    /// Height of a label's box.
    pub label_height: f64,
    /// Space between a dot and its label.
    pub gap: f64,
    /// The smallest dot (also for places with no record).
    pub min_radius: f64,
    /// A dot's radius is this × √count (its area follows the count), at least `min_radius`.
    pub radius_per_sqrt: f64,
}

impl MapSize {
    /// Measures for 11 px labels at the given width.
    pub const fn new(width: f64) -> Self {
        MapSize { width, char_width: 6.5, label_height: 13.0, gap: 2.0, min_radius: 3.0, radius_per_sqrt: 3.0 }
    }
}

impl Default for MapSize {
    fn default() -> Self {
        MapSize::new(800.0)
    }
}

/// Where a label sits relative to its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    Left,
    Above,
    Below,
    /// Centred on the point: regions only, which have no dot.
    Centre,
}

/// How the text lines up with [`LabelBox::text_x`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

/// A label's estimated box (top-left corner, size) and its side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub side: LabelSide,
}

impl LabelBox {
    /// The text is anchored at the box's edge nearest its point, so a real
    /// text width that differs from the estimate grows away from the point.
    pub fn anchor(&self) -> TextAnchor {
        match self.side {
            LabelSide::Right => TextAnchor::Start,
            LabelSide::Left => TextAnchor::End,
            LabelSide::Above | LabelSide::Below | LabelSide::Centre => TextAnchor::Middle,
        }
    }

    /// The x the text is anchored at (see [`anchor`](Self::anchor)).
    pub fn text_x(&self) -> f64 {
        match self.anchor() {
            TextAnchor::Start => self.x,
            TextAnchor::Middle => self.x + self.width / 2.0,
            TextAnchor::End => self.x + self.width,
        }
    }

    /// The box's vertical middle (for text centred on it).
    pub fn text_y(&self) -> f64 {
        self.y + self.height / 2.0
    }

    fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    fn overlaps_dot(&self, x: f64, y: f64, r: f64) -> bool {
        let dx = (self.x - x).max(x - (self.x + self.width)).max(0.0);
        let dy = (self.y - y).max(y - (self.y + self.height)).max(0.0);
        dx * dx + dy * dy < r * r
    }

    fn within(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.width <= width && self.y + self.height <= height
    }
}

/// A place in the frame: its point, its dot's radius (0 for a region: no
/// dot), and its label, `None` when no candidate position was free.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedMark {
    pub id: String,
    pub name: String,
    pub count: usize,
    pub is_region: bool,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub label: Option<LabelBox>,
}

/// A country's rings as projected points, each ring closed implicitly.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryShape {
    pub id: String,
    pub name: String,
    pub rings: Vec<Vec<(f64, f64)>>,
}

impl CountryShape {
    /// Where the country's name goes: the mean of the points of its longest
    /// ring (its mainland), or `None` when it has no ring.
    pub fn label_point(&self) -> Option<(f64, f64)> {
        let ring = self.rings.iter().max_by_key(|r| r.len())?;
        let n = ring.len() as f64;
        Some((ring.iter().map(|p| p.0).sum::<f64>() / n, ring.iter().map(|p| p.1).sum::<f64>() / n))
    }
}

/// A closer frame around the marks with a dot (towns, not regions) that
/// lie in `frame` and have a count: where the places crowd, drawn again
/// larger so that their labels fit. `pad` degrees are added on each side,
/// and the result is kept inside `frame`; `None` without such marks.
pub fn detail_frame(marks: &[MarkInput], frame: Frame, pad: f64) -> Option<Frame> {
    let inside = |m: &&MarkInput| {
        !m.is_region
            && m.count > 0
            && (frame.west..=frame.east).contains(&m.lon)
            && (frame.south..=frame.north).contains(&m.lat)
    };
    let pts: Vec<&MarkInput> = marks.iter().filter(inside).collect();
    let west = pts.iter().map(|m| m.lon).reduce(f64::min)? - pad;
    let east = pts.iter().map(|m| m.lon).reduce(f64::max)? + pad;
    let south = pts.iter().map(|m| m.lat).reduce(f64::min)? - pad;
    let north = pts.iter().map(|m| m.lat).reduce(f64::max)? + pad;
    Some(Frame {
        west: west.max(frame.west),
        south: south.max(frame.south),
        east: east.min(frame.east),
        north: north.min(frame.north),
    })
}

/// Everything the map view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGeometry {
    pub projection: Projection,
    pub countries: Vec<CountryShape>,
    /// The places in the frame, by descending count (input order among equal
    /// counts): the order labels were placed in, and a drawing order that
    /// puts small dots over large ones.
    pub marks: Vec<PlacedMark>,
    /// The places outside the frame (Geneva, Moscow, …), in input order,
    /// for the view to list beside the map.
    pub far_away: Vec<MarkInput>,
}

impl MapGeometry {
    pub fn new(outlines: &Outlines, marks: &[MarkInput], size: &MapSize) -> Self {
        let projection = Projection::new(outlines.frame, size.width);
        let countries = outlines
            .countries
            .iter()
            .map(|c| CountryShape {
                id: c.id.clone(),
                name: c.name.clone(),
                rings: c
                    .rings
                    .iter()
                    .map(|ring| ring.iter().map(|&[lon, lat]| projection.project(lon, lat)).collect())
                    .collect(),
            })
            .collect();
        let (inside, far_away): (Vec<&MarkInput>, Vec<&MarkInput>) =
            marks.iter().partition(|m| projection.contains(m.lon, m.lat));
        let mut inside = inside;
        inside.sort_by_key(|m| std::cmp::Reverse(m.count));
        let mut placed: Vec<PlacedMark> = inside
            .iter()
            .map(|m| {
                let (x, y) = projection.project(m.lon, m.lat);
                let r = if m.is_region {
                    0.0
                } else {
                    (size.radius_per_sqrt * (m.count as f64).sqrt()).max(size.min_radius)
                };
                PlacedMark {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    count: m.count,
                    is_region: m.is_region,
                    x,
                    y,
                    r,
                    label: None,
                }
            })
            .collect();
        for i in 0..placed.len() {
            let label = candidates(&placed[i], size).into_iter().find(|b| {
                b.within(projection.width(), projection.height())
                    && placed.iter().all(|m| !b.overlaps_dot(m.x, m.y, m.r))
                    && placed.iter().filter_map(|m| m.label.as_ref()).all(|l| !b.overlaps(l))
            });
            placed[i].label = label;
        }
        MapGeometry { projection, countries, marks: placed, far_away: far_away.into_iter().cloned().collect() }
    }

    /// The places in the frame whose label found no free position (the view
    /// lists them).
    pub fn unplaced(&self) -> impl Iterator<Item = &PlacedMark> {
        self.marks.iter().filter(|m| m.label.is_none())
    }
}

/// The positions tried, in order: beside the dot (right, left), then above
/// and below; a region tries its own point first.
fn candidates(m: &PlacedMark, size: &MapSize) -> Vec<LabelBox> {
    let (w, h) = (m.name.chars().count() as f64 * size.char_width, size.label_height);
    let off = m.r + size.gap;
    let at = |x: f64, y: f64, side: LabelSide| LabelBox { x, y, width: w, height: h, side };
    let mut out = Vec::with_capacity(5);
    if m.is_region {
        out.push(at(m.x - w / 2.0, m.y - h / 2.0, LabelSide::Centre));
    }
    out.extend([
        at(m.x + off, m.y - h / 2.0, LabelSide::Right),
        at(m.x - off - w, m.y - h / 2.0, LabelSide::Left),
        at(m.x - w / 2.0, m.y - off - h, LabelSide::Above),
        at(m.x - w / 2.0, m.y + off, LabelSide::Below),
    ]);
    out
}
