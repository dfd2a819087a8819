# Kinerja (id): the plan area.
