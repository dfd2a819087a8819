# Kinerja (id): the training area.
