# Kinerja (en): the forms area: what the chat says around the official PDF forms (captions,
# buttons, the versions to choose from) and /verifikasi. The forms themselves stay
# Indonesian, so their names (Rencana SKP, Evaluasi Kinerja, Dokumen Evaluasi Kinerja) and
# the DRAF mark are quoted as printed.

## A form sent as PDF

forms-caption = Official document in the PermenPANRB 6/2022 format. Verification code <code>{ $code }</code>: anyone registered can check it with /verifikasi { $code } or by scanning its QR code.
forms-caption-missing = ⚠️ Left empty because the personnel data does not have it yet: { $lines }.
forms-missing-pangkat-pegawai = the employee's rank/grade (pangkat/golongan)
forms-missing-pejabat-penilai = Pejabat Penilai Kinerja (no supervisor on record)
forms-missing-pangkat-pejabat = the Pejabat Penilai's rank/grade
forms-missing-atasan-pejabat = Atasan Pejabat Penilai
forms-missing-pangkat-atasan = the Atasan Pejabat Penilai's rank/grade
forms-caption-report = Wrong or missing data? Press <b>Report wrong data</b>.
forms-on-its-way = The PDF is being prepared and will be sent shortly.

## Choosing a version of the Rencana SKP

forms-choose-pdf-version = Choose the version of the Rencana SKP to download as PDF (PermenPANRB 6/2022 format). Versions not yet approved are marked DRAF.
forms-pdf-version = 📄 Version { $version } ({ $state })
forms-version-approved = approved
forms-version-returned = returned
forms-version-withdrawn = withdrawn
forms-version-pending = awaiting decision
forms-pdf-working-copy = 📄 Current content (draft)
forms-pdf-button = 📄 Download PDF
forms-dokumen-evaluasi-button = 📄 Dokumen Evaluasi (annual)

## /verifikasi

forms-verify-after-registering = To check whether a document is genuine, register your account first: send /start and share your phone number.
forms-ask-verification-code = Send the verification code printed on the document, for example <code>/verifikasi 7KQ2M9XDRT</code>.
forms-document-unknown = ❌ The code <code>{ $code }</code> is unknown: no Kinerja document has it. A document bearing it is not genuine, or the code was mistyped.
forms-name-rencana = Rencana SKP
forms-name-evaluasi = Evaluasi Kinerja
forms-name-dokumen-evaluasi = Dokumen Evaluasi Kinerja
forms-genuine = ✅ Genuine document: <b>{ $form } { $subject }</b>, issued { $issued }.
forms-genuine-draft = ✅ Genuine document: <b>{ $form } { $subject }</b>, draft content, issued { $issued }.
forms-genuine-version = ✅ Genuine document: <b>{ $form } { $subject }</b>, version { $version }, issued { $issued }.
forms-genuine-owner = Employee: <b>{ $name }</b> (NIP { $nip })
forms-genuine-owner-hidden = The employee's details are shown only to that employee, their supervisor or BKD admins.
forms-standing-current-draft = Still matches the plan's current content, but this is a DRAFT: not approved, not a final document.
forms-standing-current = Still valid: there is no newer document.
forms-standing-replaced = ⚠️ Replaced by a newer document (code <code>{ $code }</code>, issued { $issued }).
forms-standing-newer-approved = ⚠️ No longer valid: this plan already has version { $version } (approved).
forms-standing-newer-pending = ⚠️ No longer valid: this plan already has version { $version } (not yet approved).
forms-standing-draft-changed = ⚠️ No longer valid: the plan was changed after this draft was printed.
forms-standing-reopened = ⚠️ No longer valid: BKD reopened this evaluation to be evaluated again.
forms-standing-evaluation-changed = ⚠️ No longer valid: the evaluation was changed after this document was printed.
