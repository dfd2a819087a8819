# Kinerja (en): the training area.
