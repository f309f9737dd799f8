//! Reading a request head and refusing what the preview does not answer: malformed heads,
//! bodies, a `Content-Length` read two ways, and any `Host` but the preview's own.

use std::io::{self, Read};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, TcpStream};
use std::time::{Duration, Instant};

use super::IDLE;

const MAX_HEAD: usize = 16 * 1024;
/// How long a request head may take once its first byte arrived: a client that sends a byte
/// now and then (slowloris) cannot hold a connection past it.
const HEAD_TIME: Duration = Duration::from_secs(10);

/// The names a request's `Host` may give: `localhost` and names under `.localhost`, loopback
/// addresses, and the address the server listens on (any address when it listens on all).
/// A DNS rebinding attack needs a name the attacker owns, so every other name is refused;
/// an address given as such means the browser was pointed at this machine on purpose.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hosts {
    pub(crate) bind: IpAddr,
}

impl Hosts {
    /// Whether a `Host` value (`name`, `name:port`, `[v6]:port`) is the preview's own.
    fn allows(&self, value: &str) -> bool {
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

/// A parsed request line and the headers the server uses.
pub(super) struct Request {
    pub(super) method: String,
    pub(super) target: String,
    pub(super) keep_alive: bool,
    pub(super) if_none_match: Option<String>,
}

/// Reads one request head from `stream`, keeping bytes that follow it in `buffer`.
/// `Ok(None)` when the client closed the connection between requests.
pub(super) fn read_request(
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
