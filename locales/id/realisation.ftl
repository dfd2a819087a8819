# Kinerja (id): the realisation area.
