//! The time axis over the diplomacy and the claims (issue #10): pure
//! geometry, tested natively, which the views turn into SVG.
//!
//! [`TimeScale`] lays whole days along x and reads a brushed x range back
//! as a date range. [`event_marks`] places one mark per diplomacy event as
//! precisely as its date is known ([`Honesty`]), stacked in lanes, with the
//! ceasefires' spans and the marks in keyboard order. [`claims_histogram`]
//! counts claims per day by camp on the same scale. As in [`crate::chart`],
//! everything returned is a value (positions, days, semantic kinds); the
//! views choose shapes, colours and markup.

mod histogram;
mod marks;
mod scale;

pub use histogram::{claims_histogram, BarSegment, DateField, DayBar, Histogram, CAMPS};
pub use marks::{
    ceasefire_window, event_days, event_marks, CeasefireSpan, EventAxis, EventMark, Honesty, Lanes, SpanEnd,
    AFTERMATH_DAYS, AROUND_DAYS,
};
pub use scale::{TimeScale, DAILY_TICKS_UP_TO, MARGIN_DAYS};
