//! `briefing serve` driven as a writer uses it: start it, open the event stream a browser
//! would, edit files on disk, and read what the server sends and serves.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::Site;
use serde_json::Value;

const WAIT: Duration = Duration::from_secs(20);

/// A running `briefing serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Server {
    fn start(site: &Site, port: &str) -> Server {
        Server::start_with(site, port, &[])
    }

    /// `start`, with more arguments to `serve`.
    fn start_with(site: &Site, port: &str, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
            .args(["serve", "--port", port])
            .args(args)
            .arg("--root")
            .arg(site.root())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("briefing serve starts");
        let (tx, lines) = channel();
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        let err_tx = tx.clone();
        std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).for_each(|l| drop(tx.send(l))));
        std::thread::spawn(move || {
            BufReader::new(stderr).lines().map_while(Result::ok).for_each(|l| drop(err_tx.send(l)))
        });
        let mut server = Server { child, port: 0, lines, seen: Vec::new() };
        let line = server.wait_line(|l| l.starts_with("Serving "));
        let port = line.rsplit(':').next().and_then(|p| p.split('/').next()).and_then(|p| p.parse().ok());
        server.port = port.unwrap_or_else(|| panic!("no port in {line:?}"));
        server
    }

    /// Waits for a printed line that `pred` accepts; panics with everything printed so far.
    fn wait_line(&mut self, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if pred(&line) {
                        return line;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("the expected line never came; the server printed:\n{}", self.seen.join("\n"));
    }

    /// Sends a raw request and returns the whole response.
    fn raw(&self, request: &[u8]) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("the server accepts");
        stream.set_read_timeout(Some(WAIT)).unwrap();
        stream.write_all(request).unwrap();
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn request(&self, method: &str, target: &str, headers: &str) -> Response {
        let text = self.raw(
            format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{headers}\r\n").as_bytes(),
        );
        Response::parse(&text)
    }

    fn get(&self, target: &str) -> Response {
        self.request("GET", target, "")
    }

    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("the server accepts");
        stream.write_all(b"GET /__briefing/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        stream.set_read_timeout(Some(WAIT)).unwrap();
        Events { reader: BufReader::new(stream) }
    }

    fn interrupt(&mut self) -> std::process::ExitStatus {
        Command::new("kill").args(["-INT", &self.child.id().to_string()]).status().expect("kill runs");
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("can wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not stop on Ctrl-C");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn parse(text: &str) -> Response {
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        Response { status, head: head.to_string(), body: body.to_string() }
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// The server-sent event stream, as a browser's EventSource reads it.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn next(&mut self) -> Value {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.reader.read_line(&mut line).expect("the event stream stays open");
            assert!(n > 0, "the event stream ended");
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data.trim()).expect("events carry JSON");
            }
        }
    }

    /// The next status after `version`.
    fn after(&mut self, version: u64) -> Value {
        loop {
            let status = self.next();
            if status["version"].as_u64().unwrap_or(0) > version {
                return status;
            }
        }
    }
}

fn version(status: &Value) -> u64 {
    status["version"].as_u64().expect("a status has a version")
}

#[test]
fn an_edit_reloads_the_browser_and_serves_the_new_page() {
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    assert_eq!(first["errors"], Value::Array(vec![]));

    let page = server.get("/events/talks/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<script src=\"/__briefing/live.js\" data-version=\"1\""), "live reload is injected");

    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    site.write("content/events/talks.md", &format!("{talks}\nA sentence written just now.\n"));
    let status = events.after(version(&first));
    assert_eq!(status["kind"], "reload");
    assert!(server.get("/events/talks/").body.contains("A sentence written just now."));

    // The injected script is the preview's alone: a build of the same site has none of it.
    let built = site.build(&[]);
    assert!(built.status.success());
    assert!(!site.page("events/talks/index.html").contains("__briefing"));
}

