//! The two ledger backends behind one small interface: an embedded SQLite
//! file, or a PostgreSQL server named by a `postgres://` URL.
//!
//! Everything above this module speaks SQL that both accept (`?N`
//! placeholders, rewritten to `$N` for PostgreSQL; `BIGINT`, `DOUBLE
//! PRECISION` and `TEXT` columns) and reads rows as [`Val`]s, so the
//! ledger's semantics are written once.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

/// How long a SQLite run waits for another run's lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a PostgreSQL run waits for another run (the advisory lock).
/// Runs on a shared server queue behind each other; a CI batch takes
/// seconds, so ten minutes means something is stuck.
pub const PG_LOCK_TIMEOUT: Duration = Duration::from_secs(600);

/// The advisory lock key every crosscheck run on one database takes, so
/// that runs happen one after another (the key spells `crosschk`).
const PG_LOCK_KEY: i64 = 0x6372_6f73_7363_686b;

/// One value of a ledger row, as both backends store it.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// SQL `NULL`.
    Null,
    /// An integer (`BIGINT`).
    Int(i64),
    /// A float (`DOUBLE PRECISION`).
    Real(f64),
    /// Text.
    Text(String),
}

impl Val {
    /// The value as text (`None` for `NULL`).
    pub fn text(&self) -> Option<String> {
        match self {
            Val::Null => None,
            Val::Int(i) => Some(i.to_string()),
            Val::Real(f) => Some(f.to_string()),
            Val::Text(s) => Some(s.clone()),
        }
    }

    /// The value as an integer (`None` for `NULL` or text).
    pub fn int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => Some(*i),
            Val::Real(f) => Some(*f as i64),
            _ => None,
        }
    }

    /// The value as a float (`None` for `NULL` or text).
    pub fn real(&self) -> Option<f64> {
        match self {
            Val::Int(i) => Some(*i as f64),
            Val::Real(f) => Some(*f),
            _ => None,
        }
    }

    /// The value as JSON, for `ledger export`.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Val::Null => serde_json::Value::Null,
            Val::Int(i) => (*i).into(),
            Val::Real(f) => serde_json::Number::from_f64(*f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Val::Text(s) => s.clone().into(),
        }
    }

    /// The value from JSON, for `ledger import`; `None` for arrays and
    /// objects.
    pub fn from_json(v: &serde_json::Value) -> Option<Val> {
        Some(match v {
            serde_json::Value::Null => Val::Null,
            serde_json::Value::Bool(b) => Val::Int(i64::from(*b)),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => Val::Int(i),
                None => Val::Real(n.as_f64()?),
            },
            serde_json::Value::String(s) => Val::Text(s.clone()),
            _ => return None,
        })
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::Text(s.to_string())
    }
}
impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::Text(s)
    }
}
impl From<i64> for Val {
    fn from(i: i64) -> Val {
        Val::Int(i)
    }
}
impl From<bool> for Val {
    fn from(b: bool) -> Val {
        Val::Int(i64::from(b))
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Val {
        v.map_or(Val::Null, Into::into)
    }
}
impl From<f64> for Val {
    fn from(f: f64) -> Val {
        Val::Real(f)
    }
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Val::Null => ValueRef::Null,
            Val::Int(i) => ValueRef::Integer(*i),
            Val::Real(f) => ValueRef::Real(*f),
            Val::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl postgres::types::ToSql for Val {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        // The server says which type it wants; convert to it.
        match (self, ty) {
            (Val::Null, _) => Ok(IsNull::Yes),
            (Val::Int(i), &Type::INT4) => i32::try_from(*i)?.to_sql(ty, out),
            (Val::Int(i), &Type::FLOAT8) => (*i as f64).to_sql(ty, out),
            (Val::Int(i), &Type::TEXT) => i.to_string().to_sql(ty, out),
            (Val::Int(i), _) => i.to_sql(ty, out),
            (Val::Real(f), _) => f.to_sql(ty, out),
            (Val::Text(s), _) => s.to_sql(ty, out),
        }
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        use postgres::types::Type;
        [
            Type::INT4,
            Type::INT8,
            Type::FLOAT8,
            Type::TEXT,
            Type::VARCHAR,
        ]
        .contains(ty)
    }

