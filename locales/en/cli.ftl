# Kinerja (en): the cli area.