#[test]
fn the_preview_as_of_a_day_shows_the_site_as_it_stood_through_edits() {
    let site = Site::copy("tracker");
    let server = Server::start_with(&site, "0", &["--as-of", "2020-10-04"]);
    let mut events = server.events();
    let first = events.next();
    assert_eq!(first["errors"], Value::Array(vec![]));
    let war = server.get("/events/war/");
    assert!(war.body.contains("This is the explainer as it stood on 4 October 2020"));
    assert!(war.body.contains(">158<") && !war.body.contains(">171"), "the figure as it stood");
    assert_eq!(server.get("/events/bridge/").status, 404, "the event of 6 October is not there yet");

    // An edit that adds a later value changes nothing of what the day shows; one of the day does.
    let text = std::fs::read_to_string(site.root().join("content/events/war.md")).unwrap();
    site.write("content/events/war.md", &text.replace("The war began", "The river war began"));
    let status = events.after(version(&first));
    assert_eq!(status["kind"], "reload");
    let war = server.get("/events/war/");
    assert!(war.body.contains("The river war began"));
    assert!(war.body.contains("as it stood on 4 October 2020") && !war.body.contains(">171"));
}

#[test]
fn after_the_reload_every_page_the_edit_touches_is_current() {
    // The edited brief's page is put in place first and the browsers are told at once; the
    // lists and exports follow. A request for one of those in between waits for it: a reader
    // who follows the reload anywhere never gets a page from before the edit.
    let site = Site::copy("crosslinks");
    let mut server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    site.write("content/events/talks.md", &talks.replace("title: Talks in June", "title: Talks renamed today"));
    let status = events.after(version(&first));
    assert_eq!(status["kind"], "reload");
    for page in
        ["/events/talks/", "/events/", "/", "/parties/gamma/", "/parties/beta/", "/data/site.json", "/sitemap.xml"]
    {
        let response = server.get(page);
        assert_eq!(response.status, 200, "{page}");
        if page != "/sitemap.xml" {
            assert!(response.body.contains("Talks renamed today"), "{page} is served stale after the reload");
        }
    }
    // One edit, one reload: the early news is not sent twice.
    server.wait_line(|l| l.starts_with("Changed content/events/talks.md: rendered"));
    let now = server.get("/__briefing/status");
    let now: Value = serde_json::from_str(&now.body).expect("the status is JSON");
    assert_eq!(version(&now), version(&status), "a single edit gave more than one reload");
}

#[test]
fn broken_content_shows_in_the_overlay_and_the_last_good_page_stays() {
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();

    site.write("content/events/talks.md", &talks.replace("date: 2020-06-01/2020-06-05", "date: 2020-13-45"));
    let status = events.after(version(&first));
    assert_eq!(status["kind"], "errors");
    let error = &status["errors"][0];
    assert_eq!(error["span"]["file"], "content/events/talks.md");
    assert_eq!(error["span"]["line"], 3);
    assert_eq!(error["span"]["column"], 7);
    assert!(error["help"].as_str().is_some_and(|h| !h.is_empty()), "the overlay has a hint: {error}");
    assert!(error["text"].as_str().unwrap().contains("--> content/events/talks.md:3:7"));

    let page = server.get("/events/talks/");
    assert_eq!(page.status, 200, "the last good page is still served");
    assert!(page.body.contains("Five days of talks."));
    assert!(server.get("/__briefing/status").body.contains("content/events/talks.md"));

    site.write("content/events/talks.md", &talks.replace("Five days of talks.", "Six days of talks."));
    let status = events.after(version(&status));
    assert_eq!(status["kind"], "reload");
    assert_eq!(status["errors"], Value::Array(vec![]));
    assert!(server.get("/events/talks/").body.contains("Six days of talks."));
}

