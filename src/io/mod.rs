//! Reading inputs and writing outputs: walking input trees, atomic writes.

pub mod atomic;
pub mod walk;
