# Kinerja (en): the realisation area.
