//! The `docclean` binary: parse arguments, run, map errors to exit codes
//! (0 success, 1 a document or the run failed, 2 bad usage).

mod cli;

use clap::Parser;

// Cleaning allocates and frees many short strings per block from every worker thread;
// mimalloc's per-thread free lists make that markedly cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
