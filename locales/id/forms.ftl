# Kinerja (id): the forms area.
