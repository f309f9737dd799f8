//! A small HTTP/1.1 server for the preview: GET and HEAD of the in-memory site, plus the
//! live-reload script and its event stream.
//!
//! Only files of the preview exist here: a request path is decoded, checked, and looked up
//! in memory, never joined to a folder on disk, so `..`, encoded slashes, backslashes and
//! symbolic links cannot reach anything else. Requests are parsed by `httparse`; each
//! connection has its own thread, their number is capped, and slow or silent clients time out.
//! Only requests naming the preview's own host are answered (see [`Hosts`]), so a web page
//! cannot read the preview through DNS rebinding.

use std::io::{self, BufWriter, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::routes;
use crate::serve::output::Output;

/// Where the live-reload script and its event stream live; no site path starts like this.
pub const PREFIX: &str = "/__briefing/";
const LIVE_SCRIPT: &str = include_str!("../live.js");
const MAX_CONNECTIONS: usize = 512;
const MAX_HEAD: usize = 16 * 1024;
const IDLE: Duration = Duration::from_secs(30);
/// How long a request head may take once its first byte arrived: a client that sends a byte
/// now and then (slowloris) cannot hold a connection past it.
const HEAD_TIME: Duration = Duration::from_secs(10);
const KEEPALIVE: Duration = Duration::from_secs(15);
const HTML: &str = "text/html; charset=utf-8";
const BLOCKED: &str = "Blocked request: the preview answers only to localhost, loopback addresses and the address \
    it listens on (--bind). Open it by one of those.";

/// Binds `port` on `addr`, or, when `may_move`, the next free port after it. Returns the
/// listener and whether the port asked for was taken.
pub fn bind(addr: IpAddr, port: u16, may_move: bool) -> io::Result<(TcpListener, bool)> {
    let mut last = None;
    let tries = if may_move { 50 } else { 0 };
    for candidate in port..=port.saturating_add(tries) {
        match TcpListener::bind(SocketAddr::new(addr, candidate)) {
            Ok(listener) => return Ok((listener, candidate != port)),
            Err(e) if e.kind() == io::ErrorKind::AddrInUse => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::new(io::ErrorKind::AddrInUse, "no free port")))
}

/// The names a request's `Host` may give: `localhost` and names under `.localhost`, loopback
/// addresses, and the address the server listens on (any address when it listens on all).
/// A DNS rebinding attack needs a name the attacker owns, so every other name is refused;
/// an address given as such means the browser was pointed at this machine on purpose.
#[derive(Debug, Clone, Copy)]
pub struct Hosts {
    pub bind: IpAddr,
}

impl Hosts {
    /// Whether a `Host` value (`name`, `name:port`, `[v6]:port`) is the preview's own.
    pub fn allows(&self, value: &str) -> bool {
        let (name, port) = match value.strip_prefix('[') {
            Some(rest) => match rest.split_once(']') {
                Some((v6, port)) => (v6, port),
                None => return false,
            },
            None => value.split_at(value.find(':').unwrap_or(value.len())),
        };
        let port_ok = port.is_empty() || port.strip_prefix(':').is_some_and(|p| is_digits(p) && p.len() <= 5);
        if !port_ok || name.is_empty() {
            return false;
        }
        if value.starts_with('[') {
            return name.parse::<Ipv6Addr>().is_ok_and(|ip| self.allows_ip(IpAddr::V6(ip)));
        }
        if let Ok(ip) = name.parse::<Ipv4Addr>() {
            return self.allows_ip(IpAddr::V4(ip));
        }
        let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
        let label_ok = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        (name == "localhost" || name.ends_with(".localhost")) && name.split('.').all(label_ok)
    }

    fn allows_ip(&self, ip: IpAddr) -> bool {
        ip.is_loopback() || ip == self.bind || self.bind.is_unspecified()
    }
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Accepts connections until the process ends.
pub fn run(listener: TcpListener, output: Arc<Output>, hosts: Hosts) {
    let active = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if active.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            active.fetch_sub(1, Ordering::SeqCst);
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let _ = respond(&mut stream, &Reply::text(503, "Too many connections; try again."), false, false);
            continue;
        }
        let output = Arc::clone(&output);
        let count = Arc::clone(&active);
        let spawned = std::thread::Builder::new().name("preview-http".into()).spawn(move || {
            let _ = serve_connection(stream, &output, hosts);
            count.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            // The thread never started, so it will not count itself out.
            active.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// A parsed request line and the headers the server uses.
struct Request {
    method: String,
    target: String,
    keep_alive: bool,
    if_none_match: Option<String>,
}

/// Reads one request head from `stream`, keeping bytes that follow it in `buffer`.
/// `Ok(None)` when the client closed the connection between requests.
fn read_request(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
    hosts: Hosts,
) -> io::Result<Option<Result<Request, u16>>> {
    let mut started = (!buffer.is_empty()).then(Instant::now);
    loop {
        if !buffer.is_empty() {
            let mut headers = [httparse::EMPTY_HEADER; 64];
            let mut parsed = httparse::Request::new(&mut headers);
            match parsed.parse(buffer) {
                Ok(httparse::Status::Complete(len)) => {
                    let request = to_request(&parsed, hosts);
                    buffer.drain(..len);
                    return Ok(Some(request));
                }
                Ok(httparse::Status::Partial) if buffer.len() < MAX_HEAD => {}
                Ok(httparse::Status::Partial) => return Ok(Some(Err(431))),
                Err(_) => return Ok(Some(Err(400))),
            }
        }
        let wait = match started {
            None => IDLE,
            Some(at) => match HEAD_TIME.checked_sub(at.elapsed()) {
                Some(left) if !left.is_zero() => left,
                _ => return Ok(Some(Err(408))),
            },
        };
        stream.set_read_timeout(Some(wait))?;
        let mut chunk = [0u8; 4096];
        let n = match stream.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if started.is_some() && matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => {
                return Ok(Some(Err(408)));
            }
            Err(e) => return Err(e),
        };
        if n == 0 {
            return if buffer.is_empty() { Ok(None) } else { Err(io::ErrorKind::UnexpectedEof.into()) };
        }
        started.get_or_insert_with(Instant::now);
        buffer.extend_from_slice(&chunk[..n]);
    }
}

fn header<'a>(parsed: &'a httparse::Request, name: &str) -> Option<&'a str> {
    parsed
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name))
        .and_then(|h| std::str::from_utf8(h.value).ok())
        .map(str::trim)
}

