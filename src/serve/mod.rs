//! `serve`: the editorial review page. A small local web app over one
//! checked batch: editors filter findings, read the evidence and accept,
//! dismiss or undo through a [`DecisionStore`], the same store `review`
//! writes and `check` reads.
//!
//! The page runs no script at all: filters are a GET form, decisions are
//! POST forms answered with a redirect back to the same view. That keeps
//! the Content-Security-Policy at `script-src 'none'`, so article text
//! that slipped past escaping still could not run.
//!
//! Security, in the order a request meets it:
//! - bound to loopback unless an access token is given; with a token every
//!   request must carry it (cookie set from `?token=`, or a bearer header),
//!   compared in constant time;
//! - bodies over [`BODY_LIMIT`] are refused with 413;
//! - every POST carries the per-process CSRF token (403 otherwise);
//! - every response carries a CSP that allows no external source.

mod view;

use crate::model::{Report, Review};
use crate::review::{looks_like_id, DecisionStore, ReviewError};
use axum::extract::{DefaultBodyLimit, Form, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Mutex};

pub use view::Filter;

/// Largest request body accepted: a decision with a long note fits many
/// times over; anything bigger is not from this page.
pub const BODY_LIMIT: usize = 16 * 1024;

/// Longest note kept, in characters.
pub const NOTE_LIMIT: usize = 2000;

/// The port used when `--bind` names only an address.
pub const DEFAULT_PORT: u16 = 8080;

/// The Content-Security-Policy of every response: nothing from outside,
/// no scripts, styles only from this server.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
                       form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const COOKIE: &str = "crosscheck_token";

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A non-loopback address without an access token.
    #[error("{0} is not a loopback address: give an access token with --token or CROSSCHECK_TOKEN to serve on it")]
    NeedsToken(SocketAddr),
    /// The access token is too weak or has characters a cookie cannot carry.
    #[error(
        "the access token must be at least 16 characters of A-Z, a-z, 0-9, `-`, `_`, `.` or `~`"
    )]
    BadToken,
    /// The bind address cannot be understood.
    #[error("--bind {0}: expected an address such as 127.0.0.1:8080")]
    BadAddress(String),
    /// Binding or serving failed.
    #[error("{addr}: {source}")]
    Io {
        /// The address.
        addr: String,
        /// The cause.
        source: std::io::Error,
    },
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen.
    pub bind: SocketAddr,
    /// The access token; required unless `bind` is a loopback address.
    pub token: Option<String>,
    /// Who a decision is recorded as when the editor leaves the name
    /// field empty.
    pub default_by: String,
}

/// Parses `--bind`: `ADDR:PORT`, a bare address (port [`DEFAULT_PORT`]),
/// or `host:port` resolved locally.
pub fn parse_bind(s: &str) -> Result<SocketAddr, ServeError> {
    if let Ok(a) = s.parse::<SocketAddr>() {
        return Ok(a);
    }
    if let Ok(ip) = s.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, DEFAULT_PORT));
    }
    s.to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or_else(|| ServeError::BadAddress(s.to_string()))
}

/// The access rule: a non-loopback `bind` needs a token, and a token must
/// be long and cookie-safe.
pub fn check_access(bind: SocketAddr, token: Option<&str>) -> Result<(), ServeError> {
    match token {
        Some(t) => {
            let ok = t.len() >= 16
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b));
            if ok {
                Ok(())
            } else {
                Err(ServeError::BadToken)
            }
        }
        None if !bind.ip().is_loopback() => Err(ServeError::NeedsToken(bind)),
        None => Ok(()),
    }
}

/// A server bound to its address, not yet serving.
pub struct Server {
    listener: std::net::TcpListener,
    app: Arc<App>,
}

struct App {
    report: Report,
    store: Mutex<Box<dyn DecisionStore>>,
    csrf: String,
    token: Option<String>,
    default_by: String,
    env: minijinja::Environment<'static>,
    css: String,
}

