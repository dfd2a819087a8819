//! Texts of the realisation area.

catalogue! {
}
