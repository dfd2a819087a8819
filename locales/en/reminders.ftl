# Kinerja (en): the reminders area.
