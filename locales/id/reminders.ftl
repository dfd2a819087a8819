# Kinerja (id): the reminders area.
