//! Texts of the daily area.

catalogue! {
}