    postgres::types::to_sql_checked!();
}

impl<'a> postgres::types::FromSql<'a> for Val {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<Val, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        Ok(match *ty {
            Type::INT2 => Val::Int(i16::from_sql(ty, raw)?.into()),
            Type::INT4 => Val::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT8 => Val::Int(i64::from_sql(ty, raw)?),
            Type::FLOAT4 => Val::Real(f32::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Val::Real(f64::from_sql(ty, raw)?),
            Type::BOOL => Val::Int(bool::from_sql(ty, raw)?.into()),
            _ => Val::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(
        _: &postgres::types::Type,
    ) -> Result<Val, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Val::Null)
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        use postgres::types::Type;
        [
            Type::INT2,
            Type::INT4,
            Type::INT8,
            Type::FLOAT4,
            Type::FLOAT8,
            Type::BOOL,
            Type::TEXT,
            Type::VARCHAR,
            Type::NAME,
            Type::BPCHAR,
        ]
        .contains(ty)
    }
}

/// A database error from either backend.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// From SQLite.
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    /// From PostgreSQL.
    #[error("{}", pg_message(.0))]
    Postgres(#[from] postgres::Error),
    /// A setting this build cannot honour.
    #[error("{0}")]
    Unsupported(String),
}

/// A PostgreSQL error in one line: the server's message when it sent one
/// (the crate's own text is only "db error").
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(d) => d.message().to_string(),
        None => {
            let mut s = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(c) = src {
                s.push_str(&format!(": {c}"));
                src = c.source();
            }
            s
        }
    }
}

impl DbError {
    /// Whether the error means "another run holds the ledger".
    pub fn busy(&self) -> bool {
        match self {
            DbError::Sqlite(e) => matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ),
            DbError::Postgres(e) => {
                e.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE)
            }
            DbError::Unsupported(_) => false,
        }
    }

    /// Whether the error means the server went away or cannot be reached.
    pub fn lost(&self) -> bool {
        match self {
            DbError::Sqlite(_) | DbError::Unsupported(_) => false,
            DbError::Postgres(e) => {
                use postgres::error::SqlState;
                // Closed, or failed reading or writing the socket, or the
                // server shutting down.
                let io = std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>());
                e.is_closed()
                    || io
                    || e.code().is_some_and(|c| {
                        c == &SqlState::ADMIN_SHUTDOWN
                            || c == &SqlState::CRASH_SHUTDOWN
                            || c == &SqlState::CANNOT_CONNECT_NOW
                    })
            }
        }
    }
}

/// Which backend a `--ledger` value names: a `postgres://` or
/// `postgresql://` URL is a server, anything else a SQLite file.
pub fn is_url(target: &str) -> bool {
    target.starts_with("postgres://") || target.starts_with("postgresql://")
}

/// `target` with any password replaced by `***`: the form in which a
/// ledger is named in messages, logs and reports.
pub fn redact(target: &str) -> String {
    if !is_url(target) {
        return target.to_string();
    }
    let mut s = target.to_string();
    // user:password@host
    let scheme = s.find("://").map_or(0, |i| i + 3);
    let auth_end = s[scheme..].find(['/', '?']).map_or(s.len(), |i| scheme + i);
    if let Some(at) = s[scheme..auth_end].rfind('@') {
        let userinfo = &s[scheme..scheme + at];
        if let Some(colon) = userinfo.find(':') {
            s.replace_range(scheme + colon + 1..scheme + at, "***");
        }
    }
    // ?password=...
    if let Some(q) = s.find('?') {
        let (head, query) = s.split_at(q + 1);
        let parts: Vec<String> = query
            .split('&')
            .map(|p| match p.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => p.to_string(),
            })
            .collect();
        s = format!("{head}{}", parts.join("&"));
    }
    s
}