#[test]
fn requests_outside_the_preview_are_refused() {
    let site = Site::copy("crosslinks");
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", site.root().join("static/passwd.txt")).unwrap();
    let server = Server::start(&site, "0");
    for target in [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/events%2f..%2f..%2fbriefing.toml",
        "/..\\..\\briefing.toml",
        "/%5c..%5cbriefing.toml",
        "//etc/passwd",
        "/etc/passwd",
        "/briefing.toml",
        "/content/events/talks.md",
        "/passwd.txt",
        "/%00",
        "http://127.0.0.1/../etc/passwd",
    ] {
        let response = server.get(target);
        assert!(matches!(response.status, 400 | 404), "{target} gave {}", response.status);
        assert!(!response.body.contains("root:"), "{target} leaked /etc/passwd");
        assert!(!response.body.contains("base_url"), "{target} leaked the configuration");
    }
    // A malformed request line gets a 400, and the server keeps serving.
    assert!(server.raw(b"NONSENSE\r\n\r\n").starts_with("HTTP/1.1 400"));
    assert!(
        server.raw(b"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello").starts_with("HTTP/1.1 413")
    );
    assert_eq!(server.request("POST", "/", "").status, 405);
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn pages_come_with_the_right_status_type_and_validators() {
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(home.header("cache-control").as_deref(), Some("no-cache"));

    let head = server.request("HEAD", "/", "");
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), home.header("content-length"));
    assert!(head.body.is_empty(), "HEAD has no body");

    let etag = home.header("etag").expect("pages have an ETag");
    assert_eq!(server.request("GET", "/", &format!("If-None-Match: {etag}\r\n")).status, 304);

    let missing = server.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("Page not found"), "the site's own 404 page");

    let moved = server.get("/events");
    assert_eq!(moved.status, 301);
    assert_eq!(moved.header("location").as_deref(), Some("/events/"));

    assert!(server.get("/style.css").header("content-type").unwrap().starts_with("text/css"));
    assert_eq!(server.get("/data/site.json").header("content-type").as_deref(), Some("application/json"));
    assert_eq!(server.get("/sitemap.xml").header("content-type").as_deref(), Some("application/xml"));
    let script = server.get("/__briefing/live.js");
    assert!(script.header("content-type").unwrap().starts_with("text/javascript"));
}

#[test]
fn a_burst_of_saves_gives_few_rebuilds_and_ends_up_current() {
    let site = Site::copy("crosslinks");
    let mut server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    // Like a `git checkout`: 120 new briefs and 80 saves of one file, as fast as possible.
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    for n in 0..120 {
        site.write(
            &format!("content/events/burst-{n:03}.md"),
            &format!("---\ntitle: Burst {n}\ndate: 2021-01-01\nkind: clash\nparticipants: [alpha]\n---\nBody {n}.\n"),
        );
    }
    for n in 0..80 {
        site.write("content/events/talks.md", &format!("{talks}\nRevision {n}.\n"));
    }
    // The last rebuild includes every file; wait for the page that shows the last save.
    let deadline = Instant::now() + WAIT;
    let mut status = events.after(version(&first));
    while !server.get("/events/talks/").body.contains("Revision 79.") {
        assert!(Instant::now() < deadline, "the last save never showed");
        status = events.after(version(&status));
    }
    assert_eq!(status["errors"], Value::Array(vec![]));
    assert_eq!(server.get("/events/burst-119/").status, 200);
    let rebuilds = version(&status) - version(&first);
    assert!(rebuilds <= 5, "200 saves in a burst gave {rebuilds} rebuilds");
    assert_eq!(server.interrupt().code(), Some(0));
}

#[test]
fn ctrl_c_stops_cleanly() {
    // Moving past a taken port is for the default port only (unit test in src/serve/http/mod.rs);
    // a port asked for is used as asked (`a_port_asked_for_and_taken_is_an_error`).
    let site = Site::copy("crosslinks");
    let mut server = Server::start(&site, "0");
    let status = server.interrupt();
    assert_eq!(status.code(), Some(0));
    server.wait_line(|l| l == "Stopped.");
    assert!(!site.root().join("public").exists(), "serve writes nothing into the site");
}

