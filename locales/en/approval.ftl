# Kinerja (en): the approval area — /persetujuan, where supervisors (and BKD, for plans at
# the top) approve plans with optional specific expectations, or return them with a note.

## Buttons

approval-button-approve = Approve
approval-button-approve-now = ✅ Approve now
approval-button-return = Return
approval-button-detail = Details
approval-button-open = Open approvals

## A plan to decide

approval-request = <b>SKP plan { $year }</b> from <b>{ $name }</b> (NIP <code>{ $nip }</code>, { $position }) is waiting for your approval.
approval-request-size = Version { $version }: { $rhk } RHK, { $indicators ->
        [1] 1 indicator
       *[other] { $indicators } indicators
    }.
approval-request-detail-hint = Press <b>Details</b> to read the whole plan.
approval-no-changes = Nothing in the plan changed since the version you last saw.
approval-changes-title = <b>Changes since the version you last saw:</b>
approval-more-changes = … and { $count ->
        [1] one more change
       *[other] { $count } more changes
    } (see Details).
approval-detail-header = <b>SKP plan { $year }</b> — { $name } (version { $version })
approval-withdrawn-to-supervisor = { $name } (NIP { $nip }) withdrew version { $version } of their SKP plan to revise it. Nothing to decide; you will be told again when the next version is sent.

## What waits

approval-nothing-waiting = No plans are waiting for your approval.
approval-waiting-header = <b>Waiting for your approval</b>: { $count ->
        [1] 1 plan
       *[other] { $count } plans
    }, oldest first.
approval-waiting-line = { $number }. { $name } (version { $version }) — since { $since }

## Deciding

approval-expectation-screen = Approve the plan of <b>{ $name }</b>, version { $version }.

    You may add <b>specific expectations</b> for BerAKHLAK values (optional): choose a value. When you are done, press <b>✅ Approve now</b>.
approval-ask-expectation = Write your specific expectation for the value <b>{ $value }</b> for { $name }. Send /batal to cancel.
approval-ask-return-note = Write a note for { $name }: what needs to be fixed? The note is required. Send /batal to cancel.
approval-approved-toast = Approved.
approval-approved-for-supervisor = ✅ The plan of { $name }, version { $version }, is approved.
approval-returned-for-supervisor = ↩️ The plan of { $name }, version { $version }, was returned with your note.
approval-approved-for-staff = ✅ Your SKP plan { $year }, version { $version }, was <b>approved</b> by { $by }. The plan is now locked.
approval-returned-for-staff = ↩️ Your SKP plan { $year }, version { $version }, was <b>returned</b> by { $by } with the note:
    <i>{ $note }</i>

    Fix it in /rencana, then press <b>Send</b> again.

## A waiting plan that a roster import gave another approver

approval-moved-to-supervisor = 📥 The <b>SKP plan { $year }</b> of <b>{ $name }</b> (NIP <code>{ $nip }</code>) now waits for your approval: the latest personnel data records you as their direct supervisor. Open /persetujuan to approve or return it.
approval-moved-to-hr = 📥 The <b>SKP plan { $year }</b> of <b>{ $name }</b> (NIP <code>{ $nip }</code>) now waits for your approval: according to the latest personnel data they no longer have a supervisor, so the BKD admins decide. Open /persetujuan to approve or return it.
approval-moved-away-to-supervisor = The SKP plan { $year } of <b>{ $name }</b> no longer waits for your approval: according to the latest personnel data it is now decided by their new supervisor, <b>{ $supervisor }</b>.
approval-moved-away-to-hr = The SKP plan { $year } of <b>{ $name }</b> no longer waits for your approval: according to the latest personnel data it is now decided by the BKD admins.

## Approving many at once: plans built from the role matrix or a template

approval-waiting-matches = ✓ as proposed
approval-waiting-differs = ✏️ differs from the proposal
approval-proposal-matches = <b>Against the proposal:</b> exactly as proposed (role sharing or template).
approval-proposal-differs = <b>Differs from the proposal</b> (role sharing or template):
approval-button-approve-matching = ✅ Approve all as proposed ({ $count })
approval-button-confirm-matching = ✅ Yes, approve { $count ->
        [1] 1 plan
       *[other] { $count } plans
    }
approval-button-cancel = Cancel
approval-matching-confirm = <b>Approve { $count ->
        [1] 1 plan
       *[other] { $count } plans
    } at once?</b> Each is exactly what was proposed through role sharing or a template:
    { $names }

    Plans that differ from the proposal are left out ({ $others }): check them one by one with Details. A plan sent again or withdrawn after this list was shown is not approved either.
approval-matching-more = … and { $count } more
approval-matching-none = No plan is exactly as proposed. Open /persetujuan to check them one by one.
approval-matching-used = This list was already processed. Open /persetujuan to see what is still waiting.
approval-matching-done = ✅ { $count ->
        [1] 1 plan
       *[other] { $count } plans
    } approved at once:
    { $names }
approval-matching-skipped = <b>Not approved</b>, because they changed since the list was shown:
approval-matching-no-longer = no longer as proposed
approval-matching-toast = { $count ->
        [1] 1 plan approved.
       *[other] { $count } plans approved.
    }
