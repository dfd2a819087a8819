-- Labels are for people, codes are for the database: an RHK's jenis and an indicator's
-- aspek were stored as their Indonesian labels and compared as text. Store the codes of
-- domain::plan::Jenis and Aspek instead (u/t; k/q/w/b), converting the rows already there.
UPDATE plan_rhk SET jenis = CASE jenis WHEN 'Tambahan' THEN 't' WHEN 't' THEN 't' ELSE 'u' END;
UPDATE plan_indicators SET aspek = CASE aspek
    WHEN 'Kuantitas' THEN 'k'
    WHEN 'Kualitas' THEN 'q'
    WHEN 'Waktu' THEN 'w'
    WHEN 'Biaya' THEN 'b'
    ELSE aspek
END;
