//! The `briefing` command: parses arguments, calls the library, prints, exits.
//!
//! Exit status: 0 success, 1 the content has errors, 2 usage or I/O error.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use briefing::diagnostics::{self, Diagnostic, HumanRenderer};
use briefing::model::{BriefKind, Date, Day, Precision};
use briefing::{BuildError, BuildOptions, CheckOptions, scaffold};

#[derive(Parser)]
#[command(
    name = "briefing",
    version,
    about = "Build cross-linked explainers from Markdown briefs about parties and events."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (public/ by default).
    Build {
        /// The site's folder (the one with briefing.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaces [build] output.
        #[arg(long)]
        output: Option<PathBuf>,
        /// The URL the site is published at; replaces base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include briefs marked draft: true.
        #[arg(long)]
        drafts: bool,
        /// Write every internal link relative to its page, so the output works opened
        /// straight from disk (file://) or copied into any folder.
        #[arg(long)]
        relative: bool,
        /// Build the site as it stood on this day (YYYY-MM-DD): figures, claims, events,
        /// memberships, relations and corrections dated after it are left out, and every
        /// page says which day it shows.
        #[arg(long, value_name = "DAY")]
        as_of: Option<String>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Print where the time went.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Preview the site: build it in memory, serve it, rebuild and reload on every save.
    Serve {
        /// The site's folder (the one with briefing.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The address to listen on; 127.0.0.1 keeps the preview to this machine.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// The port [default: 1111, or the next free one after it]. A port given here is
        /// used as given, and an error if it is taken.
        #[arg(long, short)]
        port: Option<u16>,
        /// Include briefs marked draft: true.
        #[arg(long)]
        drafts: bool,
        /// Preview the site as it stood on this day (YYYY-MM-DD), as `build --as-of` does.
        #[arg(long, value_name = "DAY")]
        as_of: Option<String>,
        /// Print where each rebuild's time went.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Check the site as build does, plus editorial warnings; writes nothing.
    ///
    /// Dates are compared with today's date, or with BRIEFING_TODAY (YYYY-MM-DD) when set.
    Check {
        /// The site's folder (the one with briefing.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to print the problems: for people, or as a JSON array for tools.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings as errors (exit status 1).
        #[arg(long)]
        strict: bool,
        /// Also list every automatic link: file, line, the words linked and the party.
        #[arg(long)]
        autolinks: bool,
    },
    /// Create a new brief with every field it accepts.
    New {
        /// What to create.
        kind: Kind,
        /// The id, which becomes the file name: lowercase letters, digits and hyphens.
        id: String,
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The name or title to fill in.
        #[arg(long)]
        title: Option<String>,
    },
    /// Start the translation of a brief into another of the site's languages (or, with
    /// --update, record that a translation is up to date with its original).
    Translate {
        /// The brief's id, or `_index` for the home page.
        id: String,
        /// One of the site's languages besides the default, as briefing.toml lists it.
        lang: String,
        /// The translation exists and is up to date: record the original's text it translates.
        #[arg(long)]
        update: bool,
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a small working site in a new folder.
    Init {
        /// The folder to create.
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
    Party,
    Event,
    Place,
    Page,
}

impl From<Kind> for BriefKind {
    fn from(kind: Kind) -> BriefKind {
        match kind {
            Kind::Party => BriefKind::Party,
            Kind::Event => BriefKind::Event,
            Kind::Place => BriefKind::Place,
            Kind::Page => BriefKind::Page,
        }
    }
}

fn stderr_renderer() -> HumanRenderer {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    HumanRenderer { color }
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    eprint!("{}", stderr_renderer().render_all(diagnostics));
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, output, base_url, drafts, relative, as_of, quiet, verbose } => {
            build(BuildOptions { root, output, base_url, drafts, relative, as_of }, quiet, verbose)
        }
        Command::Serve { root, bind, port, drafts, as_of, verbose } => {
            let color = stderr_renderer().color;
            let options = briefing::serve::ServeOptions { root, bind, port, drafts, as_of, color, verbose };
            match briefing::serve::serve(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(BuildError::Content(d)) => {
                    print_diagnostics(&d);
                    ExitCode::from(1)
                }
                Err(BuildError::Usage(m)) => usage_error(&m),
            }
        }
        Command::Check { root, format, strict, autolinks } => match today() {
            Ok(today) => check(CheckOptions { root, strict, today, autolinks }, format),
            Err(message) => usage_error(&message),
        },
        Command::New { kind, id, root, title } => {
            if let Some(problem) = briefing::not_a_site(&root).filter(|_| !root.join("briefing.toml").is_file()) {
                return usage_error(&problem);
            }
            match scaffold::new_brief(&root, kind.into(), &id, title.as_deref()) {
                Ok(path) => {
                    println!("Created {}", path.display());
                    println!("Next: fill it in, then run `briefing check` to see what it still needs");
                    ExitCode::SUCCESS
                }
                Err(e) => usage_error(&e.to_string()),
            }
        }
        Command::Translate { id, lang, update, root } => {
            if let Some(problem) = briefing::not_a_site(&root) {
                return usage_error(&problem);
            }
            match briefing::translate::translate(&root, &id, &lang, update) {
                Ok(briefing::translate::Translated::Created(path)) => {
                    println!("Created {}", path.display());
                    println!("Next: translate the commented text, then run `briefing check`");
                    ExitCode::SUCCESS
                }
                Ok(briefing::translate::Translated::Recorded(path)) => {
                    println!("Recorded in {} that it translates the original as it now stands", path.display());
                    ExitCode::SUCCESS
                }
                Err(briefing::BuildError::Usage(message)) => usage_error(&message),
                Err(briefing::BuildError::Content(diagnostics)) => {
                    print_diagnostics(&diagnostics);
                    ExitCode::from(1)
                }
            }
        }
        Command::Init { dir } => match scaffold::init(&dir) {
            Ok(files) => {
                println!("Created a site with {} files in {}", files.len(), dir.display());
                println!("Next: cd {} && briefing serve    (a live preview at http://127.0.0.1:1111/)", dir.display());
                println!(
                    "It holds a small example explainer. To start from empty, delete the briefs in content/parties, content/events and content/pages; `briefing new party <id>` makes a new one."
                );
                ExitCode::SUCCESS
            }
            Err(e) => usage_error(&e.to_string()),
        },
    }
}

fn build(options: BuildOptions, quiet: bool, verbose: bool) -> ExitCode {
    let started = std::time::Instant::now();
    match briefing::build(&options) {
        Ok(report) => {
            if !report.warnings.is_empty() && !quiet {
                print_diagnostics(&report.warnings);
            }
            if !quiet {
                let shown = briefing::write::shown(&report.output);
                println!(
                    "Built {} briefs into {} files in {} in {:.2} s",
                    report.briefs,
                    report.files,
                    shown.display(),
                    started.elapsed().as_secs_f64()
                );
            }
            if verbose {
                println!("  {}", report.timings.breakdown());
                let changed = report.files - report.written.unchanged.min(report.files);
                println!(
                    "  read {} files of content/; made {} files: {changed} written, {} unchanged; removed {}",
                    report.read, report.files, report.written.unchanged, report.written.removed
                );
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(diagnostics)) => {
            let renderer = stderr_renderer();
            eprint!("{}", renderer.render_list(&diagnostics));
            eprintln!(
                "{}: the site was not built; the previous output is unchanged",
                diagnostics::summary(&diagnostics)
            );
            ExitCode::from(1)
        }
        Err(e @ BuildError::Usage(_)) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// The day `check` compares dates with: `BRIEFING_TODAY` when set (for tests and for checking
/// a site as of another day), else the clock.
fn today() -> Result<Day, String> {
    let Some(value) = std::env::var_os("BRIEFING_TODAY").filter(|v| !v.is_empty()) else {
        return Ok(Day::today());
    };
    let text = value.to_string_lossy();
    match Date::parse(&text) {
        Ok(date @ Date::Point(_)) if date.precision() == Precision::Day && text.trim().len() == 10 => {
            Ok(date.earliest())
        }
        _ => Err(format!("BRIEFING_TODAY is `{text}`; give a day as YYYY-MM-DD, such as 2020-10-02, or unset it")),
    }
}

/// What `check --autolinks` says of a party name left alone as a common word.
fn common_word(a: &briefing::check::autolinks::Autolink) -> String {
    format!("`{}` is a common word, never linked automatically; `autolink: always` in {} links it", a.text, a.target)
}

fn check(options: CheckOptions, format: Format) -> ExitCode {
    let list_autolinks = options.autolinks;
    let (diagnostics, briefs, autolinks, held_back, silenced) = match briefing::check(&options) {
        Ok(report) => (report.diagnostics, Some(report.briefs), report.autolinks, report.held_back, report.silenced),
        Err(BuildError::Content(diagnostics)) => (diagnostics, None, Vec::new(), Vec::new(), Vec::new()),
        Err(e @ BuildError::Usage(_)) => {
            eprintln!("error: {e}");
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    match format {
        Format::Json if !list_autolinks => println!("{}", diagnostics::to_json(&diagnostics)),
        Format::Json => {
            // One array still: the diagnostics, then an `"autolink"` entry per link made and per
            // name left alone as a common word.
            let mut items: Vec<serde_json::Value> = diagnostics
                .iter()
                .map(|d| serde_json::to_value(diagnostics::JsonDiagnostic::from(d)).expect("plain data"))
                .collect();
            let entry = |a: &briefing::check::autolinks::Autolink, code: &str, message: String| {
                let mut item = serde_json::to_value(a).expect("plain data");
                item["severity"] = "autolink".into();
                item["code"] = code.into();
                item["message"] = message.into();
                item
            };
            items.extend(autolinks.iter().map(|a| entry(a, "autolink", format!("`{}` links to {}", a.text, a.target))));
            items.extend(held_back.iter().map(|a| entry(a, "autolink-common-word", common_word(a))));
            println!("{}", serde_json::to_string_pretty(&items).expect("plain data"));
        }
        Format::Human => {
            let renderer = stderr_renderer();
            eprint!("{}", renderer.render_list(&diagnostics));
            for a in &autolinks {
                println!("{}:{}:{}: `{}` -> {}", a.file, a.line, a.column, a.text, a.target);
            }
            for a in &held_back {
                println!("{}:{}:{}: {}", a.file, a.line, a.column, common_word(a));
            }
            if list_autolinks {
                eprintln!("{} automatic link{}", autolinks.len(), if autolinks.len() == 1 { "" } else { "s" });
            }
            match briefs {
                Some(briefs) => eprintln!(
                    "{}{}",
                    diagnostics::summary_in(&diagnostics, briefs),
                    diagnostics::silenced_note(&silenced)
                ),
                None => eprintln!("{}", diagnostics::summary(&diagnostics)),
            }
        }
    }
    if diagnostics::has_errors(&diagnostics) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
