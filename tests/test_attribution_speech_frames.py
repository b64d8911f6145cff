"""Speech-verb frames mined from the misses on PolNeAR train (bench/mine_speech_misses.py), each
on a fixed tree written for its construction (tests/data/trees; the header says how it was
parsed or corrected)."""

from __future__ import annotations

from .test_attribution_rules import attributed, run


def test_a_frame_closing_the_sentence_reports_it_however_the_parser_hung_it(lexicon) -> None:
    # "..., the city council announced Friday." / "..., the Lake Museum reported last week.": the
    # verbs take a clause only, and the parser makes them a conjunct and an adverbial clause of
    # what they report, with a time after them
    _, statements = run("frame_closing_tail", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("city council", "announced", "The bridge will close for repairs in the spring"),
        ("Lake Museum", "reported", "Ticket sales over the summer were lower than in any year since 2010")]


def test_reported_clauses_the_parser_heads_oddly_are_whole(lexicon) -> None:
    # a clause headed by "$"; a subject torn off by its coordinated predicate; a quantifier
    # subject hung on the cue; a while-clause is no frame closing the sentence
    _, statements = run("content_misparsed_heads", lexicon)
    assert [s.text for s in attributed(statements)] == [
        "the average ticket price was $27",
        "the players and the coach had always been careful about injuries",
        "much of the money went to the stadium",
        "the team sold more tickets, while the league counted only the season passes"]


def test_reported_clauses_keep_a_mistagged_head_a_conjunct_in_another_tense_and_a_fronted_clause(lexicon) -> None:
    # "were [unlikely/ADV] to ...": a clause by its subject and copula whatever the tag; "said
    # the plan was sound and does not need ...": a conjunct of the cue in another tense goes on
    # with the reported clause, one in the cue's tense is the speaker's own act ("... and left");
    # "If the river floods again, the engineer said, the town must ...": the fronted clause is
    # the content's too, a piece of its own before the frame
    _, statements = run("content_tagged_and_fronted", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("coach", "the new rules were unlikely to change the season"),
        ("mayor", "the plan was sound and does not need a new vote"),
        ("engineer", "If the river floods again"),
        ("engineer", "the town must close the bridge"),
        ("mayor", "the plan was sound")]


def test_a_reported_clause_the_arcs_lose_is_read_off_the_words(lexicon) -> None:
    # the parser gives "said"/"say" no clause: a phrase right after the cue reaches a finite
    # verb or modal before any comma, so it is the content, to the sentence's end; a participle
    # that no comma sets off ("from claiming losses ... expected") reports nothing
    _, statements = run("linear_reported_clause", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Mike Jones", "nearly every talk he has had with growers lately centers on the need for rain"),
        ("Club officials", "any attempt to drive the coach out could backfire, angering the fans")]


def test_a_frame_set_off_by_a_comma_owns_no_word_before_it(lexicon) -> None:
    # "But ..., she said.": the parser hangs the clause's "But" on the cue; "..., harbour officials
    # told the paper this week.": its "when" and a verb mistagged as a noun subject too; all
    # before the comma is the reported clause; not the cue's own adverbial clause ("But when
    # the money ran out, the club said enough.")
    _, statements = run("frame_closing_set_off", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("she", "said", "But the ferry was never repaired"),
        ("harbour officials", "told", "The mayor will visit the port when the cargo ship arrives next month")]


def test_a_participle_the_parser_makes_the_frames_complement_continues_the_frame(lexicon) -> None:
    # '"...," the captain said, adding that ...': "adding" hangs on "said" as its ccomp, yet it
    # is the captain's next statement; the rest of its clause may hang on "said" too ("noting
    # [the engineers] [had checked it twice]")
    _, statements = run("participle_as_complement", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("the captain", "said", "We will win the next race"),
        ("the captain", "adding", "the crew had trained all winter"),
        ("she", "said", "The bridge is safe"),
        ("she", "noting", "the engineers had checked it twice")]


def test_a_conjunct_of_the_frame_that_states_what_is_goes_on_with_the_reported_clause(lexicon) -> None:
    # "said she joined ... and [was pleased] ...", "said he was tired and [had] no plans ...": the
    # parser hangs the clause's second predicate on "said"; a copula, a passive, "be" or "have"
    # is no act of the speaker's, so it is content; "... and [left] the meeting" is the mayor's act
    _, statements = run("state_conjunct", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("coach", "she joined the club in May and was pleased with the team"),
        ("senator", "he was tired and had no plans to run again"),
        ("mayor", "the road was closed")]


def test_a_frame_inside_the_reported_clause_leaves_its_first_part_to_the_content(lexicon) -> None:
    # "[The plan to close ...], she said, [is not fair].": the predicate after the frame is the
    # cue's complement, its subject before the frame, and the parser hangs words of the first
    # part on the cue ("close"; "But", "months"): both parts are content, the frame is not
    _, statements = run("frame_inside_clause", lexicon)
    assert [(s.mention.text, s.text) for s in attributed(statements)] == [
        ("she", "The plan to close the two schools"), ("she", "is not fair"),
        ("he", "But the months that followed"), ("he", "brought new problems")]