#[test]
fn readers_during_an_edit_storm_and_faulty_clients_are_all_served() {
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let port = server.port;
    // A slow client sends its request head a byte at a time; it is cut off, not waited for.
    let slow = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(300))).unwrap();
        let started = Instant::now();
        let mut reply = Vec::new();
        for byte in b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".iter().cycle() {
            if stream.write_all(&[*byte]).is_err() || started.elapsed() > Duration::from_secs(25) {
                break;
            }
            let mut buf = [0u8; 256];
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => reply.extend_from_slice(&buf[..n]),
                Err(_) => {}
            }
        }
        (started.elapsed(), String::from_utf8_lossy(&reply).into_owned())
    });
    // Clients that go away mid-response, and one that sends nonsense.
    for _ in 0..20 {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.write_all(b"GET /data/site.json HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut buf = [0u8; 16];
        let _ = stream.read(&mut buf);
    }
    assert!(server.raw(b"\x16\x03\x01 NOT HTTP AT ALL\r\n\r\n").starts_with("HTTP/1.1 400"));
    // Forty readers keep loading pages while the writer saves one brief two hundred times.
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..40)
        .map(|i| {
            let done = done.clone();
            std::thread::spawn(move || {
                let paths = ["/", "/events/talks/", "/parties/alpha/", "/events/", "/data/site.json"];
                let (mut ok, mut failed) = (0, Vec::new());
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    let path = paths[(i + ok) % paths.len()];
                    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                    stream.set_read_timeout(Some(WAIT)).unwrap();
                    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    let mut out = Vec::new();
                    let sent = stream.write_all(request.as_bytes()).and_then(|_| stream.read_to_end(&mut out));
                    let response = Response::parse(&String::from_utf8_lossy(&out));
                    if sent.is_ok() && response.status == 200 {
                        ok += 1;
                    } else {
                        failed.push(format!("{path}: {sent:?} {}", response.head));
                    }
                }
                (ok, failed)
            })
        })
        .collect();
    for n in 0..200 {
        site.write("content/events/talks.md", &format!("{talks}\nRevision {n}.\n"));
        std::thread::sleep(Duration::from_millis(10));
    }
    let deadline = Instant::now() + WAIT;
    while !server.get("/events/talks/").body.contains("Revision 199.") {
        assert!(Instant::now() < deadline, "the page never showed the last save");
        std::thread::sleep(Duration::from_millis(50));
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut served, mut failures) = (0, Vec::new());
    for reader in readers {
        let (ok, failed) = reader.join().unwrap();
        served += ok;
        failures.extend(failed);
    }
    assert!(
        failures.is_empty(),
        "{} of {} requests failed: {:?}",
        failures.len(),
        served + failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert!(served > 200, "only {served} requests were served");
    let (held, reply) = slow.join().unwrap();
    assert!(reply.starts_with("HTTP/1.1 408"), "the slow client is told it took too long: {reply:?}");
    assert!(held < Duration::from_secs(15), "the slow client held its connection for {held:?}");
}

