//! Markup residue: markdown links and lines that are only links.

pub mod inline_link;
pub mod link_line;
