# Kinerja (id): the daily area.
