//! What HTML extraction leaves out, named like a rule so that the ledger and
//! `docclean explain` can say why a page's text went.

pub mod outside_article;
