//! Printers: one per output format. They return strings; the binary writes
//! them, so the library never prints.

pub mod check_table;
pub mod claims;
pub mod fmt;
pub mod group;
pub mod html;
pub mod json;
pub mod markdown;
pub mod out;
