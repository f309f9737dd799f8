//! A small HTTP/1.1 server for the preview: GET and HEAD of the in-memory site, plus the
//! live-reload script and its event stream.
//!
//! Only files of the preview exist here: a request path is decoded, checked, and looked up
//! in memory, never joined to a folder on disk, so `..`, encoded slashes, backslashes and
//! symbolic links cannot reach anything else. Requests are parsed by `httparse`; each
//! connection has its own thread, their number is capped, and slow or silent clients time out.
//! Only requests naming the preview's own host are answered (see `Hosts`), so a web page
//! cannot read the preview through DNS rebinding.

mod answer;
mod request;

use std::io::{self, BufWriter, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::serve::output::Output;
use answer::answer;
use request::read_request;

pub(crate) use request::Hosts;

/// Where the live-reload script and its event stream live; no site path starts like this.
const PREFIX: &str = "/__briefing/";
const MAX_CONNECTIONS: usize = 512;
const IDLE: Duration = Duration::from_secs(30);
const KEEPALIVE: Duration = Duration::from_secs(15);
const BLOCKED: &str = "Blocked request: the preview answers only to localhost, loopback addresses and the address \
    it listens on (--bind). Open it by one of those.";

/// Binds `port` on `addr`, or, when `may_move`, the next free port after it. Returns the
/// listener and whether the port asked for was taken.
pub(super) fn bind(addr: IpAddr, port: u16, may_move: bool) -> io::Result<(TcpListener, bool)> {
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

/// Accepts connections until the process ends.
pub(super) fn run(listener: TcpListener, output: Arc<Output>, hosts: Hosts) {
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
}
