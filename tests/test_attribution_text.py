"""Attribution without a parse (English): speakers and claims from the words around them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.attribution_text import has_text_rules, verb_forms
from tracker.extract import extract_text


def en(text: str):
    return extract_text(text, lang="en")


def speaker_of(text: str, start: str) -> str:
    qs = [q for q in en(text) if q.text.startswith(start) and q.kind != "indirect"]
    assert qs, [q.text for q in en(text)]
    return qs[0].speaker_canonical or ""


def test_verb_forms_regular_and_irregular():
    forms = verb_forms("en")
    assert forms["said"] == "say" and forms["told"] == "tell" and forms["denied"] == "deny"
    assert forms["claims"] == "claim" and forms["noted"] == "note" and forms["argues"] == "argue"
    # a final consonant doubled after a stressed vowel, listed by hand ("admitted", not "admited")
    assert forms["admitted"] == "admit" and forms["admitting"] == "admit" and "admited" not in forms
    assert has_text_rules("en") and not has_text_rules("fr") and not has_text_rules("de")


@pytest.mark.parametrize("text, start, right, wrong", [
    # a name after the quote whose apposition (two roles) runs past 120 characters before "told"
    ('Experts were worried.\n\n"This strikes me as a denial-of-service attack," Ray Everett-Church, chief privacy '
     'officer for ePrivacyGroup.com and counsel for the Coalition Against Unsolicited Commercial E-mail, told '
     'InformationWeek magazine.', "This strikes", "Ray Everett-Church", "Experts"),
    # a person named as the subject of the sentence before, across a paragraph break and after "But"
    ('Gary Ruffing, head of retail services at BBK, said the deal was good for both businesses.\n\nBut Darrell '
     'Rigby, head of the retail practice at Bain & Co, was more sceptical.\n\n"The problem is, they are missing a '
     'key ingredient," he said.', "The problem", "Darrell Rigby", "Ruffing"),
    # a noun after "of" after a quote is no verb of saying: "head of state" names no one who "states"
    ('A party panel has compiled an outline that would allow for a "military force for self-defense," the Emperor '
     'as head of state and a female on the throne, LDP sources said Wednesday.', "military force", "LDP", "Emperor"),
    # a passive reporting verb: its agent after "by", before or after the quote
    ('President Vladimir Putin flew to the city. In a meeting he was told by Emergencies Minister Yevgeny Zinichev '
     'of "presumably 40 people under the rubble".', "presumably", "Yevgeny Zinichev", "Putin"),
    ('Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos.', "knife", "police",
     "Amman"),
    # "He" after a surname standing alone, not a place after "the"
    ('President Donald Trump fell ill. Trump was taken to hospital, then back to the White House. He tweeted, '
     '"Do not be afraid of it."', "Do not", "Donald Trump", "White House"),
    # a long title closing on the name; "went on to add"; a sentence adverb before the subject
    ("Train drivers' trade union Aslef general secretary Mick Whelan commented, \"We have worked closely.\"",
     "We have", "Mick Whelan", "Aslef"),
    ('According to scholar Kelly Dittmar, "Women hold fewer seats." Dittmar went on to add, "We need more."',
     "We need", "Kelly Dittmar", "went"),
    # NOT a name ending a clause before the verb: the clause's subject
    ('In a livestream, Sanders shared with his supporters his reasoning, pointing out he had fewer delegates than '
     'former Vice President Joe Biden, saying "the path toward victory is impossible".', "the path", "Sanders",
     "Biden"),
    # reporting clause before the quote
    ('In a video broadcast, Carrie Lam said, "Any act of violence will not be tolerated."', "Any act", "Carrie Lam", ""),
    # after it, subject first and verb first
    ('"We are not going to wait," Boris Johnson said in an interview.', "We are not", "Boris Johnson", ""),
    ('"We are not going to wait," said Boris Johnson.', "We are not", "Boris Johnson", ""),
    # an apposition names the speaker
    ('The mayor of London, Sadiq Khan, tweeted, "Enough is enough."', "Enough", "Sadiq Khan", "London"),
    # a pronoun takes the voice quoted last, never a name inside that quote
    ('Carrie Lam spoke first. Lam said, "Hong Kong\'s economy is in recession." She added, "We will recover."',
     "We will recover", "Carrie Lam", "Hong Kong"),
    # a quote that ends its sentence does not take the next sentence's subject
    ('Tanya Chan said, "She must step down." Regina Ip said, "This is anti-democratic."', "She must", "Tanya Chan",
     "Regina"),
    # a partial quote inside the journalist's sentence
    ('Nicola Sturgeon said it was "the moment of maximum opportunity" for the campaign.', "the moment",
     "Nicola Sturgeon", ""),
    # a time or place after the inverted subject is not part of it; nor is a quote's incise a claim
    ('The mayor spoke at noon. "We will rebuild the bridge before winter," said Mayor Berg that day in the hall.',
     "We will rebuild", "Berg", "hall"),
    # a partial quote before "and said": the sentence's subject
    ('The State Department gave its "deepest sympathies" and said the cases were considered carefully.',
     "deepest sympathies", "State Department", ""),
    # a short sentence said right after the verb, the comma inside the marks
    ('Health Minister Anna Berg said "We couldn\'t win," and the city flag is at half-mast.', "We couldn",
     "Anna Berg", ""),
    # he/she never points back to a place or a day ("the Eastern Mediterranean", "On Wednesday"); a
    # lowercase title before a lone surname makes a person
    ('On Wednesday, Turkish president Erdogan called for a regional cooperation in the Eastern Mediterranean, '
     'claiming a right to have a say in projects there. "No project excluding our country can be implemented", '
     'he said.', "No project", "Erdogan", "Mediterranean"),
    # a gerund after "by" speaks with the sentence's subject
    ('Prime minister Anna Berg spoke on Monday. She underlined the call by saying "we are ready to take more '
     'steps".', "we are ready", "Anna Berg", "underlined"),
    # "she" after a sentence opened by a person's name is that person, not the voice quoted before
    ('"It is so sad," Hatice Cengiz said. Agnès Callamard, a UN rapporteur, cautioned justice does not come '
     'swiftly. "True justice takes time," she said.', "True justice", "Agnès Callamard", "Cengiz"),
    # "he" is not a name after a preposition ("Speaking to Martin Smith"), nor a name "of" a body for the body
    ('The previous day, the broadcaster PBS revealed that Crown Prince Mohammad bin Salman accepted responsibility '
     'for the murder of journalist Jamal Khashoggi. Speaking to Martin Smith of PBS, he said, "It happened under my '
     'watch."', "It happened", "Mohammad bin Salman", "Smith"),
    # a person's name "of" where they work; an aside between commas; a second role after "and"
    ('Steve Peers of the University of Essex, speaking to BBC, said, "If there is a court order, Facebook has to '
     'search for variations of it."', "If there is", "Steve Peers", "University"),
    ('Jennifer Daskal of American University and contributor to Slate wrote, "a single EU country could demand '
     'it."', "a single EU", "Jennifer Daskal", "Slate"),
    # a person speaking in the clause "according to" reports is the quote's voice, not the source
    ('According to the BBC, a spokesman for 10 Downing Street expressed disappointment; "The UK government needs '
     'a strong legislative agenda."', "The UK government", "Downing Street", "BBC"),
    # ... but a thing in that clause is not: the source is ("if written by": a participle, no report)
    ('According to U.S. Attorney Bash, the manifesto if written by the suspect could strengthen the case: "The '
     'key factor here is that it appears to be an intent to coerce."', "The key factor", "Bash", "manifesto"),
    # a verb between the two halves of a quote, its subject after it
    ('Macron spoke first. "We stand ready" tweeted Johnson "to provide whatever help we can."', "to provide",
     "Johnson", "Macron"),
    # a colon after the journalist's clause: its subject speaks, not a possessor in it
    ('Brazilian President Jair Bolsonaro opposed Macron\'s statement: "The French president\'s suggestion evokes '
     'a colonialist mentality."', "The French", "Jair Bolsonaro", "Macron"),
    # NOT a participle after the quote with its object ("calling it a")
    ('Sanders said in his live stream, "I do not make this decision lightly", calling it a "difficult and painful '
     'decision".', "I do not", "Sanders", "it a"),
    # NOT a noun after a determiner taken for a verb ("in a tweet")
    ('Bernie Sanders ended his campaign. He wrote in a tweet, "while the campaign ends, the struggle continues."',
     "while the", "Bernie Sanders", "wrote"),
    # a verb of shouting; a group named with "Members of"
    ('Johnson said, "We will leave." Members of the House of Commons protested by shouting "shame on you!"',
     "shame on you", "Members of the House of Commons", "Johnson"),
    # a document's owner speaks; "the court" is the court named before
    ('The Supreme Court ruled on Tuesday. The court\'s summary concluded with the statement: "The Court will make '
     'an Order declaring that the advice was unlawful."', "The Court will", "Supreme Court", "summary"),
    ('The High Court of England and Wales also ruled on the same day, finding that the prorogation was not a '
     'matter for the courts: "In our view, the decision is not justiciable."', "In our view",
     "High Court of England and Wales", "also"),
    ('Jennifer Daskal wrote, "It is a hard case." Facebook released a statement which read, in part, "This '
     'judgment raises critical questions."', "This judgment", "Facebook", "Daskal"),
    # the name closing a title after "for": its last two words; a next sentence's tag is not this quote's
    ('On a press conference, US Special Representative for Iran Brian Hook said, "This is a political nature". '
     'He added, "It is a propaganda stunt."', "This is a political", "Brian Hook", "Iran"),
    # a role described is a person whom "she" stands for; a short sentence with an auxiliary is said
    ('The head of the police\'s internal investigators told the court "Basic investigations weren\'t done." She '
     'also said "I regret we weren\'t called immediately."', "I regret", "head of the police", "Basic"),
    # a verb of reacting; a name opening the sentence before with an irregular past ("told")
    ('Steve Winwood wrote, "He was great." Mick Jagger of The Rolling Stones also reacted on Twitter, "Sad news '
     'hearing that Ginger Baker has died."', "Sad news", "Mick Jagger", "Winwood"),
    ('Sheriff Bill Brown said, "It is hard." Captain Monica Rochester told the press the search had ended. "It is '
     'never an easy decision to suspend search efforts," she said.', "It is never", "Monica Rochester", "Brown"),
    # "the president": the one named before with that title
    ('President Trump responded to her letter on Twitter. The president did not concede, and vowed to keep '
     'fighting "the good fight" with court cases.', "the good fight", "Trump", ""),
    # NOT a woman for "he": "fiancée" marks Hatice Cengiz as a woman
    ('Hatice Cengiz, fiancée of journalist Jamal Khashoggi, called for the killers to be brought to justice. PBS '
     'revealed that Crown Prince Mohammad bin Salman accepted responsibility. Speaking to Martin Smith of PBS, he '
     'said, "It happened under my watch."', "It happened", "Mohammad bin Salman", "Cengiz"),
    # an inverted subject whose title closes on the name; "talked of"; "quipped"; "he went on to say"
    ('Munk studied waves. "Walter was the most brilliant scientist I have ever known," said University of '
     'California, San Diego\'s chancellor, Pradeep Khosla.', "Walter was", "Pradeep Khosla", "University"),
    ('Pradeep Khosla spoke first. Khosla talked of Munk\'s "countless discoveries that put the university on the '
     'map".', "countless", "Pradeep Khosla", ""),
    ('"You have to work those seven days to earn a weekend," quipped Valiant Entertainment editor Heather Antos, '
     'later in the panel.', "You have to work", "Heather Antos", ""),
    ('"It\'s just history repeating itself", said coach John Bracewell. "They just have a set of lines", he went '
     'on to say.', "They just have", "John Bracewell", "went"),
    # a quote standing alone after the sentence that introduces its speaker
    ('At the panel, speakers shared their insights. Comic artist Jenn St-Onge told of being forced to re-evaluate '
     'her life.\n\n"In my first stint, I didn\'t get any work."', "In my first stint", "Jenn St-Onge", ""),
    # reactions signed after a dash (a title's dots included); NOT a clause going on after a dash
    ('"It\'s a very tough draw" - Ken Merrett, Manchester United secretary.\n\n"Wow, can you get Ken Smith to pick '
     'my lotto numbers please?" - Dr. James J. Kennedy.', "Wow, can you", "James J. Kennedy", "Merrett"),
    # a name with its apposition before the verb
    ('"This strikes me as a flagrant violation of U.S. law," Ray Everett-Church, chief privacy officer for '
     'ePrivacyGroup.com, said.', "This strikes", "Ray Everett-Church", "ePrivacyGroup"),
    # "says the 102-page report": a document, the one named before; NOT a verb form inside the subject
    ('The Defense Science Board report, which has not been released, says the institutions are broken. "Interests '
     'collide. Policies matter," says the 102-page report, completed in September.', "Interests collide",
     "Defense Science Board report", "says"),
    # an anonymous official is someone "he" can stand for; NOT "Media" as a person's surname
    ('A senior Foreign Ministry official said Japan must consider the implications. "The relationship is at a '
     'sensitive stage," he said.', "The relationship", "Foreign Ministry official", ""),
    ('Spokeswoman Zhang Qiyue said "China is paying attention." Media reports have quoted government sources. '
     'Asked about submarines, she said, "I have no information."', "I have no information", "Zhang Qiyue",
     "Media"),
    # a quotation named by its author ("the Chuck Jones quote that"); the voice after it is who cites it
    ('The couple encouraged attendees. They felt they learned more from failures, citing the Chuck Jones quote '
     'that "every artist has thousands of bad drawings," and that you have to work through them.', "every artist",
     "Chuck Jones", "couple"),
    # a surname opening the sentence before "she" (the full name said earlier)
    ('Alexis Tipton auditioned in 2019. "It went well," said Bob Smith. Tipton was devastated when she got a sinus '
     'infection. "This director doesn\'t know me," she recalls thinking.', "This director", "Alexis Tipton",
     "Smith"),
    # "they": the plural subject of the sentence before, not the voice quoted last
    ('The Wooster professor added, "These effects matter." The researchers used satellite imagery to identify '
     'places where ice had melted. From this, they concluded that warm water was reaching the "ice sheets" there.',
     "ice sheets", "researchers", "professor"),
    # a participle with its agent is a passive: the agent speaks; NOT "as reported by" (an aside)
    ('Traffic data shows contact on January 6, with a pattern described by Marine Bulletin as "rather hectic and '
     'kind of confused".', "rather hectic", "Marine Bulletin", None),
    ('Earlier this week, President Erdogan said — as reported by Hurriyet Daily News — "Ayasofya will no longer be '
     'called a museum."', "Ayasofya", "Erdogan", "Hurriyet"),
    # thanks and praise report their quoted words
    ('The mayor of London, Sadiq Khan, thanked "the police, security and emergency services staff for their swift '
     'and courageous response".', "the police", "Sadiq Khan", None),
    # a partial quote with no verb of saying: the person its sentence is about; NOT a name in the next sentence
    ("Senator Amy Klobuchar of Minnesota withdrew her name from consideration. She endorsed the selection of a "
     '"woman of color." At the time, Senators Kamala Harris and Elizabeth Warren were considered.',
     "woman of color", "Amy Klobuchar", "Warren"),
    # NOT the subject of a passive, NOT a body's name
    ('Trump was said to be suffering "minor symptoms", his doctor added later.', "minor symptoms", "", "Trump"),
    # a person's name after a lowercase role is the person, even after a body's word
    ("In an interview with Time magazine, Northwestern University public health expert Wendy Parmet said naming the "
     'virus after Wuhan would place "tremendous stigmatization on the people of Wuhan"', "tremendous", "Wendy Parmet",
     "University"),
    # a participle after the main verb of the sentence: the sentence's subject
    ("Biden, during his conference, also countered claims about his mental acuity, declaring that he \"can hardly "
     'wait to compare my cognitive capability." Nevertheless, opposition questions about Biden continued.',
     "can hardly wait", "Biden", "opposition"),
    # a quote standing alone after a person's claim in the sentence before: that person's
    ("John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered. \"Jerry and I are "
     "talking to NBC at the moment.\" Their legal department had been looking into it.", "Jerry and I",
     "John Rhys-Davies", None),
    # "she" passes over a man the article called "he"; a role without a determiner opens a sentence
    ("John Rhys-Davies broke news when he revealed that a reboot is being considered. Emma Caufield talked of being "
     "cast in a pilot. The producers finally made her a regular. \"It was a good day,\" she recalls.",
     "It was a good day", "Emma Caufield", "Rhys-Davies"),
    ("John Rhys-Davies broke news when he revealed that a reboot is being considered. \"Jerry and I are talking.\" "
     "Special effects costumer Ian Campbell, whose credits include Star Trek, had a booth there. After the "
     "convention, he told Wikinews that \"it can be tough to maintain focus with so many people streaming past\".",
     "it can be tough", "Ian Campbell", "Rhys-Davies"),
    # NOT a name after a participle and a preposition
    ("Crown Prince Mohammad bin Salman accepted responsibility for the murder. Speaking to Martin Smith of PBS, he "
     "said, \"It happened under my watch.\"", "It happened", "Mohammad bin Salman", "Martin Smith"),
    # a partial quote in a sentence about a person: a progressive is no passive
    ("Ian Campbell had a booth. \"Sculpting in front of a crowd is great,\" he said. Lisa Mancini has been "
     "cosplaying for two years, her \"passion\" for the hobby \"stemmed through my love for Halloween.\"",
     "stemmed through", "Lisa Mancini", "Campbell"),
    # a comma after the journalist's clause about a person introduces that person's words
    ("McGurk later wrote, \"Not a single American life was lost.\" Trump, also on Twitter, defended his decision, "
     "\"As I have stated strongly before, I will totally destroy the Economy of Turkey.\"", "As I have stated",
     "Trump", "McGurk"),
    # an email from X to Y speaks for X; NOT a relative "that" after a body for the body
    ("An email from Burkhardt & Associates to James Roche advises the Secretary to release fiscal numbers: \"I "
     "would distribute a one page memo,\" it said.", "I would distribute", "Burkhardt", "Roche"),
    ("Wangari Maathai spoke. She reaffirmed her stand in a statement released by the Nobel Committee that said: "
     "\"It is therefore critical for me to state this.\"", "It is therefore", "Maathai", "Nobel"),
    # what a constitution lays down
    ("The United States Constitution specifies that officials are removed from office after being convicted of "
     "\"Treason, Bribery, or other high Crimes and Misdemeanors.\"", "Treason", "Constitution", None),
    # a name in apposition after a role opening the sentence, for a participle's quote
    ("Some reported wanting to draft articles. Since then, a Republican, Mark Amodei, has publicly voiced support "
     "for the impeachment inquiry, telling the Nevada Independent: \"I am a big fan of oversight.\"",
     "I am a big fan", "Mark Amodei", "Republican"),
    # he/she inside a person's reported clause is that person; NOT the last voice quoted
    ("Former CIA deputy director Michael Morell praised Mendez on Twitter: \"Tony was one of the best officers.\" "
     "Mendez once told The Washington Post he considered himself \"an artist first.\"", "an artist first",
     "Mendez", "Morell"),
    # a participle of saying after the quote speaks with the sentence's subject; NOT its adverb
    ("State Senator Patricia Ann Spearman remarked, \"It has been a long, hard fight,\" further remarking, "
     "\"Women in Nevada have said it.\"", "It has been", "Spearman", "further"),
    # an age between a name and its relative clause; NOT the voice quoted before
    ("Broadcaster Piers Morgan commented, \"The guy is a chef.\" Another was tour manager Thomas Gray, 24, who "
     "cited only his experience with rugby: \"I did what any Londoner would do.\"", "I did what", "Thomas Gray",
     "Morgan"),
    # an aside in brackets after the name, a title with its place before it: the name alone
    ("\"I am in awe of the people who ran towards danger\" tweeted Mayor of London Sadiq Khan (no relation).",
     "I am in awe", "Sadiq Khan", "relation"),
    # an owner's possessive before a title and a name: the name
    ("Mexico's Foreign Secretary Marcelo Ebrard spoke on Sunday. \"For Mexico, this individual is a terrorist,\" "
     "Ebrard said.", "For Mexico", "Marcelo Ebrard", "Secretary"),
    # a man known by his given name is no "she", when the article says nothing of his gender
    ("Senator Amy Klobuchar of Minnesota was among the candidates. President Donald Trump delivered a speech on "
     "Monday. She described herself as a \"woman of color.\"", "woman of color", "Klobuchar", "Trump"),
    # a clause read as the subject: the words before its verb ("One of the victims said the men …")
    ("One of the victims said the men thought they were \"nothing but a toy to play with\".", "nothing but a toy",
     "One of the victims", "men"),
    ("The spokesperson added regarding Iran's request, they \"would not consider requests of this nature\"; "
     "Interpol did not say more.", "would not consider", "spokesperson", "Iran"),
    # a rank's dots are no sentence end; a state after a town is no name
    ("\"We scrutinize the launch processes,\" said Lt. Col. Robert Atkins, 5th SLS commander.", "We scrutinize",
     "Robert Atkins", None),
    ("\"This is the first rocket engine designed for value,\" said Michael Costas, RS-68 program director in "
     "Canoga Park, Calif. \"Each rocket consumes one ton of propellants per second,\" he said.", "This is the first",
     "Michael Costas", "Calif"),
    # a chain of descriptions after the name: the name is the subject, not the body named in them
    ("But Ken Boehm, chairman of the National Legal and Policy Center, an independent interest group that has "
     "been closely following the case, said Sears \"has to have information that is reasonably important.\"",
     "has to have", "Ken Boehm", "Policy Center"),
    # the second half of a quote its incise cut: the first half's speaker, found after it ("continued"
    # reports only there); a description the article named in apposition is that person; NOT the
    # determiner of the next sentence's "The note", a noun
    ("Druyun's daughter, Heather, sent Sears an e-mail. \"She is very interested in talking to us,\" Druyun's "
     "daughter continued in the Sept. 5 e-mail, \"but we would have to give her something that would blow her "
     "out of the water!\" The note concluded by saying that Druyun was fond of Boeing.", "but we would", "Heather",
     "The"),
    # a verb phrase is no subject ("placed further emphasis on maintaining"): the person the sentence is about
    ("President Donald Trump visited Kenosha. Trump referred to the riots as acts of \"domestic terror\" and placed "
     "further emphasis on maintaining \"law and order.\"", "law and order", "Trump", "placed"),
    # a surname alone opening a sentence is the one the article names most ("Joe Biden", not "Hunter
    # Biden"); a sentence adverb is no part of a name ("Afterwards Trump")
    ("Joe Biden campaigned in Ohio. Joe Biden met voters there. Joe Biden later spoke to reporters. Hunter Biden "
     "stayed home. Afterwards Trump visited California, where Trump denied that climate change made fires worse. "
     "Biden delivered a speech in Delaware in which he called Trump a \"climate arsonist,\" citing the wildfires.",
     "climate arsonist", "Joe Biden", "Trump"),
    # the message quoted after the sentence that tells who sent it is its sender's
    ("Heather Druyun wrote to him first. A day after the meeting in Orlando, Sears sent an e-mail to Albaugh "
     "summarizing the meeting. \"Howdy. Had a 'non-meeting' yesterday re: hiring Jim Evatt's deputy.\"", "Howdy",
     "Sears", "Druyun"),
    # a named member and "colleagues": the one named leads; NOT a word of the place after "of … and"
    ('In their paper, Peter Stott of the UK Hadley Centre for Climate Prediction and Research, and colleagues say '
     'they "estimate that it is very likely that human influence has at least doubled the risk".', "estimate",
     "Peter Stott", "Research"),
    # "they" after two persons named as one subject: the first named; NOT the voice quoted before them
    ('Saleemul Huq wrote, "It may be impossible to attribute the floods to climate change." In an article, Myles '
     'Allen, who supervised the study, and UK lawyer Richard Lord write about the legal implications. "Although '
     'these ideas may seem far-fetched now," they write.', "Although", "Myles Allen", "Huq"),
    # a participle after "with" has its own subject: the speaker of the quote it introduces
    ('The new video has been shown for the first time - with pop queen Madonna reminding people "none of us can '
     'forget". The song is tipped to be the Number One.', "none of us", "Madonna", "video"),
    # a verb of judging whose "X as" the quote completes gives the quote its subject
    ("In one exchange, Harris exclaimed, \"Mr. Vice President, I'm speaking.\" Politico regarded the debate as "
     "\"markedly more civil\" than the prior Trump-Biden debate.", "markedly", "Politico", "Harris"),
    # a commentator's profession after a person's quotation is that person's other name
    ('"We could begin with a community of highways," commented Fernando Reyes Matta, a former ambassador. "There is '
     'also the question of energy integration," said the analyst.', "There is also", "Fernando Reyes Matta", ""),
])
def test_quote_speakers(text, start, right, wrong):
    sp = speaker_of(text, start)
    assert right in sp
    if wrong:
        assert wrong not in sp


@pytest.mark.parametrize("text, start, wrong", [
    # NOT an adverb before a participle ("first announced")
    ('Also on Sunday, officials announced a withdrawal beyond the "immediate area" first announced on October 6.',
     "immediate area", "first"),
    # NOT a subject found through a verb inside the quotation ("third states")
    ('They concluded that the deal is "null and void" and "infringes upon the rights of third states, does not '
     'comply with the Law of the Sea".', "infringes", "infringes"),
    # NOT a place in apposition to a place ("in New York, New York, calling for")
    ("On Thursday, Hatice Cengiz addressed reporters in New York, New York, calling for \"justice now\".",
     "justice now", "New York"),
    # NOT a phrasal verb's "with": "come up with a task saying" is no absolute construction
    ('You could come up with a task saying like, "Okay, if I think of how my friend is feeling now, I see that '
     'region".', "Okay, if I think", "task"),
    # NOT a verb after the quote with a topic ("complained about it"): it reports no words
    ('Last June, I posted the "Allah is gay" photo, and some celebrities complained about it.', "Allah", "celebrities"),
])
def test_quote_speakers_never_taken_from(text, start, wrong):
    quotes = [q for q in extract_text(text, lang="en") if q.text.startswith(start)]
    assert quotes, [q.text for q in extract_text(text, lang="en")]
    assert wrong.lower() not in (quotes[0].speaker or "").lower(), quotes[0].speaker


@pytest.mark.parametrize("text, claim, speaker", [
    ("Murphy claimed she made this decision without influence from the White House.",
     "she made this decision without influence from the White House", "Murphy"),
    # "admitted", "admitting" (the consonant doubled); a gerund after a preposition reports its that-clause
    ("China apologized on Tuesday after admitting that one of its submarines intruded into Japan's waters.",
     "one of its submarines intruded into Japan's waters", "China"),
    # a relative clause's gerund object ends before the main clause's verb
    ("A former Air Force official who admitted giving special treatment to Boeing on the tanker deal was jailed.",
     "giving special treatment to Boeing on the tanker deal", "A former Air Force official"),
    # a relative clause's report opening on a modal: a claim (not a participle set off by commas)
    ("Donald Trump spoke on Friday about the wall, which he said would allow him to act without approval from Congress.",
     "would allow him to act without approval from Congress", "Trump"),
    # a verb of denial denies the clause of the claims it names
    ("Saudi Arabia denied all claims that Khashoggi was slain in the consulate.", "Khashoggi was slain in the consulate",
     "Saudi Arabia"),
    # "signalled"; a that-clause after the medium and its addressee, commas and a state's abbreviation inside
    ("Welsh Secretary Peter Hain has signalled that similar measures will be adopted in Wales.",
     "similar measures will be adopted in Wales", "Peter Hain"),
    ("Deputy Defense Secretary Paul Wolfowitz said in a letter to Senate Armed Services Committee Chairman John "
     "Warner, R-Va., that the department is studying a wide range of alternatives.",
     "the department is studying a wide range of alternatives", "Paul Wolfowitz"),
    # "remind": a person reminded, then what of
    ("The minister reminded reporters that the law had changed in May.", "the law had changed in May", "minister"),
    # the verb before its subject closing the sentence, an apposition after the name
    ("Lycos is enabling its users to launch an attack, said Anne Mitchell, president of the Institute for Spam.",
     "Lycos is enabling its users to launch an attack", "Anne Mitchell"),
    ("The plan will fail, said the spokesman for the ministry.", "The plan will fail", "spokesman"),
    # a subject set off with its party and state before "said"; "add" before a sum reports nothing
    ('Another provision would add nearly $100 million and give a "fresh start" to the tanker program, House Armed '
     'Services Chairman Duncan Hunter, R-Calif., said.',
     'Another provision would add nearly $100 million and give a "fresh start" to the tanker program', "Duncan Hunter"),
    # the claim ends where "but he proclaimed" opens the speaker's next act
    ('Peruvian President Alejandro Toledo told reporters the European Union\'s experience had proved integration '
     'took time, but he proclaimed, "Sooner rather than later we will have a single currency."',
     "the European Union's experience had proved integration took time", "Alejandro Toledo"),
    ("The economy has grown, said U.S. officials.", "The economy has grown", "U.S. officials"),
    # a name and its apposition that no comma closes before the verb
    ('Gary Ruffing, head of retail services at management consulting group BBK said the deal "looms good for both '
     'businesses".', 'the deal "looms good for both businesses"', "Gary Ruffing"),
    # "head of state" is no verb of the claim's own
    ('A party panel has compiled an outline that would allow for a "military force for self-defense," the Emperor '
     'as head of state and a female on the throne, LDP sources said Wednesday.',
     'A party panel has compiled an outline that would allow for a "military force for self-defense," the Emperor '
     'as head of state and a female on the throne', "LDP sources"),
    # NOT an inverted incise: a subject and its relative clause before the verb, the plain order
    ("Gregory Kurtzer, who had started the CentOS project, announced a new operating system, Rocky Linux.",
     "a new operating system, Rocky Linux", "Gregory Kurtzer"),
    # "according to X" with an apposition without a determiner
    ("The company does not expect any legal trouble, according to Wessel van Rensburg, head of e-mail at Lycos UK.",
     "The company does not expect any legal trouble", "Wessel van Rensburg"),
    # a report inside an interviewer's question stands; only the question to "you" is no claim
    ('((WN)) Are you aware Electronic Frontier Foundation said it was a "disappointing and counterproductive '
     'move"? What do you think should be the next steps?',
     'it was a "disappointing and counterproductive move"', "Electronic Frontier Foundation"),
    ("((WN)) Chris Wright said Stream was not the replacement for CentOS. Do you agree?",
     "Stream was not the replacement for CentOS", "Wright"),
    ("According to Johnson, this break will allow him to develop new plans.",
     "this break will allow him to develop new plans", "Johnson"),
    # an anonymous source stands for its institution, as in French
    ("Sales went up sharply last week, according to a Woolworths spokesperson.",
     "Sales went up sharply last week", "Woolworths"),
    # no "that": a time, and after tell-verbs the person told, before the clause
    ("President Donald Trump said on Friday he may declare a national emergency.",
     "he may declare a national emergency", "Donald Trump"),
    ("Mayor Anna Berg told local media the city would rebuild the bridge.",
     "the city would rebuild the bridge", "Anna Berg"),
    ("Mayor Anna Berg told Agence France-Presse the bridge was closed.", "the bridge was closed", "Anna Berg"),
    ("Senator Chuck Schumer commented many voters were tired of the campaign.",
     "many voters were tired of the campaign", "Chuck Schumer"),
    # a sentence the splitter cut inside a quotation: the journalist's words after it
    ('Officials met on Monday. "We will not give in. I may do it." Mayor Anna Berg also said that she '
     'would prefer to agree a solution with the unions.',
     "she would prefer to agree a solution with the unions", "Anna Berg"),
    # the journalist's comment after the claim is not part of it
    ("The governor insists that the budget include funding for the bridge, which was one of his promises.",
     "the budget include funding for the bridge", "governor"),
    ("Senator Chuck Schumer said this is a ploy to delay the vote, meaning the bill would fail.",
     "this is a ploy to delay the vote", "Chuck Schumer"),
    # a request or an order: the person asked and the action; a commitment: the infinitive
    ("The tax office advises citizens to continue paying their local taxes.",
     "citizens to continue paying their local taxes", "tax office"),
    ("Over 100 former diplomats signed an open letter urging party officials to accept the result.",
     "party officials to accept the result", "former diplomats"),
    ("Mayor Anna Berg did not resign, however, and vowed to keep fighting the decision in court.",
     "to keep fighting the decision in court", "Anna Berg"),
    # a number or an adjective opens the clause; a verb like "emphasized" needs a finite verb ahead
    ("Reuters estimated around 200 people attended the rally in the capital.",
     "around 200 people attended the rally in the capital", "Reuters"),
    ("Prosecutor Anna Berg told reporters today psychiatric assessments will be carried out.",
     "psychiatric assessments will be carried out", "Anna Berg"),
    # a participle clause after a comma reports too; its subject is the reporting verb's before it
    ("Boeing disputed the figures, saying the defense bill merely killed the leasing part of the deal.",
     "the defense bill merely killed the leasing part of the deal", "Boeing"),
    ('"Growth was lower than forecast," Carrie Lam said, noting it was the worst year since 2009.',
     "it was the worst year since 2009", "Carrie Lam"),
    # a noun-phrase object that the English annotations take as the claim
    ("Party politicians had previously cited the medicinal benefits of the herbal remedy.",
     "the medicinal benefits of the herbal remedy", "Party politicians"),
    # an apposition that is a role, not a name, is not the speaker: the name before it is
    ("Russell Zimmerman, executive director of the Australian Retailers Association, said that "
     "deliveries are hard to schedule this month.", "deliveries are hard to schedule this month",
     "Russell Zimmerman"),
    # a name ending in "in" is not "in order to"; the base form of an irregular verb reports too
    ("Senator McCain said the bill brings the tanker plan back to square one.",
     "the bill brings the tanker plan back to square one", "McCain"),
    ("The tool aims to fight spammers, but some experts say the company may be enabling illegal activities.",
     "the company may be enabling illegal activities", "some experts"),
    ("To resolve differences, the ministers invited the countries to open a dialogue in the spring.",
     "the countries to open a dialogue in the spring", "ministers"),
    # a reporting clause closing the sentence after a comma; a leading adverbial phrase stays out
    ("Despite the assurances, she and her husband left the country, police revealed on Saturday.",
     "she and her husband left the country", "police"),
    # inform is a tell-verb; "asking to waive": the action alone
    ("The driver Anna Berg informed police she had diplomatic immunity.", "she had diplomatic immunity", "Anna Berg"),
    ("The chief constable Nick Adderley wrote to the embassy asking to waive her diplomatic immunity.",
     "to waive her diplomatic immunity", "Nick Adderley"),
    # a past tense after "and" is the subject's next act, not part of the infinitive; a participle
    # used as an adjective is ("and related documents"), and so is a verb after a modal
    ("Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with the US Secretary of State "
     "about the case.", "the embassy to reconsider", "Dominic Raab"),
    ("Mayor Anna Berg urged the council to review the case and related documents.",
     "the council to review the case and related documents", "Anna Berg"),
    ("President Donald Trump said on Friday he can and may declare a national emergency.",
     "he can and may declare a national emergency", "Donald Trump"),
    ("Agnès Callamard, a UN rapporteur, cautioned justice does not come swiftly.",
     "justice does not come swiftly", "Agnès Callamard"),
    # "according to X" closing the sentence without a comma, a relative clause on X left out; a
    # description of X in apposition after "According to X," is not the claim
    ("Harry Dunn was struck by a car driving on the wrong side of the road according to traffic camera footage.",
     "Harry Dunn was struck by a car driving on the wrong side of the road", "traffic camera footage"),
    ("The stores were reluctant to impose restrictions, according to a report from ABC Australia in which "
     "shop owners were interviewed.", "The stores were reluctant to impose restrictions", "ABC Australia"),
    ("According to Dr. Tom Frieden, formerly the director of the Centers for Disease Control, the pandemic is "
     "unprecedented.", "the pandemic is unprecedented", "Tom Frieden"),
    # dots that end no sentence; a parenthesis before the clause's verb; a name with an initial
    ("The shooting began at 10:39 a.m. local time, police in the U.S. city of El Paso said on Sunday.",
     "The shooting began at 10:39 a.m. local time", "police"),
    ("The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp.",
     "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp", "SDF"),
    ("In an essay, Professor John C. Eastman of Chapman University School of Law writes that the term is vague.",
     "the term is vague", "John C. Eastman"),
    ("The United States Embassy in Iraq had suspended operations, and advised U.S. citizens to leave the country.",
     "U.S. citizens to leave the country", "United States Embassy"),
    # after "According to X," too, the journalist's comment is not part of the claim
    ("According to the mayor's critics, this is a ploy to delay the vote, meaning the bill would fail.",
     "this is a ploy to delay the vote", "critics"),
    # a "such as" inside the subject does not end the claim; a relative clause stays in it
    ("According to the ruling, a host, such as Facebook, must remove the original post.",
     "a host, such as Facebook, must remove the original post", "ruling"),
    ("According to Johnson, this break will allow him to develop plans, which he is to present in October.",
     "this break will allow him to develop plans, which he is to present in October", "Johnson"),
    # "Per X," like "According to X,"; a gerund object of an NP-claim verb, a name after it
    ("Per the request, Parliament would meet briefly in early September.",
     "Parliament would meet briefly in early September", "request"),
    ("President Recep Tayyip Erdoğan pledged converting Hagia Sophia to a mosque.",
     "converting Hagia Sophia to a mosque", "Erdoğan"),
    # a judgement with "to be": the object and its infinitive
    ("Doris Day personally considered her best film performance to be her portrayal of Ruth Etting.",
     "her best film performance to be her portrayal of Ruth Etting", "Doris Day"),
    # a report in the passive with an infinitive, its source after "by"
    ("Politicians were reported by local media to have visited the hospital while the mayor had surgery.",
     "Politicians were reported by local media to have visited the hospital", "local media"),
    ("COVID-19 was previously announced to be a pandemic by the World Health Organization.",
     "COVID-19 was previously announced to be a pandemic", "World Health Organization"),
    # a reporting clause between commas inside the sentence it reports
    ("The guardrail would be examined, Troy Roberts said, to determine if it had performed as designed.",
     "The guardrail would be examined, Troy Roberts said, to determine if it had performed as designed",
     "Troy Roberts"),
    # a sentence adverb before the subject is no part of it
    ("Nevertheless, Mayor Anna Berg did not want the army to move and calls on Washington to remain neutral.",
     "Washington to remain neutral", "Anna Berg"),
    # a request in the mandative subjunctive; "spoke of" a name doing something
    ("Police Commissioner Stephen Mold urged the immunity be waived.", "the immunity be waived", "Stephen Mold"),
    ("The US statement spoke of Turkey assuming the duty of guarding captured militants.",
     "Turkey assuming the duty of guarding captured militants", "US statement"),
    # the reporting verb's claim comes before the source of the report
    ("Kimberly-Clark emphasized they were working day and night to maintain the supply, according to the "
     "Herald.", "they were working day and night to maintain the supply", "Kimberly-Clark"),
    # a report from a body speaks for it (a time after the subject is no part of it)
    ("Another report from the Mexican government during the weekend said eight Mexicans died in the attack.",
     "eight Mexicans died in the attack", "Mexican government"),
    # a relative clause inside the claim's subject does not end the claim
    ("The Aviation Herald reported the failed landing at Fath, which has a much shorter runway than Payam, was "
     "a mistake.", "the failed landing at Fath, which has a much shorter runway than Payam, was a mistake",
     "Aviation Herald"),
    # "with X reporting": the participle's own subject
    ("No deaths were reported on the ground, with local media reporting no-one was in the houses.",
     "no-one was in the houses", "local media"),
    # an incise with "they" and a dash after it: the plural subject of the clause reported
    ("State prosecutors charged the suspect with capital murder, they said Sunday — murder carrying the "
     "possibility of the death penalty.", "State prosecutors charged the suspect with capital murder",
     "State prosecutors"),
    # "according to X, <apposition>" closing the sentence
    ("Federal authorities are investigating the shooting as domestic terrorism, according to prosecutor Josh "
     "Bash, the U.S. Attorney for the Western District of Texas.",
     "Federal authorities are investigating the shooting as domestic terrorism", "Josh Bash"),
    # the claim stops at the colon that opens a quotation
    ('Mike Ryan of the World Health Organization told the press the new drugs were only part of the solution: '
     '"What will stop Ebola is good surveillance."', "the new drugs were only part of the solution", "Mike Ryan"),
    # a court's finding and ruling; "the court" is the court named before
    ("The Supreme Court of the United Kingdom issued a ruling on Tuesday. The court found that it could rule on "
     "the prorogation.", "it could rule on the prorogation", "Supreme Court"),
    ("The Court of Session ruled the prorogation was unlawful.", "the prorogation was unlawful", "Court of Session"),
    # a stance noun with "is that": the clause is the claim of who holds it; "who say" after a thing
    # subject: the people named right before the pronoun
    ("The general consensus among lawyers is that an intentional attack constitutes a manipulation of data.",
     "an intentional attack constitutes a manipulation of data", "lawyers"),
    ("The government's counter-argument was that prorogation is a political tool of the executive.",
     "prorogation is a political tool of the executive", "government"),
    ("The strategy has raised questions among legal experts, who say U.S. spammers could take the battle to the "
     "courts.", "U.S. spammers could take the battle to the courts", "legal experts"),
    # "told me in an interview this week that"; an auxiliary before an adverb is no part of the subject
    ("Eduardo Duhalde told me in an interview this week that the ten countries will sign the declaration.",
     "the ten countries will sign the declaration", "Eduardo Duhalde"),
    ("Heidrich did, however, doubt that these laws apply to the servers under attack.",
     "these laws apply to the servers under attack", "Heidrich"),
    # a participle's subject is its sentence's, past a time that opens the sentence
    ("On Wednesday, the Court of Session in Scotland issued an opinion on the suspension, finding it to be "
     "unlawful.", "it to be unlawful", "Court of Session"),
    # a month's abbreviation before its day ends no sentence
    ("On Wednesday, Kmart said it earned $553 million in the third quarter ended Oct. 27, compared with a loss.",
     "it earned $553 million in the third quarter ended Oct. 27, compared with a loss", "Kmart"),
    # the journalist's gloss in apposition after the claim is not part of it
    ("Lampert said the goal for the combined company is to achieve a 10 percent operating profit margin, a level "
     "that's generated by such retailers as Gap Inc. and Target Inc.",
     "the goal for the combined company is to achieve a 10 percent operating profit margin", "Lampert"),
    # a connective before a parenthetical "he says" is the journalist's link, outside the claim
    ("Eduardo Duhalde concedes the project may be a gamble. But then, he says, so was the creation of the European Union.",
     "so was the creation of the European Union", "Duhalde"),
    # a document whose adjective has an adverb of its own speaks for its author
    ("A harshly critical report by a Pentagon advisory panel says the United States is failing in its efforts.",
     "the United States is failing in its efforts", "Pentagon advisory panel"),
    # a word of the clause's subject in quotation marks (a partial quote) does not hide the clause
    ("Organisers said the “emotional” video featured images from the recording of the charity single.",
     "the “emotional” video featured images from the recording of the charity single", "Organisers"),
    # a dateline before a spaced hyphen is no part of the subject; a relative after a preposition ends
    # the clause before the subject
    ("WASHINGTON, Nov. 23 - A harshly critical report by a Pentagon advisory panel says the United States is "
     "failing in its efforts.", "the United States is failing in its efforts", "Pentagon advisory panel"),
    ("Biden attacked Trump on paying fewer taxes to which Trump claimed he prepaid millions of dollars in taxes.",
     "he prepaid millions of dollars in taxes", "Trump"),
    # the one quoted "as saying" is the source; the media quoting them pass it on ("reports" a noun)
    ("Media reports have quoted government sources as saying the sub is Chinese.", "the sub is Chinese",
     "government sources"),
    # "claimed to …": what the subject claims of itself, with its "to"
    ("Trump claimed to be unaware of the history.", "to be unaware of the history", "Trump"),
    # ... a participle's infinitive set off by commas ends at the next comma
    ("Giuliani met officials, claiming to represent the State Department, and left.",
     "to represent the State Department", "Giuliani"),
])
def test_claims(text, claim, speaker):
    claims = [q for q in en(text) if q.kind == "indirect"]
    assert [q.text for q in claims] == [claim]
    assert speaker in (claims[0].speaker_canonical or "")
    if "spokesperson" in text:
        assert claims[0].speaker == "a Woolworths spokesperson" and claims[0].speaker_type == "anonymous"


# A reporting verb coordinated after a claim ends it and opens a claim of its own.
@pytest.mark.parametrize("text, claims, speakers", [
    ("One interviewee said people changed their minds and several lawmakers said they wanted change.",
     ["people changed their minds", "they wanted change"], ["One interviewee", "several lawmakers"]),
    ("Mary Smith asked the court to review the case and said it was unfair.",
     ["the court to review the case", "it was unfair"], ["Mary Smith", "Mary Smith"]),
    # "it" after a sentence whose reporting verb has a body for subject: that body
    ("The government warns that accidents lead many people to seek hospital treatment.\n\nIt promises to introduce "
     "information campaigns on how young people can avoid accidents.",
     ["accidents lead many people to seek hospital treatment",
      "to introduce information campaigns on how young people can avoid accidents"], ["government", "government"]),
    # a reporting clause closing a sentence that holds a partial quote (comma inside the marks) reports
    # the whole clause; the reporting verb inside it its own claim, cut at the clause's end
    ('China extended an apology to Tokyo after admitting that one of its submarines intruded into Japanese '
     'waters, an incident it laid to "technical errors," Japanese officials said.',
     ['China extended an apology to Tokyo after admitting that one of its submarines intruded into Japanese '
      'waters, an incident it laid to "technical errors,"',
      'one of its submarines intruded into Japanese waters, an incident it laid to "technical errors,"'],
     ["Japanese officials", "China"]),
    # a sentence's first subject ends at its first verb of saying, in the present tense too
    ("The researchers conclude that human activities at least doubled the chance of the heat wave, and say they "
     "are 90 per cent sure.", ["human activities at least doubled the chance of the heat wave",
                               "they are 90 per cent sure"], ["The researchers", "The researchers"]),
    # "and that" opens a second claim of the same verb (as "et que" does in French)
    ("Mary Smith said the plan was sound and that critics were wrong.",
     ["the plan was sound", "critics were wrong"], ["Mary Smith", "Mary Smith"]),
    ("President Donald Trump announced he had asked for Bolton's resignation, and that Bolton tendered it the "
     "next morning.", ["he had asked for Bolton's resignation", "Bolton tendered it the next morning"],
     ["Donald Trump", "Donald Trump"]),
    # "they" in an incise: the plural subject of the clause reported, not the voice before it
    ("Police said the gunman surrendered. State prosecutors charged the suspect with capital murder, they said "
     "Sunday — murder carrying the death penalty.",
     ["the gunman surrendered", "State prosecutors charged the suspect with capital murder"],
     ["Police", "State prosecutors"]),
    # reports listed with commas: each verb's subject, each clause cut before the next report
    ("Bowler Shane Warne has stated that he will be targeting captain Stephen Fleming, Glenn McGrath has revealed "
     "that he will be after Nathan Astle.", ["he will be targeting captain Stephen Fleming",
                                             "he will be after Nathan Astle"], ["Shane Warne", "Glenn McGrath"]),
    # "but said": the second report of the same subject
    ("Regional governor Boris Dubrovsky said FSB officers were present, but said this was unrelated to the other "
     "explosion.", ["FSB officers were present", "this was unrelated to the other explosion"],
     ["Boris Dubrovsky", "Boris Dubrovsky"]),
    # NOT a bare verb after an infinitive ("to accept … but then deny"): the infinitive's conjunct
    ("Alex Markham said it was bizarre to accept the wisdom of a ban but then deny its benefits to bar staff.",
     ["it was bizarre to accept the wisdom of a ban but then deny its benefits to bar staff"], ["Alex Markham"]),
    # NOT "and that way", "and that was": a determiner or a pronoun, not a second clause
    ("Mary Smith said I can keep doing my job there, and that way I would earn a lot of money.",
     ["I can keep doing my job there, and that way I would earn a lot of money"], ["Mary Smith"]),
])
def test_coordinated_reports(text, claims, speakers):
    found = [q for q in en(text) if q.kind == "indirect"]
    assert [q.text for q in found] == claims
    assert [q.speaker_canonical for q in found] == speakers or all(
        w in (q.speaker_canonical or "") for w, q in zip(speakers, found, strict=True))


def test_english_quote_split_by_its_tag_is_two_quotes():
    text = '"What is so sad for me", Hatice Cengiz said, "is not seeing the punishment of the perpetrators."'
    quotes = [q for q in en(text) if q.kind != "indirect"]
    assert [q.text for q in quotes] == ["What is so sad for me", "is not seeing the punishment of the perpetrators."]
    assert all(q.speaker_canonical == "Hatice Cengiz" for q in quotes)


# The first person: the interviewee in a transcript's answer; nobody in the journalist's own text.
@pytest.mark.parametrize("text, speaker", [
    ("((WN)) What prompted your interest in history?\n\n((Naomi Martisius)) Well, I think my father was very "
     "interested in history.", "Naomi Martisius"),
    ("((WN)) I think the study was very long, was it not?\n\n((Naomi Martisius)) Yes.", None),
    ("You know, I said the whole project was over by then.", None),
    # the same past an auxiliary ("I've"), and the interviewer's "you" after the turn marker
    ("((WN)) Tell us more.\n\n((Zara Kay)) I've always said the system was broken from the start.", "Zara Kay"),
    ("((WN)) You said you have been working there for the last 25 years, right?", None),
])
def test_first_person_in_a_transcript(text, speaker):
    claims = [q for q in en(text) if q.kind == "indirect"]
    assert claims and all(q.speaker_canonical == speaker for q in claims), [(q.text, q.speaker_canonical) for q in claims]


def test_according_to_source_with_a_relative_clause_that_reports():
    text = ("The shooting began at 10:39 a.m. local time, according to police, who said officers arrived at the "
            "store six minutes later.")
    claims = [q for q in en(text) if q.kind == "indirect"]
    assert [q.text for q in claims] == ["The shooting began at 10:39 a.m. local time",
                                        "officers arrived at the store six minutes later"]
    assert [q.speaker_canonical for q in claims] == ["police", "police"]


@pytest.mark.parametrize("text", [
    # a passive verb after a comma closes no incise claim
    "Italy, the proposed end point, and Egypt, which have gas fields of its own, were openly called to join.",
    # "Per capita": no source
    "Per capita, the country spends more on health care than all of its neighbours.",
    # a passive report without its source; "by" the agent of a passive infinitive, in a relative clause
    "The suspect is said to be dangerous and armed with a knife.",
    "Many carried signs for a young woman whose eye was said to have been shot by police in a protest.",
    # "consider" without "to be": a thing weighed, or a demonstrative ("that unacceptable")
    "The committee considered the proposal during its meeting on Monday.",
    "I consider that unacceptable so I refuse to use that software at all.",
    # what was not said or not believed is no claim
    "The minister did not say that the plan would fail before the summer.",
    "I don't think it can ever be reformed in the next ten years.",
    # a hedge between commas, not a report
    "But, I think, it was one of those very few days without rain.",
    # "according to" a manner, not a source; a question reports nothing
    "The launch of the new rocket went ahead on Tuesday according to plan.",
    "What should the government have done differently according to you during the crisis?",
    # "spoke of" a person, not a proposition
    "The minister spoke of Anna Berg at length during the ceremony.",
    # "it" before a determiner is the object of "said"
    "And maybe I said it a couple of times during the talk in the main hall.",
    # a verb whose object is a thing, not a clause
    'Coles called the demand "unprecedented" on Tuesday.',
    "The council tweeted a photo of the flooded street.",
    # no reporting verb
    "The river rose by two metres overnight and the bridge was closed.",
    # the quotation is the whole claim
    'He said "we will win this election and then we will govern".',
    # an infinitive is not a report
    "The minister refused to say whether the plan would go ahead.",
    # after tell-verbs: an infinitive or a preposition, not a clause
    "She told him to leave the building at once.",
    "The minister told reporters about the new budget on Friday.",
    # an object that merely opens like a subject
    "The agency confirmed Dasbach's account of the meeting.",
    "She said many different things during the interview.",
    # "stressed" with an object, "agreed to" an action
    "The minister stressed the need for more teachers in rural schools.",
    "The two leaders agreed to meet again next month in Geneva.",
    # "asked for" a thing, "in order to"
    "The premier asked for a delay to prevent interference in his plans for the withdrawal.",
    "The cells multiply in order to reach a degree of complexity comparable to human tissue.",
    # a phrase before "X said", not a clause; a quotation before it is a quote with its incise
    "In the government of the United Kingdom, the prime minister said.",
    'Day said of Hudson, "Nothing was ever talked about as far as his private life," she added.',
    # a request in the passive: who was ordered, not who ordered
    "Facebook was ordered to remove the post within a week.",
    # "found" in place, "find" an object; a verb's homograph noun after a determiner; "rule" a noun
    "This category of tool was actually found in archaeological sites that are younger than these.",
    "They help people find the solutions that they need in this period of transition.",
    "As with the writing on that door, YouTube presents instructions to everyone who asks for it.",
    "The state had lanes closed last night as it worked to repair the damaged surface.",
    "My rule is mainly to guide them to get their answers to these questions.",
    # NOT a stance that nobody holds, NOT "is that of"
    "The message is that the city needs more money for its schools.",
    "The view from the bridge is that of a calm sea at dawn.",
    # a participle clause and a conjunction before the verb: no incise's subject
    "Thousands of protesters gathered around the police complex, blocking the exits as they chanted slogans.",
    # NOT a participle after "as" or "than" with no subject: the journalist's comparison with what was expected
    "As expected Craig McMillan, a late addition to the tour, will replace Hamish Marshall.",
    "Prices rose faster than forecast the economy would grow.",
    # NOT the clause of a plural noun of report after a preposition: what the claims say, no one named
    '"I have not said what I\'m quoted as saying," she said of claims that AIDS was created by scientists.',
    "The shares fell amid reports that the bank had lost money.",
    "Despite claims that the vote was rigged, he won.",
    # NOT a participle between commas: the clause after it has no subject of its own
    "The deal, announced Wednesday morning, will create the third-largest retailer in the country.",
    # NOT "such as": no object said to be something ("brands" is the noun)
    "In recent years it has added brands such as Thalia Sodi, Jaclyn Smith and Joe Boxer.",
    # NOT a verb: a plural noun of report before its own verb
    "Early reports were wrong about the number of people who had been hurt in the fire.",
    # NOT a request with its requester: a passive after a modal
    "Children will be encouraged to cycle to school and adults to get active at work.",
    # NOT a clause: a reflexive object and its quoted attribute
    'At the rally, Trump declared himself "immune" and offered to kiss members of the crowd.',
])
def test_no_claim(text):
    assert [q.text for q in en(text) if q.kind == "indirect"] == []


def test_quote_without_cue_takes_the_voice_before_it():
    text = ('"We will rebuild the bridge," said Mayor Anna Berg. "It will take two years."')
    assert speaker_of(text, "It will take") == "Anna Berg"


def test_never_raises_on_odd_text():
    for text in ["", '"', 'said "', '"a", said', "according to ,", "\u201c\u201d said he", "x " * 2000]:
        en(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", ",", ".", "\n", "said", "says", "told", "that", "according to",
                                 "He", "she", "they", "Boris Johnson", "the mayor", "a spokesperson", "Lam",
                                 '"We will win,"', "who", "Mr.", "claimed", "saying", "it was", "The"]),
                max_size=30))
def test_never_raises_on_reported_speech_pieces(parts):
    text = " ".join(parts)
    for q in en(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text or q.kind != "indirect"
        assert q.kind in ("direct", "partial", "indirect")


def test_a_name_after_called_is_not_a_quote():
    kinds = {q.text: q.kind for q in en('Her name was shortened to fit a song called "Day after Day," so it would '
                                        'fit on a sign.')}
    assert not any(t.startswith("Day after Day") for t in kinds), kinds


def test_he_skips_a_speaker_the_article_called_she():
    qs = en('Murphy claimed she acted alone. However, she claimed her family had received threats. "We won by '
            'a lot," Trump said. Later in a statement he asserted he had won the election.')
    claim = [q for q in qs if q.text.startswith("he had won")]
    assert claim and claim[0].speaker_canonical == "Trump", [(q.text, q.speaker_canonical) for q in qs]
    qs = en("Officials met on Monday. Murphy claimed she acted alone. However, she claimed her family had "
            "received threats. In a statement he asserted he had won the election.")
    assert all(q.speaker_canonical in (None, "Murphy") for q in qs)  # never "Monday. Murphy"
    assert [q.speaker_canonical for q in qs if q.text.startswith("he had won")] == [None]


@pytest.mark.parametrize("text, quote, kind", [
    # a clause opening on a pronoun is said, however short; a lawsuit's name is a term
    ('Merkel agreed. "We stand ready" tweeted Johnson "to provide whatever help we can."', "We stand ready", "partial"),
    ('The court ruled on the case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited".',
     "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", None),
    # a translation after "or" glosses the words before it; NOT a second quotation after "or"
    ('The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began in November.',
     "together save lives,", None),
    ('Asked about the deal, he said "we will see" or "it depends on them" to reporters.', "it depends on them",
     "partial"),
    # a report's title set off by commas is a term; a title-cased sentence with its incise is said
    ('The Commission submitted its report, "Study of the Imposition of the Death Penalty in Connecticut," to the '
     'General Assembly.', "Study of the Imposition of the Death Penalty in Connecticut,", None),
    ('He stood up. "We Will Win This Fight," he said.', "We Will Win This Fight,", "direct"),
    ('Her slogan was clear. "Be Bold. Vote Gold," she told the crowd.', "Be Bold. Vote Gold,", "direct"),
    # a name given after a word of naming, a title in title case: terms
    ('That year\'s H1N1 was commonly called "swine flu." The government ordered the killing of pigs.',
     "swine flu.", None),
    ('ABC aired a special retrospective about Boseman entitled "A Tribute For a King" on Sunday.',
     "A Tribute For a King", None),
    ('Conservatives used the terms "same-sex family relationship" in their bills.', "same-sex family relationship",
     None),
    ('In nearby Hiko, a "Storm Area 51 Basecamp Experience" was underway with music.',
     "Storm Area 51 Basecamp Experience", None),
    ('Zimbabwe was called the "breadbasket" of southern Africa.', "breadbasket", None),
    ('The reports use the description "research services" or leave the label blank.', "research services", None),
    # a title in title case with a verb in it: a song sung, not words said
    ('U2 frontman Bono won the battle to belt out "And Tonight Thank God it\'s Them Instead of You" as he did.',
     "And Tonight Thank God it's Them Instead of You", None),
    # NOT a clause with its words in lower case
    ('The crowd chanted "we will not go back to work" outside.', "we will not go back to work", "partial"),
    # NOT the words a speaker called something, NOT a passive with its agent
    ('Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy".',
     "smash and grab on our democracy", "partial"),
    ('The plan was also called "a disgrace to the nation" by the opposition leader.', "a disgrace to the nation",
     "partial"),
])
def test_short_quotes_and_case_names(text, quote, kind):
    found = [q for q in en(text) if q.text == quote]
    assert [q.kind for q in found] == ([kind] if kind else [])



@pytest.mark.parametrize("text, claim, speaker, wrong", [
    # an acronym opening a title is no pronoun
    ("WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say.",
     "the name had to be easy to say", "Tedros Adhanom Ghebreyesus", None),
    # a day opening the sentence without a comma is no part of the subject
    ("On Friday Ford Motor Company announced the Department of Justice was performing a criminal investigation.",
     "the Department of Justice was performing a criminal investigation", "Ford Motor Company", "Friday"),
    ("Yesterday the Search and Rescue Agency told The Jakarta Post it was intending to end its search.",
     "it was intending to end its search", "Search and Rescue Agency", "Yesterday"),
    # "too" after a pronoun: the pronoun resolves
    ("Doug Miller of Milltech Marine spoke to our correspondent. He too suggested the equipment had been tampered "
     "with.", "the equipment had been tampered with", "Doug Miller", None),
    # a time after an apposition: the name before it
    ("Baslan Damang, a security official from the port of departure, on Tuesday told The Jakarta Post radio "
     "broadcasts were being used to alert other traffic.", "radio broadcasts were being used to alert other traffic",
     "Baslan Damang", "Tuesday"),
    # a surname ending in -ly is no adverb ("Conolly")
    ("Member of parliament (MP) Kevin Conolly said the law marked a sad day for the state.",
     "the law marked a sad day for the state", "Kevin Conolly", None),
    # the claim ends before a participle of saying after a closing mark
    ("Bank president Okey Oramah said the use of third-party currencies costs Africa $5 billion, further saying "
     "that it reduces trade.", "the use of third-party currencies costs Africa $5 billion", "Okey Oramah", None),
    # "But" opening the sentence is no part of the name before an apposition
    ("He tried three times. But Norko, the chief forensic psychiatrist at the Whiting Forensic Institute, said Ross "
     "is not suicidal now.", "Ross is not suicidal now", "Norko", "But"),
    # a noun in -ing in a title before the name is no participle
    ("But the school's defenders such as training specialist Joe Leuer say the training it provided was important.",
     "the training it provided was important", "Joe Leuer", None),
    # a clause opening on an owner's name, its verb far on
    ("Retail analyst Kurt Barnard said Kmart's low prices and Sears reputation for service should make a good fit.",
     "Kmart's low prices and Sears reputation for service should make a good fit", "Kurt Barnard", None),
    # a subject and its verb before "that": the clause said opens on the subject
    ("Michael Ross cried on the stand on Monday. He said he was confident that if he appealed, he could convince "
     "the courts.", "he was confident that if he appealed, he could convince the courts", "Michael Ross", None),
    # a month between the verb and its clause
    ("The International Monetary Fund said in May the AfCFTA might be comparable to the European trade blocs.",
     "the AfCFTA might be comparable to the European trade blocs", "International Monetary Fund", "May"),
    # "according to X" set off inside the sentence: after a time and place, the clause after it; after
    # a subject, the whole clause; after "and", what follows
    ("On Sunday in London, England, according to witness accounts, a man wearing a fake vest entered a store.",
     "a man wearing a fake vest entered a store", "witness accounts", "Sunday"),
    ("Local authorities, according to Maritime Bulletin, have noted other unusual AIS data.",
     "Local authorities, according to Maritime Bulletin, have noted other unusual AIS data", "Maritime Bulletin",
     None),
    ("YPG is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK.",
     "supportive of the PKK", "Turkey", None),
    # an object and what it is described as (a relative clause ends at its comma)
    ("Trump described the story as possibly a hoax.", "the story as possibly a hoax", "Trump", None),
    ("The Unity Party, which describes itself as centrist, advocates a balanced budget.", "itself as centrist",
     "Unity Party", None),
    ("U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas.",
     "the suspect as 21-year-old Patrick Crusius of Allen, Texas", "U.S. officials", None),
    ("The suspensions will be lifted when Boeing corrects the problems, according to Air Force Maj. Angela Billings.",
     "The suspensions will be lifted when Boeing corrects the problems", "Angela Billings", None),
    # a name told, then a time, before "that"
    ("Mancini told Wikinews after the event that the best part of cosplay is bringing a character to life.",
     "the best part of cosplay is bringing a character to life", "Mancini", "Wikinews"),
    # the accused and the charge
    ("Former prime minister John Major has accused Johnson of misleading the Queen.",
     "Johnson of misleading the Queen", "John Major", None),
    # verbs of restating, stressing and agreeing, with "that"
    ("In his Tuesday talk, Mitsotakis reaffirmed that the EastMed project is open for other countries.",
     "the EastMed project is open for other countries", "Mitsotakis", None),
    ("Progressive Party of Working People, the main opposition force, underlined that the agreement is only a "
     "legal framework.", "the agreement is only a legal framework", "Progressive Party of Working People", None),
    # a relative clause inside a short subject, its verb in the present after it
    ("In December, a Turkish official said that the trans-Anatolian pipeline, which is already up and running, "
     "renders the EastMed building unnecessary.",
     "the trans-Anatolian pipeline, which is already up and running, renders the EastMed building unnecessary",
     "Turkish", None),
    # a figure with its separators opens the clause
    ("The official said 85,000 Americans were unemployed.", "85,000 Americans were unemployed", "official", None),
    # NOT a noun before the verb read as an adjective: "The official said"
    ("The executive said that the plan was approved.", "the plan was approved", "executive", None),
    # eighteenth session: a speech event between the verb and its clause, with "that" or without
    ("The companies said in a joint statement that the merger would generate significant cost savings.",
     "the merger would generate significant cost savings", "companies", None),
    ("The companies said in a statement on Wednesday the merger would generate savings.",
     "the merger would generate savings", "companies", None),
    # a subject with an aside set off by commas; a relative aside "both of which …" is not the subject
    ("The companies, both of which have been struggling, said the merger, expected to be finalized by next "
     "March, would generate significant cost savings.",
     "the merger, expected to be finalized by next March, would generate significant cost savings", "companies",
     "both"),
    # an irregular past after its subject ends the clause's subject
    ("Beijing says tech glitch led to sub intrusion\n\nBy REIJI YOSHIDA", "tech glitch led to sub intrusion",
     "Beijing", None),
    # a relative "who" right before the verb stands for the phrase before it (not a phrase with a
    # preposition: "a visit from a public defender who told him")
    ('A legal ban was not expected from the Health Secretary who had declared he was opposed to smoking.',
     "he was opposed to smoking", "Health Secretary", "ban"),
    ("He cried while recounting a visit from a public defender who told him that he would be responsible.",
     "he would be responsible", "a public defender", "visit"),
    # a reporting clause after a clause opening on a conjunction
    ("But protecting other people from cigarette smoke justified this exception, the minister told the Commons.",
     "protecting other people from cigarette smoke justified this exception", "minister", None),
    # "hope" reports a stance, with a clause or an infinitive
    ("Leaders also hope it will increase South America's clout in international trade talks.",
     "it will increase South America's clout in international trade talks", "Leaders", None),
    ("Lycos hopes to get spamming websites running at almost full capacity.",
     "to get spamming websites running at almost full capacity", "Lycos", None),
    # a capitalised modifier and its noun told
    ("Shusheng told an AFP correspondent he went to parliament to see Vohor.",
     "he went to parliament to see Vohor", "Shusheng", "AFP"),
    # a participle set off by commas after a name is that name's apposition; after a day it is not
    ("The mayor arranged a meeting between Giuliani, claiming to represent the State Department, and Yermak.",
     "to represent the State Department", "Giuliani", "mayor"),
    ("Smith spoke on Monday, claiming to be innocent, and left.", "to be innocent", "Smith", "Monday"),
])
def test_claim_subjects_of_the_fourteenth_session(text, claim, speaker, wrong):
    claims = [q for q in en(text) if q.kind == "indirect"]
    assert [q.text for q in claims] == [claim]
    assert speaker in (claims[0].speaker_canonical or ""), claims[0]
    assert wrong is None or wrong not in (claims[0].speaker or ""), claims[0]


@pytest.mark.parametrize("text", [
    # NOT a that-clause after a verb and a clause of the sentence's own ("said it" is no report of "it")
    "The company confirmed Dasbach's account of the meeting.",
    # NOT described as words all in quotation marks: the quote is the report
    'Lorenzana described the attacks as a "dastardly act".',
    'He described it as "beyond despicable" and "almost criminal."',
    # NOT an accusation whose charge is all quoted, NOT the passive
    'The Trump campaign accused Biden of "siding with criminals."',
    "He was accused of lying to the court.",
    # NOT a passive description, NOT "according to" as a manner
    "Mancini has been described by the Daily Hive as a squirrel whisperer.",
    "On Sunday, the whole event went according to plan, the organisers were pleased.",
    # NOT "show" (a noun as often), NOT a verb of agreeing without "that"
    "The TV show that aired on Monday was popular.",
    "The two leaders agreed the terms of the deal on Monday.",
    # NOT a participle as an adjective, NOT a noun after an adjective, NOT a relative clause after "about"
    "Labor activist Howie Hawkins broadened his lead among pledged Green Party delegates, approaching the number "
    "required.",
    "In response, Trump issued an executive order making social media that exercises editorial control open to "
    "liability.",
    "Trump tweeted about the riots that followed the death of George Floyd.",
    # NOT a participle after the statement, NOT a relative clause's verb, NOT a noun's verb form
    "Johnson said in a video statement released in conjunction with a visit to Ireland.",
    "Carroll recalled someone who went to fight in the Vietnam War and returned changed.",
    "Leaders of African Union member states met in Niamey, Niger's capital, for an AU summit.",
    "It is a draw Sir Alex Ferguson predicted in an interview yesterday and will see him come up against Stam.",
    # NOT a quote and its incise, NOT the noun "hope"
    '"We will win the election," Smith said.',
    "There is hope that the talks will succeed.",
    "The hopes of the nation were high.",
    # NOT a participle set off by commas ("said to be")
    "Smith, said to be furious, left the room.",
    # NOT an interviewer's question to the one asked
    "((WN)) How do you think Fedora now fits in the grand scheme of Red Hat development?",
    "((WN)) Could you briefly explain Chris Wright's announcement, and what it means for the future of CentOS?",
    "Do you agree that the project is dead?",
    # NOT a subject holding a copula before a participle closing the sentence
    "Among the 36 arrest warrants, Trump's was the only identity disclosed.",
    # NOT a noun whose verb reports ("protests", "recounts")
    "The death of George Floyd in May led to widespread protests, and several recounts followed the election.",
    # NOT "be assured" (sure), nor "add" before a sum
    "However, you can be assured that Congress would not continue to allocate funding to any program.",
])
def test_no_claim_in(text):
    assert [q.text for q in en(text) if q.kind == "indirect"] == []


def test_an_interview_answer_is_one_claim_of_the_interviewee():
    text = ("Wikinews met Kurtzer on Tuesday.\n\n((WN)) Why was CentOS originally created?\n\n((Gregory "
            "Kurtzer)) CentOS was originally created because Red Hat decided to end Red Hat Linux. I think that "
            "users were left without a free solution.\n\nAt the time my own distribution was just beginning.\n\n"
            "((WN)) What comes next?\n\n((Gregory Kurtzer)) Yes.\n\n((WN)) And the community?\n\n((Gregory "
            "Kurtzer)) We will release it before the end of life of CentOS 8.\n\nKurtzer later said the project was "
            "growing fast.")
    claims = [(q.text, q.speaker_canonical, q.cue) for q in en(text) if q.kind == "indirect"]
    assert claims[:2] == [
        ("CentOS was originally created because Red Hat decided to end Red Hat Linux. I think that users were left "
         "without a free solution.\n\nAt the time my own distribution was just beginning.", "Gregory Kurtzer", ":"),
        ("We will release it before the end of life of CentOS 8.", "Gregory Kurtzer", ":")], claims
    # NOT the questions, NOT a claim inside an answer on its own, NOT the paragraph naming him again
    assert [c[0] for c in claims[2:]] == ["the project was growing fast"], claims



@pytest.mark.parametrize("text, claim, speaker", [
    # after "and", the subject of the clause past the semicolon
    ("\"We will use the full force of the law,\" said Delfin Lorenzana, the Defence Secretary; he described the "
     "attacks as a \"dastardly act\" and urged vigilant locals to assist authorities.",
     "vigilant locals to assist authorities", "Delfin Lorenzana"),
    # "who" after a name, then "and": the name's
    ("The Agency told The Jakarta Post it would end its search; the paper also spoke to the Navy, who told it this "
     "was as-yet unconfirmed and noted no ransom has been sought.", "no ransom has been sought", "Navy"),
    # a lowercase day after "and", a name particle, a subordinator before the subject
    ("Of the 2.8 million who voted, 85% were in favour and on Friday the government announced the new region would "
     "govern itself.", "the new region would govern itself", "government"),
    ("Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected perpetrators.",
     "the Abu Sayyaf Group are the suspected perpetrators", "Arnel dela Vega"),
    ("Congressional lawmakers rejected the proposal in October, although industry experts say the deal had been "
     "killed by the Pentagon.", "the deal had been killed by the Pentagon", "industry experts"),
    # "he" through a chain of "he" subjects back to the person who opens the paragraph, not the last voice
    ('An analysis of memes showed "Dementia Joe" as a characterization of Biden, Smith said.\n\nPresident Trump '
     'made several controversial statements in May. Early in the month, he received additional fallout from a '
     'statement. He hinted that the task force would be disbanded.',
     "the task force would be disbanded", "Trump"),
    # "hinted" reports (its base form and "hints" are nouns as often: only the verb's forms count)
    ("Some organisations argued the pace was too slow, while the pub trade hinted that publicans would sidestep "
     "the ban.", "publicans would sidestep the ban", "pub trade"),
    # a subject of two short noun phrases, past an aside of focus between commas
    ("Policy-makers and the media, particularly in the United States, frequently assert that climate science is "
     "highly uncertain.", "climate science is highly uncertain", "Policy-makers and the media"),
    # a subject's head before its participle and agent ("a 1992" is no speaker: "report" is its noun)
    ("A 1992 report declassified by the Pentagon in 1996 revealed the details of a manual used at SOA.",
     "the details of a manual used at SOA", "A 1992 report"),
    # "Per" a bare plural and its participle: the agent gives the figures
    ("The decree also mentions a system. Per numbers reported by The Associated Press, 415 thousand priests are "
     "subject to the requirement to report misconduct.",
     "415 thousand priests are subject to the requirement to report misconduct", "Associated Press"),
    # "they" for a collective noun opening the sentence before
    ("The Montreal team, led by Björn Benneke, used data from the Hubble telescope. They found that certain "
     "wavelengths of light weakened when the planet was in the way.",
     "certain wavelengths of light weakened when the planet was in the way", "Montreal team"),
])
def test_claim_voices_of_the_fourteenth_session(text, claim, speaker):
    claims = [(q.text, q.speaker_canonical or "") for q in en(text) if q.kind == "indirect"]
    assert [c for c, _ in claims if c == claim], claims
    assert speaker in dict(claims)[claim], claims


@pytest.mark.parametrize("text, quote, speaker", [
    # a partial inside a claim the claim's own verb would give a phrase of the claim: the claim's voice
    ('The companies said in a joint statement the merger, expected to be finalized by next March, would generate '
     'savings and could trigger sales of "nonstrategic real estate assets."', "nonstrategic", "The companies"),
    # NOT a person the claim quotes
    ('Pelosi called it a "breach of his responsibilities," according to NBC.', "breach", "Pelosi"),
    ('According to Forbes, West claimed to be in communication with Kushner "almost daily."', "almost", "West"),
    # NOT a determiner and a noun read as the incise's subject and verb
    ('The vice minister called the incident "regrettable," a remark Tokyo interprets as an apology.', "regrettable",
     "vice minister"),
])
def test_partials_inside_claims(text, quote, speaker):
    q = next(q for q in en(text) if q.kind == "partial" and q.text.startswith(quote))
    assert speaker in (q.speaker_canonical or q.speaker or ""), q


@pytest.mark.parametrize("text, speaker", [
    # a quantifier subject is part of the group the sentence before opens on
    ("Analysts were divided over the motives behind the deal.\n\nSome said it should protect the retailers.",
     "Some analysts"),
    ("Residents were angry. Others said the plan was fair.", "Other residents"),
    # NOT a group that is no people, nor a sentence before that names none
    ("The talks ended. Some said it was over.", None),
])
def test_some_of_the_group_before(text, speaker):
    claims = [q for q in en(text) if q.kind == "indirect"]
    assert len(claims) == 1 and claims[0].speaker_canonical == speaker, claims


# Verbs of judging that report only through "X as Y" (the lexicon's "as-only"): the object and what it is
# said to be is the claim, up to a coordinated past tense; their nouns and plurals, and "as" after a
# preposition, are no claim.
@pytest.mark.parametrize("text, claims", [
    ("Trump blasted Biden as a career politician and repeatedly attacked him.",
     [("Biden as a career politician", "Trump")]),
    ("Biden slammed Trump, viewing the president as having no plan to combat COVID-19.",
     [("the president as having no plan to combat COVID-19", "Biden")]),
    ("La Riva regarded technology under capitalism as problematic but said it would help.",
     [("technology under capitalism as problematic", "La Riva"), ("it would help", "La Riva")]),
    # NOT: a noun, a preposition, a passive, quoted words (a partial quote, no claim beside it)
    ("The attacks on the city continued as planned.", []),
    ("Syria attacked the proclamation of Golan Heights as official Israeli territory.", []),
    ("Reports regarding Airbus as recorded in the Congressional Record were read.", []),
    ("The plan was labeled as a failure by critics.", []),
    ('He labeled the report as "fake news".', []),
])
def test_as_only_verbs_report_an_object_and_what_it_is_said_to_be(text, claims):
    found = [(q.text, q.speaker_canonical or "") for q in en(text) if q.kind == "indirect"]
    assert [c for c, _ in found] == [c for c, _ in claims], found
    for (_, sp), (_, want) in zip(found, claims, strict=True):
        assert want in sp, found


@pytest.mark.parametrize("phrase, canonical", [
    ("House Armed Services Chairman Duncan Hunter", "Duncan Hunter"),
    ("Attorney General William Barr", "William Barr"),
    ("General Motors Chief Executive Mary Barra", "Mary Barra"),
    # NOT a name of one word after the title: the title stays with it
    ("President Trump", "Trump"),
])
def test_a_capitalised_title_is_no_part_of_the_name(phrase, canonical):
    from tracker.attribution_text import TextAttributor
    text = f"The economy will grow, {phrase} said."
    assert TextAttributor(text)._speaker(phrase, text.index(phrase)).canonical == canonical
