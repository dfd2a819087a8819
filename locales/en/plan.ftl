# Kinerja (en): the plan area — /rencana, where staff write their SKP (RHK, indicators with
# targets), send it, withdraw it and ask for changes. Targets are read the Indonesian way
# (1.200 is one thousand two hundred, 85,5 is eighty-five and a half): say so where a
# target is asked for.

## Buttons

plan-button-add-rhk = Add RHK
plan-button-submit = Send
plan-button-change = Request a change
plan-button-withdraw = Withdraw
plan-button-confirm-withdraw = Yes, withdraw
plan-button-confirm-delete = Yes, delete
plan-button-cancel = Cancel
plan-button-rhk = RHK { $number }
plan-button-edit-rhk-text = Edit text
plan-button-delete-rhk = Delete RHK
plan-button-link-parent = Link to supervisor's RHK
plan-button-skip = Skip
plan-button-add-indicator = Add indicator
plan-button-edit-indicator = Edit { $number }
plan-button-delete-indicator = Delete { $number }
plan-button-edit-text = ✏️ Text
plan-button-edit-target = ✏️ Target
plan-button-flip-arah = ⇄ Switch to: { $arah }
plan-button-usual-arah = { $arah } (usual)
plan-button-submit-plan = Send plan
plan-button-view-plan = View plan
plan-button-back-to-plan = Back to plan
plan-button-back-to-rhk = Back to RHK

## The plan view

plan-header = <b>SKP plan { $year }</b> — { $name }
plan-empty = No RHK yet. Press <b>Add RHK</b> to start.
plan-status-draft-unsent = Status: <b>draft</b>, not sent yet.
plan-status-draft = Status: <b>draft</b>.
plan-status-changing = Status: <b>change in preparation</b> (draft).
plan-status-submitted = Status: <b>waiting for approval by { $approver }</b> since { $since } (version { $version }).
plan-status-returned = Status: <b>returned</b> on { $at } with the note:
    <i>{ $note }</i>
    Fix it, then press <b>Send</b> again.
plan-status-approved = Status: <b>approved</b> on { $at } (version { $version }).
plan-status-withdrawn = Version { $version } was withdrawn on { $at }; edit it, then press <b>Send</b> again.
plan-status-in-force = Approved version { $version } stays in force until the change is approved.
plan-approver-by-nip = your supervisor (NIP { $nip })
plan-approver-hr = the BKD admins
plan-your-supervisor = your supervisor
plan-expectations-title = <b>Supervisor's specific expectations</b>
plan-expectation-line = • { $value }: { $text }

## An RHK and its indicators

plan-rhk-heading = <b>RHK { $number }</b> ({ $jenis }): { $text }
plan-rhk-parent = ↳ contributes to the supervisor's RHK: { $parent }
plan-rhk-no-indicators = (no indicators yet)
plan-rhk-continued = <b>RHK { $number }</b> (continued)
plan-rhk-more-indicators = … and { $count ->
        [1] one more indicator
       *[other] { $count } more indicators
    }: open <b>RHK { $number }</b> to see them all.
plan-rhk-choose = Choose what to change:
plan-rhk-indicator-footer = Indicators { $from }–{ $to } of { $total }.
plan-indicator-line = { $number }. { $text } — target <b>{ $target }</b> ({ $aspek }; { $arah })
plan-indicator-saved = ✅ <b>Indicator { $number }</b> saved.
plan-indicator-edit = <b>Indicator { $number }</b>: choose the part to change; the rest stays as it is.
plan-indicator-card = Text: { $text }
    Target: <b>{ $target }</b>
    Aspect: { $aspek }
    Direction: { $arah }

## Writing the plan

plan-ask-rhk = Write a <b>Rencana Hasil Kerja (RHK)</b>, a result you plan to achieve this year, for example "Higher coverage of complete basic immunisation". Send /batal to cancel.
plan-ask-rhk-new-text = Current RHK text:
    <i>{ $old }</i>

    Write the new text. Send /batal to cancel.
plan-text-expected = Send it as plain text (at most { $max } characters). Send /batal to cancel.
plan-rhk-saved = ✅ <b>RHK { $number }</b> saved, type <b>{ $jenis }</b>:
    <i>{ $text }</i>
    Change its type with the { $main }/{ $additional } buttons if needed.
plan-ask-parent = Which of your supervisor's RHK does this RHK contribute to? Choose one from { $supervisor }'s approved plan, or <b>Skip</b> (you can link it later).
plan-parent-not-ready = Your supervisor's plan is not approved yet, so this RHK cannot be linked to theirs. Carry on; link it later from the RHK's view with <b>Link to supervisor's RHK</b>.
plan-ask-indicator = New indicator for <b>RHK { $number }</b>:
    <i>{ $text }</i>
plan-indicator-hint = Write the <b>performance indicator</b> with its <b>target</b> and unit on the last line, for example:
    <code>Percentage of infants fully immunised
    95 %</code>
    (Without a target line, you are asked for the target next.)
plan-ask-target = What is the <b>target</b>, with its unit? For example <code>1.200 people</code>, <code>85,5 %</code> or <code>12 documents</code> (a dot groups thousands, a comma marks decimals).
plan-ask-aspek = Target { $target }. Which aspect is measured? (Time and cost: lower is better; the others: higher is better. You can change it afterwards.)
plan-ask-arah = Aspect { $aspek }. Is a higher result better, or a lower one (as with time and cost)?
plan-ask-indicator-new-text = Current text of indicator { $number }:
    <i>{ $old }</i>

    Write the new text; the target, aspect and direction stay.
plan-ask-indicator-new-target = The target of indicator { $number } is now <b>{ $old }</b>.

    Write the new target with its unit, for example <code>1.500 people</code> (a dot groups thousands, a comma marks decimals); the text, aspect and direction stay.
plan-part-saved = ✅ Change saved.

## Deleting

plan-confirm-delete-rhk = Delete RHK { $number } with its { $count ->
        [1] indicator
       *[other] { $count } indicators
    }?
plan-confirm-delete-indicator = Delete indicator { $number }?
plan-delete-final = Deleted items cannot be restored.
plan-rhk-deleted = The RHK and its indicators were deleted.
plan-indicator-deleted = Indicator deleted.

## Sending, withdrawing, changing

plan-submitted = Version { $version } of your plan was sent to <b>{ $approver }</b>. You will be told as soon as it is approved or returned.
plan-submitted-approver-unregistered = Your supervisor has not registered with the bot yet; the plan keeps waiting and will appear in their /persetujuan as soon as they register.
plan-confirm-withdraw = Withdraw version { $version } of your plan from <b>{ $approver }</b>? The plan becomes a draft again; edit it, then press <b>Send</b> to send the next version. Your supervisor is told.
plan-withdrawn = Version { $version } of your plan was withdrawn. Edit what is needed, then press <b>Send</b>.
plan-change-started = Change opened. Edit the RHK or indicators, then press <b>Send</b>. The approved version stays in force until the change is approved.
