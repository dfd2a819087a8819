# Kinerja (en): the errors area.
