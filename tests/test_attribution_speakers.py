"""Speaker choice on fixed trees (tests/data/trees): the parser's misreadings of news frames
that PolNeAR train showed, each on a small tree that keeps the misreading (see each tree's
first comment)."""

from __future__ import annotations

from tests.test_attribution_rules import attributed, run


def test_quote_frame_hung_on_its_role_noun_is_the_frame(lexicon) -> None:
    # '"...," party chairman Dan Hale wrote.' parsed with "wrote" as a relative clause of "chairman"
    _, statements = run("frame_role_noun_wrote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.kind, s.cue.text) == ("The vote will be close in both states", "Dan Hale", "direct", "wrote")


def test_told_after_an_aside_keeps_the_speaker_not_the_addressee(lexicon) -> None:
    # '"...," Senator Ann Cole, a close adviser to the mayor, told reporters.': "reporters" were told
    _, statements = run("told_addressee_after_aside", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("We will win this state", "Ann Cole", "told")


def test_told_after_a_relative_aside_keeps_the_name_the_parser_hung_in_the_quotation(lexicon) -> None:
    # '"...," Ann Cole, who led the board for years, told Fox News.': the name made a subject inside
    # the quotation, "told" with no subject; the relative clause is the name's aside, Ann Cole speaks
    _, statements = run("told_after_relative_aside", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("We will win this state", "Ann Cole", "told")


def test_name_inside_the_subjects_relative_clause_is_not_the_speaker(lexicon) -> None:
    # "Former candidate Tom Reed, who on Tuesday endorsed Smith, said ...": Reed, not Smith
    _, statements = run("subject_clause_name", lexicon)
    [s] = attributed(statements)
    assert s.speaker == "Tom Reed" and s.text.endswith("he agrees with the plan")


def test_inverted_frame_with_a_name_tagged_as_adjective(lexicon) -> None:
    # '"...," said Smith campaign manager Dan Hale.': "Smith" tagged ADJ before the role noun
    _, statements = run("inverted_adjective", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.kind) == ("The plan is a failure", "Dan Hale", "direct")


def test_torn_clause_with_a_predicate_adjective(lexicon) -> None:
    # "A party aide said [comments from ...] [were consistent] with ...": the object and the
    # coordinated predicate adjective are one reported clause
    _, statements = run("torn_clause_copula", lexicon)
    [s] = attributed(statements)
    assert s.speaker == "party aide" and s.text.startswith("comments from Rice") and s.text.endswith("earlier statements")


def test_frame_closing_the_sentence_outranks_the_frame_inside_it(lexicon) -> None:
    # "Lee had told police officers that ..., but the mayor overruled that request, the source
    # added.": the source said all of it, Lee's telling included
    _, statements = run("frame_closing_after_frame", lexicon)
    [s] = attributed(statements)
    assert s.cue.text == "added" and s.mention.text == "the source"
    assert s.text.startswith("Lee had told police officers") and s.text.endswith("overruled that request")


def test_long_dateline_with_date_and_agency_is_no_speaker(lexicon) -> None:
    # "BOSTON, Mass., Oct. 4 (UPI) — Former Governor Ann Reed criticized ...": Reed speaks
    _, statements = run("dateline_agency", lexicon)
    [s] = attributed(statements)
    assert s.speaker == "Ann Reed" and "BOSTON" not in s.mention.text


def test_opening_adverb_tagged_as_name_is_no_speaker(lexicon) -> None:
    # "Meanwhile, party delegates learned Friday that ...": the delegates
    _, statements = run("fronted_adverb", lexicon)
    [s] = attributed(statements)
    assert s.speaker == "party delegates" and s.mention.text == "party delegates"


def test_full_name_with_another_first_name_is_another_person(lexicon) -> None:
    # "Mary Ross said ... Ross added ... Former Governor Tom Ross said ...": two people
    _, statements = run("surname_other_person", lexicon)
    assert [s.speaker for s in attributed(statements)] == ["Mary Ross", "Mary Ross", "Tom Ross"]


def test_subject_before_a_quotation_is_the_quoted_clauses_own(lexicon) -> None:
    # 'Reed “caused real harm to the city,” he said.': "he" speaks, Reed is what was said about
    _, statements = run("quote_predicate_subject", lexicon)
    [s] = [s for s in attributed(statements) if s.cue.text == "said"]
    assert s.mention.text == "he" and s.speaker != "Reed"


def test_dateline_place_gives_way_to_the_phrase_after_the_dash(lexicon) -> None:
    # "DENVER (AP) — A local paper published Monday said ...": the place the only subject arc,
    # the paper hung as a clause's subject; the paper speaks, neither the place nor the day
    _, statements = run("dateline_subject_clause", lexicon)
    [s] = [s for s in attributed(statements) if s.cue.text == "said"]
    assert s.mention.text == "A local paper" and s.text == "the mayor misled voters"


def test_opening_adjective_with_its_own_phrase_is_no_speaker(lexicon) -> None:
    # "Contrary to her claims, officials say ...": "Contrary" tagged as a name and a second subject
    _, statements = run("opening_adjective_subject", lexicon)
    [s] = attributed(statements)
    assert s.mention.text == "officials" and s.text == "the files were lost"


def test_place_set_off_before_the_subject_is_no_speaker(lexicon) -> None:
    # "During a rally in Ames, Iowa, the senator repeated ...": the senator, not the state
    _, statements = run("place_before_role_subject", lexicon)
    [s] = [s for s in attributed(statements) if s.cue.text == "repeated"]
    assert s.mention.text == "the senator"


def test_day_is_never_the_speaker_of_a_participle_frame(lexicon) -> None:
    # "Tom Reed's aide defended him Tuesday on radio, saying that ...": whoever speaks, not Tuesday
    _, statements = run("time_before_participle", lexicon)
    [s] = [s for s in attributed(statements) if s.cue.text == "saying"]
    assert s.text == "the vote was fair" and (s.mention is None or "Tuesday" not in s.mention.text)


def test_a_name_keeps_the_lower_case_part_written_into_it_with_a_hyphen(lexicon) -> None:
    # "Moon Jae-in said", "Bashar al-Assad told": the tokenizer splits "Jae-in" and "al-Assad" at
    # the hyphen and tags "in" a preposition and "al" a name of its own; the name is all of it
    _, statements = run("names_hyphen_particles", lexicon)
    assert [(s.speaker, s.mention.text, s.text) for s in attributed(statements)] == [
        ("Moon Jae-in", "Moon Jae-in", "the summit had been a success"),
        ("Bashar al-Assad", "Bashar al-Assad", "the war was over")]


def test_a_description_keeps_a_modifier_written_with_a_hyphen(lexicon) -> None:
    # "The state-run harbour radio said", "A well-known economist said": the tokenizer splits
    # "state-run" and "well-known"; the mention is the whole phrase, not "run harbour radio"
    _, statements = run("description_hyphen_modifier", lexicon)
    assert [(s.speaker, s.mention.text) for s in attributed(statements)] == [
        ("state-run harbour radio", "The state-run harbour radio"), ("well-known economist", "A well-known economist")]


def test_a_pronoun_takes_the_person_of_its_gender_named_in_its_own_sentence(lexicon) -> None:
    # "Mr. Lee's sister begged him to stay, but he said ...": Mr. Lee, named in the sentence, is
    # nearer than Mr. Park, who spoke last
    _, statements = run("pronoun_named_in_sentence", lexicon)
    assert [(s.text, s.speaker) for s in attributed(statements)] == [
        ("the plan was sound", "Park"), ("him to stay", "sister"),  # "begged": lemma begg in the tree, mended to beg
        ("he had to leave", "Lee")]


def test_a_name_inside_an_aside_before_a_subjectless_cue_is_no_speaker(lexicon) -> None:
    # "Ms. Lane - in a remark aimed at Mr. Reyes's handling ... - declared", "Mr. Reyes, asked
    # about the layoffs under Ms. Lane, had said": the parser leaves the cue without a subject
    # arc; the titled name inside the dash or participle aside is not the speaker
    _, statements = run("aside_before_cue", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [
        ("Ms. Lane", "declared"), ("Mr. Reyes", "said")]


def test_a_cue_after_and_shares_the_subject_of_the_clause_made_its_adverbial(lexicon) -> None:
    # "When Reyes later mentioned the fire ... and said he would ...": "mentioned" parsed as an
    # adverbial clause of "said"; the speaker is Reyes, not the fire
    _, statements = run("conjunct_under_adverbial", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [
        ("Reyes", "mentioned"), ("Reyes", "said")]


def test_a_speaker_pronoun_stands_for_the_named_subject_above_its_clause(lexicon) -> None:
    # "Tom Reyes stayed out ..., since he did not want to ...": he is Reyes, the subject of the
    # clause above, not Ortega who spoke last; "Lane won the vote, he said": the name inside the
    # reported clause never binds the pronoun
    _, statements = run("pronoun_bound_by_subject", lexicon)
    assert [(s.mention.text, s.speaker, s.cue.text) for s in attributed(statements)] == [
        ("Paul Ortega", "Paul Ortega", "said"), ("he", "Tom Reyes", "want"), ("he", "Tom Reyes", "said")]


def test_a_possessive_pronoun_holding_a_noun_cue_is_resolved(lexicon) -> None:
    # "Tom Reyes went on the radio to soften his praise of the governor": the tagger keeps "his"
    # as its own lemma; it is Reyes, the named subject above it, not Ortega who spoke last
    _, statements = run("possessive_pronoun_holder", lexicon)
    assert [(s.mention.text, s.speaker, s.cue.text) for s in attributed(statements)] == [
        ("Paul Ortega", "Paul Ortega", "said"), ("his", "Tom Reyes", "praise")]


def test_a_share_of_respondents_speaks_through_the_poll_the_sentence_names(lexicon) -> None:
    # "In a poll released Sunday, just 9 percent said ...", "A poll ... found that 62 percent
    # said ...", "According to a survey, 54 percent said ...": the poll is the source (the parser
    # makes it the subject of "released"); "Nearly half of the staff said" names no poll
    _, statements = run("share_through_poll", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [
        ("a Gazette poll", "said"), ("A new State University poll", "said"), ("a Gazette survey", "said"),
        ("Nearly half", "said")]


def test_a_first_name_rules_out_a_pronoun_of_the_other_gender(lexicon) -> None:
    # "Ann Brooks said ... James Ortega said ... She said ...": no title tells a gender, but
    # the first name James rules "she" out; she is Brooks, not the last speaker
    _, statements = run("pronoun_first_name_gender", lexicon)
    assert [(s.mention.text, s.speaker) for s in attributed(statements)] == [
        ("Ann Brooks", "Ann Brooks"), ("James Ortega", "James Ortega"), ("She", "Ann Brooks")]


def test_a_bare_number_subject_is_a_count_of_people_not_a_year(lexicon) -> None:
    # "While 81 percent of older voters in a recent survey had ..., 39 said the same for Brooks":
    # 39 is no year; the survey hangs on "voters", so the count keeps its own voice
    _, statements = run("bare_count_subject", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [("39", "said")]


def test_a_relative_subject_above_a_pronoun_binds_it_through_its_antecedent(lexicon) -> None:
    # "... was Tom Reyes, who went on television to soften his praise of ...": "who" stands for
    # Reyes, and so does "his"; not Ortega, who spoke last
    _, statements = run("pronoun_bound_through_relative", lexicon)
    assert [(s.mention.text, s.speaker, s.cue.text) for s in attributed(statements)] == [
        ("Paul Ortega", "Paul Ortega", "said"), ("his", "Tom Reyes", "praise")]


def test_a_participle_on_a_written_document_is_said_by_its_writer(lexicon) -> None:
    # "Tom Reyes, by contrast, wrote an op-ed urging the council to ...": "urging" hung on the
    # split "op - ed"; Reyes urges, through his op-ed
    _, statements = run("document_participle_author", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [("Tom Reyes", "urging")]


def test_the_object_after_a_cue_closing_an_aside_is_no_inverted_speaker(lexicon) -> None:
    # "On the other side, Sen. Ann Brooks (D-Ore.), a member of the panel who has made housing
    # ..., tweeted a warning.": the parser leaves "tweeted" without a subject arc; the comma
    # before it closes the relative clause of an apposition, so "a warning" is its object, not a
    # speaker as in "..., said a spokesman", and the clause before is not what was tweeted
    _, statements = run("object_after_aside", lexicon)
    assert not [s for s in attributed(statements) if s.mention is not None and s.mention.text == "a warning"]


def test_a_share_before_who_is_the_speaker_of_the_relative_clause(lexicon) -> None:
    # "..., including 20% who say they would leave": the clause hangs on the sign "%", a share
    # like "percent", so "20%" says it (not "the plan" before it), without the "including"
    _, statements = run("share_relative_speaker", lexicon)
    [s] = attributed(statements)
    assert (s.speaker, s.mention.text, s.cue.text, s.text) == ("20%", "20%", "say", "they would leave")


def test_a_purpose_infinitive_after_an_object_that_cannot_speak_is_the_subjects(lexicon) -> None:
    # "The farm league used the remarks to urge people ...": the remarks urge nobody, the league
    # does; "The union pressed the mayor to admit ...": a person object still says it
    _, statements = run("purpose_infinitive_thing_object", lexicon)
    found = [(s.speaker, s.cue.text) for s in attributed(statements)]
    assert found == [("farm league", "urge"), ("mayor", "admit")]


def test_the_place_a_person_comes_from_is_no_part_of_the_name(lexicon) -> None:
    # "Senator Tom Reed of Ohio said ...": the speaker is Tom Reed (whose last name is Reed, not
    # Ohio); "the University of Ohio" keeps the place in its name
    from attribution.attribute.phrases import name_span
    from attribution.document import ParsedDoc
    from tests.test_attribution_rules import TREES

    _, statements = run("name_of_place", lexicon)
    assert [(s.speaker, s.mention.text) for s in attributed(statements)][0] == ("Tom Reed", "Senator Tom Reed")
    doc = ParsedDoc.from_conllu((TREES / "name_of_place.conllu").read_text(encoding="utf-8"))
    first, second = doc.sentences
    assert name_span(first, first.words[4]) == (4, 4)  # "Ohio" alone
    assert name_span(second, second.words[4]) == (4, 6)  # "University of Ohio"


def test_the_noun_phrase_a_relative_pronoun_stands_for_runs_up_to_it(lexicon) -> None:
    # "a page on farm policy, which dutifully recounts ...": the mention is the whole phrase the
    # pronoun follows, not "a page"; a name keeps its own span
    _, statements = run("relative_antecedent_phrase", lexicon)
    found = [(s.mention.text, s.cue.text) for s in attributed(statements)]
    assert found == [("a page on farm policy", "recounts"), ("Dale Moss", "said")]



def test_a_description_after_a_fronted_according_to_is_the_speaker_not_the_sources_role(lexicon) -> None:
    # "According to the Daily Star, the mayor said ...": "the mayor" is the subject of "said", not an
    # apposition giving the paper a role; mention and speaker agree, the paper relays
    _, statements = run("according_front_description_subject", lexicon)
    assert [(s.speaker, s.mention.text, s.sources, s.text) for s in attributed(statements)] == [
        ("mayor", "the mayor", ("Daily Star", "mayor"), "the bridge would close")]


def test_who_after_a_prepositional_phrase_stands_for_the_person_noun_it_hangs_on(lexicon) -> None:
    # '"...," said Ann Roy, a professor of law at the University of Oslo, who compared ...': the
    # parser hangs the relative clause on "University"; "who" is the professor, and the mention
    # is the whole phrase up to the pronoun
    _, statements = run("relative_who_after_prepositional_phrase", lexicon)
    found = [(s.speaker, s.mention.text, s.cue.text, s.text) for s in attributed(statements)]
    assert found == [
        ("Ann Roy", "Ann Roy", "said", "It was close"),
        ("professor", "a professor of law at the University of Oslo", "compared", "the race to a storm"),
    ]


def test_a_participle_on_a_subjectless_verb_is_spoken_by_the_name_before_that_verb(lexicon) -> None:
    # "On Sunday morning Mr. Reed made a third attempt to deflect Mr. Khan's criticism, writing
    # ...": the parser hung Reed on "morning", so "made" has no subject; the writer is the name
    # before "made", not Khan, whose criticism is the object
    _, statements = run("participle_host_without_subject", lexicon)
    found = [(s.speaker, s.mention.text, s.cue.text, s.text) for s in attributed(statements)]
    assert found == [("Reed", "Mr. Reed", "writing", "the real issue in the election was crime")]


def test_a_quoted_title_in_the_subjects_apposition_leaves_the_subject_speaking(lexicon) -> None:
    # 'Kerry Lane, star of the television show "Home," thanked Obama for "...": the quotation
    # closing right before the cue is a title inside the subject's phrase, not a clause Lane
    # says, so the name after the cue (the person thanked) is no inverted speaker
    _, statements = run("quoted_title_in_subject_apposition", lexicon)
    assert [(s.speaker, s.mention.text, s.cue.text) for s in attributed(statements)] == [("Kerry Lane", "Kerry Lane", "thanked")]


def test_a_document_issued_by_a_subjectless_verb_speaks_for_the_name_before_that_verb(lexicon) -> None:
    # "Shortly after ... death, Senate Majority Leader Tom Hale (R-Ky.) issued a statement saying
    # ...": the parser hung the name on "death", so "issued" has no subject; the author is the
    # name before "issued", not the statement
    _, statements = run("document_verb_without_subject", lexicon)
    assert [(s.speaker, s.mention.text, s.cue.text) for s in attributed(statements)] == [("Tom Hale", "Tom Hale", "saying")]


def test_a_pronoun_subject_set_off_by_a_dash_right_before_the_cue_is_the_frames_subject(lexicon) -> None:
    # "Senator Tom Reed, who has done it for 36 years — they say ...": the parser gives "say" two
    # subjects; "they" right after the dash is the frame's, not an apposition of the name (as
    # "Voters, he said, want ..." after a comma)
    _, statements = run("pronoun_subject_after_dash", lexicon)
    assert [(s.mention.text, s.cue.text) for s in attributed(statements)] == [("they", "say")]


def test_a_presentative_colon_frame_gives_the_quotation_to_the_person_presented(lexicon) -> None:
    # 'Here’s Lee in December 1992: “...”': the parser makes "Lee" the root, so no verb heads the
    # stretch before the colon; the person presented speaks, not the previous sentence's speaker
    _, statements = run("presentative_colon_frame", lexicon)
    found = [(s.speaker, s.kind, s.cue.text) for s in attributed(statements)]
    assert found == [("defenders", "indirect", "argue"), ("Lee", "direct", ":")]


def test_told_after_the_subjects_relative_aside_is_not_inverted(lexicon) -> None:
    # 'Ann Cole, who leads the board, told Reuters, "..."': the comma closing the aside before
    # "told" is no inverted frame's; Reuters was told, Ann Cole speaks
    _, statements = run("told_name_after_subject_relative", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("We will not back down", "Ann Cole", "told")


def test_told_after_the_subjects_apposition_is_not_inverted(lexicon) -> None:
    # 'Ann Cole, a Republican from Fargo, told Reuters, "..."', the name split over two heads
    _, statements = run("told_name_after_subject_apposition", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("We will not back down", "Ann Cole", "told")


def test_second_predicate_hung_on_the_first_ones_object_keeps_its_subject(lexicon) -> None:
    # 'He then adopted a fake accent and joked, "..."', "joked" parsed as a conjunct of "accent"
    _, statements = run("joked_on_object", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.mention.text, s.cue.text) == ("We are going to win big", "He", "joked")


def test_then_says_after_a_comma_shares_the_first_predicates_subject(lexicon) -> None:
    # "Kasich offered the man a job as Secretary of Defense, then says he ...": Kasich, not Defense
    for tree in ("then_says_parataxis", "then_says_advcl"):
        _, statements = run(tree, lexicon)
        [s] = attributed(statements)
        assert (s.text, s.speaker, s.cue.text) == ("he will welcome advice", "Kasich", "says"), tree


def test_a_participle_hung_on_a_subordinate_clause_goes_on_with_the_main_clause(lexicon) -> None:
    # "Mara Dunn stayed calm after the senators arrived, saying ...", "Ann Cole praised the
    # reforms that the mayor had backed, noting ...": the parser hangs the participle on the
    # subordinate or relative clause before its comma; the main clause's subject speaks. The
    # relative clause of a cleft is the sentence's own clause: "It is this plan that Lee is
    # pushing, arguing ...": Lee
    _, statements = run("participle_after_subordinate", lexicon)
    found = {s.cue.text: s.mention.text for s in attributed(statements) if s.mention is not None}
    assert found.get("saying") == "Mara Dunn" and found.get("noting") == "Ann Cole" and found.get("arguing") == "Lee"


def test_a_phrase_opened_by_in_taken_for_the_subject_is_no_speaker(lexicon) -> None:
    # "Jeb Bush in a blog post said ...": the parser makes "post" the subject and hangs the name
    # elsewhere; the post is where he said it, the name before it speaks
    _, statements = run("in_phrase_as_subject", lexicon)
    [s] = attributed(statements)
    assert (s.cue.text, s.mention.text) == ("said", "Jeb Bush")