#[test]
fn only_requests_for_the_preview_own_host_are_answered() {
    // DNS rebinding: a page on a name the attacker owns, pointed at 127.0.0.1 a moment later,
    // reads the preview with its own name in `Host`. Such requests get a 403 and nothing of
    // the site: not the pages (drafts included), not the status with its source lines.
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let port = server.port;
    let foreign = [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "localhost@evil.example".to_string(),
        "".to_string(),
    ];
    for host in &foreign {
        for target in ["/", "/events/talks/", "/__briefing/status", "/__briefing/events", "/__briefing/live.js"] {
            let text =
                server.raw(format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes());
            let response = Response::parse(&text);
            assert_eq!(response.status, 403, "Host {host:?} {target}: {}", response.head);
            assert!(response.body.contains("Blocked request"), "Host {host:?} {target}: {}", response.body);
            assert!(!response.body.contains("Talks") && !response.body.contains("version"), "{host:?} {target} leaked");
        }
    }
    // The preview's own names: loopback addresses, localhost and names under .localhost.
    for host in [
        format!("localhost:{port}"),
        "localhost".to_string(),
        "LocalHost.".to_string(),
        format!("127.0.0.1:{port}"),
        "127.0.0.2".to_string(),
        format!("[::1]:{port}"),
        format!("preview.localhost:{port}"),
    ] {
        let text = server.raw(format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes());
        assert_eq!(Response::parse(&text).status, 200, "Host {host:?}");
    }
    // HTTP/1.1 needs exactly one Host; HTTP/1.0 may leave it out.
    assert!(server.raw(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").starts_with("HTTP/1.1 400"));
    assert!(server.raw(b"GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n").starts_with("HTTP/1.1 400"));
    assert!(server.raw(b"GET / HTTP/1.0\r\n\r\n").starts_with("HTTP/1.1 200"));
    assert!(server.raw(b"GET / HTTP/1.0\r\nHost: evil.example\r\n\r\n").starts_with("HTTP/1.1 403"));
}

#[test]
fn content_length_is_read_strictly() {
    // A length that is not one plain number is a 400, never read as "no body": a server and
    // a proxy in front of it that disagree on where a request ends can be fed a second one.
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    for length in ["-1", "abc", "+0", "0x0", "5, 5", "0 0", "", "99999999999999999999999"] {
        let text =
            server.raw(format!("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: {length}\r\n\r\n").as_bytes());
        assert!(text.starts_with("HTTP/1.1 400"), "Content-Length {length:?}: {}", Response::parse(&text).head);
    }
    let twice = server.raw(b"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n");
    assert!(twice.starts_with("HTTP/1.1 400"), "two Content-Length headers: {twice}");
    let zero = server.raw(b"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assert!(zero.starts_with("HTTP/1.1 200"), "an empty body is fine");
}

/// The resident memory of a process, in bytes.
#[cfg(target_os = "linux")]
fn resident(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server is running");
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("Linux reports VmRSS");
    let kib: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("VmRSS is a number of kB");
    kib * 1024
}

#[cfg(target_os = "linux")]
#[test]
fn clients_that_never_read_a_big_file_share_one_copy_of_it() {
    // Each response used to copy the file twice and keep both until the write finished: a
    // hundred clients that ask for a 5 MB file and never read took a gigabyte. Now every
    // response sends from the one copy the preview keeps.
    const SIZE: usize = 5 << 20;
    const CLIENTS: usize = 40;
    let site = Site::copy("crosslinks");
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    let big: Vec<u8> = (0..SIZE).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(site.root().join("static/big.bin"), &big).unwrap();
    let server = Server::start(&site, "0");
    let whole = server.raw(b"GET /big.bin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assert!(whole.starts_with("HTTP/1.1 200"), "the big file is served");
    let before = resident(server.child.id());
    let stalled: Vec<TcpStream> = (0..CLIENTS)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("the server accepts");
            stream.write_all(b"GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
            stream
        })
        .collect();
    let mut peak = before;
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        peak = peak.max(resident(server.child.id()));
        std::thread::sleep(Duration::from_millis(100));
    }
    let grown = peak.saturating_sub(before) >> 20;
    assert!(grown < 60, "{CLIENTS} stalled clients of a 5 MB file took {grown} MB more");
    // Still answering, and the stalled clients get the whole file once they read.
    assert_eq!(server.get("/").status, 200);
    let mut first = stalled.into_iter().next().unwrap();
    first.set_read_timeout(Some(WAIT)).unwrap();
    let mut reply = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    while reply.len() < SIZE {
        let n = first.read(&mut chunk).expect("the response keeps coming");
        assert!(n > 0, "the response ended early");
        reply.extend_from_slice(&chunk[..n]);
    }
    let start = reply.windows(4).position(|w| w == b"\r\n\r\n").expect("a response head") + 4;
    while reply.len() < start + SIZE {
        let n = first.read(&mut chunk).expect("the response keeps coming");
        assert!(n > 0, "the response ended early");
        reply.extend_from_slice(&chunk[..n]);
    }
    assert!(reply[start..] == big[..], "the stalled client gets the file intact");
}

/// Waits until `target` is served with `text` in it; panics with what was served instead.
fn until_served(server: &Server, target: &str, text: &str, after: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let response = server.get(target);
        if response.status == 200 && response.body.contains(text) {
            return;
        }
        assert!(Instant::now() < deadline, "{after}, {target} never showed {text:?}; it gave {}", response.head);
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_replaced_content_or_theme_folder_is_watched_again() {
    // A checkout of another branch, a restore from a backup or a sync tool can move a folder
    // away and make a new one. The watch used to stay on the old folder: no later edit showed.
    let site = Site::copy("crosslinks");
    let root = site.root();
    let server = Server::start(&site, "0");
    let talks = std::fs::read_to_string(root.join("content/events/talks.md")).unwrap();

    std::fs::rename(root.join("content"), root.join("content-old")).unwrap();
    common::copy_tree(&root.join("content-old"), &root.join("content"));
    site.write("content/events/talks.md", &format!("{talks}\nThe restored copy.\n"));
    until_served(&server, "/events/talks/", "The restored copy.", "after content/ was replaced");
    site.write("content/events/talks.md", &format!("{talks}\nAn edit in the new folder.\n"));
    until_served(&server, "/events/talks/", "An edit in the new folder.", "after an edit in the new content/");
    // The old folder is not the site's any more: its edits show nowhere.
    site.write("content-old/events/talks.md", &format!("{talks}\nAn edit in the old folder.\n"));
    site.write("content/events/talks.md", &format!("{talks}\nA second edit in the new folder.\n"));
    until_served(&server, "/events/talks/", "A second edit in the new folder.", "after a second edit");

    // A theme folder made while serving, then replaced, is watched all along too.
    site.write("static/note.txt", "one");
    until_served(&server, "/note.txt", "one", "after static/ was made");
    site.write("static/note.txt", "two");
    until_served(&server, "/note.txt", "two", "after an edit in the new static/");
    std::fs::rename(root.join("static"), root.join("static-old")).unwrap();
    site.write("static/note.txt", "three");
    until_served(&server, "/note.txt", "three", "after static/ was replaced");
    site.write("static/note.txt", "four");
    until_served(&server, "/note.txt", "four", "after an edit in the replaced static/");
}

#[test]
fn a_page_an_edit_left_alone_is_sent_again_with_the_new_version() {
    // A reload revalidates with the ETag. A page the edit did not change used to match it and
    // get a 304: the browser kept the copy that carries the old version, saw the new version
    // on the event stream, and reloaded again, for ever.
    let site = Site::copy("crosslinks");
    let server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    let before = server.get("/about/");
    let etag = before.header("etag").expect("pages have an ETag");
    assert_eq!(server.request("GET", "/about/", &format!("If-None-Match: {etag}\r\n")).status, 304);
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    site.write("content/events/talks.md", &format!("{talks}\nA sentence only its own page shows.\n"));
    let status = events.after(version(&first));
    let after = server.request("GET", "/about/", &format!("If-None-Match: {etag}\r\n"));
    assert_eq!(after.status, 200, "the page is sent again, not 304");
    assert!(after.body.contains(&format!("data-version=\"{}\"", version(&status))), "with the new version");
    // Stylesheets and other files keep their ETag: nothing in them changed.
    let css = server.get("/style.css").header("etag").unwrap();
    assert_eq!(server.request("GET", "/style.css", &format!("If-None-Match: {css}\r\n")).status, 304);
}

/// A port asked for with `--port` is used as asked: when it is taken, `serve` says so and
/// stops, instead of moving to another port the writer did not ask for.
#[test]
fn a_port_asked_for_and_taken_is_an_error() {
    let site = Site::copy("crosslinks");
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("briefing"))
        .args(["serve", "--port", &port, "--root"])
        .arg(site.root())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("serve --port {port} kept running with the port taken");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains(&format!("port {port} is taken")), "{err}");
    assert!(err.contains("--port"), "says what to do: {err}");
    drop(taken);
}

#[test]
fn the_sites_own_static_file_survives_an_edit_in_the_preview() {
    // A site's `static/robots.txt` takes the place of the one briefing writes; an edit that
    // renders the site-wide pages again must not put briefing's own back over it.
    let site = Site::copy("crosslinks");
    site.write("static/robots.txt", "User-agent: *\nDisallow: /drafts/\n");
    let mut server = Server::start(&site, "0");
    let mut events = server.events();
    let first = events.next();
    assert!(server.get("/robots.txt").body.contains("Disallow: /drafts/"));
    let talks = std::fs::read_to_string(site.root().join("content/events/talks.md")).unwrap();
    site.write("content/events/talks.md", &talks.replace("title: Talks in June", "title: Talks renamed today"));
    events.after(version(&first));
    server.wait_line(|l| l.starts_with("Changed content/events/talks.md: rendered"));
    let robots = server.get("/robots.txt");
    assert_eq!(robots.status, 200);
    assert!(
        robots.body.contains("Disallow: /drafts/"),
        "the preview wrote its own robots.txt over the site's:\n{}",
        robots.body
    );
}
