//! Markup residue: markdown links, lines that are only links, script data, what a tag
//! stripper left of attributes, and a wiki's reference and edit marks.

pub mod attribute_residue;
pub mod inline_link;
pub mod link_line;
pub mod reference_mark;
pub mod script_data;
