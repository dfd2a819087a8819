//! Texts of the reminders area.

catalogue! {
}
