//! Douglas–Peucker line simplification, measured in a plane where longitude
//! differences are multiplied by `x_scale` (the cosine of the map's middle
//! latitude), so that one tolerance means the same distance east–west as
//! north–south, as on the projected map.

use crate::topojson::Point;

/// Keeps the first and last points, and every point that lies farther than
/// `tolerance` from the segment joining the kept points on either side of it.
/// The end points stay, so arcs shared by two countries still meet.
pub fn douglas_peucker(points: &[Point], tolerance: f64, x_scale: f64) -> Vec<Point> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut farthest = (0.0, first);
        for i in first + 1..last {
            let d = segment_distance(points[i], points[first], points[last], x_scale);
            if d > farthest.0 {
                farthest = (d, i);
            }
        }
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            stack.push((first, farthest.1));
            stack.push((farthest.1, last));
        }
    }
    points.iter().zip(keep).filter_map(|(p, k)| k.then_some(*p)).collect()
}

/// Distance from `p` to the segment `a`–`b` (to `a` when the segment is a
/// point, as for an arc that closes on itself).
pub fn segment_distance(p: Point, a: Point, b: Point, x_scale: f64) -> f64 {
    let (px, py) = (p[0] * x_scale, p[1]);
    let (ax, ay) = (a[0] * x_scale, a[1]);
    let (bx, by) = (b[0] * x_scale, b[1]);
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
    (px - (ax + t * dx)).hypot(py - (ay + t * dy))
}

#[cfg(test)]
mod tests {
    use super::*;

    // A(0,0) B(1,0.2) C(2,2) D(3,0.9) E(4,0). From A–E, C is 2 away: kept.
    // From A–C (the line x = y), B is |1 − 0.2|/√2 = 0.5657 away; from C–E
    // (the line x + y = 4), D is |3.9 − 4|/√2 = 0.0707 away.
    const LINE: [Point; 5] = [[0.0, 0.0], [1.0, 0.2], [2.0, 2.0], [3.0, 0.9], [4.0, 0.0]];

    #[test]
    fn keeps_the_points_farther_than_the_tolerance() {
        assert_eq!(douglas_peucker(&LINE, 0.5, 1.0), vec![[0.0, 0.0], [1.0, 0.2], [2.0, 2.0], [4.0, 0.0]]);
        assert_eq!(douglas_peucker(&LINE, 0.6, 1.0), vec![[0.0, 0.0], [2.0, 2.0], [4.0, 0.0]]);
        assert_eq!(douglas_peucker(&LINE, 2.0, 1.0), vec![[0.0, 0.0], [4.0, 0.0]]);
        assert_eq!(douglas_peucker(&LINE, 0.05, 1.0), LINE.to_vec());
    }

    #[test]
    fn distances_scale_longitude_and_a_closed_arc_measures_from_its_end() {
        assert!((segment_distance([1.0, 0.2], [0.0, 0.0], [2.0, 2.0], 1.0) - 0.8 / 2f64.sqrt()).abs() < 1e-12);
        // Beyond the segment's end the distance is to the end point: (5,0) to (4,0).
        assert_eq!(segment_distance([5.0, 0.0], [0.0, 0.0], [4.0, 0.0], 1.0), 1.0);
        // A closed arc (first point == last): (2,1) is √(1² + 1²) = 1.414 from (0,0)
        // when longitude counts half, √5 = 2.236 when it counts fully.
        let closed = [[0.0, 0.0], [2.0, 1.0], [0.0, 0.0]];
        assert_eq!(douglas_peucker(&closed, 2.0, 0.5), vec![[0.0, 0.0], [0.0, 0.0]]);
        assert_eq!(douglas_peucker(&closed, 2.0, 1.0), closed.to_vec());
    }
}
