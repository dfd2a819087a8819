# Kinerja (id): the announce area.
