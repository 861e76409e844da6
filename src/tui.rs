//! The interactive reader: state, keymap and pure update, drawing, and the terminal event loop.

pub mod action;
pub mod adding;
pub mod app;
pub mod background;
pub mod corpus;
pub mod detail;
pub mod draw;
pub mod keymap;
pub mod layout;
pub mod opening;
pub mod panel;
pub mod picker;
pub mod run;
pub mod search;
pub mod signals;
pub mod sync;
pub mod table;
pub mod update;
pub mod view;
pub mod wrap;

pub use action::Action;
pub use app::App;
pub use update::{Effect, update};
