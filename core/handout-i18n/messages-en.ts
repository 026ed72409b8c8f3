/**
 * The handout's, one-page handout's and closure letters' own wording in English: the source of
 * every translated catalogue. Messages are ICU MessageFormat strings (formatted with
 * intl-messageformat). The key set is derived from this object, so a translated catalogue that
 * misses a key, or adds one, fails to compile. The letter paragraphs use the letter placeholders
 * ({clientName}, {practicePhone}, …) as their ICU arguments.
 */
export const HANDOUT_MESSAGES_EN = {
  'handout.metaTitle': 'Closing session handout',
  'handout.heading': 'Looking back, moving forward',
  'handout.for': 'For {name}',
  'handout.intro': 'A record of the work you did, what changed, and what will help you keep going.',
  'handout.key.date': 'Date',
  'handout.key.from': 'From',
  'handout.key.practice': 'Practice',
  'handout.key.contact': 'Contact',
  'handout.section.came-for': 'What you came for',
  'handout.section.what-changed': 'What changed',
  'handout.section.achievements': 'What you achieved',
  'handout.section.plan': 'Your plan for continued growth',
  'handout.section.safety-plan': 'Your safety plan',
  'handout.section.referrals': 'Where to turn next',
  'handout.section.crisis-lines': 'If you need help right away',
  'handout.section.come-back': 'Coming back',
  'handout.section.goodbye': 'A note from me',
  'handout.section.more': 'More from our sessions',
  'handout.sub.goalsToKeep': 'Goals to keep working on',
  'handout.sub.skills': 'Skills that help',
  'handout.sub.warningSigns': 'Early warning signs, what I do, who I call',
  'handout.sub.supportPeople': 'People who support me',
  'handout.sub.achievements': 'Achievements',
  'handout.sub.strengths': 'Your strengths',
  'handout.sub.whatHelped': 'What helped, in your words',
  'handout.sub.selfHelp': 'Books, apps and other self-help',
  'handout.goal.firstStep': '{goal} — first step: {step}',
  'handout.goals.caption': 'Your goals, from 0 to 10',
  'handout.goals.colGoal': 'Goal',
  'handout.goals.colStart': 'Start',
  'handout.goals.colNow': 'Now',
  'handout.goals.colWords': 'In your words',
  'handout.goals.chartTitle': 'Goals: where they started and where they are now',
  'handout.goals.chartDescription':
    '{count, plural, one {# goal, rated from 0 to 10.} other {# goals, each rated from 0 to 10.}}',
  'handout.goals.chartLine': '{goal}: from {start} to {now}.',
  'handout.safetyPlan.intro':
    'Keep this somewhere you can find it. Work through the steps in order until you feel safer.',
  'handout.crisis.intro':
    'If you are in danger or feel you cannot keep yourself safe, reach out now. These lines are there for you:',
  'handout.checkIn': 'Check-in session',
  'handout.reachMe': 'How to reach me:',
  'handout.futureSelf.heading': 'A letter to my future self',
  'handout.futureSelf.intro':
    'Written in our last session, in your own words, to read whenever you need it.',
  'handout.checkIn.date': 'Check-in date: {date}',
  'crisis.how.call': 'Call',
  'crisis.how.text': 'Text',
  'crisis.how.chat': 'Chat',
  'crisis.how.web': 'Online',
  'safety.danger': 'If you are in immediate danger, call {number} now.',
  'safety.localEmergency': 'your local emergency number',
  'safety.attribution':
    'This plan follows the steps of the Safety Planning Intervention (Stanley & Brown, 2012), in our own words.',
  'safety.step.warningSigns': 'Warning signs that a crisis may be building',
  'safety.step.copingAlone': 'Things I can do on my own to cope',
  'safety.step.distractions': 'People and places that help take my mind off things',
  'safety.step.askForHelp': 'People I can ask for help',
  'safety.step.professionals': 'Professionals and crisis lines I can contact',
  'safety.step.saferSurroundings': 'Making my surroundings safer',
  'safety.step.reasonsForLiving': 'What makes life worth living for me',
  'letter.metaTitle': 'Letter',
  'letter.opening':
    'Dear {clientName},\n\nI have not heard from you for a while, and I wanted to write rather than simply let our work drift to a close. People step away from therapy for all kinds of good reasons, and there is nothing you need to explain.',
  'letter.clinicalMiddle':
    'Looking back on our work together, I want to recognise the effort you put in. A short summary of where things stood when we last met is below, in case it is useful to you or to anyone you see next.',
  'letter.closing':
    'As we have not been able to arrange another session, I will close your file for now. This does not close the door: if you would like to pick things up again, or simply talk about what might help next, you are welcome to contact me at {practicePhone} or {practiceEmail}.\n\nIf you would rather see someone else, the services listed below are good places to start. And if you ever feel unsafe or overwhelmed, please use the crisis lines in this letter — you do not have to wait.\n\nI wish you well.\n\nWith warm regards,\n{clinicianName}',
  'letter.workedOn': 'What we worked on',
  'letter.goalLine': '{goal} (from {start} to {now} out of 10)',
  'letter.seemedToHelp': 'What seemed to help',
  'letter.otherPlaces': 'Other places you can turn to',
  'letter.crisisTitle': 'If you need help right away',
  'letter.crisisIntro': 'These lines are there day and night:',
  'letter.confidential': 'Private and confidential',
  'letter.datesOfCare': 'Dates of care: {from} to {to}',
  'letter.closingDate': 'Date your file is closed: {date}',
  'letter.closingSession':
    'If you would like to end our work with a closing session — a chance to look back on what changed and plan what comes next — I would be glad to offer you one. Just let me know.',
  'transfer.metaTitle': 'Transfer of care',
  'transfer.opening':
    'Dear {clientName},\n\nAs we discussed, I am writing to confirm that your care is moving on to someone new.',
  'transfer.receiving': 'From {handoverDate}, your care will be with {receiving}.',
  'transfer.receivingNoDate': 'Your care will be with {receiving}.',
  'transfer.contact': 'You can reach them at {contact}.',
  'transfer.shared': 'With your agreement, I have passed on: {shared}',
  'transfer.closing':
    'Thank you for the work we have done together. It has been a privilege, and I wish you well.\n\nWith warm regards,\n{clinicianName}',
  'ack.opening':
    'Dear {clientName},\n\nThank you for letting me know that you have decided to end our sessions. I respect your decision, and there is nothing more you need to do or explain.',
  'ack.door':
    'If you ever want to come back, or would like one closing session to round things off, you are welcome to get in touch. There is no pressure either way.',
  'ack.contact': 'You can reach me at {contacts}.',
  'ack.closing': 'I wish you well.\n\nWith warm regards,\n{clinicianName}',
  'records.title': 'Your records',
  'records.confidential':
    'What you shared with me stays confidential now that our work has ended, within the limits we talked about at the start.',
  'records.kept':
    'Your records are kept securely for {years, plural, one {# year} other {# years}} after our last session, and then safely destroyed.',
  'records.access': 'You can ask for a copy of your records at any time.',
  'records.contact': 'To ask, contact {contact}.',
  'page.label': 'Page {page} of {total}',
} as const;

/** A key of the documents' own wording. */
export type HandoutMessageKey = keyof typeof HANDOUT_MESSAGES_EN;
