# Sharing out roles: the supervisor shares out an RHK; the person answers the proposal.

roles-button-share = 👥 Share out
roles-pick-title = <b>Share out</b> the RHK: { $rhk }

    Choose the team members who get this role. Chosen: { $chosen } of { $total }.
roles-button-all = Choose all
roles-button-none = Clear
roles-button-next = Next ({ $n } people)
roles-button-cancel = Cancel
roles-ask-kind = <b>Share out</b> the RHK: { $rhk }
    among { $n } people. Choose how:

    <b>Direct</b>: the same result in a smaller share; your target is split among the team.
    <b>Indirect</b>: a supporting result, measured on its own.
roles-kind-direct = Direct
roles-kind-indirect = Indirect
roles-ask-role = Sharing: <b>{ $kind }</b>.

    Write the <b>role</b>: the RHK each person will receive, in one message.
roles-ask-role-direct = Or take the text of your RHK as it is: { $rhk }
roles-button-same-rhk = Use my RHK's text
roles-ask-indicator = Role: <b>{ $role }</b>

    Write the <b>indicator</b> of this role (without a target; the target is asked next).
roles-ask-indicator-choose = Or choose one of your RHK's indicators:
roles-ask-aspek = Indicator: <b>{ $indicator }</b>

    Which aspect does this indicator measure?
roles-ask-split = How are the targets of the { $n } people given?
roles-split-even = Split a total evenly
roles-split-same = The same for everyone
roles-split-per-person = Per person
roles-ask-total = Write the <b>total</b> target with its unit, for example <code>1.200 orang</code>. The total is split evenly among { $n } people.
roles-ask-same = Write <b>one target</b>, the same for the { $n } people, for example <code>300 orang</code>.
roles-ask-per-person = Write the targets of the { $n } people, <b>one line per person</b> in the order of the list, for example:
    <code>300 orang
    250 orang</code>
roles-targets-count = There must be { $expected } lines of targets (one per person); { $got } were sent.
roles-targets-line = Line { $line }: { $error }
roles-preview = <b>Preview of the proposals</b>
    Your RHK: { $parent }
    Kind: { $kind }
    Role (RHK): <b>{ $role }</b>
    Indicator: { $indicator }
    Aspect: { $aspek }

    Targets of the { $n } people:
roles-button-send = Send proposals ({ $n } people)
roles-sent = ✅ Proposals sent to { $n } people. You will be told when someone changes the target or declines.
roles-sent-unregistered = { $n } of them are not registered with the bot yet; they will see the proposal in /rencana once registered.
roles-cancelled = Sharing out cancelled; no proposal was sent.
roles-proposal = <b>Proposed RHK from { $atasan }</b> for the { $year } SKP plan
roles-proposal-details = Intervenes the supervisor's RHK: { $parent }
    Kind: { $kind }
    Your RHK: <b>{ $rhk }</b>
    Indicator: { $indicator }
    Target: <b>{ $target }</b> ({ $aspek })
roles-proposal-draft = If you accept, this RHK goes into the draft of your plan, where you can still change it before sending.
roles-proposal-approved = Your plan is approved: accepting this proposal opens a change of the plan. The approved version stays in force until the change is approved.
roles-button-accept = Accept
roles-button-change = Change
roles-button-decline = Decline
roles-open-heading = <b>Proposals from your supervisor — waiting for your answer</b>
roles-open-line = { $number }. { $rhk } — { $target } (from { $atasan })
roles-open-more = …and { $n } more proposals.
roles-button-open = Proposal { $number }
roles-accepted = ✅ The RHK "{ $rhk }" is now in the draft of your plan. You can still change it here, then send it with Send.
roles-accepted-change = A change of the plan is open; the approved version stays in force until the change is approved.
roles-ask-change = Proposal: { $rhk }, target <b>{ $target }</b>.

    Write the target you propose instead, with its unit, for example <code>35 orang</code>.
roles-ask-decline = Write why you decline the proposal "{ $rhk }" (one message). Your supervisor will read it.
roles-declined = You declined the proposal "{ $rhk }". Your supervisor has been told.
roles-told-changed = <b>{ $name }</b> accepted the proposed RHK "{ $rhk }" with another target: { $old } → <b>{ $new }</b>.
roles-told-declined = <b>{ $name }</b> declined the proposed RHK "{ $rhk }".
    The reason: { $note }

# Refusals (domain::roles::RoleError); the Indonesian ones are its #[error] texts.
err-role-not-yours = This proposal is not for you.
err-role-already-answered = You have already answered this proposal.
err-role-plan-waiting = Your plan is waiting for your supervisor's approval. Withdraw it first in /rencana, then answer this proposal.
err-role-not-your-rhk = Only the supervisor whose RHK this is can share it out.
err-role-plan-not-sent = This RHK can only be shared out from a plan that has been sent or approved.
err-role-no-team = You have no staff in the roster to share roles with yet.
err-role-not-your-subordinate = This employee is not one of your direct staff.
err-role-share-closed = This sharing out has already been sent or cancelled. Open /rencana to share out again.
err-role-nobody-chosen = Choose at least one team member.
err-role-incomplete = Complete the role, indicator, aspect and targets before sending.
