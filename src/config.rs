//! Configuration read once at start from the command line and the environment, then passed
//! down explicitly. The token never appears in logs or debug output.

use std::fmt;

/// The bot token from `TELOXIDE_TOKEN`. Its `Debug` and `Display` mask it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(raw: impl Into<String>) -> Token {
        Token(raw.into())
    }

    /// The token itself, only for building the Telegram client.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl std::str::FromStr for Token {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            Err("TELOXIDE_TOKEN is empty: set it to the token @BotFather gave you".into())
        } else {
            Ok(Token(s.to_string()))
        }
    }
}

/// Everything `kinerja run` needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub token: Token,
    /// `sqlite://…` (default, a file next to where it runs) or `postgres://…`.
    pub database_url: String,
    /// Another Bot API server (self-hosted, or a test fake); Telegram's when `None`.
    pub api_url: Option<url::Url>,
    /// Telegram's flood limits, or looser ones for a local fake.
    pub limits: Limits,
    /// When reminders go out, and the quiet hours.
    pub reminders: crate::domain::reminder::ReminderConfig,
    /// Where Telegram delivers updates in webhook mode (checked by [`check_webhook`]);
    /// `None`: the bot polls (the default).
    pub webhook_url: Option<url::Url>,
    /// Where the HTTP server listens (`/healthz`, `/metrics`, the webhook, the evidence
    /// links); `None`: none.
    pub listen: Option<std::net::SocketAddr>,
    /// Where people reach that server from outside (checked by [`check_public_url`]): the
    /// exports then carry evidence files as signed links under it, which the server serves
    /// at `/bukti/`. `None`: the exports name the files.
    pub public_url: Option<url::Url>,
    /// How long an evidence link works, in days.
    pub evidence_link_days: u32,
}

/// Why a public URL is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicUrlRefusal {
    /// The links travel in exports and are opened from anywhere: HTTPS only (plain HTTP
    /// only to this machine, for tests).
    NotHttps,
    /// The links are served by the HTTP server: `--listen`.
    NeedsListen,
}

/// Whether a URL names this machine (where plain HTTP is allowed, for tests).
fn is_local(url: &url::Url) -> bool {
    matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"))
}

/// Checks a public URL. `listen` is `None` for `kinerja run` without `--listen` (refused: no
/// server would answer the links), and `Some(None)` for an export from the command line,
/// which only writes the links.
pub fn check_public_url(
    url: &url::Url,
    listen: Option<Option<std::net::SocketAddr>>,
) -> Result<(), PublicUrlRefusal> {
    match url.scheme() {
        "https" => {}
        "http" if is_local(url) => {}
        _ => return Err(PublicUrlRefusal::NotHttps),
    }
    if listen == Some(None) {
        return Err(PublicUrlRefusal::NeedsListen);
    }
    Ok(())
}

/// Why a webhook URL is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookRefusal {
    /// Telegram delivers only over HTTPS (plain HTTP only to this machine, for tests).
    NotHttps,
    /// The webhook needs the HTTP server: `--listen`.
    NeedsListen,
    /// The URL's path is `/healthz`, `/metrics` or under `/bukti`, which the server keeps
    /// for itself.
    ReservedPath,
}

/// Checks a webhook URL and the listen address that goes with it.
pub fn check_webhook(
    url: &url::Url,
    listen: Option<std::net::SocketAddr>,
) -> Result<(), WebhookRefusal> {
    match url.scheme() {
        "https" => {}
        "http" if is_local(url) => {}
        _ => return Err(WebhookRefusal::NotHttps),
    }
    let path = url.path();
    if matches!(path, "/healthz" | "/metrics")
        || path
            .strip_prefix(crate::domain::evidence::ROUTE_PREFIX)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    {
        return Err(WebhookRefusal::ReservedPath);
    }
    if listen.is_none() {
        return Err(WebhookRefusal::NeedsListen);
    }
    Ok(())
}

/// The sending rates the Telegram client keeps to ([`crate::telegram::Limiter`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub messages_per_sec_overall: u32,
    pub messages_per_sec_chat: u32,
    pub messages_per_min_chat: u32,
}

impl Default for Limits {
    /// Telegram's published limits are ~30 messages a second overall, ~1 a second into one
    /// chat, 20 a minute into one group. Overall the client paces at 29, evenly spaced, and
    /// never lets more than 30 reach Telegram within one second ([`crate::telegram`]): the
    /// one a second below the ceiling is the margin (34 ms) by which the way out of one
    /// message may be longer than another's before their arrivals could share a second.
    fn default() -> Self {
        Limits {
            messages_per_sec_overall: 29,
            messages_per_sec_chat: 1,
            messages_per_min_chat: 20,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let config = Config {
            token: "123:SECRET".parse().unwrap(),
            database_url: "sqlite://kinerja.db".into(),
            api_url: None,
            limits: Limits::default(),
            reminders: Default::default(),
            webhook_url: None,
            listen: None,
            public_url: None,
            evidence_link_days: 400,
        };
        let shown = format!("{config:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(shown.contains("Token(***)"));
    }

    #[test]
    fn a_webhook_is_https_with_a_listen_address() {
        let listen = Some("0.0.0.0:8443".parse().unwrap());
        let url = |s: &str| s.parse::<url::Url>().unwrap();
        assert_eq!(
            check_webhook(&url("https://k.example.go.id/tg"), listen),
            Ok(())
        );
        assert_eq!(
            check_webhook(&url("http://127.0.0.1:9000/tg"), listen),
            Ok(())
        );
        assert_eq!(check_webhook(&url("http://localhost/tg"), listen), Ok(()));
        assert_eq!(
            check_webhook(&url("http://k.example.go.id/tg"), listen),
            Err(WebhookRefusal::NotHttps)
        );
        assert_eq!(
            check_webhook(&url("https://k.example.go.id/metrics"), listen),
            Err(WebhookRefusal::ReservedPath)
        );
        assert_eq!(
            check_webhook(&url("https://k.example.go.id/bukti/x"), listen),
            Err(WebhookRefusal::ReservedPath)
        );
        assert_eq!(
            check_webhook(&url("https://k.example.go.id/buktinya"), listen),
            Ok(())
        );
        assert_eq!(
            check_webhook(&url("https://k.example.go.id/tg"), None),
            Err(WebhookRefusal::NeedsListen)
        );
    }

    #[test]
    fn a_public_url_is_https_and_served_by_run_with_listen() {
        let url = |s: &str| s.parse::<url::Url>().unwrap();
        let listen = Some(Some("127.0.0.1:8443".parse().unwrap()));
        let https = url("https://kinerja.example.go.id");
        assert_eq!(check_public_url(&https, listen), Ok(()));
        assert_eq!(check_public_url(&https, None), Ok(()), "an export only");
        assert_eq!(
            check_public_url(&https, Some(None)),
            Err(PublicUrlRefusal::NeedsListen)
        );
        assert_eq!(
            check_public_url(&url("http://127.0.0.1:9000"), listen),
            Ok(())
        );
        assert_eq!(
            check_public_url(&url("http://kinerja.example.go.id"), listen),
            Err(PublicUrlRefusal::NotHttps)
        );
        assert_eq!(
            check_public_url(&url("ftp://kinerja.example.go.id"), None),
            Err(PublicUrlRefusal::NotHttps)
        );
    }

    #[test]
    fn an_empty_token_is_refused_with_the_variable_named() {
        let err = "  ".parse::<Token>().unwrap_err();
        assert!(err.contains("TELOXIDE_TOKEN"));
    }
}
