//! Rules that remove boilerplate: captions, related headlines, legal notices, contact
//! lines, comment prompts, calls to action, a site's about box, its menus, its sidebar, a
//! page's table of contents and stray UI strings.

pub mod about_box;
pub mod ad_label;
pub mod call_to_action;
pub mod comment_prompt;
pub mod contact_line;
pub mod cookie_notice;
pub mod foreign_script;
pub mod image_caption;
pub mod legal_notice;
pub mod nav_menu;
pub mod newsletter_signup;
pub mod related_headline;
pub mod section_menu;
pub mod sidebar_region;
pub mod site_address;
pub mod stranded_line;
pub mod table_of_contents;
pub mod truncated_teaser;
pub mod ui_label;
