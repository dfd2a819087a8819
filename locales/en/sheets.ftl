# Kinerja (en): the sheets area.
