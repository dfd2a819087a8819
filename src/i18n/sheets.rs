//! Texts of the sheets area.

catalogue! {
}
