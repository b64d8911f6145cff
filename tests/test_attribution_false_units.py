"""Units that report nothing, or content that runs into words that are no content: the
speaker's own description, a title in the speaker's phrase (fixed trees in tests/data/trees,
each as the parser gives the construction, as its header says)."""

from __future__ import annotations

from .test_attribution_rules import attributed, run


def test_a_relative_clause_of_the_speaker_after_the_frame_is_no_content(lexicon) -> None:
    # "..., said Moreno, a Denver Democrat who founded ...", "..., say some teachers, who
    # worry ...": the words after the frame describe the speaker
    _, statements = run("frame_speaker_relative", lexicon)
    assert [(s.text, s.speaker) for s in attributed(statements)] == [
        ("Local taxes are a burden on small farms", "Moreno"),
        ("The new rules are too strict", "some teachers"),
    ]


def test_a_title_in_the_speakers_phrase_is_no_quotation_of_the_verb(lexicon) -> None:
    # "Okafor, who has acted in “The Long Road” and “Blue Harbor,” posted the video": the parser
    # hangs the relative clause on "posted"; nobody is quoted and nothing before the verb is
    # content. With the title in the name ("Mary “Bea” Jones, shouted"), the quotation before
    # the whole frame is the one shouted (the name's nickname split is the speaker rules' matter).
    _, statements = run("speaker_title_quote", lexicon)
    assert [(s.text, s.kind, s.cue.text) for s in attributed(statements)] == [
        ("This is a big day for our next senator!", "direct", "shouted")]
    assert "Mary" in attributed(statements)[0].speaker


def test_a_frames_own_adjuncts_after_it_are_no_content(lexicon) -> None:
    # "..., he said, wiping rain off his coat": the parser makes the participle the complement of
    # "said"; "she said Tuesday morning on ...": it makes "morning" a participle complement;
    # "spoke for about ten minutes": "about" parsed as a second case is no topic preposition
    _, statements = run("frame_own_adjuncts", lexicon)
    assert [(s.text, s.cue.text) for s in attributed(statements)] == [
        ("Business was slow", "said"),
        ("The mayor was firmly against the tax while the council debated it", "said"),
        ("the new tax", "spoke"),
    ]


def test_a_noun_with_an_adjective_is_no_verb_cue(lexicon) -> None:
    # "the United States and Japan": the parser makes "States" a conjunct, which a verb the
    # tagger called a noun could be ("..., an expert says"); its adjective makes it a noun.
    # "Sure, official data suggest that ...": "suggest" tagged a noun, with "Sure" hung on it,
    # has a subject, so it is still the verb.
    _, statements = run("noun_state_not_verb", lexicon)
    assert [(s.text, s.cue.text) for s in attributed(statements)] == [("the town's output peaked in 2019", "suggest")]


def test_a_coordinated_predicate_at_the_end_is_no_frame_closing_the_sentence(lexicon) -> None:
    # "The mayor was never charged ..., and the voters considered her honest.": a frame that
    # opens with its own "and" is a second predicate; the clause before it is nobody's report
    _, statements = run("coordinated_closing_frame", lexicon)
    assert not any("never charged" in s.text for s in attributed(statements))


def test_a_title_case_name_after_the_noun_it_names_is_no_quotation(lexicon) -> None:
    # 'In her 2010 book, “Raise Your Own Chickens,” Ms. Park suggested ...', 'the folk song
    # “Down By The River,” Ms. Cole added ...': titles; 'added the words, “Vote Green.”' closes
    # the sentence and is what she said
    _, statements = run("title_case_quote_name", lexicon)
    assert [(s.text, s.kind, s.speaker) for s in attributed(statements) if s.kind == "direct"] == [
        ("Vote Green", "direct", "Cole")]


def test_a_quoted_subheading_is_not_the_last_speaker_going_on(lexicon) -> None:
    # "'Every Town Is Next.'" between paragraphs: a subheading in title case; the quotation
    # paragraph after "“We have to act now,” she said." is hers
    _, statements = run("quoted_subheading", lexicon)
    assert [s.text for s in attributed(statements)] == [
        "When the rivers rise, whole towns have to move", "We have to act now", "There is no time left to lose"]


def test_a_relative_clause_on_the_frames_object_is_no_content(lexicon) -> None:
    # "acknowledged the cost of the new bridge, which makes her ...", "compares his troubles to
    # those of the old mayor, who also ran ...": set off by a comma, the clause describes the
    # object. "said the parts of the network that were hacked suggested ...": no comma, the
    # parser's object is the reported clause's subject and the clause is still reported.
    _, statements = run("frame_object_relative", lexicon)
    assert [(s.cue.text, "suggested a foreign hand" in s.text) for s in attributed(statements)] == [("said", True)]


def test_the_tail_of_a_closing_according_to_is_no_content(lexicon) -> None:
    # "..., according to Maria Holt, who studies ...": her relative clause; "..., according to
    # the transport office, ending a month of ...": the outlet's comment on the clause before
    _, statements = run("according_source_tail", lexicon)
    assert [(s.text, s.speaker) for s in attributed(statements)] == [
        ("Small farms without a second income could lose their land", "Maria Holt"),
        ("The city has settled its dispute with the bus drivers", "transport office"),
    ]
