//! SVG numbers written as integer tenths (`karabakh::tenths`), hand-written cases.

use karabakh::tenths::{tenths, Tenths};

#[test]
fn whole_numbers_have_no_decimal_point() {
    assert_eq!(tenths(12.0), "12");
    assert_eq!(tenths(0.0), "0");
    assert_eq!(tenths(800.0), "800");
    assert_eq!(tenths(-6.0), "-6");
}

#[test]
fn other_numbers_keep_one_decimal() {
    assert_eq!(tenths(4.5), "4.5");
    assert_eq!(tenths(123.4), "123.4");
    assert_eq!(tenths(-0.5), "-0.5");
    assert_eq!(tenths(-12.3), "-12.3");
    assert_eq!(tenths(0.1), "0.1");
}

#[test]
fn rounds_to_the_nearest_tenth() {
    assert_eq!(tenths(799.96), "800");
    assert_eq!(tenths(5.44), "5.4");
    assert_eq!(tenths(5.46), "5.5");
    assert_eq!(tenths(-0.04), "0", "no minus sign on a zero");
    assert_eq!(tenths(-5.46), "-5.5");
}

#[test]
fn never_writes_nan_or_infinity() {
    assert_eq!(tenths(f64::NAN), "0");
    assert_eq!(tenths(f64::INFINITY), "922337203685477580.7");
}

#[test]
fn formats_inside_path_data() {
    assert_eq!(format!("M {} {} L {} {}", Tenths(10.0), Tenths(20.25), Tenths(-3.0), Tenths(4.0)), "M 10 20.3 L -3 4");
}

#[test]
fn closes_a_polygon_in_tenths() {
    assert_eq!(
        karabakh::tenths::closed_path(&[(7.0, 1.6), (11.95, 10.6), (2.05, 10.6)]),
        "M 7 1.6 L 12 10.6 L 2.1 10.6 Z"
    );
}
