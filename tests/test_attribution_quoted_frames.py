"""Frames of quotations mined from the misses on PolNeAR train (bench/mine_quotes_polnear.py),
each on a fixed tree written for its construction (tests/data/trees; the header says how it was
parsed)."""

from __future__ import annotations

from .test_attribution_rules import attributed, run


def test_an_apposition_the_parser_made_the_complement_of_an_inverted_frame_speaks(lexicon) -> None:
    # '..., said Maria Lopez, a former port engineer.' / '..., said Tom Reed, who teaches ...':
    # the apposition and the relative clause are ccomp of "said"; what was said is the clause
    # before the frame, with its quoted words
    _, statements = run("inverted_apposition_complement", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Maria Lopez", "mixed", 'The ferry will be "back on the water" by June'),
        ("Tom Reed", "indirect", "Fares will rise in the autumn")]


def test_a_quoted_term_closing_the_clause_before_a_long_frame_is_part_of_what_was_said(lexicon) -> None:
    # 'It was a "hard winter," Holt said at the end of ...': the quotation after "a" reads as a
    # term, and the frame is too long to close the sentence by length; the clause it ends is Holt's
    _, statements = run("term_before_long_frame", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [("Holt", "mixed", 'It was a "hard winter')]


def test_the_clause_a_quotation_closes_before_the_frame_is_said_with_its_other_quotations(lexicon) -> None:
    # 'The rents are "too high" and "still rising," Kerr said.': both quotations are in the
    # clause Kerr said; 'After the long winter, "...," Kerr said, adding that ...': the fronted
    # words are hers too, and the participle reports more of them
    _, statements = run("quoted_clause_before_frame", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Kerr", "mixed", 'The rents are "too high" and "still rising'),
        ("Kerr", "mixed", 'After the long winter, "the harbour is busy again'),
        ("Kerr", "indirect", "the ferry would return")]


def test_a_reported_clause_that_opens_a_quotation_runs_to_its_closing_mark(lexicon) -> None:
    # 'wrote that Taylor "had a poor ear, was stubborn, and made bad choices" in his term': the
    # parser hangs "stubborn" and "made" on the cue, so the clause's subtree ends inside the
    # quotation; quoted words are never cut, and a predicate inside them is never the speaker's act
    _, statements = run("quote_opened_in_clause", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("historians", "mixed", 'Taylor "had a poor ear, was stubborn, and made bad choices" in his term'),
        ("inspectors", "mixed", 'the plant "was old, was unsafe, and had to close" within a year')]


def test_a_transcript_gives_each_turn_to_its_label_over_the_paragraphs_up_to_the_next(lexicon) -> None:
    # "REED: ... / LOPEZ: ...": speakers the article never named take turns, so the labels are
    # speakers; a turn runs on over a paragraph without a label up to the next label, stops at
    # a stage direction, and the paragraph after the last turn is the outlet's
    _, statements = run("transcript_turns", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Reed", ":", "direct", "Will the bridge open in May?"),
        ("Lopez", ":", "direct", "It will open in June"), ("Lopez", ":", "direct", "The steel came late"),
        ("Reed", ":", "direct", "And the cost?"),
        ("Lopez", ":", "direct", "It rose by a tenth"), ("Lopez", ":", "direct", "We paid for it from the reserve"),
        ("Reed", ":", "direct", "Thank you")]
    assert [s.text for s in statements if s.is_own_voice][-1] == "Follow the show on the radio"


def test_a_transcript_inside_opening_quote_marks_runs_over_the_quoted_paragraphs(lexicon) -> None:
    # '“PARK: ... / “KOVAC: ... / “We expect ...': each paragraph opens with a quote mark
    _, statements = run("transcript_quoted_turns", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Park", "We start with the storm"), ("Park", "It hit the coast at dawn"),
        ("Kovac", "The roads are shut"), ("Kovac", "We expect them to reopen on Friday"),
        ("Park", "Thank you, Governor")]


def test_section_labels_in_capitals_are_no_speakers(lexicon) -> None:
    # "WINNERS: ... / LOSERS: ...": no label comes back, so this is no transcript, and
    # "UPDATE:" labels news (lexicons/speakers.yaml, non_speaker_labels)
    _, statements = run("transcript_section_labels", lexicon)
    assert attributed(statements) == []


def test_a_label_that_names_no_speaker_ends_a_turn(lexicon) -> None:
    # "LOPEZ: ... / VIDEO: ... / REED: ...": the video's paragraph is nobody's turn
    _, statements = run("transcript_other_label", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Reed", "Is the bridge safe?"), ("Lopez", "It is safe"), ("Reed", "Thank you")]


def test_a_colon_frame_after_a_fronted_clause_the_parser_made_the_root(lexicon) -> None:
    # 'With voters worried about ..., Ruth Kim is rolling out a new message: "..."': the parser
    # makes "worried" the root and the announcing clause its conjunct; the clause that ends at
    # the colon, with its own subject, frames the quotation
    _, statements = run("colon_frame_fronted_root", lexicon)
    [s] = attributed(statements)
    assert (s.speaker, s.cue.text, s.kind, s.text) == ("Ruth Kim", "rolling", "direct", "We will build homes")


def test_a_frame_closing_a_quotation_that_a_colon_opens_inside_another_frame_is_its_own(lexicon) -> None:
    # 'Ruth Kim defends her plan in a new ad: "...," the mayor says. "..."': the parser hangs the
    # quotation and its closing frame inside the belief frame's content; the closing frame says
    # who speaks, the outer content ends at the colon, and the next quotation goes on with the mayor
    _, statements = run("colon_quote_inner_frame", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Ruth Kim", "defends", "indirect", "her plan in a new ad"),
        ("mayor", "says", "direct", "We will build homes for every family"),
        ("mayor", "says", "direct", "We will not wait")]


def test_a_colon_frame_whose_subject_is_an_editorial_is_the_editorials(lexicon) -> None:
    # 'The editorial made its case in one line: "..."': an editorial (an op-ed, a column, a
    # piece) is a text that says things (speakers.yaml, document_heads)
    _, statements = run("colon_frame_document", lexicon)
    [s] = attributed(statements)
    assert (s.speaker, s.speaker_type, s.kind, s.text) == ("editorial", "document", "direct", "The mayor must go")


def test_a_name_after_a_dash_and_before_a_colon_signs_the_quotation(lexicon) -> None:
    # 'HEADING - Carl Bialik: "..."', 'Pollsters agree - More from Jones: "..."' (digests that
    # set a heading off from the quoted voice with a dash): the part of the stretch after the
    # dash has no verb and ends in a name, which signs the quotation with the colon as cue
    _, statements = run("colon_frame_after_dash_heading", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Ana Ruiz", ":", "direct", "The lines were long all morning")]


def test_a_block_quotation_after_a_colon_frame_is_the_speakers(lexicon) -> None:
    # "Later she wrote:" ending its paragraph: the next paragraph, set off without quote marks,
    # is what she wrote; "Four rivals took the stage:" has no speech verb, so what follows is
    # the outlet's
    _, statements = run("colon_frame_block_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Ruth Kim", "wrote", "direct", "The bridge will open in June"),
        ("Ruth Kim", "wrote", "direct", "It will carry trains")]


def test_a_frame_after_a_quotation_whose_past_form_the_tagger_read_as_a_participle(lexicon) -> None:
    # "''...,'' Ann Roy, a retired pilot, wrote in ...": the tagger read "wrote" as a participle
    # (VBN) and the parser hung it on the apposition as a modifier; set off by the comma that
    # closes the apposition, it is the frame all the same
    _, statements = run("frame_after_quote_participle", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Ann Roy", "direct", "The harbour has never looked busier")]


def test_an_inverted_frame_whose_first_name_the_tagger_read_as_a_preposition(lexicon) -> None:
    # '“...,” said Per Lund, a harbour pilot.': "Per" tagged ADP, the case of "Lund" as an
    # oblique; the capitalised word before a name is the speaker's first name, and the name
    # speaks (its phrase still leaves the misread first name out)
    _, statements = run("inverted_first_name_preposition", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Lund", "direct", "The ferry will run all winter")]


def test_a_verbless_quotation_right_after_a_speech_verb_is_what_was_said(lexicon) -> None:
    # 'closed her speech by saying “Too late.”', 'answered by chanting “shame on them” at ...':
    # the quoted words are the verb's object, with no verb of their own; they are no term
    # hung on a word of the sentence but the words said
    _, statements = run("quoted_object_of_speech_verb", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("mayor", "direct", "Too late"), ("crowd", "direct", "shame on them")]


def test_quotations_joined_by_a_coordinator_after_one_frame_are_one_statement(lexicon) -> None:
    # 'chanted "open the gates" and "no fees, no fines."': the frame gives a list of the words
    # said; one content, not the first quotation alone
    _, statements = run("coordinated_quotations", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("marchers", "direct", 'open the gates" and "no fees, no fines'),
        ("crowd", "direct", 'Send them home," and "Fix the roads')]


def test_a_clause_opened_in_quote_marks_after_the_frame_goes_on_outside_them(lexicon) -> None:
    # 'said “it makes me angry” every time she drives past ...': the parser hangs the words
    # after the closing mark in the quoted clause; the mayor said the whole clause
    _, statements = run("quoted_clause_goes_on", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("mayor", "mixed", "“it makes me angry” every time she drives past the old mill")]


def test_a_comment_frame_after_the_sentence_coordinator_reports_the_clause_it_comments_on(lexicon) -> None:
    # 'But as the paper noted in an editorial, the plan "will cost ..."': the coordinator that
    # opens the sentence does not stop the frame being set off, and is no word of the content
    _, statements = run("comment_frame_after_coordinator", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("paper", "mixed", 'the plan "will cost the port dearly')]


def test_a_quotation_opened_after_its_determiner_before_a_frame_is_words_said(lexicon) -> None:
    # 'The “anger is like nothing we have seen,” she told the paper, “and I hope ...”': the
    # determiner before the mark is no sign of a title here, since the quoted words are a clause
    # in running case; both parts of the interrupted quotation are hers
    _, statements = run("quotation_after_determiner", lexicon)
    assert [(s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("told", "direct", "anger is like nothing we have seen"), ("told", "direct", "and I hope it ends soon")]


def test_a_quotation_right_after_a_relative_frame_is_its_content_however_the_parser_hung_it(lexicon) -> None:
    # 'the host Tim Brown, who lamented in an interview ..., "We have ..."': the quoted clause
    # hangs on the main verb by parataxis, but opens right after the relative clause's phrase; a
    # relative clause inside the subject of a quoted predicate frames nothing
    text, statements = run("quotation_after_relative_frame", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Tim Brown", "lamented", "direct", "We have spent years ignoring the farmers")]


def test_an_object_named_in_quote_marks_by_an_as_phrase_is_the_subjects_words(lexicon) -> None:
    # 'The senator has been pounding the mayor as a "con artist" ..., just as he did in 2012':
    # a verb no entry lists reports the name it gives its object in quote marks; the content is
    # the object and its as-phrase, not the as-clause after it. 'won loud cheers as the band
    # played the "new anthem"': an as-clause of time (a verb) names nothing; 'heralded the deal
    # with the union as a "breakthrough"': the as-phrase the parser hung on the object's last noun
    _, statements = run("object_named_as_quoted", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("senator", "pounding", "mixed", 'the mayor as a "con artist" for weeks'),
        ("mayor", "heralded", "mixed", 'the deal with the union as a "breakthrough')]


def test_a_listed_verb_naming_its_object_in_quote_marks_by_an_as_phrase_reports_the_name(lexicon) -> None:
    # 'introduced the judge as "a champion for farmers" and a friend': a listed verb whose entry
    # takes no bare object gives the quoted name as its content, the object with its as-phrase;
    # 'blasted Moore as a "fraud" Tuesday on the radio': the parser hung "as" on the day after
    # the quotation, and the name still ends at its closing mark
    _, statements = run("listed_named_as_quoted", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("governor", "introduced", "mixed", 'the judge as "a champion for farmers" and a friend'),
        ("Ruiz", "blasted", "mixed", 'Moore as a "fraud')]


def test_the_cues_prepositional_phrase_after_a_quoted_name_goes_on_with_it(lexicon) -> None:
    # 'called the deal "a step forward" in the long effort to save the port': the phrase is part
    # of what was said; 'described the judge as a "disgrace" after she closed the court': an
    # adverbial clause after the name is the writer's, not the description
    _, statements = run("name_goes_on_in_phrase", lexicon)
    assert [(s.cue.text, s.text) for s in attributed(statements)] == [
        ("called", 'the deal "a step forward" in the long effort to save the port'),
        ("described", 'the judge as a "disgrace"')]


def test_a_name_in_typewriter_quote_marks_opens_right_after_the_verb_or_object(lexicon) -> None:
    # "what they called ''neighborhood lenders''": the typewriter pair is two characters, and
    # still opens the quotation right after the verb; the quoted phrase is the name they gave;
    # "called the plan ''a disaster''" still gives the object its quoted name
    _, statements = run("named_in_typewriter_marks", lexicon)
    assert [(s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("called", "mixed", "neighborhood lenders"),
        ("called", "mixed", "the plan ''a disaster'' on Monday")]


def test_a_present_verb_the_tagger_called_a_noun_frames_the_quotation_after_it(lexicon) -> None:
    # 'The ad claims "Lee is ..."': the tagger made "claims" a plural noun and its subject a
    # modifier of it; with the quotation opening right after it, it is the frame's verb and the
    # modifier its speaker. 'rejected the claims "that he lied"': a noun, the verb's object.
    # '"... after the floods," Lee notes.': the frame closing the sentence after the quotation,
    # made an apposition of its last noun
    _, statements = run("present_verb_read_as_noun", lexicon)
    found = [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)]
    assert found[0] == ("ad", "claims", "direct", "Lee is the mayor you can meet")
    assert found[-1] == ("Lee", "notes", "direct", "Look at the letter the mayor sent out after the floods")
    assert [cue for _, cue, _, _ in found].count("claims") == 1


def test_a_relative_clause_with_no_relative_word_names_its_noun_by_the_quotation_after_it(lexicon) -> None:
    # 'a campaign - one he calls "Bright Ohio" - but ...': the relative clause on "one" has no
    # relative pronoun and no object; the quoted name right after the verb is the content, not
    # the rest of the sentence after it. 'towns that are often labeled the "lost heartland."':
    # the name follows the verb after its article, which opens the content
    _, statements = run("named_by_bare_relative", lexicon)
    assert [(s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("calls", "mixed", "Bright Ohio"), ("labeled", "mixed", 'the "lost heartland')]


def test_a_quotation_after_a_participle_tagged_as_a_noun_is_what_it_says(lexicon) -> None:
    # 'sent an email saying, "..."', 'released a statement saying, "..."': "saying" tagged a noun
    # heading the object, the quotation after its comma hung on the sentence's verb; mended,
    # the participle frames the quotation
    _, statements = run("participle_noun_before_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("mayor", "saying", "direct", "The bridge will open on Monday"),
        ("council", "saying", "direct", "We were never told")]


def test_the_rest_of_a_quoted_clause_after_its_frame_is_part_of_the_remark(lexicon) -> None:
    # '"Only a stubborn man," she said, would build ...', '"...," he added, to repair ...',
    # '"The hardest part," the coach said, was ...': the quotation closes with a comma and the
    # predicate after the frame's comma (no subject of its own) goes on with it; '"We will
    # win," he said, as the crowd cheered.': a clause with its own subject is the outlet's
    _, statements = run("predicate_after_quote_frame", lexicon)
    assert [(s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("said", "mixed", "Only a stubborn man"), ("said", "mixed", "would build a bridge across this river"),
        ("added", "mixed", "It is a better use of the money"), ("added", "mixed", "to repair the old roads first"),
        ("said", "mixed", "The hardest part"), ("said", "mixed", "was the long wait in the rain"),
        ("said", "direct", "We will win")]


def test_a_name_read_as_an_adverb_or_a_verb_before_the_speech_verb_is_its_subject(lexicon) -> None:
    # "Kelly responded ...: "..."" (Kelly an adverb), '"...," Husted said ...' (Husted a verb,
    # lemma "hust"): names the article gives as proper names elsewhere, right before a speech
    # verb with no subject; mended, they speak
    _, statements = run("name_read_as_adverb_or_verb", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Ana Kelly", "responded", "direct", "We will fix the road"),
        ("Jon Husted", "said", "direct", "The road will be fixed by June")]


def test_a_capitalised_verb_after_a_closing_quote_before_the_speech_verb_is_its_subject(lexicon) -> None:
    # '"...," Husted said in a statement.', '"...?" Husted added.': the tagger reads the name as
    # a verb everywhere in the article, so no proper name elsewhere vouches for it; capitalised
    # right after the quotation's closing mark, before a speech verb with no subject, it speaks
    _, statements = run("name_read_as_verb_after_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.kind, s.text) for s in attributed(statements)] == [
        ("Husted", "said", "direct", "The road will be fixed by June"),
        ("Husted", "added", "direct", "Who will pay for it?")]


def test_a_short_quoted_sentence_after_the_frame_goes_on_with_the_remark(lexicon) -> None:
    # '"...," Holt said. "Again, sadly."' / '"...," Kerr said. "Never mind the storm, all
    # right?"': too short or verbless to pass for someone's words alone, but a sentence of its
    # own right after the speaker's quotation in the paragraph; a short quotation that is a
    # paragraph of its own ('"Too busy."') stays the outlet's
    _, statements = run("short_quote_goes_on", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Holt", "The ferry is late"), ("Holt", "Again, sadly"),
        ("Kerr", "We will sail"), ("Kerr", "Never mind the storm, all right?")]


def test_a_quotation_opened_after_the_cue_in_its_sentence_is_the_speakers_to_its_end(lexicon) -> None:
    # 'Marsh said yes and took the chance to defend the crews: "... . ..."': the quotation opens
    # outside the reported clause ("yes") and closes a sentence later; the whole of it is Marsh's
    _, statements = run("quote_opened_after_cue", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Marsh", "indirect", "yes"),
        ("Marsh", "direct", "For too long, they have been ignored"),
        ("Marsh", "direct", "That is wrong, and it has to change")]


def test_a_paragraph_opening_quotation_takes_the_frame_of_the_next_sentence(lexicon) -> None:
    # '"I am not hiding ..." After all, Ross says, "I never claimed ..."': no one spoke before it,
    # and the paragraph goes on with Ross's framed quotation: both are Ross's
    _, statements = run("frame_a_sentence_late", lexicon)
    assert [(s.speaker, s.text) for s in attributed(statements)] == [
        ("Ross", "I am not hiding the fact that I want Lee to win the race"),
        ("Ross", "I never claimed to be neutral")]


def test_a_quotation_run_on_from_a_reported_clause_carries_the_next_quotation_of_its_paragraph(lexicon) -> None:
    # 'X argue that the rule is "too loose." / "...," the two write. "..."': the parser makes
    # "write" a noun, so the first quotation is the reporters' by running on from their clause,
    # and the next one of its paragraph, with no frame, goes on with the same speakers
    _, statements = run("quote_run_after_reported_clause", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("two senators", "mixed", 'the rule is "too loose'),
        ("two senators", "direct", "It lets firms hide their costs"),
        ("two senators", "direct", "Nobody checks the books, and nobody asks")]


def test_a_quotation_closed_inside_the_clause_its_last_sentences_frame_reports_is_that_speakers(lexicon) -> None:
    # '"... . ...," the harbour press secretary, Tom Reed, said on Monday.': the parser makes the
    # frame a conjunct reporting its own sentence's clause; the quotation's first sentence, with
    # no frame of its own, is the same remark (the frame's content keeps the parser's tail)
    _, statements = run("quote_closed_in_frame_clause", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)][0] == (
        "Tom Reed", "direct", "That would have been the fair thing to do, it would have been better for the city")


def test_a_verb_the_lexicon_lacks_after_a_quotation_closed_by_a_comma_frames_it(lexicon) -> None:
    # '"...," Kerr fumed on Tuesday. "..."': the comma inside the marks says someone's words
    # end there, and the rest of the sentence is nothing but the frame; the unframed quotation
    # after it goes on with the same speaker (not the mayor of the paragraph before)
    _, statements = run("unlisted_verb_after_quote", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Kerr", "fumed", "The bridge will open in May, and the cost will fall"),
        ("Kerr", "fumed", "The steel came late")]
