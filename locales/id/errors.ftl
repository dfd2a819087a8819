# Kinerja (id): the errors area.