/// Every secret a connection may carry, so that no message can leak one
/// even when a driver quotes it.
fn secrets(config: &postgres::Config) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(p) = config.get_password() {
        out.push(String::from_utf8_lossy(p).into_owned());
    }
    if let Ok(p) = std::env::var("PGPASSWORD") {
        out.push(p);
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The connection settings for `url`, completed from the `PG*`
/// environment variables as libpq completes them: the URL wins, the
/// environment fills what it leaves out.
fn pg_config(url: &str) -> Result<postgres::Config, postgres::Error> {
    let mut c: postgres::Config = url.parse()?;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if c.get_hosts().is_empty() {
        match env("PGHOST") {
            Some(h) => {
                for h in h.split(',') {
                    c.host(h);
                }
            }
            None if Path::new("/var/run/postgresql").is_dir() => {
                c.host_path("/var/run/postgresql");
            }
            None => {
                c.host("localhost");
            }
        }
    }
    if c.get_ports().is_empty() {
        if let Some(p) = env("PGPORT").and_then(|p| p.parse().ok()) {
            c.port(p);
        }
    }
    if c.get_user().is_none() {
        if let Some(u) = env("PGUSER") {
            c.user(&u);
        }
    }
    if c.get_password().is_none() {
        if let Some(p) = env("PGPASSWORD") {
            c.password(p);
        }
    }
    if c.get_dbname().is_none() {
        if let Some(d) = env("PGDATABASE") {
            c.dbname(&d);
        }
    }
    if !url.contains("sslmode=") {
        if let Some(m) = env("PGSSLMODE") {
            // Parsed as the URL parameter is, so a bad value is named alike.
            let m: postgres::Config = format!("postgres://x/?sslmode={m}").parse()?;
            c.ssl_mode(m.get_ssl_mode());
        }
    }
    if c.get_options().is_none() {
        if let Some(o) = env("PGOPTIONS") {
            c.options(&o);
        }
    }
    if c.get_application_name().is_none() {
        c.application_name(env("PGAPPNAME").as_deref().unwrap_or("crosscheck"));
        // Quiet the server's notices (CREATE TABLE IF NOT EXISTS …): the
        // crate would log them, and the library never prints.
        c.notice_callback(|_| {});
    }
    if c.get_connect_timeout().is_none() {
        let secs = env("PGCONNECT_TIMEOUT")
            .and_then(|s| s.parse().ok())
            .unwrap_or(10);
        c.connect_timeout(Duration::from_secs(secs));
    }
    Ok(c)
}

/// Connects without TLS (a build without the `tls` feature): `disable`
/// and `prefer` connect in plain text; `require` is refused rather than
/// sending the password in the clear.
#[cfg(not(feature = "tls"))]
fn connect(config: &postgres::Config) -> Result<postgres::Client, DbError> {
    if config.get_ssl_mode() == postgres::config::SslMode::Require {
        return Err(DbError::Unsupported(
            "sslmode=require: this crosscheck is built without TLS (cargo feature `tls`); use \
             sslmode=disable or prefer on a trusted network, or reach the server through a \
             TLS tunnel (see docs/ledger.md)"
                .into(),
        ));
    }
    Ok(config.connect(postgres::NoTls)?)
}

/// Connects with TLS when the server offers it (`prefer`) or must
/// (`require`). As libpq's `require`, the link is encrypted but the
/// server's certificate is not verified (the client crate has no
/// `verify-ca`/`verify-full`).
#[cfg(feature = "tls")]
fn connect(config: &postgres::Config) -> Result<postgres::Client, DbError> {
    if config.get_ssl_mode() == postgres::config::SslMode::Disable {
        return Ok(config.connect(postgres::NoTls)?);
    }
    let tls = native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true)
        .build()
        .map_err(|e| DbError::Unsupported(format!("cannot set up TLS: {e}")))?;
    Ok(config.connect(postgres_native_tls::MakeTlsConnector::new(tls))?)
}

/// A PostgreSQL connection with its prepared statements (each a round
/// trip to prepare, so prepared once per connection).
pub struct Pg {
    client: postgres::Client,
    stmts: HashMap<String, postgres::Statement>,
    secrets: Vec<String>,
}

