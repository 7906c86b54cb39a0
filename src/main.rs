//! The `docclean` binary: parse arguments, run, map errors to exit codes
//! (0 success, 1 a document or the run failed, 2 bad usage).

mod cli;

use clap::Parser;

// Cleaning allocates and frees many short strings per block from every worker thread;
// mimalloc's per-thread free lists make that markedly cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of the v2 header,
/// which `libmimalloc-sys` does not name): how long freed memory stays mapped before it
/// is returned to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Milliseconds freed memory stays mapped. mimalloc's default, 10 ms, is shorter than
/// cleaning one stream batch: the memory the reader and the workers free is returned
/// between batches and faulted in, zeroed, again for the next one (3-7% of a text
/// stream's time went to clearing fresh pages). A second keeps it for reuse; peak
/// memory stays that of one batch in flight, as memory is reused, not added.
const PURGE_DELAY_MS: std::os::raw::c_long = 1000;

/// Sets the allocator's purge delay, unless `MIMALLOC_PURGE_DELAY` chooses one.
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's options, which it reads atomically.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}

fn main() {
    tune_allocator();
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("docclean: {e:#}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // mimalloc's documented default for the purge delay is 10 ms: a different value
        // here means the option's number names another option in this mimalloc.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(
                unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
                10
            );
            tune_allocator();
            assert_eq!(
                unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
                PURGE_DELAY_MS
            );
        }
    }
}
