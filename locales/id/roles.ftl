# Bagi peran: the supervisor shares out an RHK; the person answers the proposal.

roles-button-share = 👥 Bagi peran
roles-pick-title = <b>Bagi peran</b> RHK: { $rhk }

    Pilih anggota tim yang mendapat peran ini. Terpilih: { $chosen } dari { $total } orang.
roles-button-all = Pilih semua
roles-button-none = Kosongkan
roles-button-next = Lanjut ({ $n } orang)
roles-button-cancel = Batal
roles-ask-kind = <b>Bagi peran</b> RHK: { $rhk }
    untuk { $n } orang. Pilih jenis pembagiannya:

    <b>Langsung</b>: hasil yang sama dalam porsi lebih kecil; target Anda dibagi ke anggota tim.
    <b>Tidak langsung</b>: hasil pendukung, dengan ukurannya sendiri.
roles-kind-direct = Langsung
roles-kind-indirect = Tidak langsung
roles-ask-role = Pembagian: <b>{ $kind }</b>.

    Tulis <b>peran</b>: RHK yang akan diterima setiap orang, dalam satu pesan.
roles-ask-role-direct = Atau pakai teks RHK Anda apa adanya: { $rhk }
roles-button-same-rhk = Pakai teks RHK saya
roles-ask-indicator = Peran: <b>{ $role }</b>

    Tulis <b>indikator</b> untuk peran ini (tanpa target; target ditanyakan sesudahnya).
roles-ask-indicator-choose = Atau pilih salah satu indikator RHK Anda:
roles-ask-aspek = Indikator: <b>{ $indicator }</b>

    Aspek apa yang diukur indikator ini?
roles-ask-split = Bagaimana target untuk { $n } orang ditentukan?
roles-split-even = Bagi rata dari total
roles-split-same = Sama untuk semua
roles-split-per-person = Per orang
roles-ask-total = Tulis <b>total</b> target dengan satuannya, misalnya <code>1.200 orang</code>. Total dibagi rata untuk { $n } orang.
roles-ask-same = Tulis <b>satu target</b> yang sama untuk { $n } orang, misalnya <code>300 orang</code>.
roles-ask-per-person = Tulis target untuk { $n } orang, <b>satu baris per orang</b> sesuai urutan daftar, misalnya:
    <code>300 orang
    250 orang</code>
roles-targets-count = Harus ada { $expected } baris target (satu per orang), yang terkirim { $got } baris.
roles-targets-line = Baris { $line }: { $error }
roles-preview = <b>Pratinjau usulan</b>
    RHK Anda: { $parent }
    Jenis: { $kind }
    Peran (RHK): <b>{ $role }</b>
    Indikator: { $indicator }
    Aspek: { $aspek }

    Target untuk { $n } orang:
roles-button-send = Kirim usulan ({ $n } orang)
roles-sent = ✅ Usulan terkirim ke { $n } orang. Anda diberi tahu bila ada yang mengubah target atau menolak.
roles-sent-unregistered = { $n } orang belum terdaftar di bot; mereka melihat usulan ini di /rencana setelah mendaftar.
roles-cancelled = Pembagian peran dibatalkan; tidak ada usulan yang dikirim.
roles-proposal = <b>Usulan RHK dari { $atasan }</b> untuk rencana SKP { $year }
roles-proposal-details = Mengintervensi RHK atasan: { $parent }
    Jenis: { $kind }
    RHK Anda: <b>{ $rhk }</b>
    Indikator: { $indicator }
    Target: <b>{ $target }</b> ({ $aspek })
roles-proposal-draft = Bila Anda terima, RHK ini masuk ke draf rencana Anda dan masih bisa diubah di sana sebelum dikirim.
roles-proposal-approved = Rencana Anda sudah disetujui: menerima usulan ini membuka perubahan rencana. Versi yang disetujui tetap berlaku sampai perubahan disetujui.
roles-button-accept = Terima
roles-button-change = Ubah
roles-button-decline = Tolak
roles-open-heading = <b>Usulan atasan — menunggu jawaban Anda</b>
roles-open-line = { $number }. { $rhk } — { $target } (dari { $atasan })
roles-open-more = …dan { $n } usulan lainnya.
roles-button-open = Usulan { $number }
roles-accepted = ✅ RHK "{ $rhk }" sudah masuk ke draf rencana Anda. Masih bisa diubah di sini, lalu kirim dengan Kirim.
roles-accepted-change = Perubahan rencana dibuka; versi yang disetujui tetap berlaku sampai perubahan disetujui.
roles-ask-change = Usulan: { $rhk }, target <b>{ $target }</b>.

    Tulis target yang Anda usulkan sebagai gantinya, dengan satuannya, misalnya <code>35 orang</code>.
roles-ask-decline = Tulis alasan Anda menolak usulan "{ $rhk }" (satu pesan). Atasan Anda akan membacanya.
roles-declined = Usulan "{ $rhk }" Anda tolak. Atasan Anda sudah diberi tahu.
roles-told-changed = <b>{ $name }</b> menerima usulan RHK "{ $rhk }" dengan target lain: { $old } → <b>{ $new }</b>.
roles-told-declined = <b>{ $name }</b> menolak usulan RHK "{ $rhk }".
    Alasannya: { $note }

# Refusals (domain::roles::RoleError); the Indonesian ones are its #[error] texts.
err-role-not-yours = Usulan ini bukan untuk Anda.
err-role-already-answered = Usulan ini sudah Anda jawab.
err-role-plan-waiting = Rencana Anda sedang menunggu persetujuan atasan. Tarik kembali dulu di /rencana, lalu jawab usulan ini.
err-role-not-your-rhk = Hanya atasan pemilik RHK ini yang dapat membagi perannya.
err-role-plan-not-sent = RHK ini hanya dapat dibagi dari rencana yang sudah dikirim atau disetujui.
err-role-no-team = Anda belum punya bawahan di roster untuk dibagi peran.
err-role-not-your-subordinate = Pegawai ini bukan bawahan langsung Anda.
err-role-share-closed = Pembagian peran ini sudah dikirim atau dibatalkan. Buka /rencana untuk membagi lagi.
err-role-nobody-chosen = Pilih minimal satu anggota tim.
err-role-incomplete = Lengkapi dulu peran, indikator, aspek dan target sebelum dikirim.