impl Pg {
    fn stmt(&mut self, sql: &str) -> Result<postgres::Statement, postgres::Error> {
        if let Some(s) = self.stmts.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&dollars(sql))?;
        self.stmts.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

/// `?N` placeholders as PostgreSQL writes them (`$N`).
fn dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut it = sql.chars().peekable();
    while let Some(c) = it.next() {
        if c == '?' && it.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

/// An open connection to either backend.
pub enum Db {
    /// An embedded SQLite file.
    Sqlite(rusqlite::Connection),
    /// A PostgreSQL server.
    Postgres(Box<Pg>),
}

/// How to open a SQLite ledger.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Create the file when missing.
    Create,
    /// Never create; open read-write when permitted, else read-only.
    Existing,
}

impl Db {
    /// Connects to `target` (a file path or a `postgres://` URL).
    pub fn open(target: &str, mode: Mode) -> Result<Db, (DbError, Vec<String>)> {
        if is_url(target) {
            let config = pg_config(target).map_err(|e| (e.into(), Vec::new()))?;
            let secrets = secrets(&config);
            let client = connect(&config).map_err(|e| (e, secrets.clone()))?;
            return Ok(Db::Postgres(Box::new(Pg {
                client,
                stmts: HashMap::new(),
                secrets,
            })));
        }
        use rusqlite::OpenFlags as F;
        let open = |flags| -> Result<rusqlite::Connection, rusqlite::Error> {
            let conn = rusqlite::Connection::open_with_flags(target, flags)?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_update(None, "cache_size", -65536)?;
            Ok(conn)
        };
        let conn = match mode {
            Mode::Create => open(F::default()),
            Mode::Existing => open(F::SQLITE_OPEN_READ_WRITE | F::SQLITE_OPEN_NO_MUTEX)
                .or_else(|_| open(F::SQLITE_OPEN_READ_ONLY | F::SQLITE_OPEN_NO_MUTEX)),
        };
        conn.map(Db::Sqlite).map_err(|e| (e.into(), Vec::new()))
    }

    /// Secrets that must never appear in a message.
    pub fn secrets(&self) -> &[String] {
        match self {
            Db::Sqlite(_) => &[],
            Db::Postgres(p) => &p.secrets,
        }
    }

    /// Whether this is a PostgreSQL ledger.
    pub fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }

