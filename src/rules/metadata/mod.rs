//! Rules that move bylines, datelines, publisher lines and a document's header of fields
//! out of the text and into the document's metadata.

pub mod agency_signature;
pub mod author_bio;
pub mod byline;
pub mod dateline_agency;
pub mod front_matter;
pub mod publisher_dateline;
pub mod report_credits;
pub mod scraper_field;
pub mod syndication_source;
