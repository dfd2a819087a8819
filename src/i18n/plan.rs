//! Texts of the plan area.

catalogue! {
}
