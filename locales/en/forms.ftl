# Kinerja (en): the forms area.
