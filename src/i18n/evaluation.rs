//! Texts of the evaluation area.

catalogue! {
}