/// The value of the header called `name` when it is given at most once: `Ok(None)` when it
/// is not there, `Err(())` when it is there more than once. Nothing is collected.
fn single_header<'a>(parsed: &'a httparse::Request, name: &str) -> Result<Option<&'a [u8]>, ()> {
    let mut values = parsed.headers.iter().filter(|h| h.name.eq_ignore_ascii_case(name)).map(|h| h.value);
    match (values.next(), values.next()) {
        (first, None) => Ok(first),
        _ => Err(()),
    }
}

/// The length of the request's body, read strictly: one `Content-Length` of digits only.
/// Several, a negative, a list or anything else is a 400, never taken for "no body": where
/// a proxy and this server disagree on where a request ends, one could be smuggled in.
fn content_length(parsed: &httparse::Request) -> Result<u64, u16> {
    if parsed.headers.iter().any(|h| h.name.eq_ignore_ascii_case("transfer-encoding")) {
        return Ok(u64::MAX);
    }
    match single_header(parsed, "content-length") {
        Ok(None) => Ok(0),
        Ok(Some(value)) => std::str::from_utf8(value)
            .ok()
            .map(|v| v.trim_matches([' ', '\t']))
            .filter(|v| is_digits(v))
            .and_then(|v| v.parse().ok())
            .ok_or(400),
        Err(()) => Err(400),
    }
}

/// The request, or the status that refuses it: 400 when malformed (an HTTP/1.1 request
/// without exactly one `Host`, say), 403 for a host not the preview's, 413 with a body.
fn to_request(parsed: &httparse::Request, hosts: Hosts) -> Result<Request, u16> {
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version) else {
        return Err(400);
    };
    let length = content_length(parsed)?;
    match single_header(parsed, "host") {
        Ok(None) if version == 0 => {}
        Ok(Some(value)) => {
            let value = std::str::from_utf8(value).map_err(|_| 400u16)?.trim_matches([' ', '\t']);
            if !hosts.allows(value) {
                return Err(403);
            }
        }
        _ => return Err(400),
    }
    // Bodies are never used; a request with one ends the connection.
    if length > 0 {
        return Err(413);
    }
    let connection = header(parsed, "connection").map(str::to_ascii_lowercase);
    let keep_alive = match connection.as_deref() {
        Some(c) if c.contains("close") => false,
        Some(c) if c.contains("keep-alive") => true,
        _ => version == 1,
    };
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
        keep_alive,
        if_none_match: header(parsed, "if-none-match").map(String::from),
    })
}

/// What to send back.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Body,
    etag: Option<String>,
    location: Option<String>,
}

impl Reply {
    fn new(status: u16, content_type: &'static str, body: Body) -> Reply {
        Reply { status, content_type, body, etag: None, location: None }
    }

    fn text(status: u16, text: &str) -> Reply {
        Reply::new(status, "text/plain; charset=utf-8", Body::new(text.as_bytes().into()))
    }
}

/// A response body: bytes shared with the preview's file, and for a page the live-reload
/// tag, sent in place at `insert`. However many clients read a file, and however slowly,
/// it is in memory once.
struct Body {
    bytes: Arc<[u8]>,
    insert: Option<(usize, String)>,
}

impl Body {
    fn new(bytes: Arc<[u8]>) -> Body {
        Body { bytes, insert: None }
    }

