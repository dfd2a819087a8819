# Kinerja (en): the daily area.
