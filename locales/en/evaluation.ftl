# Kinerja (en): the evaluation area.