    /// Runs `sql` with `params`, calling `f` with each row.
    pub fn each(
        &mut self,
        sql: &str,
        params: &[Val],
        mut f: impl FnMut(&[Val]),
    ) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let n = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                let mut vals = Vec::with_capacity(n);
                while let Some(r) = rows.next()? {
                    vals.clear();
                    for i in 0..n {
                        use rusqlite::types::ValueRef;
                        vals.push(match r.get_ref(i)? {
                            ValueRef::Null => Val::Null,
                            ValueRef::Integer(i) => Val::Int(i),
                            ValueRef::Real(f) => Val::Real(f),
                            ValueRef::Text(t) | ValueRef::Blob(t) => {
                                Val::Text(String::from_utf8_lossy(t).into_owned())
                            }
                        });
                    }
                    f(&vals);
                }
                Ok(())
            }
            Db::Postgres(p) => {
                use postgres::fallible_iterator::FallibleIterator;
                let stmt = p.stmt(sql)?;
                let mut rows = p.client.query_raw(&stmt, params.iter())?;
                let mut vals = Vec::new();
                while let Some(r) = rows.next()? {
                    vals.clear();
                    for i in 0..r.len() {
                        vals.push(r.try_get::<_, Val>(i)?);
                    }
                    f(&vals);
                }
                Ok(())
            }
        }
    }

    /// Runs `sql` with `params` and returns every row.
    pub fn rows(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, DbError> {
        let mut out = Vec::new();
        self.each(sql, params, |r| out.push(r.to_vec()))?;
        Ok(out)
    }

    /// The first row of `sql`, if any.
    pub fn row(&mut self, sql: &str, params: &[Val]) -> Result<Option<Vec<Val>>, DbError> {
        Ok(self.rows(sql, params)?.into_iter().next())
    }

    /// Runs one statement; returns the rows it changed.
    pub fn execute(&mut self, sql: &str, params: &[Val]) -> Result<u64, DbError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(params))? as u64)
            }
            Db::Postgres(p) => {
                let stmt = p.stmt(sql)?;
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params
                    .iter()
                    .map(|v| v as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                Ok(p.client.execute(&stmt, &refs)?)
            }
        }
    }

    /// Runs several statements without parameters.
    pub fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(p) => Ok(p.client.batch_execute(sql)?),
        }
    }

    /// Starts a transaction that writes: SQLite takes its write lock at
    /// once; PostgreSQL takes the ledger's advisory lock, so runs from any
    /// number of machines happen one after another and each sees what the
    /// previous one committed.
    pub fn begin_write(&mut self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN IMMEDIATE")?),
            Db::Postgres(p) => {
                p.client.batch_execute(&format!(
                    "BEGIN; SET LOCAL lock_timeout = '{}s'",
                    PG_LOCK_TIMEOUT.as_secs()
                ))?;
                p.client
                    .execute("SELECT pg_advisory_xact_lock($1)", &[&PG_LOCK_KEY])?;
                Ok(())
            }
        }
    }

    /// Starts a read-only transaction: one consistent view.
    pub fn begin_read(&mut self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN")?),
            Db::Postgres(p) => Ok(p
                .client
                .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?),
        }
    }

    /// Commits the open transaction.
    pub fn commit(&mut self) -> Result<(), DbError> {
        self.batch("COMMIT")
    }

    /// Rolls the open transaction back (errors ignored: a lost connection
    /// has rolled back already).
    pub fn rollback(&mut self) {
        let _ = self.batch("ROLLBACK");
    }

    /// Whether a table exists.
    pub fn has_table(&mut self, name: &str) -> Result<bool, DbError> {
        let sql = match self {
            Db::Sqlite(_) => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            Db::Postgres(_) => "SELECT 1 WHERE to_regclass(CAST(?1 AS TEXT)) IS NOT NULL",
        };
        Ok(self.row(sql, &[name.into()])?.is_some())
    }

    /// The ledger format: SQLite keeps it in `user_version`, PostgreSQL in
    /// the `ledger_meta` table; 0 for an empty database.
    pub fn version(&mut self) -> Result<i64, DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.query_row("PRAGMA user_version", [], |r| r.get(0))?),
            Db::Postgres(_) => {
                if !self.has_table("ledger_meta")? {
                    return Ok(0);
                }
                let r = self.row("SELECT value FROM ledger_meta WHERE name = 'version'", &[])?;
                Ok(r.and_then(|r| r[0].text()?.parse().ok()).unwrap_or(0))
            }
        }
    }

    /// Records the ledger format.
    pub fn set_version(&mut self, v: i64) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.pragma_update(None, "user_version", v)?),
            Db::Postgres(_) => {
                self.batch(
                    "CREATE TABLE IF NOT EXISTS ledger_meta(name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                )?;
                self.execute(
                    "INSERT INTO ledger_meta(name, value) VALUES ('version', ?1) \
                     ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    &[v.to_string().into()],
                )?;
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://ed:hunter2@db.example:5432/news?sslmode=disable"),
            "postgres://ed:***@db.example:5432/news?sslmode=disable"
        );
        assert_eq!(
            redact("postgresql://db/news?user=ed&password=hunter2"),
            "postgresql://db/news?user=ed&password=***"
        );
        assert_eq!(redact("postgres://ed@db/news"), "postgres://ed@db/news");
        assert_eq!(redact("ledger.db"), "ledger.db");
        assert_eq!(
            redact("postgres://ed:p@ss@db/news"),
            "postgres://ed:***@db/news"
        );
    }

    #[test]
    fn placeholders() {
        assert_eq!(
            dollars("SELECT ?1, ?12 WHERE x = '?'"),
            "SELECT $1, $12 WHERE x = '?'"
        );
    }
}
