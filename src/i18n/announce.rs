//! Texts of the announce area.

catalogue! {
}
