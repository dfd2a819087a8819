//! Texts of the training area: a training's details under its announcement, registration
//! and the waiting list, the day-before reminder, `/pelatihan` with the JP earned, and HR's
//! attendance list.

catalogue! {
    training_details = "training-details"(starts, place, quota, jp, deadline);
    training_reminder_tomorrow = "training-reminder-tomorrow"();
    training_button_register = "training-button-register"();
    training_button_register_for = "training-button-register-for"(id);
    training_button_unregister = "training-button-unregister"();
    training_button_attendance = "training-button-attendance"();
    training_ask_start = "training-ask-start"();
    training_ask_place = "training-ask-place"();
    training_ask_quota = "training-ask-quota"();
    training_ask_jp = "training-ask-jp"();
    training_ask_deadline = "training-ask-deadline"(starts);
    training_seat_attended = "training-seat-attended"();
    training_seat_registered = "training-seat-registered"();
    training_seat_waiting = "training-seat-waiting"(position);
    training_seat_cancelled = "training-seat-cancelled"();
    training_seat_not_registered = "training-seat-not-registered"();
    training_seat_closed = "training-seat-closed"();
    training_when = "training-when"(starts, place);
    training_registered = "training-registered"(id, when);
    training_waiting = "training-waiting"(id, when, position);
    training_already_registered = "training-already-registered"();
    training_already_waiting = "training-already-waiting"(position);
    training_registration_closed = "training-registration-closed"();
    training_not_found = "training-not-found"();
    training_seat_given_up = "training-seat-given-up"();
    training_left_waiting_list = "training-left-waiting-list"();
    training_not_registered = "training-not-registered"();
    training_started = "training-started"();
    training_promoted = "training-promoted"(id, when, text);
    training_view_title = "training-view-title"();
    training_view_jp = "training-view-jp"(year, jp, minimum);
    training_view_jp_short = "training-view-jp-short"(short);
    training_view_mine = "training-view-mine"();
    training_view_mine_none = "training-view-mine-none"();
    training_view_mine_item = "training-view-mine-item"(id, title, starts, status, jp);
    training_view_open = "training-view-open"();
    training_view_open_none = "training-view-open-none"();
    training_view_open_item = "training-view-open-item"(id, title, starts, place, jp, deadline);
    training_detail_when = "training-detail-when"(starts, place);
    training_detail_seats = "training-detail-seats"(registered, quota, waiting, cancelled, attended, jp);
    training_attendance_view = "training-attendance-view"(id, title, present, total);
    training_attendance_not_yet = "training-attendance-not-yet"();
    training_attendance_nobody = "training-attendance-nobody"();
    training_attendance_present = "training-attendance-present"(name);
    training_attendance_absent = "training-attendance-absent"(name);
}
