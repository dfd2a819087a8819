use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = kinerja::cli::Cli::parse();
    let lang = cli.lang;
    match kinerja::cli::run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", kinerja::cli::error_text(lang, &e));
            ExitCode::FAILURE
        }
    }
}
