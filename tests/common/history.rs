//! The history check of both the served and the offline site: typing writes
//! no history entry per keystroke, a facet click is one entry that Back
//! undoes and Forward redoes, and a fragment edited by hand is applied as it
//! stands. From `file://` this proves `pushState`/`replaceState` work there.

use fantoccini::{Client, Locator};
use serde_json::Value;

use super::{js, page_summary, wait_for, wait_for_route};

/// `history.length` and the fragment.
async fn where_am_i(c: &Client) -> (u64, String) {
    let v = js(c, "return [history.length, location.hash];").await;
    (v[0].as_u64().expect("history.length"), v[1].as_str().expect("location.hash").to_owned())
}

/// Whether the Azerbaijan box of the Side facet is ticked.
async fn azerbaijan_ticked(c: &Client) -> Result<bool, String> {
    let v = c
        .execute(
            "const b = document.querySelector('input[data-facet=side][data-value=azerbaijan]'); return b && b.checked;",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    match v {
        Value::Bool(b) => Ok(b),
        other => Err(format!("no Azerbaijan box: {other}")),
    }
}

/// Waits until the fragment is `hash` and the box is ticked or not.
async fn wait_for_state(c: &Client, what: &str, hash: &str, ticked: bool) {
    wait_for(what, || async {
        let (_, now) = where_am_i(c).await;
        let box_state = azerbaijan_ticked(c).await?;
        if now == hash && box_state == ticked {
            Ok(Some(()))
        } else {
            Err(format!("fragment {now:?}, ticked {box_state}; page: {}", page_summary(c).await))
        }
    })
    .await;
}

pub async fn check_history(c: &Client, base_url: &str) {
    c.goto(&format!("{base_url}#/claims")).await.expect("open #/claims");
    wait_for_route(c, "claims").await;
    let (start_len, start) = where_am_i(c).await;
    assert_eq!(start, "#/claims");

    let search = c.find(Locator::Css("#claims-search")).await.expect("#claims-search");
    search.send_keys("Gan").await.expect("type into #claims-search");
    wait_for("three keystrokes to reach the URL", || async {
        let (len, hash) = where_am_i(c).await;
        Ok((hash == "#/claims?q=Gan").then_some(len))
    })
    .await;
    assert_eq!(where_am_i(c).await.0, start_len, "typing added history entries");

    c.find(Locator::Css("input[data-facet=side][data-value=azerbaijan]"))
        .await
        .expect("the Azerbaijan box")
        .click()
        .await
        .expect("tick Azerbaijan");
    let ticked = "#/claims?side=azerbaijan&q=Gan";
    wait_for_state(c, "the click to reach the URL", ticked, true).await;
    assert_eq!(where_am_i(c).await.0, start_len + 1, "a facet click is one history entry");

    c.back().await.expect("Back");
    wait_for_state(c, "Back to undo the click", "#/claims?q=Gan", false).await;
    c.forward().await.expect("Forward");
    wait_for_state(c, "Forward to redo it", ticked, true).await;

    // Edited by hand: a repeated value counts once, and the address stays as typed.
    let typed = "#/claims?side=azerbaijan,azerbaijan";
    js(c, &format!("location.hash = '{typed}'; return null;")).await;
    wait_for_state(c, "a hand-edited fragment to apply", typed, true).await;
    let search_value =
        c.find(Locator::Css("#claims-search")).await.expect("search").prop("value").await.expect("value");
    assert_eq!(search_value.as_deref(), Some(""), "the hand-edited fragment has no text");
}
