# Kinerja (id): the approval area.
