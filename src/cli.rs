//! The `kinerja` command line: run the bot, and the batch jobs HR scripts (roster import,
//! invitations, releasing a lost phone, the HR role). Each subcommand is a thin shell over
//! the store and the domain; what it prints for HR comes from the catalogue (area `cli`,
//! the domain's errors through `Localize`) in the language of `--lang` / `KINERJA_LANG`,
//! Indonesian by default. The files it writes for the record (forms, exports, the report)
//! stay Indonesian, and so do the log lines.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::config::{
    Config, Limits, PublicUrlRefusal, Token, WebhookRefusal, check_public_url, check_webhook,
};
use crate::domain::broadcast::{Audience, FileUpload, Kind, MAX_PHOTO_BYTES, file_kind};
use crate::domain::calendar::WorkWeek;
use crate::domain::calendar_file::{self, CalendarRowError};
use crate::domain::daily::Month;
use crate::domain::evaluation::{Period, Window};
use crate::domain::evidence::{DEFAULT_LIFETIME_DAYS, LinkSigner};
use crate::domain::invitation::DEFAULT_VALID_DAYS;
use crate::domain::lang::Lang;
use crate::domain::nip::Nip;
use crate::domain::reminder::{ReminderConfig, parse_days, parse_quiet_hours};
use crate::domain::report::OrgPredikat;
use crate::domain::roster;
use crate::domain::time::parse_date;
use crate::domain::training::{
    TrainingDetails, parse_attendance_csv, parse_deadline, parse_jp, parse_place, parse_quota,
    parse_start,
};
use crate::i18n::{self, Label, Localize};
use crate::runtime::LockError;
use crate::store::broadcast::{NewAnnouncement, NewAttachment};
use crate::store::employees::{ImportError, InviteSelector};
use crate::store::trainings::AttendanceError;
use crate::store::{Store, redact_url};

/// Kinerja: the Telegram bot for the yearly performance cycle of Sibolga's civil servants.
#[derive(Debug, Parser)]
#[command(name = "kinerja", version, about)]
pub struct Cli {
    /// Database: a SQLite file (default) or a PostgreSQL server.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://kinerja.db",
        global = true
    )]
    pub database_url: String,

    /// The language of what the command prints: id (Bahasa Indonesia) or en (English).
    /// Official files (the forms, the e-Kinerja export, the report) stay Indonesian.
    #[arg(
        long,
        env = "KINERJA_LANG",
        default_value = "id",
        global = true,
        value_parser = parse_lang
    )]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Command,
}

/// `id` or `en`, in any case.
fn parse_lang(raw: &str) -> Result<Lang, String> {
    Lang::from_code(&raw.trim().to_lowercase())
        .ok_or_else(|| format!("{raw:?}: use id (Bahasa Indonesia) or en (English)"))
}

/// An error of the command, in HR's language: `Galat: …` (`Error: …`).
pub fn error_text(lang: Lang, error: &anyhow::Error) -> String {
    i18n::cli_error(lang, &format!("{error:#}"))
}

