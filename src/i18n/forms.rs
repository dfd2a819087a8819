//! Texts of the forms area.

catalogue! {
}
