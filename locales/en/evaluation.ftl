# Kinerja (en): the evaluation area: /nilai (one's own evaluations, acknowledging, replying),
# the supervisor's comments and their answers, /penilaian (the team, a person's realisation,
# the evidence sent again) and the evaluation dialogue. Counts are told apart by a key of
# their own (`…-one`): a number arrives as a string, which a Fluent [1] variant never
# matches. Hasil Kerja and Perilaku Kerja are
# "work results" and "work behaviour"; Predikat and BerAKHLAK stay as they are.

## /nilai: one's own evaluations

evaluation-heading = <b>Evaluation for { $period }</b> by { $evaluator }
    Work results: <b>{ $hasil }</b>
    Work behaviour: <b>{ $perilaku }</b>
    Predikat: <b>{ $predikat }</b>
evaluation-feedback =
    <b>Feedback:</b>
    { $feedback }
evaluation-reopened = (Reopened by BKD; waiting to be evaluated again.)
evaluation-read-at = ✅ Read on { $at }.
evaluation-none = No evaluations for { $year } yet.
evaluation-acknowledged = Thank you, noted.
evaluation-already-acknowledged = Already noted.
evaluation-ask-reply = Write your response to this evaluation; it is forwarded to your supervisor. Send /batal to cancel.
evaluation-reply-sent = Response sent to your supervisor.
evaluation-reply-for-supervisor = 💬 Response from <b>{ $staff }</b> on { $period }:
    { $text }
evaluation-new-for-staff = 📋 Your supervisor has saved an evaluation. Read it, then press <b>I have read it</b>; you can also respond to it.

## The supervisor's comments, and the answers to them

evaluation-comment-for-staff = 💬 Comment from <b>{ $supervisor }</b> on your results for { $period }:
    { $text }
evaluation-indicator-comment-for-staff = 💬 Comment from <b>{ $supervisor }</b> on your results for { $period }, indicator { $number } «{ $indicator }»:
    { $text }
evaluation-ask-indicator-comment = Write feedback for { $staff } on indicator { $number } «{ $indicator }» (target { $target }). It appears in the continuous feedback column (Umpan Balik Berkelanjutan) of the Evaluasi Kinerja form. Send /batal to cancel.
evaluation-ask-comment = Write a comment for { $staff }. Send /batal to cancel.
evaluation-comment-sent = Comment sent.
evaluation-ask-comment-answer = Write your answer; it is forwarded to your supervisor. Send /batal to cancel.
evaluation-text-expected = Send it as plain text (at most { $max } characters). Send /batal to cancel.

## /penilaian: the team and one person

evaluation-choose-period = Choose a period:
evaluation-no-open-period = No period is open for evaluation at the moment.
evaluation-nobody = There is nobody for you to evaluate.
evaluation-team-header = <b>Evaluations for { $period }</b> — until { $until }
evaluation-status-no-plan = plan not approved yet
evaluation-status-partial = results incomplete
evaluation-status-ready = results complete, ready to evaluate
evaluation-status-annual-ready = ready to evaluate (context: the quarterly evaluations)
evaluation-status-evaluated = evaluated: { $predikat }
evaluation-person-header = <b>Results for { $period }</b> — { $name } ({ $position })
evaluation-no-quarter-evaluations = No quarterly evaluations this year yet.
evaluation-quarter-evaluations = <b>Quarterly evaluations:</b>
evaluation-everyone-evaluated = Everyone on the team who can be evaluated for { $period } has been evaluated.

## Evidence sent again to the supervisor

evaluation-evidence-resent = { $items } sent again.
evaluation-no-evidence = No evidence for this period yet.
evaluation-evidence-caption = Evidence of { $name } · indicator { $number } ({ $nth }/{ $of })
evaluation-evidence-link = • { $number }: link { $url }
evaluation-evidence-note = • { $number }: note "{ $note }"
evaluation-evidence-empty = • { $number }: (empty)
evaluation-evidence-summary = 📎 Evidence of <b>{ $name }</b> for { $period }: { $items }{ $files }.
evaluation-evidence-count = { $count } pieces of evidence
evaluation-evidence-count-one = { $count } piece of evidence
evaluation-evidence-files = the files follow in { $albums } messages
evaluation-evidence-files-one = the files follow in { $albums } message

## The evaluation dialogue

evaluation-ask-hasil = Evaluating <b>{ $name }</b> for { $period }.

    How do their <b>work results</b> (Hasil Kerja) compare with expectations?
evaluation-ask-perilaku = Work results: <b>{ $hasil }</b>.

    How is their <b>work behaviour</b> (Perilaku Kerja)? As a guide, the BerAKHLAK values:
evaluation-ask-value-notes = Add a note for particular BerAKHLAK values (optional): choose the value. When you are done, press <b>Next</b>.
evaluation-ask-value-note = Write a note for the value <b>{ $value }</b>.
evaluation-ask-feedback-required = Write <b>feedback</b> for the employee. It is required, because a rating is below expectations.
evaluation-ask-feedback-optional = Write <b>feedback</b> for the employee (optional), or press <b>Skip</b>.
evaluation-confirm = Check before saving — <b>{ $name }</b>, { $period }:
    Work results: { $hasil }
    Work behaviour: { $perilaku }
    Feedback: { $feedback }
evaluation-confirm-predikat = Predikat: <b>{ $predikat }</b>
evaluation-confirm-locked = Once saved, the evaluation is locked (only BKD can reopen it).
evaluation-confirm-notes = Notes per value:
evaluation-confirm-replace-feedback = Type another message to replace the feedback.
evaluation-confirm-add-feedback = Feedback for the employee (optional): type it now to add it.
evaluation-saved = Evaluation of { $name } saved. Predikat: <b>{ $predikat }</b>.
evaluation-cancelled = Evaluation cancelled; nothing was saved.

## Buttons

evaluation-button-ack = I have read it
evaluation-button-reply = Respond
evaluation-button-answer = Answer
evaluation-button-resend = Send evidence again
evaluation-button-comment = Comment
evaluation-button-evaluate = Evaluate
evaluation-button-next = Next
evaluation-button-save = Save
evaluation-button-cancel = Cancel
evaluation-button-value-notes = Notes per value
evaluation-button-next-person = Evaluate next ▶
evaluation-button-team = Team list
