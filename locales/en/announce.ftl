# Kinerja (en): the announce area.
