//! Markup residue: markdown links, lines that are only links, script data, and what
//! a tag stripper left of attributes.

pub mod attribute_residue;
pub mod inline_link;
pub mod link_line;
pub mod script_data;