    fn len(&self) -> usize {
        self.bytes.len() + self.insert.as_ref().map_or(0, |(_, tag)| tag.len())
    }

    /// The pieces to send, in order.
    fn parts(&self) -> [&[u8]; 3] {
        match &self.insert {
            Some((at, tag)) => [&self.bytes[..*at], tag.as_bytes(), &self.bytes[*at..]],
            None => [&self.bytes, &[], &[]],
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

fn respond(stream: &mut TcpStream, reply: &Reply, head_only: bool, keep_alive: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: {}\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.len(),
        if keep_alive { "keep-alive" } else { "close" },
    );
    if let Some(etag) = &reply.etag {
        head.push_str(&format!("ETag: {etag}\r\n"));
    }
    if let Some(location) = &reply.location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    if reply.status == 405 {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    head.push_str("\r\n");
    // Small replies go out in one write; a large file's bytes go straight from the shared copy.
    let mut out = BufWriter::with_capacity(16 * 1024, stream);
    out.write_all(head.as_bytes())?;
    if !head_only && reply.status != 304 {
        for part in reply.body.parts() {
            out.write_all(part)?;
        }
    }
    out.flush()
}

fn serve_connection(mut stream: TcpStream, output: &Output, hosts: Hosts) -> io::Result<()> {
    stream.set_read_timeout(Some(IDLE))?;
    stream.set_write_timeout(Some(IDLE))?;
    let _ = stream.set_nodelay(true);
    let mut buffer = Vec::new();
    loop {
        let request = match read_request(&mut stream, &mut buffer, hosts)? {
            None => return Ok(()),
            Some(Err(403)) => return respond(&mut stream, &Reply::text(403, BLOCKED), false, false),
            Some(Err(status)) => {
                return respond(&mut stream, &Reply::text(status, reason(status)), false, false);
            }
            Some(Ok(request)) => request,
        };
        let head_only = request.method == "HEAD";
        if request.method != "GET" && !head_only {
            return respond(&mut stream, &Reply::text(405, "Only GET and HEAD are served."), false, false);
        }
        if request.target == format!("{PREFIX}events") && !head_only {
            return stream_events(stream, output);
        }
        let mut reply = answer(&request.target, output);
        if reply.etag.is_some() && reply.etag == request.if_none_match {
            reply.status = 304;
        }
        respond(&mut stream, &reply, head_only, request.keep_alive)?;
        if !request.keep_alive {
            return Ok(());
        }
    }
}

/// The server-sent event stream: the status now, then after every rebuild.
fn stream_events(mut stream: TcpStream, output: &Output) -> io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n",
    )?;
    let mut seen = None;
    loop {
        let status = match seen {
            None => output.status(),
            Some(v) => output.wait(v, KEEPALIVE),
        };
        if seen == Some(status.version) {
            stream.write_all(b": still here\n\n")?;
        } else {
            let json = serde_json::to_string(&status).unwrap_or_default();
            stream.write_all(format!("data: {json}\n\n").as_bytes())?;
            seen = Some(status.version);
        }
        stream.flush()?;
    }
}

/// The in-memory file a request target names (`events/x/index.html`), or the status that
/// refuses it.
pub fn file_key(target: &str) -> Result<String, u16> {
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

fn answer(target: &str, output: &Output) -> Reply {
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
pub fn content_type(path: &str) -> &'static str {
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
    fn a_taken_port_moves_on_only_when_it_may() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        let loopback: IpAddr = "127.0.0.1".parse().unwrap();
        let (moved_to, moved) = bind(loopback, port, true).unwrap();
        assert!(moved && moved_to.local_addr().unwrap().port() != port);
        let refused = bind(loopback, port, false).unwrap_err();
        assert_eq!(refused.kind(), io::ErrorKind::AddrInUse);
    }

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
    fn answers_only_to_its_own_host_names() {
        let local = Hosts { bind: IpAddr::V4(Ipv4Addr::LOCALHOST) };
        for good in
            ["localhost", "localhost:1111", "LOCALHOST.", "a.b.localhost:80", "127.0.0.1:1", "127.9.9.9", "[::1]:1111"]
        {
            assert!(local.allows(good), "{good} should be allowed");
        }
        for bad in [
            "",
            "evil.example",
            "localhost.evil.example",
            "evillocalhost",
            "localhost:",
            "localhost:x",
            "localhost:1:2",
            "[::1",
            "[::1]x",
            "10.0.0.2",
            "a..localhost",
            "localhost@evil.example",
        ] {
            assert!(!local.allows(bad), "{bad} should be refused");
        }
        let lan = Hosts { bind: "192.168.1.5".parse().unwrap() };
        assert!(lan.allows("192.168.1.5:1111") && !lan.allows("192.168.1.6") && !lan.allows("box.lan"));
        let any = Hosts { bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED) };
        assert!(any.allows("10.0.0.2:1111") && any.allows("[fe80::1]") && !any.allows("box.lan"));
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
