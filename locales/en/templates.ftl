# Kinerja (en): the templates area — plan templates per position (Use a template, Save as a
# template, kinerja template …) and copying last year's approved plan.

## Buttons

tpl-button-use = 📋 Use a template
tpl-button-copy = 📑 Copy last year's plan
tpl-button-save = 💾 Save as a template
tpl-button-use-this = ✅ Use this template
tpl-button-cancel = Cancel
tpl-button-save-confirm = ✅ Save
tpl-button-target = Change target { $number }
tpl-button-link = 🔗 Link RHK { $number }
tpl-button-back = ⬅️ Back to the plan

## A template for one's own position

tpl-every-unit = every unit
tpl-preview-header = 📋 <b>Plan template for { $jabatan }</b> ({ $unit }): { $rhk } RHK, { $indicators } indicators.
tpl-preview-hint = Press <b>Use this template</b> to fill your plan, which is still empty. Afterwards you can still change every RHK, indicator and target.
tpl-applied = ✅ The template is in your plan. You can change anything before you send it: press an RHK's number to change the RHK, its indicators or targets, or to link it to your supervisor's RHK.

## Last year's plan

tpl-copied-header = 📑 <b>{ $count } RHK copied</b> from the approved plan of { $year }. Last year's targets — check them and change them where needed:
tpl-review-line = { $number } { $text } — target <b>{ $target }</b>
tpl-unlinked-header = ⚠️ <b>Not linked to a supervisor's RHK</b> — the supervisor's RHK they supported is not in the supervisor's approved plan this year:
tpl-unlinked-line = { $number }. { $text }
tpl-review-footer = Press <b>Change target</b> to change a target. When all is right, send the plan from /rencana.

## Saving a plan as a template

tpl-save-confirm = Save the plan in force of <b>{ $name }</b> as the template for the position <b>{ $jabatan }</b> in <b>{ $unit }</b>?
tpl-save-replaces = The existing template for that position in that unit will be replaced.
tpl-save-hint = Staff in that position in that unit will be offered <b>Use a template</b> while their plan is empty. Links to the supervisor's RHK are not saved.
tpl-saved = ✅ Saved as the template for the position <b>{ $jabatan }</b> in <b>{ $unit }</b>.
tpl-save-cancelled = Not saved as a template.
tpl-already-saved = This version of the plan is already saved as that template.

## Refusals

tpl-err-not-allowed = You can save as a template only your own plan (when you are a supervisor) or a plan you approve as the direct supervisor.
tpl-err-not-in-force = This plan has no approved version yet, or its version has changed.
tpl-err-gone = This template no longer exists.
tpl-err-does-not-fit = This template is not for your current position and unit.
tpl-err-not-empty = This year's plan already has an RHK. A template or last year's plan can only fill a plan that is still empty.
tpl-err-no-last-year = Your plan of last year was never approved, so there is nothing to copy.

## The template file

tpl-row-empty = column { $column } is empty
tpl-row-too-long = column { $column } is longer than { $max } characters
tpl-row-jenis = jenis { $value } is not known: write Utama or Tambahan
tpl-row-target = target: { $reason }
tpl-row-aspek = aspek { $value } is not known: write Kuantitas, Kualitas, Waktu or Biaya
tpl-row-arah = arah { $value } is not known: write naik (higher is better) or turun (lower is better), or leave it empty
tpl-row-duplicate-indicator = this indicator is already there for the same RHK on line { $first }
tpl-row-jenis-differs = this RHK has another jenis on line { $first }; an RHK has only one jenis
tpl-row-no-utama = the template for the position { $jabatan } has no Utama RHK
tpl-file-missing-columns = required columns missing from the header: { $columns }; the first line must hold the column titles jabatan, jenis, rhk, indikator, target, aspek
tpl-file-empty = the file is empty: the first line must hold the column titles (jabatan, unit_kerja, jenis, rhk, indikator, target, aspek, arah)
tpl-file-no-rows = the file holds only the header, no template rows

## The command line

tpl-cli-imported = Templates saved: { $templates } templates, { $rhk } RHK, { $indicators } indicators.
tpl-cli-refused = { $file }: no template was saved; { $count } lines have problems:
tpl-cli-from-plan = Template for { $jabatan } ({ $unit }) saved from the { $year } plan, version { $version }, of NIP { $nip }.
tpl-cli-no-plan-in-force = NIP { $nip } has no approved plan for { $year }; there is nothing to make a template of.
tpl-cli-list-empty = No templates yet.
tpl-cli-list-line = { $jabatan } — { $unit }: { $rhk } RHK, { $indicators } indicators (source: { $source })
tpl-cli-deleted = Template for { $jabatan } ({ $unit }) deleted.
tpl-cli-not-found = There is no template for { $jabatan } ({ $unit }).
