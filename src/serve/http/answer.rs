//! What a request target gets: the in-memory file it names (found by key, never on disk), the
//! live-reload script and status, a redirect to a folder's page, or the site's 404 page; pages
//! go out with the live-reload tag.

use std::sync::Arc;

use super::{Body, PREFIX, Reply};
use crate::routes;
use crate::serve::output::Output;

const LIVE_SCRIPT: &str = include_str!("../live.js");
const HTML: &str = "text/html; charset=utf-8";

/// The in-memory file a request target names (`events/x/index.html`), or the status that
/// refuses it.
fn file_key(target: &str) -> Result<String, u16> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Err(400);
    }
    let lower = path.to_ascii_lowercase();
    if ["%2f", "%5c", "%00"].iter().any(|bad| lower.contains(bad)) {
        return Err(400);
    }
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().map_err(|_| 400u16)?;
    if decoded.contains(['\\', '\0']) || decoded.split('/').any(|seg| seg == ".." || seg == ".") {
        return Err(400);
    }
    let key = decoded.trim_start_matches('/');
    Ok(routes::output_file(key))
}

pub(super) fn answer(target: &str, output: &Output) -> Reply {
    if let Some(name) = target.strip_prefix(PREFIX) {
        return match name.split('?').next().unwrap_or("") {
            "live.js" => Reply::new(200, "text/javascript; charset=utf-8", Body::new(LIVE_SCRIPT.as_bytes().into())),
            "status" => {
                let json = serde_json::to_vec(&output.status()).unwrap_or_default();
                Reply::new(200, "application/json", Body::new(json.into()))
            }
            _ => Reply::text(404, "Not found."),
        };
    }
    let key = match file_key(target) {
        Ok(key) => key,
        Err(status) => return Reply::text(status, "This address is not allowed."),
    };
    // Read before the file, so a page is never newer than the version it carries: at worst
    // the browser reloads once more than needed, never once less.
    let status = output.status();
    let inject = |html: &Arc<[u8]>| inject(html, status.version, &status.instance);
    if let Some(file) = output.get(&key) {
        let content_type = content_type(&key);
        if content_type != HTML {
            return Reply {
                etag: Some(file.etag.clone()),
                ..Reply::new(200, content_type, Body::new(Arc::clone(&file.bytes)))
            };
        }
        // A page carries the version it was served with, so its validator does too: a page an
        // edit left alone is sent again after it, else the browser keeps the copy with the old
        // version and reloads for ever.
        let etag = format!("\"{}.{}.{}\"", file.etag.trim_matches('"'), status.instance, status.version);
        return Reply { etag: Some(etag), ..Reply::new(200, content_type, inject(&file.bytes)) };
    }
    if !key.ends_with(routes::INDEX_FILE) && output.get(&routes::output_file(&format!("{key}/"))).is_some() {
        let mut reply = Reply::text(301, "Moved.");
        reply.location = Some(format!("/{key}/"));
        return reply;
    }
    if output.is_empty() {
        let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The site has errors</title></head><body><main><h1>The site has errors</h1><p>The terminal lists them. This page reloads once they are fixed.</p></main></body></html>";
        return Reply::new(503, HTML, inject(&Arc::from(page.as_bytes())));
    }
    match output.get(routes::NOT_FOUND) {
        Some(page) => Reply::new(404, HTML, inject(&page.bytes)),
        None => Reply::text(404, "Not found."),
    }
}

/// Adds the live-reload script to an HTML page, before `</body>`, with the version of the
/// site the page belongs to. The page itself is not copied.
fn inject(html: &Arc<[u8]>, version: u64, instance: &str) -> Body {
    let tag =
        format!("<script src=\"{PREFIX}live.js\" data-version=\"{version}\" data-instance=\"{instance}\"></script>");
    let at = html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    Body { bytes: Arc::clone(html), insert: Some((at, tag)) }
}

/// The media type of a site path, by extension.
fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => HTML,
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" if path.ends_with(routes::FEED) => "application/atom+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        "csv" => "text/csv; charset=utf-8",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_targets_to_site_paths() {
        assert_eq!(file_key("/").unwrap(), "index.html");
        assert_eq!(file_key("/events/x/?q=1").unwrap(), "events/x/index.html");
        assert_eq!(file_key("/style.css?v=abc").unwrap(), "style.css");
        assert_eq!(file_key("/caf%C3%A9/").unwrap(), "café/index.html");
    }

    #[test]
    fn refuses_paths_that_climb_or_hide_separators() {
        for bad in [
            "/../etc/passwd",
            "/events/../../x",
            "/%2e%2e/x",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/a%2fb",
            "/a%5cb",
            "/a\\b",
            "/a%00b",
            "http://example.org/",
            "*",
            "/%ff",
            "/./index.html",
        ] {
            assert!(file_key(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn responses_share_the_file_they_send() {
        let output = Output::default();
        let page = b"<html><body><p>big</p></body></html>".to_vec();
        output.put([("a/index.html".to_string(), page), ("big.bin".to_string(), vec![7; 1 << 20])].into_iter(), true);
        output.publish(&[], false);
        for target in ["/big.bin", "/a/"] {
            let kept = output.get(file_key(target).unwrap().as_str()).unwrap();
            let (one, two) = (answer(target, &output), answer(target, &output));
            assert!(Arc::ptr_eq(&one.body.bytes, &kept.bytes), "{target} is sent from the preview's copy");
            assert!(Arc::ptr_eq(&one.body.bytes, &two.body.bytes), "{target}: two responses, one copy");
        }
    }

    #[test]
    fn injects_the_script_before_the_last_body_end() {
        let body = inject(&Arc::from(&b"<p>x</p></BODY></html>"[..]), 3, "ab");
        let out = String::from_utf8(body.parts().concat()).unwrap();
        assert_eq!(body.len(), out.len());
        assert_eq!(
            out,
            "<p>x</p><script src=\"/__briefing/live.js\" data-version=\"3\" data-instance=\"ab\"></script></BODY></html>"
        );
    }
}
