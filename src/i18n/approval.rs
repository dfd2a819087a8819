//! Texts of the approval area.

catalogue! {
}
