//! Texts of the training area.

catalogue! {
}
