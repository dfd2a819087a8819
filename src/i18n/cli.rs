//! Texts of the cli area.

catalogue! {
}
