# Kinerja (en): the plan area.
