# Kinerja (id): the daily area — /harian, the daily log in e-Kinerja's shape (Progres
# Harian), and the chat around its monthly export (the export file stays as e-Kinerja has it).

daily-expected = Kirim teks, foto atau dokumen; stiker dan pesan suara tidak dapat disimpan. Kirim /batal untuk membatalkan.
daily-tagged = Catatan ditandai ke indikator { $number }.

## Buttons

daily-edit-button = Ubah { $number }
daily-delete-button = Hapus { $number }
daily-delete-yes-button = Ya, hapus
daily-keep-button = Batal
daily-export-button = Unduh bulan ini
daily-edit-time-button = Ubah jam
daily-edit-activity-button = Ubah kegiatan
daily-edit-result-button = Ubah realisasi

## This week's list

daily-ask-entry = Tulis catatan baru dalam satu pesan, misalnya:
    <code>08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan</code>
    (jam mulai–selesai, kegiatan, lalu realisasi dengan satuannya). Untuk hari lain minggu ini, awali dengan <code>kemarin</code>, nama hari (<code>Senin</code>) atau tanggal (<code>2/12</code>). Foto atau dokumen boleh dikirim dengan catatan sebagai keterangannya; tautan boleh ditulis di catatan. Kirim /batal untuk membatalkan.
daily-week-header = <b>Catatan harian minggu ini</b> ({ $from } – { $to })
daily-week-empty = Belum ada catatan minggu ini.
daily-monday = Senin
daily-tuesday = Selasa
daily-wednesday = Rabu
daily-thursday = Kamis
daily-friday = Jumat
daily-saturday = Sabtu
daily-sunday = Minggu
daily-line-rhk = RHK { $number }
daily-line-no-rhk = tanpa RHK

## Writing an entry: what is still missing, then saved

daily-ask-time = Jam berapa? Tulis jam mulai dan selesai, misalnya <code>08.00-10.30</code>.
daily-ask-activity = Apa kegiatannya? Tulis singkat, misalnya Rapat koordinasi imunisasi.
daily-ask-result = Berapa realisasinya? Tulis bilangan bulat dengan satuannya, misalnya <code>3 dokumen</code>.
daily-saved = Catatan tersimpan: { $line }
daily-changed = Catatan diubah: { $line }
daily-which-indicator = Untuk indikator mana? Catatan yang ditandai ditawarkan sebagai bukti saat mengisi realisasi.
daily-tag-after-approval = Setelah rencana Anda disetujui, catatan dapat ditandai ke indikator.
daily-evidence-offer = Bukti dukung (boleh dilewati): kirim foto, dokumen atau tautan sekarang.
daily-evidence-saved = Bukti dukung tersimpan untuk catatan ini.

## Changing and deleting an entry

daily-edit-prompt = Tulis ulang catatan ini dalam satu pesan (salin, lalu ubah):
    <code>{ $line }</code>
    atau pilih satu bagian saja. Bukti dan indikatornya tetap, kecuali Anda mengirim yang baru. Kirim /batal untuk membatalkan.
daily-confirm-delete = Hapus catatan ini?
    { $line }
daily-deleted = Catatan dihapus.

## The month's export

daily-export-preparing = Berkas sedang disiapkan…
daily-export-empty = Belum ada catatan harian pada { $month }.
daily-export-caption = Progres Harian { $month }: kolom dan urutannya sama dengan e-Kinerja, salin baris demi baris.
evidence-link-expired = Tautan bukti dukung ini sudah kedaluwarsa. Minta berkas ekspor yang baru (Unduh bulan ini di /harian, atau dari admin SDM).
evidence-link-forged = Tautan bukti dukung ini tidak sah: tautannya berubah atau tidak lengkap. Salin tautan itu utuh dari berkas ekspornya.
evidence-link-missing = Bukti dukung ini tidak ada lagi: catatannya sudah dihapus atau tidak berisi berkas.
evidence-link-unavailable = Bukti dukung tidak dapat dibaca saat ini; coba lagi sebentar lagi.
evidence-link-telegram = Telegram tidak memberikan berkas bukti dukung ini sekarang; coba lagi nanti.
evidence-link-too-big = Berkas bukti dukung ini lebih dari 20 MB: Telegram tidak memberikan berkas sebesar itu kepada bot. Minta pemiliknya mengirim berkas yang lebih kecil atau tautan.
