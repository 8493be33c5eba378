//! Claims from articles: numbers and dates found, classified into kinds,
//! and given subjects and attributions.

pub mod dates;
pub mod numbers;
