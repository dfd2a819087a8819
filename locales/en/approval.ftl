# Kinerja (en): the approval area.