def test_a_participle_taken_for_the_reported_clauses_predicate_does_not_end_it(lexicon) -> None:
    # "by saying that [the firm] [running] the port, ..., cannot keep the contract": a bare participle
    # with a subject heads no clause; the clause runs on to the predicate the parser hung elsewhere
    _, statements = run("modifier_as_predicate", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("mayor", "the firm running the port, a company from Oslo, cannot keep the contract")]


def test_an_indirect_question_hung_as_an_adverbial_clause_is_the_content(lexicon) -> None:
    # "wondered [whether the bridge would reopen]", "asked [whether the plan would pass]": the
    # parser makes the question an adverbial clause; it ends before a participle set off by a
    # comma ("..., prompting a second vote")
    _, statements = run("indirect_question_advcl", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Residents", "whether the bridge would reopen"), ("council member", "whether the plan would pass")]


def test_an_if_clause_after_a_verb_putting_a_question_is_the_question(lexicon) -> None:
    # "asked the mayor [if the city would cut taxes]": after a question verb and its addressee the
    # if-clause the parser hangs as an adverbial clause is the question; after "ask for help" it
    # stays a condition
    _, statements = run("asked_if", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("reporter", "asked", "if the city would cut taxes")]


def test_a_quotation_after_a_bare_participle_is_not_the_frames_complement(lexicon) -> None:
    # '..., the engineer said, adding, "The work starts in May."': the parser hangs the quotation
    # on "said"; it is what "adding" says, and "said" reports the clause before the frame
    _, statements = run("bare_participle_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("engineer", "said", "indirect", "The bridge will cost less than planned"),
        ("engineer", "adding", "direct", "The work starts in May")]


def test_a_quotation_opening_a_clause_that_goes_on_is_part_of_the_content(lexicon) -> None:
    # 'said "the plan works" for most of the families': the reported clause opens with the
    # quotation and runs on after the closing mark, so the content is the clause (mixed);
    # 'said "we are ready," but ...' ends at the mark: the quotation alone (direct)
    _, statements = run("quote_opening_clause", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("mayor", "mixed", '"the plan works" for most of the families in the city'),
        ("coach", "direct", "we are ready")]


def test_a_quotation_before_a_coordinated_frame_is_not_its_content(lexicon) -> None:
    # 'called the referee "unfair" and said that ...': the quotation right before "and said"
    # is the first predicate's; the second frame reports its own that-clause
    _, statements = run("quote_before_coordinated_frame", lexicon)
    said = [s for s in attributed(statements) if s.cue.text == "said"]
    assert [(s.speaker, s.kind, s.text) for s in said] == [("coach", "indirect", "the team would appeal")]


def test_an_object_that_stands_for_words_said_before_is_a_topic_statement(lexicon) -> None:
    # "said the same thing about ...", "said as much": PolNeAR annotates the pro-form as the
    # content (speakers.yaml pro_form_contents), a statement of cue class topic; "said nothing"
    # reports no words
    _, statements = run("pro_form_content", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Most fans", "the same thing about the coach"), ("mayor", "as much")]


def test_a_gerund_after_a_topic_preposition_is_the_topic(lexicon) -> None:
    # "called for [cutting the fuel tax ...]", "spoke about [building a new school]": the parser
    # makes the gerund an adverbial clause; it is what was asked for or talked about, without
    # its preposition
    _, statements = run("topic_gerund", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("senator", "cutting the fuel tax to ten cents"), ("mayor", "building a new school")]


def test_the_name_an_object_is_given_is_found_inside_the_objects_phrase(lexicon) -> None:
    # "called [the new plan] [a failure]": the parser hangs the name on the object as a modifier
    # or conjunct; object and name are the content; after a comma (", a long one") it is the
    # outlet's description, and "called a meeting" reports nothing
    _, statements = run("name_in_object", lexicon)
    assert [(s.mention.text, s.text) for s in attributed(statements)] == [
        ("The mayor", "the new plan a failure"), ("She", "her vote for the war a mistake")]


def test_a_speech_verb_the_tagger_read_as_a_noun_is_a_cue(lexicon) -> None:
    # ", with Mayor Ruiz saying: ..." (saying a noun, the quotation a parataxis of "denied"),
    # ", with 40 percent of residents saying they ..." (the clause a conjunct of "found"): the
    # absolute clause speaks (a share of residents: through the survey), the main frame's content stops before ", with";
    # "Nearly eight out of 10 say ..." (say a noun under the count); "In one email, ..." is no count;
    # "..., Hartwell maintains." (maintains a noun, Hartwell its adjective); ", the nuclear talks." is a noun phrase
    _, statements = run("speech_verbs_read_as_nouns", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("city", "denied", "any role in the delay"),
        ("Ana Ruiz", "saying", "We did nothing wrong"),
        ("survey", "found", "the mayor"),
        ("survey", "saying", "they would vote for her again"),  # the share speaks through the survey
        ("Nearly eight", "say", "the bridge should be rebuilt"),
        ("Hartwell", "maintains", "The ferry will run again in May")]


def test_a_first_person_frame_speaks_outside_quote_marks_only(lexicon) -> None:
    # an interview answer "I told the board ... that ...": the "I" is a source; inside a quotation
    # ('"We told the council ...," the engineer said') it is the quoted speaker's own words;
    # "We need to ..." (a verb the lexicon does not list, with a to-infinitive) reports nothing,
    # "we wish [the city would ...]" (one with a clause of its own) does
    _, statements = run("first_person_frames", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("I", "told", "the school needs a new roof"),
        ("the engineer", "said", "We told the council the bridge was unsafe"),
        ("The mayor", "says", "the repairs will take time"),
        ("The mayor", "says", "make sure there is enough money for the roof, and to help the families in the town"),
        ("we", "wish", "the city would build a new school for our children")]


def test_a_frame_closing_the_sentence_does_not_report_its_own_adverbial_clause(lexicon) -> None:
    # "By cutting the budget, the mayor put the schools at risk.": all before the frame is the
    # cue's own adverbial clause (the manner of the act), not what was said; a reported clause
    # before a closing frame stays its content; in the middle ("Speaking to students ..., the
    # mayor told them [how ...]") the participle clause before the frame is no piece either
    _, statements = run("frame_own_adverbial", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("the mayor", "said", "The bridge will close in May"), ("the mayor", "told", "how proud she was")]


def test_an_s_speech_verb_after_the_opening_name_read_as_a_noun_is_a_cue(lexicon) -> None:
    # "Ortiz claims she was never paid ..." (claims a noun, Ortiz its adjective, the two made
    # subjects of "paid"); "Ortiz claims were rejected ..." has no subject pronoun after: a noun
    _, statements = run("opening_name_frame", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Lena Ortiz", "claims", "she was never paid for the extra shifts")]


def test_an_absolute_speech_clause_inside_another_frames_content_is_a_frame_of_its_own(lexicon) -> None:
    # "said [every claim will be assessed], with the mayor saying ...": the clause hung on the
    # reported clause; "with the Gazette reporting [...]" hung below the clause it reports (a
    # conjunct of "rebuilt"); with no frame above, "closed ..., with the mayor saying" is as it was
    _, statements = run("absolute_frame_in_content", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Officials", "said", "every claim will be assessed fairly"),
        ("mayor", "saying", "no one will be refused"),
        ("council", "told", "the bridge will be rebuilt soon"),
        ("Gazette", "reporting", "no date has been set"),
        ("mayor", "saying", "it was unsafe")]


def test_an_absolute_clause_with_coordinated_subjects_speaks_through_them(lexicon) -> None:
    # ", with other governors and even a columnist arguing that ..." (arguing a noun, the phrases
    # joined by "and" with an adverb), ", with Lee, Park and Moreno all calling for ..." (calling a
    # conjunct of the clause before, its subjects an oblique there): the phrase after "with"
    # speaks, not the sentence's subject; "spoke with reporters and aides, saying" (no comma
    # before "with") is no absolute clause: the mayor says it
    _, statements = run("absolute_coordinated_subject", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("other governors", "arguing", "the cuts are fair game"),
        ("Lee, Park and Moreno", "calling", "a new vote"),
        ("The mayor", "saying", "the plan is fair")]


def test_a_participle_with_its_own_phrase_before_a_quotation_is_its_frame(lexicon) -> None:
    # '..., writing in a letter "...": only the participle's own phrase lies between it and the
    # quotation (the parser hung "writing" on "member", a noun of the clause before)
    _, statements = run("participle_adjunct_before_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("One reader", "writing", "direct", "I have paid my dues for ten years and never missed a meeting")]


def test_a_gerund_subject_of_the_reported_clause_misparsed_as_the_verbs_complement(lexicon) -> None:
    # "say [closing the old bridge] [is the cheapest ... way]": the parser made "closing" the
    # xcomp of "say" and "way" (with its copula, no subject) a conjunct of "say"
    _, statements = run("gerund_subject_clause", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Engineers", "say", "closing the old bridge is the cheapest and safest way to protect the river")]


def test_a_participle_after_the_subject_taken_for_the_verb_before_a_speech_verb(lexicon) -> None:
    # "The findings of the ... Survey [published] in the city journal this week, [revealed] that the
    # dunes ...": "published" the root, "revealed" its conjunct holding the clause's subject
    _, statements = run("participle_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("National Coastal Survey", "revealed", "the dunes are shrinking fast")]


def test_a_reported_clause_hung_on_the_root_after_the_addressee_is_the_frames(lexicon) -> None:
    # "..., who had told Ortiz [he would pay ...]": the parser made "pay" a conjunct of "drove"
    _, statements = run("torn_told_clause", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Omar Brook", "told", "he would pay for the repairs")]


def test_a_frame_in_the_middle_parsed_as_an_adverbial_clause_reports_its_host(lexicon) -> None:
    # "Farmers, the governor suggested, do not have to ...", "Even then, critics insist, the new
    # bridge will ...": set off by commas with no marker or object of its own, the frame the
    # parser made an adverbial clause of the clause after it reports that clause
    _, statements = run("parenthetical_frame_advcl", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("governor", "suggested", "Farmers, the governor suggested, do not have to sell their land this year"),
        ("critics", "insist", "the new bridge will be hard to finish")]


def test_a_coordinated_speech_verb_in_another_tense_than_the_cue_goes_on_with_the_content(lexicon) -> None:
    # "says the two councils met ... and decided to ...": past under a present cue, the reported
    # clause going on; under "said" the same conjunct is the mayor's second frame
    _, statements = run("coordinated_verb_tense_shift", lexicon)
    assert [(s.cue.text, s.text) for s in attributed(statements)] == [
        ("says", "the two councils met in May and decided to merge their schools"),
        ("said", "the two councils met in May"),
        ("decided", "to merge their schools")]


def test_a_frame_in_a_relative_clause_on_another_frames_speaker_reports_its_own_words(lexicon) -> None:
    # '"...," said a member of the board, who noted that ...': the relative clause on the
    # speaker is a second frame of the same speaker, with a clause of its own
    _, statements = run("relative_clause_frame", lexicon)
    assert [(s.cue.text, s.speaker, s.text) for s in attributed(statements)] == [
        ("said", "member", "We will keep the school open"),
        ("noted", "member", "the roof had been repaired")]


def test_an_opening_participle_of_asking_reports_the_question_with_no_source(lexicon) -> None:
    # "Asked whether the school would close, the principal said ...": a question put by nobody
    # named (the parser hangs the whether-clause on "said"); "Asked by reporters ..." names its
    # asker, and "Asked about X" is no question's words, only its topic (cue class topic)
    _, statements = run("question_put", lexicon)
    found = [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)]
    assert found == [
        (None, "Asked", "whether the school would close", "speech"),
        ("principal", "said", "no decision had been made", "speech"),
        ("mayor", "said", "it would", "speech"),
        (None, "Asked", "the new stadium plan", "topic"),
        ("mayor", "said", "We will see", "speech")]


def test_an_opening_participle_of_asking_with_a_question_word_as_its_object_reports_the_question(lexicon) -> None:
    # "Asked what he thought about the new stadium, the mayor said ...": the parser makes "what"
    # the participle's object (the question a relative clause on it) and the participle the
    # root; the question is put by nobody named, and "said" still reports its own clause
    _, statements = run("question_put_wh_object", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        (None, "Asked", "what he thought about the new stadium"),
        ("mayor", "said", "it was too expensive")]


def test_an_opening_participle_of_asking_with_its_agent_reports_the_agents_question(lexicon) -> None:
    # "Asked by reporters whether ..., the mayor shrugged", "When asked by the host about the new
    # tax, ...", "Asked by the host if he agreed, ...": a bare passive participle opening the
    # sentence names its asker by its agent, as "was asked by" does; the if-clause right after
    # the agent is the question, not a condition; the topic survives the parser's second
    # obl:agent arc on "tax"
    _, statements = run("asked_by_agent", lexicon)
    assert [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)] == [
        ("reporters", "Asked", "whether the school would close", "speech"),
        ("host", "asked", "the new tax", "topic"),
        ("host", "Asked", "if he agreed", "speech")]


def test_a_passive_question_verb_with_no_agent_puts_the_request_to_its_subject(lexicon) -> None:
    # "The mayor has been asked to release ...", "The council was asked whether ...": someone
    # unnamed asked; the subject is asked, it says nothing, so there is no source; "was asked by
    # reporters whether ..." names the asker
    _, statements = run("asked_of_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        (None, "asked", "to release the transcripts"),
        (None, "asked", "whether the road would close"),
        ("reporters", "asked", "whether taxes would rise")]


def test_an_agentless_passive_of_expecting_reports_the_subject_and_infinitive_with_no_source(lexicon) -> None:
    # "The new bridge is expected to open in May": someone unnamed foresees it; the subject and
    # the infinitive are the statement (a belief), the subject is no source; negated it still
    # tells an expectation; "is expected by analysts to grow" names who expects, not this rule
    _, statements = run("expected_of_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)] == [
        (None, "expected", "The new bridge", "belief"),
        (None, "expected", "to open in May", "belief"),
        (None, "expected", "The old ferry", "belief"),
        (None, "expected", "to survive the winter", "belief")]


def test_an_agentless_passive_of_expecting_takes_only_the_nearer_of_two_parsed_subjects(lexicon) -> None:
    # "Her long fight with the senator, whose bill was not widely expected to pass ...": the
    # parser heads the whole clause with "expected" and gives it two subjects; the fight is no
    # subject of the expectation, the nearer "whose bill" is
    _, statements = run("expected_nearer_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements) if s.cue.text == "expected"] == [
        (None, "expected", "whose bill"), (None, "expected", "to pass the first vote")]


def test_an_agentless_passive_of_knowing_as_or_for_reports_the_subject_and_phrase_with_no_source(lexicon) -> None:
    # "The mayor is known for her blunt speeches": someone unnamed holds it of her; the subject
    # and the "for" phrase are the statement (a belief), with no source; "known by everyone as"
    # names who holds it, not this rule
    _, statements = run("known_for_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)] == [
        (None, "known", "The mayor", "belief"), (None, "known", "for her blunt speeches", "belief")]


def test_an_agentless_passive_of_seeing_as_reports_the_subject_and_phrase_with_no_source(lexicon) -> None:
    # "The plan is widely seen as a risk": someone unnamed holds it of the plan; the subject and
    # the "as" phrase (also "as" with a participle, the parser's clause) are the statement, a
    # belief with no source; "seen for the first time" is a sighting, not this rule
    _, statements = run("seen_as_subject", lexicon)
    assert [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)] == [
        (None, "seen", "The plan", "belief"), (None, "seen", "as a risk", "belief"),
        (None, "seen", "The senator", "belief"), (None, "seen", "as favoring the rich", "belief")]


def test_an_opening_participle_of_asking_reports_the_question_the_parser_hung_on_the_main_verb(lexicon) -> None:
    # "Asked [which town was his favorite], he demurred": the parser makes the question a clause
    # of "demurred" and the participle has no dependent of its own; the clause right after it,
    # opened by a wh-word (tagged a relative pronoun), is the question put, by nobody named
    _, statements = run("torn_question", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        (None, "Asked", "which town was his favorite")]


def test_a_cue_verb_read_as_a_noun_after_a_subject_it_agrees_with_is_mended(lexicon) -> None:
    # "Okafor insists that ..." (-s form after a name), "Economists warn that ..." (bare form after a
    # plural), the tagger's nouns; "The insurance claims that he filed" (a relative clause on the
    # noun) and "The old claims that ..." (an adjective before it) report nothing; "A memo from the
    # city's lawyers states that ..." (the head noun before "from" agrees) reports its clause
    _, statements = run("agreeing_subject_of_nouns", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Okafor", "insists", "the club paid every bill"),
        ("Economists", "warn", "the new tax could slow hiring"),
        ("memo", "states", "the permit was valid")]


def test_a_speech_verb_read_as_a_noun_after_a_closing_quote_mark_frames_the_quotation(lexicon) -> None:
    # '"...," the harbor bulletin reads.', '"...?" the editorial asks.': the -s verb a plural noun
    # after the closing mark, the words of its subject adjectives; the comma or question mark
    # inside the mark ends the clause it reports; '"...," the statement read.': the bare form too
    _, statements = run("closing_frame_after_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("harbor bulletin", "reads", "The ferry will run again in May"),
        ("editorial", "asks", "Who pays for the repairs ?"),
        ("statement", "read", "We are sorry for the delay")]


def test_a_clause_spliced_on_a_statement_verb_by_a_comma_is_its_content(lexicon) -> None:
    # "She claimed at one point, a guard told ...": no "that", no "and"; the parser makes the
    # reported clause the verb's conjunct. It is what she claimed, its own frame inside it.
    _, statements = run("frame_comma_spliced_clause", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("She", "claimed", "a guard told visitors to leave the building")]


def test_a_cue_verb_read_as_a_noun_in_a_frame_set_off_by_commas_is_mended(lexicon) -> None:
    # "Farmers, the report notes, praise the plan.": the -s verb between commas inside its clause;
    # "..., a state audit shows.": a finding verb (not a speech verb) closing the sentence after a
    # compound noun phrase; the tagger's plural nouns both
    _, statements = run("set_off_frame_of_nouns", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("report", "notes", "praise the plan"),
        ("state audit", "shows", "The plan helps farmers in the valley")]


def test_a_speech_verb_read_as_a_noun_before_an_about_phrase_is_mended(lexicon) -> None:
    # "Ruiz talks about a new housing plan" and "Okafor talks about growing up in Lagos": the
    # tagger's plural noun after a name is the verb, the about-phrase its topic; "His talks about
    # the border went nowhere" (a possessive before it) stays a noun and reports nothing
    _, statements = run("agreeing_subject_about", lexicon)
    assert [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)] == [
        ("Ruiz", "talks", "a new housing plan", "topic"),
        ("Okafor", "talks", "growing up in Lagos", "topic")]


def test_an_apposition_after_a_frame_set_off_in_the_middle_is_no_content(lexicon) -> None:
    # "The harvest was poor, the farmers said, a result of the long drought": the noun phrase
    # after the frame is the writer's apposition on the clause before it, whether the parser made
    # it the cue's complement or its second subject; a clause after the frame is still content
    _, statements = run("frame_middle_apposition", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("farmers", "The harvest was poor"),
        ("mayor", "The new tax would be paid by landlords who own more than ten flats"),
        ("engineer", "The bridge is safe"),
        ("engineer", "and the road will open soon")]


def test_a_frame_in_the_middle_with_its_own_modifier_or_as_a_parataxis_reports_its_host(lexicon) -> None:
    # "These farmers, the minister explained at the hearing, were paid late": the frame's own
    # place before the closing comma; "After all, the coach argued, the team had ...": the
    # parser hung the frame on the clause after it as a parataxis
    _, statements = run("parenthetical_frame_modifier", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("minister", "explained", "These farmers, the minister explained at the hearing, were paid late"),
        ("coach", "argued", "After all, the coach argued, the team had simply run out of ideas")]


def test_a_frame_interrupting_its_clause_that_the_parser_made_the_root_is_mended(lexicon) -> None:
    # "These nurses, Okafor explained ..., were paid late", "The dispute, Ortega wrote, began
    # ...": the clause's predicate, a conjunct of the cue, becomes the root with its subject, the
    # frame an adverbial clause of it; "..., Ruiz said, and the new one need ..." stays as parsed
    _, statements = run("interrupting_frame_root", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Okafor", "explained", "These nurses, Okafor explained earlier at the hearing, were paid late"),
        ("Ortega", "wrote", "The dispute, Ortega wrote, began over water rights in the valley")]


def test_an_as_frame_after_a_quotation_reports_the_quoted_clause_not_the_predicate_after_it(lexicon) -> None:
    # 'the claim that the dam "is already too old," as Ruiz said on the news, only adds ...': the
    # frame comments on the quoted words and the clause they end; the predicate after it, which
    # the parser made the cue's complement, is the host's; "As the mayor said, ..." still
    # reports the clause after it
    _, statements = run("comment_after_quotation", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Ruiz", "mixed", 'the dam "is already too old'),
        ("mayor", "mixed", 'the budget "will not survive the winter'),
        ("mayor", "indirect", "the budget will not survive the winter")]


def test_a_frame_in_a_relative_clause_whose_pronoun_is_the_reported_subject_reports_the_predicate(lexicon) -> None:
    # "an event that he says [led him to ...]", "a plan that Ruiz said [would cut ...]": the
    # parser made the pronoun the cue's object and the predicate a second relative clause of the
    # noun; the content is that predicate, not the clause the noun stands in
    _, statements = run("relative_pronoun_subject_frame", lexicon)
    assert [(s.cue.text, s.text) for s in attributed(statements)] == [
        ("says", "led him to start the bakery"),
        ("backed", "a plan"),  # back's object topic stops before the frame (object_relative_frame)
        ("said", "would cut traffic by half"),
        ("said", "had survived three floods")]


def test_a_frame_interrupting_its_clause_after_a_quotation_keeps_the_first_part(lexicon) -> None:
    # 'Those who have lived near the river "for more than a decade," the mayor said, know ...':
    # the comma before the frame stands inside the closing mark; the predicate after it a
    # present tagged VB, finite by its features
    _, statements = run("interrupted_subject_quote_mark", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("mayor", 'Those who have lived near the river "for more than a decade'),
        ("mayor", "know the floods well")]


def test_a_quotation_before_a_frame_and_a_that_clause_after_it_are_one_remark(lexicon) -> None:
    # '"It was bad luck," the chief said, that both fires started ...': the clause after the
    # frame goes on with the quoted words; after "adding" the clause is the participle's own
    _, statements = run("quote_frame_that_clause", lexicon)
    assert [(s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("said", "mixed", "It was bad luck"),
        ("said", "mixed", "both fires started on the same night"),
        ("said", "direct", "We will win"),
        ("adding", "indirect", "the vote was close")]


def test_a_frame_set_off_after_a_relative_pronoun_reports_the_relative_clause(lexicon) -> None:
    # "the old mill, which, Ruiz noted, had closed in 1990": the predicate after the frame is
    # the relative clause's, whatever the parser hung it on; the clause the noun stands in is
    # nobody's report
    _, statements = run("frame_after_relative_pronoun", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("mayor", "said", "cost less than the old one"),
        ("Ruiz", "noted", "had closed in 1990"),
        ("players", "said", "was strict but fair")]


def test_a_speech_participle_whose_lemma_the_lemmatizer_left_wrong_is_a_cue(lexicon) -> None:
    # '..., shouting "no more cuts!"' (lemma "shouting"), 'softly echoing "too many."' (lemma
    # "echon"): the stem that is a cue verb is the lemma, and the participle frames the quotation
    _, statements = run("participle_lemma_unstripped", lexicon)
    assert [(s.speaker, s.cue.lemma, s.kind, s.text) for s in attributed(statements)] == [
        ("Farmers", "shout", "direct", "no more cuts!"),
        ("crowd", "echo", "direct", "too many")]


def test_a_second_said_with_a_nominal_predicate_keeps_its_own_clause(lexicon) -> None:
    # 'He said the crew "worked ..." and said the rescue was always a priority': the quotation
    # is the first frame's; the second "said" reports its own clause, a copula and a noun
    _, statements = run("said_and_said_nominal", lexicon)
    assert [(s.cue.text, s.text) for s in attributed(statements)] == [
        ("said", 'the crew " worked through the night "'),
        ("said", "the rescue was always a priority")]


def test_a_that_clause_hung_on_the_frames_oblique_as_a_relative_clause_is_the_verbs(lexicon) -> None:
    # 'insisted in the same interview that the judge was wrong ...': "that" is the clause's mark
    # and the clause has its own subject, so it is no relative clause of "interview" (mend)
    _, statements = run("clause_on_oblique", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("mayor", "insisted", "indirect", "the judge was wrong to close the court")]


def test_a_bare_present_frame_verb_keeps_the_reported_clause_going_in_another_tense(lexicon) -> None:
    # "Police say/VB the man pulled ... and refused to ...": the tagger's infinitive is the frame's
    # present (a subject, no auxiliary or "to"), so the coordinated past goes on with the reported
    # clause instead of making a second frame of the speaker's
    _, statements = run("bare_present_frame", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Police", "say", "the man pulled a knife and refused to leave the store")]


def test_a_torn_clause_keeps_a_speech_verbs_infinitive_in_its_subject(lexicon) -> None:
    # "say [her plans] [to raise] ... [would make] ...": "raise" is a speech verb of the lexicon
    # ("raised concerns"), but as a to-infinitive it is part of the clause's subject, no second
    # frame that would end the torn clause before its predicate
    _, statements = run("torn_clause_infinitive", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Critics", "her plans to raise a host of fees on drivers would make the city poorer")]


def test_an_inverted_frame_whose_speaker_has_a_relative_clause_reports_the_clause_before_it(lexicon) -> None:
    # '"This is a "hard season," said X, a longtime ally who worked with him ...': the relative
    # clause describes the speaker (on the apposition, or on the misread "ally" the parser hung on
    # the verb after the speaker's comma); the clause the quotation closes is the speaker's
    _, statements = run("inverted_frame_speaker_relative", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Tom Reed", "said", 'This is a " hard season'), ("Tom Reed", "said", 'It was a " long night')]


def test_a_participle_hung_on_the_clause_it_reports_reports_that_clause(lexicon) -> None:
    # '..., Ruiz said, noting [he would sign it ...]', '..., saying [the sale is key ...]': the parser
    # made the bare participle an adverbial clause or subject of the clause after it; the clause
    # is the participle's, spoken by the subject of the sentence's verb
    _, statements = run("participle_under_its_clause", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Ruiz", "said", "It is a fair deal"),
        ("Ruiz", "noting", "he would sign it if the board agreed"),
        ("board", "saying", "the sale is key to paying the debt")]


def test_a_participle_beside_its_clause_on_the_sentences_verb_reports_that_clause(lexicon) -> None:
    # '..., Ruiz said on Monday, insisting [the repairs were finished]', 'attacked Lopez, saying [he
    # would raise the fares]': the participle and the clause both hang on the sentence's verb; the
    # clause is the participle's, and the name "attacked" was aimed at is its topic
    _, statements = run("participle_beside_its_clause", lexicon)
    assert [(s.speaker, s.cue.text, s.cue.cue_class, s.text) for s in attributed(statements)] == [
        ("Ruiz", "said", "speech", "The bridge is safe"),
        ("Ruiz", "insisting", "speech", "the repairs were finished"),
        ("council", "attacked", "topic", "Lopez"),
        ("council", "saying", "speech", "he would raise the fares")]


def test_a_cue_completing_an_objects_noun_is_said_by_the_verbs_subject(lexicon) -> None:
    # "Lopez has a long history of blaming others", "Investigators have no evidence to suggest
    # that ...": the holder of the history or the evidence speaks, not the noun
    _, statements = run("noun_complement_holder", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Lopez", "blaming", "others for his losses"),
        ("Investigators", "suggest", "the clerk took the money")]


def test_a_participle_right_after_an_object_that_can_speak_is_that_nouns_unless_a_listed_verb_governs_it(lexicon) -> None:
    # "features five farmers talking about ...": the farmers talk, not the ad; "recalled the mayor
    # talking about ...": the object of a listed verb is what was recalled, and Lee's statement
    _, statements = run("participle_after_speaking_noun", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements) if s.cue.text == "talking"] == [
        ("five farmers", "talking", "their harvest"),
        ("Lee", "talking", "the bridge")]


def test_a_participles_object_before_a_predicate_hung_on_the_sentences_verb_is_its_clauses_subject(lexicon) -> None:
    # ', saying [the city's plan -- ... --] [is unfair]', ', stating [city and county officials – and
    # not the state –] [are in charge]': the object and the predicate after it are one reported
    # clause; ', noting [the marks ...], that were still on the walls' keeps its relative clause
    _, statements = run("participle_object_as_subject", lexicon)
    assert [(s.cue.text, s.cue.cue_class, s.text) for s in attributed(statements)] == [
        ("saying", "speech", "the city's plan -- higher fares and fewer buses on weekends -- is unfair to riders"),
        ("stating", "speech", "city and county officials – and not the state – are in charge of the roads"),
        ("noting", "topic", "the marks of the fire, or the flood that came later, that were still on the walls")]


def test_those_and_a_participle_the_parser_made_a_verb_are_the_speakers(lexicon) -> None:
    # "those surveyed said ...": the parser reads "surveyed" as the subject, a verb, and "those"
    # as its determiner or a second subject; the statement is theirs, not the outlet's
    _, statements = run("those_participle_subject", lexicon)
    assert [(s.mention.text if s.mention else None, s.cue.text, s.text) for s in attributed(statements)] == [
        ("those", "said", "the mayor was best able to handle the budget"),
        ("those", "said", "the park should stay open")]


def test_a_who_said_relative_inside_a_frames_subject_is_a_second_statement_of_the_subject(lexicon) -> None:
    # "Reyes, who said [A], said [B]": two statements, both Reyes's, whichever verb the parser
    # hung A on
    _, statements = run("relative_frame_in_subject", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Reyes", "the bridge was checked by the city's engineers"), ("Reyes", "he was unaware of any cracks"),
        ("Lane", "he usually votes early"), ("Lane", "the line was long")]


def test_a_share_opening_the_sentence_is_the_speech_verbs_subject(lexicon) -> None:
    # "About four in 10 said ...", "More than six in 10 city voters said ...", "About one in five
    # say ...": the parser hung the share on the verb as an oblique (or read "say" as a noun)
    _, statements = run("count_share_subject", lexicon)
    assert [(s.mention.text if s.mention else None, s.text) for s in attributed(statements)] == [
        ("four", "the new park was too small"), ("10 city voters", "the tax was fair"),
        ("one", "they would not vote")]


def test_a_participles_addressee_then_a_clause_hung_on_the_sentences_verb(lexicon) -> None:
    # ", telling CBS NEWS [she had not seen the letter]", ", telling the Times [he would appeal]": the
    # clause right after the addressee, with its own subject, is what was told, not a second act
    _, statements = run("participle_addressee_then_clause", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements) if s.cue.text == "telling"] == [
        ("Lane", "telling", "she had not seen the letter"), ("Ortega", "telling", "he would appeal anyway")]


def test_an_impression_verb_with_an_infinitive_reports_the_writers_impression_of_the_subject(lexicon) -> None:
    # "The minister seemed to lose patience with the unions": the subject and the infinitive, by nobody
    # named (grammar.yaml impression_verbs); "To voters, ..." names to whom it so seemed, "appeared
    # to say that ..." is her statement, "seems to be dead" a description: none of them so
    _, statements = run("seeming_of_subject", lexicon)
    found = [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed(statements)]
    assert found[:2] == [(None, "seemed", "The minister", "evidence"), (None, "seemed", "to lose patience with the unions", "evidence")]
    assert not [f for f in found[2:] if f[0] is None]
    assert ("minister", "say", "the talks had ended", "speech") in found  # "She", resolved


def test_a_plain_verb_coordinated_on_the_frame_goes_on_with_a_clause_whose_subject_can_act(lexicon) -> None:
    # "said she trained ..., but [missed] the final", "said it had closed ... and [was hiring] ...":
    # a verb no reporting entry lists, hung on "said", shares the reported clause's subject; the
    # road cannot leave a hall, so "... and [left] the hall" stays the mayor's own act; a verb of
    # a reporting entry that is no speech verb ("but [found] the offer too low") goes on too
    _, statements = run("plain_act_conjunct", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("coach", "she trained the players all summer, but missed the final"),
        ("company", "it had closed two stores and was hiring new staff"),
        ("mayor", "the road was closed"),
        ("coach", "she wanted a new contract, but found the offer too low")]


def test_a_second_that_clause_goes_on_with_the_report_wherever_the_parser_hung_it(lexicon) -> None:
    # "who said that the budget was balanced and that the city would hire ...": the second
    # that-clause hung on the sentence's main verb is still what the mayor said
    _, statements = run("second_that_clause", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("mayor", "the budget was balanced and that the city would hire more teachers")]


def test_an_as_frame_on_a_speech_act_with_a_noun_object_comments_on_that_clause(lexicon) -> None:
    # "As the paper reported, the inspector issued subpoenas ...": "issued" names an act with its
    # object, it frames no words, so the clause is what the paper reported
    _, statements = run("as_frame_on_speech_act", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("paper", "reported", "the inspector issued subpoenas to the foundation")]


def test_a_gerund_hung_on_the_cue_before_a_subjectless_clause_is_its_subject(lexicon) -> None:
    # "said [winning the title] has been a challenge": the parser made the gerund the cue's xcomp
    _, statements = run("gerund_subject_on_cue", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [("coach", "winning the title has been a challenge")]


def test_a_present_verb_tagged_a_noun_and_made_the_object_opens_the_reported_clause(lexicon) -> None:
    # "says [the U.S. needs “real reform” ...]": "needs" tagged a plural noun, the object of
    # "says", with an object of its own; the clause is the content
    _, statements = run("misread_clause_object", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Ana Diaz", "says", "the U.S. needs “real campaign reform” to prevent super PACs from buying elections")]


def test_a_second_that_clause_after_the_first_ones_closing_quote_mark_is_reported_too(lexicon) -> None:
    # 'telling Stephens that “we do the work, we meet the voters” and that he had seen ...': the
    # first clause's arcs stop at "work", its quotation runs on, and "and that" follows the mark
    _, statements = run("second_that_after_quote", lexicon)
    found = {(s.cue.text, s.text) for s in attributed(statements)}
    assert ("telling", "“we do the work, we meet the voters” and that he had seen more support over the past week") in found


def test_a_past_speech_verb_whose_lemma_was_cut_wrong_gets_its_stem(lexicon) -> None:
    # "slammed" lemma slamm, "echoed" lemma echoe: the -ed form's stem that is a cue verb (mend)
    _, statements = run("past_lemma_cut_wrong", lexicon)
    assert [(s.speaker, s.cue.lemma) for s in attributed(statements)] == [
        ("mayor", "slam"), ("senator", "echo")]