impl Server {
    /// Checks the options and binds: a non-loopback address without a
    /// token is refused before anything listens. `report` is the checked
    /// batch without decisions; they are read from `store` per request.
    pub fn bind(
        report: Report,
        store: Box<dyn DecisionStore>,
        opts: Options,
    ) -> Result<Server, ServeError> {
        check_access(opts.bind, opts.token.as_deref())?;
        let io = |source| ServeError::Io {
            addr: opts.bind.to_string(),
            source,
        };
        let csrf = random_hex().map_err(io)?;
        let listener = std::net::TcpListener::bind(opts.bind).map_err(io)?;
        listener.set_nonblocking(true).map_err(io)?;
        let mut env = minijinja::Environment::new();
        // `.html` names turn on HTML auto-escaping for every `{{ }}`.
        env.add_template("page.html", include_str!("page.html"))
            .expect("the built-in template parses");
        let app = App {
            report,
            store: Mutex::new(store),
            csrf,
            token: opts.token,
            default_by: opts.default_by,
            env,
            css: format!("{}{}", crate::report::html::CSS, view::CSS),
        };
        Ok(Server {
            listener,
            app: Arc::new(app),
        })
    }

    /// The address actually bound (the port, when 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until the process ends, on a small runtime of its own.
    pub fn run(self) -> Result<(), ServeError> {
        let addr = self.local_addr().to_string();
        let io = |source| ServeError::Io {
            addr: addr.clone(),
            source,
        };
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_io()
            .build()
            .map_err(io)?;
        rt.block_on(async {
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            axum::serve(listener, router(self.app)).await
        })
        .map_err(io)
    }
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/app.css", get(css))
        .route("/decide", post(decide))
        .route("/undo", post(undo))
        .fallback(|| async { (StatusCode::NOT_FOUND, "not found\n") })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

/// 32 random bytes from the OS as hex: the CSRF token.
fn random_hex() -> std::io::Result<String> {
    use std::io::Read;
    let mut b = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// Compares secrets in time that depends only on their lengths.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

/// Every request: the access token (when one is set), then the security
/// headers on whatever answers.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let mut res = match &app.token {
        None => next.run(req).await,
        Some(token) => {
            let presented = presented_token(&req);
            let from_query = Query::<TokenQuery>::try_from_uri(req.uri())
                .ok()
                .and_then(|q| q.0.token);
            if presented.is_some_and(|t| same_secret(&t, token)) {
                next.run(req).await
            } else if from_query.is_some_and(|t| same_secret(&t, token)) {
                // Trade the token in the address for a cookie, and drop it
                // from the address bar and history.
                let mut r = see_other("/");
                let cookie = format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    r.headers_mut().insert(header::SET_COOKIE, v);
                }
                r
            } else {
                (
                    StatusCode::UNAUTHORIZED,
                    "access token required: open the address with ?token=TOKEN\n",
                )
                    .into_response()
            }
        }
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// The token a request carries in its cookie or a bearer header.
fn presented_token(req: &Request) -> Option<String> {
    let h = req.headers();
    if let Some(b) = h
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return Some(b.trim().to_string());
    }
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(COOKIE)?.strip_prefix('='))
        .map(str::to_string)
}

fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

fn plain(status: StatusCode, msg: impl Into<String>) -> Response {
    let mut s = msg.into();
    s.push('\n');
    (status, s).into_response()
}

/// Runs store work off the async workers: the file store reads, writes
/// and syncs a file.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Response> + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| Err(plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error")))
}

fn store_error(e: ReviewError) -> Response {
    plain(StatusCode::INTERNAL_SERVER_ERROR, format!("error: {e}"))
}

async fn index(State(app): State<Arc<App>>, Query(filter): Query<Filter>) -> Response {
    let page = blocking(move || {
        let mut report = app.report.clone();
        let reviews = {
            let mut store = app.store.lock().unwrap_or_else(|e| e.into_inner());
            store.list().map_err(store_error)?
        };
        crate::review::apply(&mut report, &reviews);
        let ctx = view::page(&report, &reviews, &filter, &app.csrf);
        app.env
            .get_template("page.html")
            .and_then(|t| t.render(minijinja::Value::from(minijinja::value::Serde(&ctx))))
            .map_err(|e| plain(StatusCode::INTERNAL_SERVER_ERROR, format!("error: {e}")))
    })
    .await;
    match page {
        Ok(html) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
        Err(r) => r,
    }
}

