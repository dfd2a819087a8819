# Kinerja (id): the cli area.
