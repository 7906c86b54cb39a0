//! The `docclean` binary: parse arguments, run, map errors to exit codes
//! (0 success, 1 a document or the run failed, 2 bad usage).

mod cli;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("docclean: {e:#}");
            std::process::exit(1);
        }
    }
}