async fn css(State(app): State<Arc<App>>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        app.css.clone(),
    )
        .into_response()
}

/// A decision form. Every field defaults so a missing CSRF token is
/// answered 403, not as a malformed form.
#[derive(Deserialize, Default)]
#[serde(default)]
struct DecideForm {
    csrf: String,
    id: String,
    decision: String,
    note: String,
    by: String,
    back: String,
}

/// Checks the CSRF token and that `id` names a finding of the batch.
fn admit(app: &App, csrf: &str, id: &str) -> Result<(), Response> {
    if !same_secret(csrf, &app.csrf) {
        return Err(plain(StatusCode::FORBIDDEN, "missing or wrong CSRF token"));
    }
    if !looks_like_id(id) || !app.report.findings.iter().any(|f| f.id == id) {
        return Err(plain(StatusCode::NOT_FOUND, "no such finding"));
    }
    Ok(())
}

/// Where to go after a decision: the same filtered view, at the finding.
fn back_to(back: &str, id: &str) -> Response {
    let filter = Query::<Filter>::try_from_uri(
        &format!("/?{back}")
            .parse()
            .unwrap_or_else(|_| axum::http::Uri::from_static("/")),
    )
    .map(|q| q.0)
    .unwrap_or_default();
    see_other(&format!("/?{}#{id}", filter.query()))
}

fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

async fn decide(State(app): State<Arc<App>>, Form(f): Form<DecideForm>) -> Response {
    if let Err(r) = admit(&app, &f.csrf, &f.id) {
        return r;
    }
    if f.decision != "accepted" && f.decision != "dismissed" {
        return plain(
            StatusCode::BAD_REQUEST,
            "decision must be `accepted` or `dismissed`",
        );
    }
    let note = f.note.trim().to_string();
    if note.is_empty() {
        return plain(StatusCode::BAD_REQUEST, "a note is required: say why");
    }
    if note.chars().count() > NOTE_LIMIT {
        return plain(
            StatusCode::BAD_REQUEST,
            format!("the note is over {NOTE_LIMIT} characters"),
        );
    }
    let by = Some(f.by.trim())
        .filter(|b| !b.is_empty())
        .map_or_else(|| app.default_by.clone(), |b| b.chars().take(80).collect());
    let review = Review {
        decision: f.decision.clone(),
        note: Some(note),
        by: Some(by),
        date: Some(today()),
    };
    let id = f.id.clone();
    let app2 = app.clone();
    let done = blocking(move || {
        let mut store = app2.store.lock().unwrap_or_else(|e| e.into_inner());
        store.record(&id, &review).map_err(store_error)
    })
    .await;
    match done {
        Ok(_) => back_to(&f.back, &f.id),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct UndoForm {
    csrf: String,
    id: String,
    by: String,
    back: String,
}

async fn undo(State(app): State<Arc<App>>, Form(f): Form<UndoForm>) -> Response {
    if let Err(r) = admit(&app, &f.csrf, &f.id) {
        return r;
    }
    let by = Some(f.by.trim())
        .filter(|b| !b.is_empty())
        .map_or_else(|| app.default_by.clone(), |b| b.chars().take(80).collect());
    let id = f.id.clone();
    let app2 = app.clone();
    let done = blocking(move || {
        let mut store = app2.store.lock().unwrap_or_else(|e| e.into_inner());
        store
            .undo(&id, Some(by), Some(today()))
            .map_err(store_error)
    })
    .await;
    match done {
        Ok(_) => back_to(&f.back, &f.id),
        Err(r) => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        assert!(!same_secret("", "x"));
    }

    #[test]
    fn bind_addresses() {
        assert_eq!(
            parse_bind("127.0.0.1:9").unwrap(),
            "127.0.0.1:9".parse().unwrap()
        );
        assert_eq!(parse_bind("::1").unwrap().port(), DEFAULT_PORT);
        assert!(parse_bind("not an address").is_err());
    }
}
