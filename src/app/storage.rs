//! Keeping a loaded dataset across a reload, in the browser's IndexedDB: one
//! record, the file's name and the file itself (a `File`, which IndexedDB
//! stores as it is: the page never copies its bytes; a record kept by an
//! earlier version holds the text instead, and is read as well). Every call says plainly why it failed
//! (some browsers refuse storage to a page opened from disk), and nothing
//! here ever leaves the machine.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "karabakh-explorer";
const STORE: &str = "datasets";
/// The one key: the dataset last loaded.
const CURRENT: &str = "current";

/// Why storage failed, for the person using the page.
fn refused(what: &str, e: JsValue) -> String {
    let detail = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
    format!(
        "This browser did not let the explorer {what} (it may refuse storage to a file opened from disk){}",
        if detail.is_empty() { String::new() } else { format!(": {detail}") }
    )
}

/// Waits for an IndexedDB request to succeed or fail.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |e: web_sys::Event| {
            let result = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.result().ok());
            let _ = resolve.call1(&JsValue::NULL, &result.unwrap_or(JsValue::UNDEFINED));
        });
        let fail = Closure::once_into_js(move |e: web_sys::Event| {
            let error = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.error().ok().flatten());
            let _ = reject.call1(&JsValue::NULL, &error.map_or(JsValue::UNDEFINED, JsValue::from));
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// The database, created on first use.
async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("IndexedDB is not available"))?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::once_into_js(|e: web_sys::Event| {
        let db = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.result().ok());
        if let Some(db) = db.and_then(|d| d.dyn_into::<IdbDatabase>().ok()) {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    done(&request).await?.dyn_into()
}

/// Keeps `file` (a `File`, or a text), called `name`, for the next visit.
pub async fn keep(name: &str, file: &JsValue) -> Result<(), String> {
    let run = async {
        let db = open().await?;
        let store = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?.object_store(STORE)?;
        let record = js_sys::Array::of2(&name.into(), file);
        done(&store.put_with_key(&record, &CURRENT.into())?).await.map(|_| ())
    };
    run.await.map_err(|e| refused("keep your dataset for the next visit", e))
}

/// The kept dataset, as (file name, file or text), if any.
pub async fn kept() -> Result<Option<(String, JsValue)>, String> {
    let run = async {
        let db = open().await?;
        let store = db.transaction_with_str(STORE)?.object_store(STORE)?;
        let value = done(&store.get(&CURRENT.into())?).await?;
        let Some(record) = value.dyn_ref::<js_sys::Array>() else { return Ok(None) };
        let file = record.get(1);
        let readable = file.is_string() || file.is_instance_of::<web_sys::Blob>();
        Ok(record.get(0).as_string().filter(|_| readable).map(|name| (name, file)))
    };
    run.await.map_err(|e| refused("read the dataset kept from your last visit", e))
}

/// Forgets the kept dataset.
pub async fn forget() -> Result<(), String> {
    let run = async {
        let db = open().await?;
        let store = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?.object_store(STORE)?;
        done(&store.delete(&CURRENT.into())?).await.map(|_| ())
    };
    run.await.map_err(|e| refused("forget the kept dataset", e))
}
