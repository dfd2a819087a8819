# Kinerja (id): the sheets area.
