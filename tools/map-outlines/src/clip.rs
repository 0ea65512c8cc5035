//! Sutherland–Hodgman clipping of a ring to a longitude/latitude rectangle.
//! A concave ring that leaves and re-enters the rectangle comes back as one
//! ring joined along the rectangle's edge (zero-width there): filled, it
//! covers exactly the part inside.

use crate::topojson::Point;

/// A frame in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

#[derive(Clone, Copy)]
enum Edge {
    West,
    East,
    South,
    North,
}

/// The part of an open ring (last point joins the first) inside `rect`, open
/// too, without consecutive repeated points; empty when nothing is inside.
pub fn clip_ring(ring: &[Point], rect: Rect) -> Vec<Point> {
    let mut out = ring.to_vec();
    for edge in [Edge::West, Edge::East, Edge::South, Edge::North] {
        if out.is_empty() {
            break;
        }
        out = clip_edge(&out, rect, edge);
    }
    out.dedup();
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

fn clip_edge(ring: &[Point], rect: Rect, edge: Edge) -> Vec<Point> {
    let inside = |p: Point| match edge {
        Edge::West => p[0] >= rect.west,
        Edge::East => p[0] <= rect.east,
        Edge::South => p[1] >= rect.south,
        Edge::North => p[1] <= rect.north,
    };
    let cross = |a: Point, b: Point| match edge {
        Edge::West => at_x(a, b, rect.west),
        Edge::East => at_x(a, b, rect.east),
        Edge::South => at_y(a, b, rect.south),
        Edge::North => at_y(a, b, rect.north),
    };
    let mut out = Vec::with_capacity(ring.len() + 4);
    let mut prev = ring[ring.len() - 1];
    for &cur in ring {
        match (inside(prev), inside(cur)) {
            (true, true) => out.push(cur),
            (true, false) => out.push(cross(prev, cur)),
            (false, true) => {
                out.push(cross(prev, cur));
                out.push(cur);
            }
            (false, false) => {}
        }
        prev = cur;
    }
    out
}

fn at_x(a: Point, b: Point, x: f64) -> Point {
    [x, a[1] + (x - a[0]) / (b[0] - a[0]) * (b[1] - a[1])]
}

fn at_y(a: Point, b: Point, y: f64) -> Point {
    [a[0] + (y - a[1]) / (b[1] - a[1]) * (b[0] - a[0]), y]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_wider_than_the_frame_is_cut_at_its_west_and_east_edges() {
        let square = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0]];
        let rect = Rect { west: 1.0, south: -1.0, east: 3.0, north: 5.0 };
        assert_eq!(clip_ring(&square, rect), vec![[1.0, 0.0], [3.0, 0.0], [3.0, 4.0], [1.0, 4.0]]);
    }

    #[test]
    fn a_triangle_over_the_frame_keeps_the_corner_and_its_hypotenuse() {
        // x ≥ 1, y ≥ 1 and x + y ≤ 4: the triangle (1,1) (3,1) (1,3). The point
        // (3,1) is met twice (cut at y = 1, and a vertex on that edge): kept once.
        let triangle = [[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]];
        let rect = Rect { west: 1.0, south: 1.0, east: 3.0, north: 3.0 };
        assert_eq!(clip_ring(&triangle, rect), vec![[1.0, 1.0], [3.0, 1.0], [1.0, 3.0]]);
    }

    #[test]
    fn rings_inside_stay_and_rings_outside_vanish() {
        let rect = Rect { west: 0.0, south: 0.0, east: 10.0, north: 10.0 };
        let inside = [[1.0, 1.0], [2.0, 1.0], [2.0, 2.0]];
        assert_eq!(clip_ring(&inside, rect), inside.to_vec());
        assert!(clip_ring(&[[11.0, 1.0], [12.0, 1.0], [12.0, 2.0]], rect).is_empty());
    }
}