/// A domain error as the command's error, in HR's language.
fn fail(lang: Lang) -> impl Fn(&dyn Localize) -> anyhow::Error {
    move |e| anyhow::anyhow!(e.localize(lang))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot (long polling, or a webhook with --webhook-url) until SIGTERM or Ctrl-C.
    Run(Box<RunArgs>),
    /// Manage the roster.
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Issue one-time invitation codes: a CSV and one QR-code PNG per person.
    Invite(InviteArgs),
    /// Release the Telegram account bound to a NIP (a lost or changed phone).
    Unbind {
        /// The employee's NIP.
        nip: String,
    },
    /// Manage the HR (BKD admin) role.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Realisation and evaluation windows of a period.
    #[command(subcommand)]
    Period(PeriodCommand),
    /// Evaluations.
    #[command(subcommand)]
    Evaluation(EvaluationCommand),
    /// Write an announcement and its outbox; the running bot delivers it.
    Announce(AnnounceArgs),
    /// Trainings: list them, record attendance.
    #[command(subcommand)]
    Training(TrainingCommand),
    /// Write a period's report as CSV files, an xlsx workbook, or the chart as PNG.
    Report(ReportArgs),
    /// Units: set a unit's organisational predikat for a year.
    #[command(subcommand)]
    Unit(UnitCommand),
    /// Reminders: what will go out next.
    #[command(subcommand)]
    Reminders(RemindersCommand),
    /// The daily log (Progres Harian) in e-Kinerja's shape.
    #[command(subcommand)]
    Harian(HarianCommand),
    /// The official forms as PDF, one per person, and a list of who has none yet and why.
    Document(DocumentArgs),
    /// Plan templates per position (jabatan), offered to staff whose plan is still empty.
    #[command(subcommand)]
    Template(TemplateCommand),
    /// The city's calendar: national holidays and cuti bersama, and units that work six
    /// days a week.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// Leave loaded by HR from a file.
    #[command(subcommand)]
    Leave(LeaveCommand),
}

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Import days off from CSV or .xlsx (columns tanggal, nama); all or nothing.
    Import {
        /// The calendar file.
        file: PathBuf,
    },
    /// The days off of a year and the units that work six days.
    List {
        /// The year (WIB); this year when omitted.
        #[arg(long)]
        year: Option<i32>,
    },
    /// Set a unit's working week: 5 (Monday to Friday, the default) or 6 (Monday to
    /// Saturday).
    UnitWeek {
        /// The unit, as in the roster's unit_kerja.
        unit: String,
        days: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum LeaveCommand {
    /// Import leave from CSV or .xlsx (columns nip, mulai, sampai, jenis); all or nothing.
    Import {
        /// The leave file.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Import templates from CSV or .xlsx (columns jabatan, unit_kerja, jenis, rhk,
    /// indikator, target, aspek, arah); all or nothing.
    Import {
        /// The template file.
        file: PathBuf,
    },
    /// Save the approved plan (the version in force) of one person as a template.
    FromPlan {
        /// The NIP whose plan is taken.
        nip: String,
        /// The position the template is for.
        #[arg(long)]
        jabatan: String,
        /// Only for this unit (unit_kerja as in the roster); every unit when omitted.
        #[arg(long)]
        unit: Option<String>,
        /// The plan's year (default: this year).
        #[arg(long)]
        year: Option<i64>,
    },
    /// Every template.
    List,
    /// Delete the template of a position (and unit).
    Delete {
        #[arg(long)]
        jabatan: String,
        /// The unit; the template for every unit when omitted.
        #[arg(long)]
        unit: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// rencana, evaluasi or dokumen-evaluasi.
    #[arg(long)]
    pub kind: String,
    /// The period: YEAR-I … YEAR-IV or YEAR-T for evaluasi; its year is the year of a
    /// rencana or a dokumen-evaluasi (default: this year's current quarter).
    #[arg(long)]
    pub period: Option<String>,
    /// One unit, as unit_kerja is written in the roster.
    #[arg(long)]
    pub unit: Option<String>,
    /// Everyone active in the city.
    #[arg(long)]
    pub all: bool,
    /// The folder to write into (created when missing).
    #[arg(long)]
    pub out: PathBuf,
    /// The bot's @username for the verification links; asked from Telegram when omitted.
    #[arg(long, env = "KINERJA_BOT_USERNAME")]
    pub bot_username: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum HarianCommand {
    /// Write one person's month as xlsx and CSV with e-Kinerja's columns, in its order.
    Export {
        /// The employee's NIP.
        #[arg(long)]
        nip: String,
        /// The month: YEAR-MM (default: this month, WIB).
        #[arg(long)]
        month: Option<String>,
        /// The folder to write into (created when missing).
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        links: EvidenceArgs,
    },
}

/// Evidence files as signed links in the exports (`run`, `harian export`, `report`).
#[derive(Debug, Clone, Args)]
pub struct EvidenceArgs {
    /// The public HTTPS URL people reach `kinerja run --listen` at through the reverse proxy,
    /// e.g. https://kinerja.example.go.id: the exports then give each evidence file as a
    /// signed link under /bukti/, which that server serves. Without it they name the files.
    #[arg(long, env = "KINERJA_PUBLIC_URL")]
    pub public_url: Option<url::Url>,
    /// How long an evidence link works, in days (long enough for the annual assessment of
    /// the next year).
    #[arg(long, env = "KINERJA_EVIDENCE_LINK_DAYS", default_value_t = DEFAULT_LIFETIME_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub evidence_link_days: u32,
}

impl EvidenceArgs {
    /// Refuses a public URL that is not HTTPS, or (for `run`, `listen` given) one without
    /// `--listen`.
    fn check(
        &self,
        lang: Lang,
        listen: Option<Option<std::net::SocketAddr>>,
    ) -> anyhow::Result<()> {
        let Some(url) = &self.public_url else {
            return Ok(());
        };
        check_public_url(url, listen).map_err(|refusal| {
            anyhow::anyhow!(match refusal {
                PublicUrlRefusal::NotHttps => i18n::cli_public_url_not_https(lang, url.as_str()),
                PublicUrlRefusal::NeedsListen => i18n::cli_public_url_needs_listen(lang),
            })
        })
    }

    /// The signer of an export from the command line: the key from the database.
    async fn signer(&self, lang: Lang, store: &Store) -> anyhow::Result<Option<LinkSigner>> {
        self.check(lang, None)?;
        let Some(url) = &self.public_url else {
            return Ok(None);
        };
        let key = store.evidence_key().await?;
        Ok(Some(LinkSigner::new(url, &key, self.evidence_link_days)))
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The period: YEAR-I … YEAR-IV, or YEAR-T for the annual evaluation (default: this
    /// year's current quarter).
    #[arg(long)]
    pub period: Option<String>,
    /// csv (one file per table), xlsx (one workbook), png (the chart), or all.
    #[arg(long, default_value = "xlsx")]
    pub format: String,
    /// The folder to write into (created when missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Count lateness as of this day (31/12/2026) instead of today.
    #[arg(long)]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub links: EvidenceArgs,
}

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// Set the organisational predikat (istimewa, baik, butuh-perbaikan, kurang,
    /// sangat-kurang) that bounds the unit's spread of staff predikat.
    Predikat {
        /// The unit, as in the roster's unit_kerja.
        unit: String,
        predikat: String,
        /// The year; this year when omitted.
        #[arg(long)]
        year: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrainingCommand {
    /// The trainings of a year with their seats and attendance.
    List {
        /// The year (WIB); this year when omitted.
        #[arg(long)]
        year: Option<i64>,
    },
    /// Record attendance from a CSV with the columns pelatihan, nip and (optionally) hadir
    /// (ya/tidak). All or nothing: any bad line and nothing changes.
    Attendance { file: PathBuf },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AnnounceArgs {
    #[command(subcommand)]
    pub status: Option<AnnounceCommand>,
    /// info | pelatihan | aturan
    #[arg(long)]
    pub kind: Option<String>,
    /// semua | atasan | tanpa-rencana:TAHUN | unit:NAMA UNIT[;NAMA UNIT]
    #[arg(long)]
    pub audience: Option<String>,
    /// A UTF-8 text file with the announcement.
    #[arg(long)]
    pub text_file: Option<PathBuf>,
    /// A photo (JPEG, PNG or WebP up to 10 MB) or document (any file up to 50 MB) sent with
    /// the announcement: uploaded once by the running bot, then sent to everyone by the id
    /// Telegram gives it. The text is its caption when it fits 1024 characters, otherwise
    /// a message of its own after the file.
    #[arg(long)]
    pub attach: Option<PathBuf>,
    /// Pelatihan: when it starts (WIB), "15/01/2027 09.00" or "15 Januari 2027 09.00".
    #[arg(long)]
    pub start: Option<String>,
    /// Pelatihan: where.
    #[arg(long)]
    pub place: Option<String>,
    /// Pelatihan: how many seats.
    #[arg(long)]
    pub quota: Option<String>,
    /// Pelatihan: JP credited to those who attend.
    #[arg(long)]
    pub jp: Option<String>,
    /// Pelatihan: registration closes (WIB); a date alone means 23.59 that day.
    #[arg(long)]
    pub deadline: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AnnounceCommand {
    /// Delivery figures of an announcement.
    Status { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum PeriodCommand {
    /// Move a period's days (WIB, inclusive), e.g. `2026-III`; what is not given stays.
    Set {
        /// The period: YEAR-I, -II, -III, -IV or -T (annual).
        period: String,
        /// First day of evaluation, 01/12/2026 (default: the quarter's first day; 1
        /// December for the annual evaluation).
        #[arg(long = "evaluasi-mulai", required_unless_present_any = ["realisasi_until", "evaluasi_until"])]
        evaluasi_from: Option<String>,
        /// Last day for realisation, 31/12/2026.
        #[arg(long = "realisasi-sampai")]
        realisasi_until: Option<String>,
        /// Last day for evaluation, 31/12/2026.
        #[arg(long = "evaluasi-sampai")]
        evaluasi_until: Option<String>,
    },
    /// Show a period's windows.
    Show { period: String },
}

#[derive(Debug, Subcommand)]
pub enum EvaluationCommand {
    /// Reopen a saved evaluation so the supervisor can evaluate again (audited).
    Reopen { nip: String, period: String },
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The bot token from @BotFather.
    #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true)]
    pub token: Token,
    /// Another Bot API server instead of Telegram's (self-hosted, or a test fake).
    #[arg(long, env = "TELOXIDE_API_URL")]
    pub api_url: Option<url::Url>,
    /// Messages a second across chats. Telegram's ceiling is about 30; raise it only for a
    /// self-hosted Bot API server or a test fake that allows more.
    #[arg(long, env = "KINERJA_MESSAGES_PER_SECOND", default_value_t = Limits::default().messages_per_sec_overall,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub messages_per_second: u32,
    /// Webhook mode: the public HTTPS URL Telegram delivers updates to (the reverse proxy
    /// forwards it to --listen). Polling when omitted.
    #[arg(long, env = "KINERJA_WEBHOOK_URL")]
    pub webhook_url: Option<url::Url>,
    /// Where the HTTP server listens (the webhook, /healthz, /metrics), e.g. 127.0.0.1:8443.
    /// In polling mode it serves /healthz and /metrics only.
    #[arg(long, env = "KINERJA_LISTEN")]
    pub listen: Option<std::net::SocketAddr>,
    #[command(flatten)]
    pub links: EvidenceArgs,
    #[command(flatten)]
    pub reminders: ReminderArgs,
}

/// The reminder schedule (the same for `run` and `reminders list`).
#[derive(Debug, Clone, Args)]
pub struct ReminderArgs {
    /// Working days before 31 January that staff without a submitted plan are reminded.
    #[arg(long, env = "KINERJA_PLAN_REMINDER_DAYS", default_value = "7,3,1")]
    pub plan_reminder_days: String,
    /// Working days a plan waits before its approver is reminded.
    #[arg(
        long,
        env = "KINERJA_APPROVAL_REMINDER_AFTER_DAYS",
        default_value_t = 3
    )]
    pub approval_reminder_after_days: i64,
    /// Working days before a period's realisation window closes.
    #[arg(long, env = "KINERJA_REALISATION_REMINDER_DAYS", default_value = "3,1")]
    pub realisation_reminder_days: String,
    /// Working days before a period's evaluation window closes.
    #[arg(long, env = "KINERJA_EVALUATION_REMINDER_DAYS", default_value = "3,1")]
    pub evaluation_reminder_days: String,
    /// No reminders between these hours (WIB); they wait until the end.
    #[arg(long, env = "KINERJA_QUIET_HOURS", default_value = "21-6")]
    pub quiet_hours: String,
    /// The hour (WIB) at which a reminder's day starts.
    #[arg(long, env = "KINERJA_REMINDER_HOUR", default_value_t = 8)]
    pub reminder_hour: u32,
    /// Working days after a person's first reminder that they are reminded again, more
    /// directly, while they have not done it.
    #[arg(long, env = "KINERJA_REMINDER_ESCALATE_DAYS", default_value = "2,4")]
    pub reminder_escalate_days: String,
    /// The hour (WIB) of the end-of-day daily-log reminder, for those who switched it on.
    #[arg(long, env = "KINERJA_DAILY_LOG_REMINDER_HOUR", default_value_t = 15)]
    pub daily_log_reminder_hour: u32,
    /// The weekly digest for supervisors, unit heads and HR: on or off.
    #[arg(long, env = "KINERJA_WEEKLY_DIGEST", default_value = "on")]
    pub weekly_digest: String,
}

impl ReminderArgs {
    /// The schedule, or what is wrong with it in `lang`.
    pub fn config(&self, lang: Lang) -> anyhow::Result<ReminderConfig> {
        let fail = |e: crate::domain::reminder::ConfigError| anyhow::anyhow!(e.localize(lang));
        let (quiet_from, quiet_until) = parse_quiet_hours(&self.quiet_hours).map_err(fail)?;
        if !(1..=60).contains(&self.approval_reminder_after_days) {
            anyhow::bail!(i18n::cli_approval_days_range(lang));
        }
        if self.reminder_hour > 23 {
            anyhow::bail!(i18n::cli_reminder_hour_range(lang));
        }
        if self.daily_log_reminder_hour > 23 {
            anyhow::bail!(i18n::digest_cli_daily_hour_range(lang));
        }
        let weekly_digest = match self.weekly_digest.trim().to_lowercase().as_str() {
            "on" | "ya" | "1" | "true" => true,
            "off" | "tidak" | "0" | "false" => false,
            _ => anyhow::bail!(i18n::digest_cli_switch(lang, &self.weekly_digest)),
        };
        Ok(ReminderConfig {
            plan_days: parse_days(&self.plan_reminder_days).map_err(fail)?,
            approval_after_days: self.approval_reminder_after_days,
            realisation_days: parse_days(&self.realisation_reminder_days).map_err(fail)?,
            evaluation_days: parse_days(&self.evaluation_reminder_days).map_err(fail)?,
            quiet_from,
            quiet_until,
            send_hour: self.reminder_hour,
            escalate_days: {
                let mut days = parse_days(&self.reminder_escalate_days).map_err(fail)?;
                days.reverse();
                days
            },
            daily_log_hour: self.daily_log_reminder_hour,
            weekly_digest,
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// What will go out next: each occasion with its time and who it reaches now.
    List {
        /// Look from this time (WIB, 24/01/2027 09.00) instead of now.
        #[arg(long)]
        at: Option<String>,
        #[command(flatten)]
        schedule: ReminderArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Import the roster from CSV (comma or semicolon) or .xlsx; all or nothing.
    Import {
        /// The roster file.
        file: PathBuf,
        /// Only validate; change nothing.
        #[arg(long)]
        check: bool,
        /// Deactivate active employees who are not in the file.
        #[arg(long)]
        deactivate_missing: bool,
    },
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// One employee by NIP (even one already registered: a replacement code).
    #[arg(long, group = "who")]
    pub nip: Option<String>,
    /// Everyone not yet registered in one unit (unit_kerja as in the roster).
    #[arg(long, group = "who")]
    pub unit: Option<String>,
    /// Everyone not yet registered.
    #[arg(long, group = "who")]
    pub all: bool,
    /// Folder for undangan.csv and the QR PNGs.
    #[arg(long, default_value = "undangan")]
    pub out: PathBuf,
    /// Days until the codes expire.
    #[arg(long, default_value_t = DEFAULT_VALID_DAYS)]
    pub days: i64,
    /// The bot's @username for the t.me link; asked from Telegram (getMe) when omitted.
    #[arg(long, env = "KINERJA_BOT_USERNAME")]
    pub bot_username: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Give an employee the HR role.
    Grant { nip: String },
    /// Take the HR role away.
    Revoke { nip: String },
}

/// Who did it, for the audit log: the operating-system user running the command.
fn cli_actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("cli:{user}")
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let lang = cli.lang;
    match cli.command {
        Command::Run(args) => {
            let args = *args;
            let reminders = args.reminders.config(lang)?;
            if let Some(url) = &args.webhook_url {
                check_webhook(url, args.listen).map_err(|refusal| {
                    let url = url.to_string();
                    anyhow::anyhow!(match refusal {
                        WebhookRefusal::NotHttps => i18n::cli_webhook_not_https(lang, &url),
                        WebhookRefusal::NeedsListen => i18n::cli_webhook_needs_listen(lang),
                        WebhookRefusal::ReservedPath => {
                            i18n::cli_webhook_path_reserved(lang, &url)
                        }
                    })
                })?;
            }
            args.links.check(lang, Some(args.listen))?;
            // Held until `run` returns; the operating system lets go of it however the
            // process ends.
            let _lock = crate::runtime::lock_sqlite(&cli.database_url).map_err(|e| match e {
                LockError::Busy(file) => {
                    anyhow::anyhow!(i18n::cli_instance_running(
                        lang,
                        &file.display().to_string()
                    ))
                }
                LockError::Io(path, e) => anyhow::anyhow!(i18n::cli_cannot_lock(
                    lang,
                    &path.display().to_string(),
                    &e.to_string()
                )),
            })?;
            let http = match args.listen {
                Some(addr) => {
                    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
                        anyhow::anyhow!(i18n::cli_cannot_listen(
                            lang,
                            &addr.to_string(),
                            &e.to_string()
                        ))
                    })?;
                    let addr = listener.local_addr().unwrap_or(addr).to_string();
                    match &args.webhook_url {
                        Some(url) => {
                            println!("{}", i18n::cli_run_webhook(lang, url.as_str(), &addr))
                        }
                        None => println!("{}", i18n::cli_run_listen(lang, &addr)),
                    }
                    Some(listener)
                }
                None => None,
            };
            let config = Config {
                token: args.token,
                database_url: cli.database_url,
                api_url: args.api_url,
                limits: Limits {
                    messages_per_sec_overall: args.messages_per_second,
                    ..Limits::default()
                },
                reminders,
                webhook_url: args.webhook_url,
                listen: args.listen,
                public_url: args.links.public_url,
                evidence_link_days: args.links.evidence_link_days,
            };
            crate::runtime::run(config, http).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Roster(RosterCommand::Import {
            file,
            check,
            deactivate_missing,
        }) => import(lang, &cli.database_url, &file, check, deactivate_missing).await,
        Command::Invite(args) => invite(lang, &cli.database_url, args).await,
        Command::Unbind { nip } => {
            let nip = parse_nip(lang, &nip)?;
            let store = connect(lang, &cli.database_url).await?;
            if store.unbind(nip.as_str(), &cli_actor()).await? {
                println!("{}", i18n::cli_unbound(lang, nip.as_str()));
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{}", i18n::cli_not_bound(lang, nip.as_str()));
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Period(cmd) => period(lang, &cli.database_url, cmd).await,
        Command::Announce(args) => announce(lang, &cli.database_url, args).await,
        Command::Training(cmd) => training(lang, &cli.database_url, cmd).await,
        Command::Report(args) => report(lang, &cli.database_url, args).await,
        Command::Document(args) => documents(lang, &cli.database_url, args).await,
        Command::Template(cmd) => template(lang, &cli.database_url, cmd).await,
        Command::Harian(HarianCommand::Export {
            nip,
            month,
            out,
            links,
        }) => {
            let month = month.as_deref();
            harian_export(lang, &cli.database_url, &nip, month, &out, &links).await
        }
        Command::Calendar(cmd) => calendar(lang, &cli.database_url, cmd).await,
        Command::Leave(LeaveCommand::Import { file }) => {
            leave_import(lang, &cli.database_url, &file).await
        }
        Command::Reminders(RemindersCommand::List { at, schedule }) => {
            reminders_list(lang, &cli.database_url, at, schedule).await
        }
        Command::Unit(UnitCommand::Predikat {
            unit,
            predikat,
            year,
        }) => {
            let Some(p) = OrgPredikat::parse(&predikat) else {
                anyhow::bail!(i18n::cli_unknown_org_predikat(
                    lang,
                    &format!("{predikat:?}")
                ));
            };
            let year = year.unwrap_or_else(crate::domain::time::current_year_wib);
            let store = connect(lang, &cli.database_url).await?;
            if store
                .set_unit_predikat(unit.trim(), year, p, &cli_actor())
                .await?
            {
                println!(
                    "{}",
                    i18n::cli_unit_predikat_set(
                        lang,
                        unit.trim(),
                        &year.to_string(),
                        &p.label_in(lang)
                    )
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "{}",
                    i18n::cli_unit_unknown(lang, &format!("{:?}", unit.trim()))
                );
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Evaluation(EvaluationCommand::Reopen { nip, period }) => {
            let nip = parse_nip(lang, &nip)?;
            let period = Period::parse(&period).map_err(|e| fail(lang)(&e))?;
            let store = connect(lang, &cli.database_url).await?;
            let shown = period.label_in(lang);
            if store
                .reopen_evaluation(nip.as_str(), period, &cli_actor())
                .await?
            {
                println!(
                    "{}",
                    i18n::cli_evaluation_reopened(lang, &shown, nip.as_str())
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "{}",
                    i18n::cli_evaluation_not_reopened(lang, &shown, nip.as_str())
                );
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Admin(cmd) => {
            let (nip, grant) = match cmd {
                AdminCommand::Grant { nip } => (nip, true),
                AdminCommand::Revoke { nip } => (nip, false),
            };
            let nip = parse_nip(lang, &nip)?;
            let store = connect(lang, &cli.database_url).await?;
            let nip = nip.as_str();
            match store.set_admin(nip, grant, &cli_actor()).await {
                Ok(true) if grant => println!("{}", i18n::cli_admin_granted(lang, nip)),
                Ok(true) => println!("{}", i18n::cli_admin_revoked(lang, nip)),
                Ok(false) => println!("{}", i18n::cli_admin_unchanged(lang, nip)),
                Err(crate::store::StoreError::NotFound) => {
                    eprintln!("{}", i18n::cli_admin_unknown(lang, nip));
                    return Ok(ExitCode::FAILURE);
                }
                Err(e) => return Err(e.into()),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_nip(lang: Lang, raw: &str) -> anyhow::Result<Nip> {
    Nip::parse(raw).map_err(|e| fail(lang)(&e))
}

async fn connect(lang: Lang, url: &str) -> anyhow::Result<Store> {
    Store::connect(url)
        .await
        .with_context(|| i18n::cli_database_unreachable(lang, &redact_url(url)))
}

/// A time in WIB as HR reads it, `15 Januari 2027 09.00 WIB`, the month named in `lang`.
fn when(lang: Lang, unix_seconds: i64) -> String {
    use chrono::{Datelike, Timelike};
    let Some(utc) = chrono::DateTime::from_timestamp(unix_seconds, 0) else {
        return "-".to_string();
    };
    let t = utc.with_timezone(&chrono_tz::Asia::Jakarta);
    let month = Month {
        year: t.year(),
        month: t.month(),
    };
    format!(
        "{} {} {:02}.{:02} WIB",
        t.day(),
        month.label_in(lang),
        t.hour(),
        t.minute()
    )
}

async fn import(
    lang: Lang,
    url: &str,
    file: &std::path::Path,
    check: bool,
    deactivate_missing: bool,
) -> anyhow::Result<ExitCode> {
    let raw = match roster::read_file(file) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.localize(lang));
            return Ok(ExitCode::FAILURE);
        }
    };
    let (rows, mut errors) = roster::parse_rows(raw);
    let store = connect(lang, url).await?;
    // The database checks run even when some rows failed to parse, so that HR sees every
    // problem of the file in one go; then nothing is written.
    let dry_run = check || !errors.is_empty();
    match store
        .import_roster(
            &rows,
            &errors,
            deactivate_missing,
            dry_run,
            &cli_actor(),
            crate::bot::approval::moved_notices,
        )
        .await
    {
        Ok(summary) if errors.is_empty() => {
            let said = if check {
                i18n::cli_import_checked
            } else {
                i18n::cli_import_done
            };
            println!(
                "{}",
                said(
                    lang,
                    &summary.created.to_string(),
                    &summary.updated.to_string(),
                    &summary.unchanged.to_string(),
                    &summary.deactivated.to_string(),
                    &summary.admins_granted.to_string(),
                    &rows.len().to_string(),
                )
            );
            if summary.plans_moved > 0 {
                let moved = summary.plans_moved.to_string();
                let said = if check {
                    i18n::cli_import_plans_would_move(lang, &moved)
                } else {
                    i18n::cli_import_plans_moved(lang, &moved)
                };
                println!("{said}");
            }
            return Ok(ExitCode::SUCCESS);
        }
        Ok(_) => {}
        Err(ImportError::Rows(found)) => errors.extend(found),
        Err(ImportError::Store(e)) => return Err(e.into()),
    }
    errors.sort_by_key(|e| e.line);
    eprintln!(
        "{}",
        i18n::cli_import_refused(lang, &file.display().to_string(), &errors.len().to_string())
    );
    for e in &errors {
        eprintln!("  {}", e.localize(lang));
    }
    Ok(ExitCode::FAILURE)
}

async fn period(lang: Lang, url: &str, cmd: PeriodCommand) -> anyhow::Result<ExitCode> {
    let parse_period = |raw: &str| Period::parse(raw).map_err(|e| fail(lang)(&e));
    let store = connect(lang, url).await?;
    let period = match &cmd {
        PeriodCommand::Set { period, .. } | PeriodCommand::Show { period } => parse_period(period)?,
    };
    if let PeriodCommand::Set {
        evaluasi_from,
        realisasi_until,
        evaluasi_until,
        ..
    } = &cmd
    {
        let day = |raw: &Option<String>, now: NaiveDate| match raw {
            Some(raw) => parse_date(raw).map_err(|e| fail(lang)(&e)),
            None => Ok(now),
        };
        let now = store.period_window(period).await?;
        let window = Window {
            evaluasi_from: day(evaluasi_from, now.evaluasi_from)?,
            realisasi_until: day(realisasi_until, now.realisasi_until)?,
            evaluasi_until: day(evaluasi_until, now.evaluasi_until)?,
        };
        if let Err(e) = window.check(period) {
            eprintln!(
                "{}",
                i18n::cli_period_refused(lang, &period.label_in(lang), &e.localize(lang))
            );
            return Ok(ExitCode::FAILURE);
        }
        store
            .set_period_window(period, window, &cli_actor())
            .await?;
    }
    let window = store.period_window(period).await?;
    let shown = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
    println!(
        "{}",
        i18n::cli_period_window(
            lang,
            &period.label_in(lang),
            &shown(window.realisasi_until),
            &shown(window.evaluasi_from),
            &shown(window.evaluasi_until)
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `kinerja announce status ID`: delivery figures, and seats or readers where they apply.
async fn announce_status(lang: Lang, url: &str, id: i64) -> anyhow::Result<ExitCode> {
    let store = connect(lang, url).await?;
    let shown = id.to_string();
    if !store.announcement_exists(id).await? {
        eprintln!("{}", i18n::cli_announcement_unknown(lang, &shown));
        return Ok(ExitCode::FAILURE);
    }
    let s = store.delivery_status(id).await?;
    let deliveries = i18n::cli_deliveries(
        lang,
        &s.sent.to_string(),
        &s.pending.to_string(),
        &s.sending.to_string(),
        &s.failed.to_string(),
        &s.unreachable.to_string(),
    );
    println!(
        "{}",
        i18n::cli_announcement_status(lang, &shown, &s.total().to_string(), &deliveries)
    );
    if let Some(content) = store.announcement(id).await? {
        if let Some(t) = &content.training {
            let c = store.seat_counts(id).await?;
            println!(
                "{}",
                i18n::cli_announcement_training(
                    lang,
                    &t.quota.to_string(),
                    &c.registered.to_string(),
                    &c.waiting.to_string(),
                    &c.cancelled.to_string(),
                    &c.attended.to_string()
                )
            );
        }
        if content.kind == Kind::Aturan {
            let r = store.rule_counts(id).await?;
            println!(
                "{}",
                i18n::cli_announcement_rule(
                    lang,
                    &r.acknowledged.to_string(),
                    &r.recipients.to_string(),
                    &r.questions.to_string(),
                    &r.open_questions.to_string(),
                    &r.reminders.to_string()
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn announce(lang: Lang, url: &str, args: AnnounceArgs) -> anyhow::Result<ExitCode> {
    if let Some(AnnounceCommand::Status { id }) = args.status {
        return announce_status(lang, url, id).await;
    }
    let (Some(kind), Some(audience), Some(file)) = (args.kind, args.audience, args.text_file)
    else {
        anyhow::bail!(i18n::cli_announce_usage(lang));
    };
    let fail = fail(lang);
    let kind = Kind::parse(&kind).map_err(|e| fail(&e))?;
    let audience = Audience::parse(&audience).map_err(|e| fail(&e))?;
    let text = std::fs::read_to_string(&file)
        .with_context(|| i18n::cli_cannot_read(lang, &file.display().to_string()))?;
    // The chat's own check: the limit of this kind, counted as Telegram counts.
    crate::bot::announce::views::check_announcement_text(kind, &text).map_err(|e| fail(&e))?;
    let attachment = args
        .attach
        .as_deref()
        .map(|path| read_attachment(lang, path))
        .transpose()?;
    let given = [
        &args.start,
        &args.place,
        &args.quota,
        &args.jp,
        &args.deadline,
    ];
    let training = match kind {
        Kind::Pelatihan => {
            let (Some(start), Some(place), Some(quota), Some(jp), Some(deadline)) = (
                args.start.as_deref(),
                args.place.as_deref(),
                args.quota.as_deref(),
                args.jp.as_deref(),
                args.deadline.as_deref(),
            ) else {
                anyhow::bail!(i18n::cli_training_needs_details(lang));
            };
            let t = crate::store::now();
            let starts_at = parse_start(start, t).map_err(|e| fail(&e))?;
            Some(TrainingDetails {
                starts_at,
                place: parse_place(place).map_err(|e| fail(&e))?,
                quota: parse_quota(quota).map_err(|e| fail(&e))?,
                jp: parse_jp(jp).map_err(|e| fail(&e))?,
                deadline: parse_deadline(deadline, t, starts_at).map_err(|e| fail(&e))?,
            })
        }
        _ if given.iter().any(|g| g.is_some()) => {
            anyhow::bail!(i18n::cli_training_details_only(lang))
        }
        _ => None,
    };
    let store = connect(lang, url).await?;
    let (id, recipients) = store
        .publish(
            &NewAnnouncement {
                kind,
                audience,
                text: text.trim().to_string(),
                attachment: attachment.map(NewAttachment::Upload),
                training,
                author: None,
            },
            &cli_actor(),
        )
        .await?;
    println!(
        "{}",
        i18n::cli_announcement_created(lang, &id.to_string(), &recipients.to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads `--attach FILE`: its size is checked before it is read, a picture over the photo
/// limit is said to go as a document.
fn read_attachment(lang: Lang, path: &std::path::Path) -> anyhow::Result<FileUpload> {
    // The file's name as recipients see it (a path without one cannot be read anyway).
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "lampiran".into());
    let cannot_read = || i18n::cli_cannot_read(lang, &path.display().to_string());
    let size = std::fs::metadata(path).with_context(cannot_read)?.len();
    let fail = fail(lang);
    // Refused before a byte is read when it is too large or empty.
    file_kind(&name, size, &[]).map_err(|e| fail(&e))?;
    let bytes = std::fs::read(path).with_context(cannot_read)?;
    let upload = FileUpload::parse(&name, bytes).map_err(|e| fail(&e))?;
    // The same picture within the photo limit would have been a photo.
    let as_photo =
        file_kind(&name, size.min(MAX_PHOTO_BYTES), &upload.bytes).map_err(|e| fail(&e))?;
    if upload.kind != as_photo {
        eprintln!("{}", i18n::cli_attachment_as_document(lang, &name));
    }
    Ok(upload)
}

async fn reminders_list(
    lang: Lang,
    url: &str,
    at: Option<String>,
    schedule: ReminderArgs,
) -> anyhow::Result<ExitCode> {
    let config = schedule.config(lang)?;
    let now = match at {
        Some(raw) => {
            crate::domain::time::parse_datetime_wib(&raw, false).map_err(|e| fail(lang)(&e))?
        }
        None => crate::store::now(),
    };
    let store = connect(lang, url).await?;
    let chats = store.registered_chats().await?;
    let occasions = crate::runtime::reminders::occasions(&store, &config, now, true).await?;
    println!(
        "{}",
        i18n::cli_reminders_heading(
            lang,
            &when(lang, now),
            &format!("{:02}", config.quiet_from),
            &format!("{:02}", config.quiet_until)
        )
    );
    let mut shown = 0;
    for o in occasions.iter().filter(|o| o.due_at + 86400 >= now) {
        let reach = o
            .recipients
            .keys()
            .filter(|nip| chats.contains_key(*nip))
            .count();
        let state = if o.due_at <= now {
            i18n::cli_reminder_due(lang, &when(lang, config.release_at(now)))
        } else {
            i18n::cli_reminder_upcoming(lang)
        };
        println!(
            "{}",
            i18n::cli_reminder_line(
                lang,
                &when(lang, o.due_at),
                &format!("{:<28}", o.key),
                &o.kind.label_in(lang),
                &reach.to_string(),
                &state
            )
        );
        shown += 1;
        if shown == 20 {
            break;
        }
    }
    if shown == 0 {
        println!("{}", i18n::cli_no_reminders(lang));
    }
    Ok(ExitCode::SUCCESS)
}

async fn report(lang: Lang, url: &str, args: ReportArgs) -> anyhow::Result<ExitCode> {
    let today = match &args.as_of {
        Some(raw) => parse_date(raw).map_err(|e| fail(lang)(&e))?,
        None => crate::domain::time::today_wib(),
    };
    let period = match &args.period {
        Some(raw) => Period::parse(raw).map_err(|e| fail(lang)(&e))?,
        None => Period::quarter_of(today),
    };
    let format = args.format.to_lowercase();
    if !["csv", "xlsx", "png", "all"].contains(&format.as_str()) {
        anyhow::bail!(i18n::cli_unknown_format(lang, &format!("{format:?}")));
    }
    let store = connect(lang, url).await?;
    let links = args.links.signer(lang, &store).await?;
    let report = crate::report::build(&store, period, today).await?;
    let tables = report.tables(lang, links.as_ref());
    std::fs::create_dir_all(&args.out)
        .with_context(|| i18n::cli_cannot_create(lang, &args.out.display().to_string()))?;
    let stem = format!("laporan-kinerja-{}", period.key());
    let mut written = Vec::new();
    if format == "csv" || format == "all" {
        written.extend(crate::export::write_csv(&tables, &args.out)?);
    }
    if format == "xlsx" || format == "all" {
        let path = args.out.join(format!("{stem}.xlsx"));
        std::fs::write(&path, crate::export::xlsx_bytes(&tables)?)?;
        written.push(path);
    }
    if format == "png" || format == "all" {
        let path = args.out.join(format!("{stem}.png"));
        std::fs::write(&path, crate::chart::render(&report)?)?;
        written.push(path);
    }
    for path in written {
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

async fn training(lang: Lang, url: &str, cmd: TrainingCommand) -> anyhow::Result<ExitCode> {
    let store = connect(lang, url).await?;
    match cmd {
        TrainingCommand::List { year } => {
            let year = year.unwrap_or_else(crate::domain::time::current_year_wib);
            let list = store.trainings_of_year(year).await?;
            if list.is_empty() {
                println!("{}", i18n::cli_no_trainings(lang, &year.to_string()));
            }
            for (content, counts) in list {
                let Some(t) = &content.training else {
                    continue;
                };
                let seats = i18n::cli_training_seats(
                    lang,
                    &t.quota.to_string(),
                    &counts.registered.to_string(),
                    &counts.waiting.to_string(),
                    &counts.attended.to_string(),
                    &t.jp.to_string(),
                );
                println!(
                    "{}",
                    i18n::cli_training_line(
                        lang,
                        &content.id.to_string(),
                        &crate::domain::broadcast::title(&content.text),
                        &when(lang, t.starts_at),
                        &t.place,
                        &seats
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        TrainingCommand::Attendance { file } => attendance(lang, &store, &file).await,
    }
}

/// `kinerja training attendance FILE`: all lines recorded, or none and every bad line said.
async fn attendance(lang: Lang, store: &Store, file: &std::path::Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(file)
        .with_context(|| i18n::cli_cannot_read(lang, &file.display().to_string()))?;
    let lines = match parse_attendance_csv(&bytes) {
        Ok(lines) => lines,
        Err(errors) => {
            for e in errors {
                eprintln!("{}", e.localize(lang));
            }
            eprintln!("{}", i18n::cli_nothing_changed(lang));
            return Ok(ExitCode::FAILURE);
        }
    };
    let entries: Vec<(i64, String, bool)> = lines
        .iter()
        .map(|l| (l.training, l.nip.clone(), l.attended))
        .collect();
    match store.set_attendance(&entries, &cli_actor()).await? {
        Ok(n) => {
            let present = lines.iter().filter(|l| l.attended).count();
            println!(
                "{}",
                i18n::cli_attendance_recorded(
                    lang,
                    &n.to_string(),
                    &present.to_string(),
                    &(n - present).to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for (i, e) in errors {
                let l = &lines[i];
                let training = l.training.to_string();
                let why = match e {
                    AttendanceError::NotATraining => {
                        i18n::cli_attendance_no_training(lang, &training)
                    }
                    AttendanceError::NotYet => i18n::cli_attendance_not_yet(lang, &training),
                    AttendanceError::NotRegistered => {
                        i18n::cli_attendance_not_registered(lang, &l.nip, &training)
                    }
                };
                eprintln!("{}", i18n::err_line(lang, &l.line.to_string(), &why));
            }
            eprintln!("{}", i18n::cli_nothing_changed(lang));
            Ok(ExitCode::FAILURE)
        }
    }
}

async fn invite(lang: Lang, url: &str, args: InviteArgs) -> anyhow::Result<ExitCode> {
    if args.days < 1 {
        anyhow::bail!(i18n::cli_days_at_least_one(lang));
    }
    let selector = match (&args.nip, &args.unit, args.all) {
        (Some(nip), _, _) => InviteSelector::Nip(parse_nip(lang, nip)?.as_str().to_string()),
        (_, Some(unit), _) => InviteSelector::Unit(unit.trim().to_string()),
        (_, _, true) => InviteSelector::AllUnregistered,
        _ => anyhow::bail!(i18n::cli_invite_choose(lang)),
    };
    let bot_username = match args.bot_username {
        Some(name) => name,
        None => crate::bot::username_from_telegram()
            .await
            .context(i18n::cli_bot_username_unknown(lang))?,
    };
    let store = connect(lang, url).await?;
    let people = store.invitees(&selector).await?;
    if people.is_empty() {
        eprintln!("{}", i18n::cli_no_invitees(lang));
        return Ok(ExitCode::FAILURE);
    }
    let invitations = crate::invite::prepare(people, &bot_username);
    // Files first: if they cannot be written, no code is stored that nobody could hand out.
    let csv = crate::invite::write_files(&args.out, &invitations)?;
    let hashes: Vec<(String, String)> = invitations
        .iter()
        .map(|i| (i.person.nip.clone(), i.code.hash()))
        .collect();
    store
        .issue_invitations(&hashes, args.days, &cli_actor())
        .await?;
    println!(
        "{}",
        i18n::cli_invitations_created(
            lang,
            &invitations.len().to_string(),
            &args.days.to_string(),
            &csv.display().to_string(),
            &args.out.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `kinerja document`: one PDF per person (`NIP-Nama.pdf`) and `belum-ada.csv` naming
/// who has none yet and why, with a progress bar on the terminal.
async fn documents(lang: Lang, url: &str, args: DocumentArgs) -> anyhow::Result<ExitCode> {
    use crate::domain::evaluation::{Period, PeriodKind};
    let kind = args.kind.trim().to_lowercase();
    if ![
        crate::forms::RENCANA,
        crate::forms::EVALUASI,
        crate::forms::DOKUMEN_EVALUASI,
    ]
    .contains(&kind.as_str())
    {
        anyhow::bail!(i18n::cli_document_kind(lang));
    }
    let unit = match (&args.unit, args.all) {
        (Some(unit), false) => Some(unit.trim().to_string()),
        (None, true) => None,
        _ => anyhow::bail!(i18n::cli_document_choose(lang)),
    };
    let period = match &args.period {
        Some(raw) => {
            Period::parse(raw).map_err(|e| anyhow::anyhow!("--period: {}", e.localize(lang)))?
        }
        None => Period::quarter_of(crate::domain::time::today_wib()),
    };
    let bot_username = match args.bot_username {
        Some(name) => name,
        None => crate::bot::username_from_telegram()
            .await
            .context(i18n::cli_bot_username_unknown(lang))?,
    };
    let store = connect(lang, url).await?;
    let people = store.form_people(unit.as_deref()).await?;
    if people.is_empty() {
        eprintln!("{}", i18n::cli_no_people(lang));
        return Ok(ExitCode::FAILURE);
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| i18n::cli_cannot_create(lang, &args.out.display().to_string()))?;
    // Why someone has no document, in the list HR reads (its column names stay).
    let (no_plan, no_evaluation, no_annual) = (
        i18n::cli_missing_plan(lang),
        i18n::cli_missing_evaluation(lang),
        i18n::cli_missing_annual(lang),
    );
    let mut missing = csv::Writer::from_writer(Vec::new());
    missing.write_record(["nip", "nama", "unit_kerja", "alasan"])?;
    let (mut written, mut without) = (0, 0);
    for (n, person) in people.iter().enumerate() {
        let issued = match kind.as_str() {
            "rencana" => match store.plan_of(&person.nip, period.year).await? {
                Some(plan) => match plan.approved_version {
                    Some(v) => crate::forms::rencana(&store, &plan, v, &bot_username).await?,
                    None => None,
                },
                None => None,
            }
            .ok_or(no_plan.as_str()),
            "evaluasi" => match store.evaluation(&person.nip, period).await? {
                Some(e) if e.is_final() => {
                    crate::forms::evaluasi(&store, &e, &bot_username).await?
                }
                _ => None,
            }
            .ok_or(no_evaluation.as_str()),
            _ => {
                let annual = Period {
                    year: period.year,
                    kind: PeriodKind::Tahunan,
                };
                match store.evaluation(&person.nip, annual).await? {
                    Some(e) if e.is_final() => {
                        crate::forms::dokumen_evaluasi(&store, &e, &bot_username).await?
                    }
                    _ => None,
                }
                .ok_or(no_annual.as_str())
            }
        };
        match issued {
            Ok(issued) => {
                let name = format!("{}-{}.pdf", person.nip, file_safe(&person.nama));
                std::fs::write(args.out.join(name), issued.pdf)?;
                written += 1;
            }
            Err(why) => {
                missing.write_record([&person.nip, &person.nama, &person.unit_kerja, why])?;
                without += 1;
            }
        }
        progress(n + 1, people.len());
    }
    eprintln!();
    let list = args.out.join("belum-ada.csv");
    std::fs::write(&list, missing.into_inner()?)?;
    println!("{}", args.out.display());
    eprintln!(
        "{}",
        i18n::cli_documents_written(
            lang,
            &written.to_string(),
            &without.to_string(),
            &list.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// A name as part of a file name: letters, digits and `-` only.
fn file_safe(name: &str) -> String {
    let kept: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    kept.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A progress bar on the terminal, redrawn at each whole percent.
fn progress(done: usize, total: usize) {
    let percent = done * 100 / total.max(1);
    if done == total || percent != (done - 1) * 100 / total.max(1) {
        let bar = "#".repeat(percent / 5) + &".".repeat(20 - percent / 5);
        eprint!("\r[{bar}] {done}/{total}");
    }
}

/// `kinerja harian export`: one person's month as `progres-harian-NIP-YYYY-MM.{xlsx,csv}`.
async fn harian_export(
    lang: Lang,
    url: &str,
    nip: &str,
    month: Option<&str>,
    out: &std::path::Path,
    links: &EvidenceArgs,
) -> anyhow::Result<ExitCode> {
    let nip = parse_nip(lang, nip)?;
    let month = match month {
        Some(raw) => Month::parse(raw).map_err(|e| fail(lang)(&e))?,
        None => Month::of(crate::domain::time::today_wib()),
    };
    let store = connect(lang, url).await?;
    if store.person(nip.as_str()).await?.is_none() {
        eprintln!("{}", i18n::cli_nip_not_in_roster(lang, nip.as_str()));
        return Ok(ExitCode::FAILURE);
    }
    let links = links.signer(lang, &store).await?;
    let table = crate::daily_log::month_table(&store, nip.as_str(), month, links.as_ref()).await?;
    std::fs::create_dir_all(out)
        .with_context(|| i18n::cli_cannot_create(lang, &out.display().to_string()))?;
    let stem = crate::daily_log::file_stem(nip.as_str(), month);
    let xlsx = out.join(format!("{stem}.xlsx"));
    std::fs::write(
        &xlsx,
        crate::export::xlsx_bytes(std::slice::from_ref(&table))?,
    )?;
    let csv = out.join(format!("{stem}.csv"));
    std::fs::write(&csv, crate::export::csv_bytes(&table)?)?;
    println!("{}", xlsx.display());
    println!("{}", csv.display());
    eprintln!(
        "{}",
        i18n::cli_daily_entries(lang, &table.rows.len().to_string(), &month.label_in(lang))
    );
    Ok(ExitCode::SUCCESS)
}

/// `kinerja template …`.
async fn template(lang: Lang, url: &str, cmd: TemplateCommand) -> anyhow::Result<ExitCode> {
    use crate::domain::template;
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit_label = |unit: Option<&str>| unit.map_or_else(|| i18n::tpl_every_unit(lang), collapse);
    match cmd {
        TemplateCommand::Import { file } => {
            let raw = match template::read_file(&file) {
                Ok(raw) => raw,
                Err(e) => {
                    eprintln!("{}: {}", file.display(), e.localize(lang));
                    return Ok(ExitCode::FAILURE);
                }
            };
            let (templates, errors) = template::parse_rows(raw);
            if !errors.is_empty() {
                eprintln!(
                    "{}",
                    i18n::tpl_cli_refused(
                        lang,
                        &file.display().to_string(),
                        &errors.len().to_string()
                    )
                );
                for e in &errors {
                    eprintln!("  {}", e.localize(lang));
                }
                return Ok(ExitCode::FAILURE);
            }
            let store = connect(lang, url).await?;
            let done = store.import_templates(&templates, &cli_actor()).await?;
            println!(
                "{}",
                i18n::tpl_cli_imported(
                    lang,
                    &done.templates.to_string(),
                    &done.rhk.to_string(),
                    &done.indicators.to_string()
                )
            );
        }
        TemplateCommand::FromPlan {
            nip,
            jabatan,
            unit,
            year,
        } => {
            let nip = parse_nip(lang, &nip)?;
            let year = year.unwrap_or_else(crate::domain::time::current_year_wib);
            let store = connect(lang, url).await?;
            let Some((_, version, content)) = store.plan_in_force(nip.as_str(), year).await? else {
                eprintln!(
                    "{}",
                    i18n::tpl_cli_no_plan_in_force(lang, nip.as_str(), &year.to_string())
                );
                return Ok(ExitCode::FAILURE);
            };
            let source = format!("plan:{}:{year}:{version}", nip.as_str());
            store
                .save_template(&jabatan, unit.as_deref(), &content, &source, &cli_actor())
                .await?;
            println!(
                "{}",
                i18n::tpl_cli_from_plan(
                    lang,
                    &collapse(&jabatan),
                    &unit_label(unit.as_deref()),
                    nip.as_str(),
                    &year.to_string(),
                    &version.to_string()
                )
            );
        }
        TemplateCommand::List => {
            let store = connect(lang, url).await?;
            let all = store.templates().await?;
            if all.is_empty() {
                println!("{}", i18n::tpl_cli_list_empty(lang));
            }
            for t in &all {
                let indicators: usize = t.content.rhk.iter().map(|r| r.indikator.len()).sum();
                println!(
                    "{}",
                    i18n::tpl_cli_list_line(
                        lang,
                        &t.jabatan,
                        &unit_label(t.unit_kerja.as_deref()),
                        &t.content.rhk.len().to_string(),
                        &indicators.to_string(),
                        &t.source
                    )
                );
            }
        }
        TemplateCommand::Delete { jabatan, unit } => {
            let store = connect(lang, url).await?;
            let unit = unit.filter(|u| !u.trim().is_empty());
            let deleted = store
                .delete_template(&jabatan, unit.as_deref(), &cli_actor())
                .await?;
            let label = unit_label(unit.as_deref());
            if !deleted {
                eprintln!(
                    "{}",
                    i18n::tpl_cli_not_found(lang, &collapse(&jabatan), &label)
                );
                return Ok(ExitCode::FAILURE);
            }
            println!(
                "{}",
                i18n::tpl_cli_deleted(lang, &collapse(&jabatan), &label)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a refused calendar or leave file: how many lines, then each with its problems.
fn refused(lang: Lang, file: &std::path::Path, errors: &[CalendarRowError]) -> ExitCode {
    eprintln!(
        "{}",
        i18n::leave_cli_refused(lang, &file.display().to_string(), &errors.len().to_string())
    );
    for e in errors {
        eprintln!("  {}", e.localize(lang));
    }
    ExitCode::FAILURE
}

async fn calendar(lang: Lang, url: &str, cmd: CalendarCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        CalendarCommand::Import { file } => {
            let raw = match calendar_file::read_holidays(&file) {
                Ok(raw) => raw,
                Err(e) => {
                    eprintln!("{}: {}", file.display(), e.localize(lang));
                    return Ok(ExitCode::FAILURE);
                }
            };
            let (rows, errors) = calendar_file::parse_holidays(raw);
            if !errors.is_empty() {
                return Ok(refused(lang, &file, &errors));
            }
            let store = connect(lang, url).await?;
            let source = file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let n = store.import_holidays(&rows, &source).await?;
            println!(
                "{}",
                i18n::leave_cli_calendar_imported(lang, &n.to_string())
            );
        }
        CalendarCommand::List { year } => {
            let year = year.unwrap_or_else(|| crate::domain::time::current_year_wib() as i32);
            let store = connect(lang, url).await?;
            let cal = store.calendar().await?;
            let days: Vec<_> = cal.of_year(year).collect();
            println!(
                "{}",
                i18n::leave_cli_calendar_heading(lang, &year.to_string(), &days.len().to_string())
            );
            for (day, name) in days {
                println!("  {}  {}", day.format("%d/%m/%Y"), name);
            }
            for (unit, week) in store.unit_weeks().await? {
                println!(
                    "{}",
                    i18n::leave_cli_unit_week_line(lang, &unit, &week.days().to_string())
                );
            }
        }
        CalendarCommand::UnitWeek { unit, days } => {
            let Some(week) = WorkWeek::from_days(days) else {
                eprintln!("{}", i18n::leave_cli_week_days(lang, &days.to_string()));
                return Ok(ExitCode::FAILURE);
            };
            let store = connect(lang, url).await?;
            if !store.unit_exists(unit.trim()).await? {
                eprintln!(
                    "{}",
                    i18n::cli_unit_unknown(lang, &format!("{:?}", unit.trim()))
                );
                return Ok(ExitCode::FAILURE);
            }
            store.set_unit_week(unit.trim(), week, &cli_actor()).await?;
            println!(
                "{}",
                i18n::leave_cli_unit_week_set(lang, unit.trim(), &week.days().to_string())
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn leave_import(lang: Lang, url: &str, file: &std::path::Path) -> anyhow::Result<ExitCode> {
    let raw = match calendar_file::read_leave(file) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.localize(lang));
            return Ok(ExitCode::FAILURE);
        }
    };
    let (rows, errors) = calendar_file::parse_leave(raw);
    if !errors.is_empty() {
        return Ok(refused(lang, file, &errors));
    }
    let store = connect(lang, url).await?;
    match store.import_leave(&rows).await? {
        Ok(n) => {
            println!("{}", i18n::leave_cli_leave_imported(lang, &n.to_string()));
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => Ok(refused(lang, file, &errors)),
    }
}
