# Kinerja (en): the announce area. BKD's announcements: the frame around HR's text (HR's
# own words are never here), HR composing one and following its delivery, rule changes
# with their acknowledgements, questions, answers and FAQs.
#
# Arguments arrive as strings, so a select on a number ([1]) never matches: the texts are
# worded to need no plural.
#
# The frame of an announcement (headings, footer, reminder lines) must stay no longer than
# the Indonesian one: the text limit HR is told holds for the longest rendering in any
# language (src/bot/messages.rs, text_limit).

## The frame around HR's text, by kind

announce-head-info = <b>📢 BKD notice</b>
announce-head-training = <b>📢 BKD notice · 🎓 Training</b>
announce-head-rule = <b>📢 BKD notice · 📜 Rule change</b>
announce-head-faq = <b>📢 BKD notice · ❓ Q&amp;A</b> (about announcement #{ $id })
announce-rule-footer = Once you have read it, press <b>I have read it</b>. Anything unclear? Press <b>Ask</b>.
announce-attachment-caption-draft = Attachment of the announcement (text in the next message).
announce-attachment-caption = Attachment of announcement #{ $id } (text in the next message).

## Buttons

announce-button-new = New announcement
announce-button-sent = Sent announcements
announce-button-info = 📢 Info
announce-button-training = 🎓 Training
announce-button-rule = 📜 Rule change
announce-button-ack = I have read it
announce-button-ask = Ask
announce-button-answer = Answer
announce-button-answer-question = Answer Q{ $id }
announce-button-faq = Publish as FAQ
announce-button-faq-question = FAQ Q{ $id }
announce-button-prev = ◀ Previous
announce-button-next-page = Next ▶
announce-button-everyone = All staff
announce-button-supervisors = Supervisors
announce-button-no-plan = No plan sent for { $year }
announce-button-units = Choose work units
announce-button-next = Continue
announce-button-send = Send
announce-button-cancel = Cancel
announce-button-remind = Remind those who have not read it ({ $waiting })

## HR's view of a delivery in progress

announce-progress-done = ✅ <b>Announcement #{ $id } sent</b>
announce-progress-sending = 📤 <b>Sending announcement #{ $id }</b> — about { $minutes } min left
announce-progress-figures =
    Recipients: { $total }
    Sent: { $sent }
    Waiting: { $waiting }
    Failed: { $failed }
    Unreachable (blocked the bot): { $unreachable }

## /pengumuman: the latest announcements with one's own status

announce-none = There are no announcements for you yet.
announce-list-title = <b>Latest announcements</b>
announce-list-item = <b>#{ $id }</b> · { $kind } · { $at }
announce-list-status = Status: { $status }
announce-read-at = ✅ read { $at }
announce-not-confirmed = ⚠️ not yet confirmed as read
announce-my-questions = questions: { $asked } ({ $answered } answered)
announce-list-footer = Press an announcement's number to open it again with its buttons.

## Composing (HR)

announce-ask-kind =
    What kind of announcement?
    • <b>Info</b>: ordinary news.
    • <b>Training</b>: recipients can register; with a quota, a waiting list and JP.
    • <b>Rule change</b>: recipients confirm they have read it and can ask questions.
announce-ask-audience = Who should this announcement go to?
announce-ask-units = Choose one or more work units (chosen: { $chosen }), then press <b>Continue</b>.
announce-units-none = none yet
announce-ask-text = Write the announcement's text (at most { $limit } characters for { $kind }; an emoji counts as two), with a photo or document if you like. The preview that follows shows it as recipients will see it. Send /batal to cancel.
announce-attachment-received = Attachment received. Now write the announcement's text.
announce-text-or-attachment-expected = Send the announcement's text, or a photo/document as its attachment (its caption becomes the text).
announce-preview-note = Above is the preview. Recipients: <b>{ $count }</b> ({ $audience }). Press <b>Send</b> or <b>Cancel</b>.
announce-preview-button-pressed = This is a preview: the buttons work once the announcement is sent.
announce-audience-everyone = all registered staff
announce-audience-supervisors = supervisors
announce-audience-no-plan = those who have not sent their { $year } plan
announce-audience-units = unit { $units }
announce-cancelled = Announcement cancelled; nothing was sent.
announce-nobody-in-audience = No registered staff in that audience. Choose another.

## Following what was sent (HR)

announce-sent-none = No announcements yet.
announce-sent-title = <b>Sent announcements</b> (page { $page })
announce-sent-item =
    <b>#{ $id }</b> · { $kind } · { $at }
    { $text } — sent { $sent } of { $total }
announce-detail-head = <b>#{ $id } · { $kind }</b> · { $at }
announce-detail-delivery = Recipients: { $total } · sent { $sent } · waiting { $waiting } · failed { $failed } · unreachable { $unreachable }
announce-detail-rule =
    Read: { $read } of { $recipients } · not yet: { $unread }
    Questions: { $questions } ({ $open } unanswered) · reminders sent: { $reminders }
announce-detail-question = ❓ <b>Q{ $id }</b> { $name } ({ $at }): { $text }
announce-detail-answer = Answer: { $answer }
announce-detail-unanswered = <i>not answered yet</i>
announce-reminder-queued = Reminder queued for everyone who has not confirmed ({ $count }).
announce-reminder-already-sent = This reminder has been sent already. Open the details again to send the next one.

## A rule change from the reader's side

announce-rule-reminder = <b>⏰ Reminder:</b> you have not yet confirmed reading rule change #{ $id } below.
announce-rule-acknowledged = Recorded: read on { $at }.
announce-rule-already-acknowledged = You already confirmed on { $at }.
announce-not-for-you = This announcement is not addressed to you.

## Questions, answers and FAQs

announce-ask-question = Write your question about announcement #{ $id } in one message. BKD will answer here. Send /batal to cancel.
announce-question-text-expected = Write the question as text (at most 1000 characters).
announce-question-sent = Question sent to BKD. The answer will come in this chat.
announce-question-for-admins =
    ❓ <b>Question Q{ $id }</b> about announcement #{ $announcement } from { $name } (NIP { $nip }):

    { $text }
announce-ask-answer =
    Write the answer to question Q{ $id } from { $name }:
    <i>{ $text }</i>

    Send /batal to cancel.
announce-answer-text-expected = Write the answer as text (at most 2000 characters).
announce-answer-for-asker =
    💬 <b>BKD's answer</b> to your question about announcement #{ $announcement }:
    <i>{ $question }</i>

    { $answer }
announce-answer-sent = Answer sent to { $name }. If it helps every recipient, publish it as a FAQ.
announce-already-answered = This question has been answered already.
announce-question-not-found = Question not found.
announce-faq-text =
    Question: { $question }

    Answer: { $answer }
announce-faq-published = FAQ published as announcement #{ $id }; recipients: { $recipients }.
announce-faq-already = This question has been published already as announcement #{ $id }.
announce-faq-needs-answer = Answer the question before publishing it.
