//! The chart of claimed casualties: which killed and wounded figures the
//! claims give, grouped into series, and where each one is drawn.
//!
//! Everything here is plain geometry over the dataset types (no web APIs), so
//! the positions are tested natively; `app::casualty_chart` only turns a
//! [`ChartGeometry`] into SVG. Each point is one figure quoted from one
//! article: the chart shows what was claimed, not what happened.

mod described;
mod layout;
mod points;
mod scale;

#[cfg(test)]
mod fixtures;

pub use described::{summary, text_rows, TextRow};
pub use layout::{layout, ChartGeometry, ChartSize, PointGeometry, SeriesGeometry, Tick, NUDGE, POINT_RADIUS};
pub use points::{camp_of, casualty_points, fact_points, CasualtyPoint, SeriesKey};
pub use scale::{date_frame, nice_max, x_domain, y_step};
