//! newsdiff: compare how different news outlets cover the same story.
//!
//! The library is plain data: [`load`] reads inputs, [`analysis::analyze`] turns documents into
//! articles and stories whose findings are byte [`span::Span`]s into each article's cleaned text,
//! and [`report`] renders them. Nothing here draws to a terminal.

pub mod align;
pub mod analysis;
pub mod article;
pub mod check;
pub mod claims;
pub mod clean;
pub mod export;
pub mod features;
pub mod filekind;
pub mod findings;
pub mod load;
pub mod output;
pub mod quotes;
pub mod report;
pub mod sanitize;
pub mod shared;
pub mod span;
pub mod stories;
pub mod synth;
pub mod text;
pub mod tui;
pub mod unionfind;

pub use analysis::{Analysis, Story, analyze};
pub use article::Article;
