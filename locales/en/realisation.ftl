# Kinerja (en): the realisation area — /realisasi (the achievement, evidence and a note per
# indicator of the approved plan) and the buttons staff press under /nilai. Numbers are
# written the Indonesian way (1.150 is one thousand one hundred and fifty; 85,5 has a
# decimal comma): that is how the bot reads them.

realisation-no-approved-plan = You have no approved SKP plan for { $year } yet, so results cannot be recorded. Draw up and submit your plan with /rencana.
realisation-no-open-period = No period is open for recording results right now.

## The overview: one block per indicator, then what is still missing

realisation-block-values = Target { $target } · Achieved { $achieved } · { $percent }
realisation-block-evidence = Evidence: { $count }
realisation-block-note = Note: { $note }
realisation-header = <b>Results, { $period }</b> — { $name }
realisation-locked = This period has been rated; its results are locked.
realisation-open-until = Can be filled in and changed until { $date }.
realisation-complete = ✅ Every indicator has its achievement and evidence.
realisation-incomplete = ⏳ Incomplete: { $numbers }

## Filling in one indicator: the value, the evidence, a note

realisation-target = Target { $target }.
realisation-current-value = Achievement recorded so far: { $value }.
realisation-ask-value = What is the <b>achievement</b>? Write the number, e.g. <code>1.150</code> or <code>85,5</code> (dot for thousands, comma for decimals). Photos or documents as evidence may be sent first.
realisation-value-expected = Write the achievement as a number, e.g. 1.150 or 85,5 (dot for thousands, comma for decimals).
realisation-evidence-taken-early = Evidence received. Now write the achieved number.
realisation-ask-evidence = Achievement { $achieved } saved.

    Send the <b>evidence</b>: photos or documents (several are fine), or a link (https://…).
realisation-dailies-offer = Daily log entries for this indicator: { $count }. Tap <b>Use daily log</b> to use them.
realisation-evidence-done-hint = When you are done, tap <b>Evidence done</b>.
realisation-evidence-received = Evidence received ({ $count } for this indicator). Send more, or tap Evidence done.
realisation-evidence-expected = Send a photo, a document or a link starting with https://, then tap Evidence done.
realisation-not-evidence = { $kind } cannot serve as evidence. Send a photo, a document or a link; or /batal to stop.
realisation-kind-sticker = A sticker
realisation-kind-voice = A voice message
realisation-kind-video = A video
realisation-dailies-used = Daily log entries used as evidence: { $count }.
realisation-ask-note = Write a <b>short note</b> for this indicator (optional), or tap <b>Skip</b>.
realisation-saved = Results saved.

## Buttons

realisation-fill-button = Fill in { $number }
realisation-use-daily-button = Use daily log
realisation-evidence-done-button = Evidence done
realisation-skip-button = Skip
