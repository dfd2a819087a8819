# Kinerja (id): the evaluation area.
