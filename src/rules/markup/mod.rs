//! Markup residue: markdown links, lines that are only links, and script data.

pub mod inline_link;
pub mod link_line;
pub mod script_data;
