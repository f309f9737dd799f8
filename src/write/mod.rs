//! Write: the site goes to a staging folder beside the output, then replaces it whole.

mod staging;

pub use staging::*;
