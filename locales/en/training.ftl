# Kinerja (en): the training area. Trainings BKD announces: their details, registration,
# the waiting list, the day-before reminder, /pelatihan with the JP earned, and HR's
# attendance list.
#
# The details and the reminder line frame an announcement: keep them no longer than the
# Indonesian ones (see the note in announce.ftl).

## The details under a training's announcement

training-details =
    🗓 When: { $starts }
    📍 Place: { $place }
    👥 Seats: { $quota }
    🎓 Credit: { $jp } JP
    ⏳ Register by: { $deadline }
training-reminder-tomorrow = ⏰ <b>Training tomorrow</b>

## Buttons

training-button-register = Register
training-button-register-for = Register #{ $id }
training-button-unregister = Cancel registration
training-button-attendance = Attendance

## Composing a training (HR): its details

training-ask-start = When does the training start? Write the date and time in WIB, e.g. <code>15/01/2027 09.00</code> or <code>15 Januari 2027 09.00</code> (month names in Indonesian).
training-ask-place = Where is it held? (e.g. Aula BKD Kota Sibolga, Jl. Oswald Siahaan No. 1)
training-ask-quota = How many participants can attend? Write a number of people, e.g. <code>30</code>.
training-ask-jp = How many JP (lesson hours) are credited to those who attend? E.g. <code>8</code>.
training-ask-deadline = When does registration close? At the latest when the training starts ({ $starts }). Write a date (meaning 23.59) or a date and time, e.g. <code>10/01/2027</code>.

## Where a person stands in a training

training-seat-attended = ✅ attended
training-seat-registered = 📝 registered
training-seat-waiting = ⏳ waiting list, number { $position }
training-seat-cancelled = registration cancelled
training-seat-not-registered = not registered
training-seat-closed = registration closed

## Registering and giving a seat up

training-when = ({ $starts }, { $place })
training-registered = ✅ You are registered for training #{ $id }{ $when }. A reminder comes the day before.
training-waiting = ⏳ Training #{ $id }{ $when } is full. You are number { $position } on the waiting list; if someone cancels, seats go in that order and you will be told.
training-already-registered = You are already registered for this training.
training-already-waiting = You are already on the waiting list, number { $position }.
training-registration-closed = Registration for this training has closed.
training-not-found = This training was not found.
training-seat-given-up = Your registration is cancelled.
training-left-waiting-list = You have left the waiting list.
training-not-registered = You are not registered for this training.
training-started = The training has started; registration can no longer change.
training-promoted =
    🎉 A seat came free: you are now <b>registered</b> for training #{ $id }{ $when }.

    { $text }

    If you cannot attend, press <b>Cancel registration</b> so that the seat goes to the next person.

## /pelatihan

training-view-title = <b>Trainings</b>
training-view-jp = My JP in { $year }: <b>{ $jp }</b> of the { $minimum } JP minimum
training-view-jp-short = ({ $short } JP short)
training-view-mine = <b>My trainings</b>
training-view-mine-none = None yet.
training-view-mine-item = • #{ $id } { $title } — { $starts } · { $status } · { $jp } JP
training-view-open = <b>Open for registration</b>
training-view-open-none = None at the moment.
training-view-open-item = • #{ $id } { $title } — { $starts } · { $place } · { $jp } JP · register by { $deadline }

## HR's figures and attendance list

training-detail-when = 🗓 { $starts } · 📍 { $place }
training-detail-seats = Seats taken: { $registered } of { $quota } · waiting list { $waiting } · cancelled { $cancelled } · attended { $attended } · { $jp } JP
training-attendance-view =
    <b>Attendance of training #{ $id }</b> { $title }
    Present: { $present } of { $total } registered. Press a name to mark them present (✅) or not.
training-attendance-not-yet = Attendance can be recorded from the day of the training.
training-attendance-nobody = Nobody has registered yet.
training-attendance-present = { $name }: present
training-attendance-absent = { $name }: absent
