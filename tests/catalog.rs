//! The catalog's lookups over the bundled dataset: what each source
//! contributes, counted once per dataset.

/// The Sources page's counts, taken in one pass over the records, add up
/// to the bundled dataset's totals, and agree with the records each
/// article is the source of.
#[test]
fn each_sources_contribution_adds_up_to_the_datasets_totals() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let ds = &catalog.dataset;
    let stats: Vec<_> = ds.sources.iter().map(|s| catalog.source_stats(&s.id)).collect();
    assert_eq!(stats.iter().map(|s| s.claims).sum::<usize>(), 114);
    assert_eq!(stats.iter().map(|s| s.events).sum::<usize>(), 46);
    assert_eq!(stats.iter().map(|s| s.actors).sum::<usize>(), 70);
    for (s, st) in ds.sources.iter().zip(&stats) {
        assert_eq!(st.claims + st.events, catalog.records_from(&s.id).count(), "{}", s.id);
    }
    assert_eq!(catalog.source_stats("no-such-source"), Default::default());
}
