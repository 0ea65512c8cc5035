//! Counts as the views print them: thousands grouped, so that a list of
//! 100,000 claims does not read "100000 of 100000".

use karabakh::format::{count, shown_of};

#[test]
fn counts_group_their_thousands() {
    assert_eq!(count(0), "0");
    assert_eq!(count(999), "999");
    assert_eq!(count(1000), "1,000");
    assert_eq!(count(50_029), "50,029");
    assert_eq!(count(100_000), "100,000");
    assert_eq!(count(1_234_567), "1,234,567");
}

#[test]
fn a_list_says_how_many_it_shows_of_how_many() {
    assert_eq!(shown_of(114, 114, "claims"), "114 of 114 claims shown");
    assert_eq!(shown_of(2500, 100_000, "claims"), "2,500 of 100,000 claims shown");
    assert_eq!(shown_of(0, 5000, "events"), "0 of 5,000 events shown");
}
