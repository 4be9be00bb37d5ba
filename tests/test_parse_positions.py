"""Positions: subjects, background, reported speech and stance (own example sentences)."""

from __future__ import annotations

import pytest

from diplotrack.parse import parse_article
from diplotrack.parse.stance import bears_stance, content_stance
from diplotrack.parse.text import split_sentences

HEAD = "date 2024-03-01\n"


def _positions(body: str) -> list[tuple[str, str, str]]:
    extraction = parse_article(HEAD + body)
    return [
        (extraction.display_name(p.holder), p.stance, p.evidence[0].quote if p.evidence else "")
        for p in extraction.positions
    ]


def test_stance_verbs_with_negation_and_hedges() -> None:
    found = _positions("French President Emmanuel Macron refused to back the tariff plan.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "oppose")]
    found = _positions("French President Emmanuel Macron did not rule out new sanctions.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "neutral")]
    found = _positions("French President Emmanuel Macron said he would not rule anything out at this stage.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "neutral")]


def test_reported_words_are_judged() -> None:
    found = _positions("German Chancellor Olaf Scholz said the proposal was a dangerous mistake.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "oppose")]
    assert found[0][2].startswith("the proposal was")


def test_quote_before_the_speaker() -> None:
    found = _positions("“We will not accept this,” German Chancellor Olaf Scholz said on Monday.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "oppose")]
    assert "We will not accept this" in found[0][2]


def test_analysts_and_reported_facts_are_not_positions() -> None:
    assert _positions("Analysts in Berlin said the summit could fail.") == []
    assert _positions("German Chancellor Olaf Scholz said the meeting had lasted two hours.") == []


def test_relative_clause_and_pluperfect_recaps_are_background() -> None:
    body = (
        "German Chancellor Olaf Scholz, who had long opposed the pipeline, met his French counterpart. "
        "French President Emmanuel Macron had threatened to walk out."
    )
    assert _positions(body) == []


def test_speculation_is_not_a_position() -> None:
    body = "Observers asked whether French President Emmanuel Macron would back the deal."
    assert _positions(body) == []


def test_coordinated_verbs_share_the_subject() -> None:
    body = "German Chancellor Olaf Scholz condemned the strike but said Germany would keep talking to Moscow."
    found = _positions(body)
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "oppose"), ("Olaf Scholz", "support")]


def test_content_stance_lexicon() -> None:
    assert content_stance(["the", "plan", "is", "a", "failure"]) == "oppose"
    assert content_stance(["we", "are", "ready", "to", "help"]) == "support"
    assert content_stance(["no", "option", "is", "off", "the", "table"]) == "neutral"
    assert bears_stance(["the", "talks", "would", "continue"])
    assert not bears_stance(["the", "talks", "began", "at", "noon"])


def test_disgust_and_concerns_oppose_and_a_despite_tail_does_not_count() -> None:
    concerned = "washington still had serious concerns about the missile tests"
    disgusted = "the united states was disgusted by the veto"
    assert content_stance(concerned.split()) == "oppose"
    assert content_stance(disgusted.split()) == "oppose"
    held_despite_doubts = "his government would not abandon the mission , despite mounting casualties and doubts"
    assert content_stance(held_despite_doubts.split()) == "support"


def test_joint_statement_with_titles_gives_one_position_per_signatory() -> None:
    body = (
        "Spanish Prime Minister Pedro Sanchez, Irish Prime Minister Simon Harris and "
        "Norwegian Prime Minister Jonas Gahr Store said in a joint statement that they remained committed to the truce."
    )
    holders = {h for h, _, _ in _positions(body)}
    assert {"Pedro Sanchez", "Simon Harris"} <= holders and len(holders) == 3


def test_title_before_name_in_commas_is_the_subject() -> None:
    body = "The European Union's foreign policy chief, Josep Borrell, said the bloc was ready to mediate."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Josep Borrell", "support")]


def test_bare_quotation_continues_the_speaker() -> None:
    body = "“The talks lasted two hours,” German Chancellor Olaf Scholz said. “This is a historic opportunity.”"
    assert ("Olaf Scholz", "support", "This is a historic opportunity") in _positions(body)
    assert _positions("“This is a historic opportunity.”") == []


def test_description_after_a_report_is_one_position() -> None:
    body = "German Chancellor Olaf Scholz said the text was different from the old one, calling it a fair compromise."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Olaf Scholz", "support")]


def test_ending_and_withdrawal_stances() -> None:
    assert content_stance(["the", "blockade", "must", "end"]) == "oppose"
    assert content_stance(["this", "war", "has", "to", "come", "to", "an", "end", "."]) == "support"
    assert content_stance(["we", "will", "not", "walk", "away", "from", "our", "partners"]) == "support"
    assert content_stance(["the", "country", "would", "pull", "out", "of", "the", "treaty"]) == "oppose"
    assert content_stance(["it", "is", "not", "too", "late", "to", "talk"]) == "support"
    assert content_stance(["the", "idea", "is", "hard", "to", "carry", "out", "but", "worth", "studying"]) == "neutral"


def test_warning_of_a_possibility_and_stop_requests_oppose() -> None:
    # A warning opposes what it warns of, a possibility too (the guidelines: "warning against" is oppose).
    found = _positions("French President Emmanuel Macron warned that Russia could try to meddle in the election.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "oppose")]
    found = _positions("French President Emmanuel Macron urged Washington to scrap the new duties.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "oppose")]


def test_topic_is_a_short_noun_phrase_mapped_to_the_vocabulary() -> None:
    extraction = parse_article(
        HEAD + "French President Emmanuel Macron called for an immediate ceasefire in Gaza, which he said was urgent."
    )
    position = extraction.positions[0]
    assert position.wording == "immediate ceasefire in Gaza"
    assert position.topic == "ceasefire-gaza"
    extraction = parse_article(HEAD + "German Chancellor Olaf Scholz said the deal was a failure.")
    assert extraction.positions[0].wording == "deal"


def test_speaker_set_inside_the_reported_words() -> None:
    found = _positions("If the talks failed, French President Emmanuel Macron warned, Europe would respond.")
    assert [h for h, _, _ in found] == ["Emmanuel Macron"]
    found = _positions(
        "As long as the fighting went on, German Chancellor Olaf Scholz said, Berlin would keep its aid."
    )
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]
    assert "Berlin would keep its aid" in found[0][2]
    assert _positions("Before the dinner, German Chancellor Olaf Scholz said, the two men walked in the garden.") == []


def test_stance_verbs_of_presenting_agreeing_and_defending() -> None:
    found = _positions("French President Emmanuel Macron unveiled a plan to cut tariffs on grain.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "support")]
    found = _positions("German Chancellor Olaf Scholz defended the compromise on the budget.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]
    found = _positions(
        "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed on Monday to hold new talks."
    )
    assert sorted(h for h, _, _ in found) == ["Emmanuel Macron", "Olaf Scholz"]
    found = _positions("German Chancellor Olaf Scholz blocked the new budget rules.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "oppose")]


def test_evaluations_of_importance_bear_a_stance() -> None:
    assert bears_stance(["it", "was", "vital", "to", "protect", "the", "package"])
    assert bears_stance(["the", "agreement", "was", "a", "win", "for", "both", "sides"])
    assert not bears_stance(["the", "meeting", "took", "place", "in", "the", "garden"])
    assert content_stance(["the", "remarks", "were", "nasty"]) == "oppose"


def _stances(text: str) -> set[tuple[str, str, str]]:
    """Each position of a text as (holder, topic, stance)."""
    return {(p.holder, p.topic, p.stance) for p in parse_article(text).to_expectation().positions}


def _wordings(body: str) -> list[str]:
    return [p.wording or "" for p in parse_article(HEAD + body).positions]


def test_topic_is_the_object_of_the_stance_noun_or_verb() -> None:
    assert _wordings("Spanish Prime Minister Pedro Sanchez expressed solidarity with Portugal.") == [
        "solidarity with Portugal"
    ]
    assert _wordings("German Chancellor Olaf Scholz welcomed what he called “a fair bargain” on fishing.") == [
        "fair bargain"
    ]
    assert _wordings("French President Emmanuel Macron backed on Tuesday a plan to rebuild the port.") == ["plan"]


def test_possessive_topic_names_its_antecedent() -> None:
    found = _wordings(
        "Asked about the sailors seized last month, German Chancellor Olaf Scholz stressed the importance of their "
        "return."
    )
    assert found == ["return of the sailors"]


def test_fragments_and_reporting_nouns_give_way_to_a_noun_phrase() -> None:
    from diplotrack.parse.topics import acceptable_topic

    assert not acceptable_topic(["of", "political"])
    assert not acceptable_topic(["statement"])
    assert not acceptable_topic(["monday"])
    assert not acceptable_topic(["spain"], [True])
    assert acceptable_topic(["spain"], [True], lead="solidarity")
    assert acceptable_topic(["fishing", "quotas"])
    found = _wordings("German Chancellor Olaf Scholz said we now have an opportunity for a fishing deal.")
    assert found and "we" not in found[0].lower().split()


def _folded(text: str) -> list[str]:
    return text.split(" ")


def test_verdict_after_a_relative_aside_and_whether_tails() -> None:
    assert content_stance(_folded("the new levy , which took effect in may after a long debate , unfair .")) == "oppose"
    assert content_stance(_folded("the phase-out of coal was inevitable whether they like it or not")) == "support"
    # A long clause after the aside is not a verdict on the subject: the aside is dropped.
    assert content_stance(_folded("the levy , which critics call unfair , was a success for the farmers")) == "support"


def test_quotes_without_a_view_are_not_positions() -> None:
    assert _positions("“The night was long,” French President Emmanuel Macron said.") == []
    found = _positions("“This summit is a pivot of history,” French President Emmanuel Macron said.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "support")]


def test_commentators_forecasts_and_denied_facts_are_not_positions() -> None:
    assert _positions("Economists in Paris said Macron would seek new loans from Brussels.") == []
    assert _positions("French President Emmanuel Macron told reporters he expected to visit Kyiv soon.") == []
    assert _positions("French President Emmanuel Macron said no documents had been signed.") == []


def test_addressees_and_comma_neighbours_are_not_holders() -> None:
    found = _positions("French President Emmanuel Macron urged Germany to approve the loan.")
    assert {h for h, _, _ in found} == {"Emmanuel Macron"}
    found = _positions("At a dinner with Chancellor Olaf Scholz, Macron, the French president, rejected the levy.")
    assert {h for h, _, _ in found} <= {"Emmanuel Macron"}


def test_a_ministry_named_by_its_demonym_speaks_for_the_country() -> None:
    found = _positions("Chile passed a law. The Peruvian foreign ministry described the law as illegal.")
    assert [(h, s) for h, s, _ in found] == [("Peru", "oppose")]


def test_a_name_given_is_no_verdict() -> None:
    found = _positions("French President Emmanuel Macron unveiled the scheme, calling it “Project Horizon.”")
    assert all(s != "oppose" for _, s, _ in found)
    assert not any("Project Horizon" in quote and "calling" in quote for _, _, quote in found)


def test_neutral_stances_and_standing_behind() -> None:
    # An abstention is a vote taken: an action, not a position (the annotation guidelines' settled case).
    assert _positions("Pakistan abstained on the resolution.") == []
    found = _positions("Indian Prime Minister Narendra Modi said India was not taking sides in the conflict.")
    assert [(h, s) for h, s, _ in found] == [("Narendra Modi", "neutral")]
    found = _positions("Egypt's foreign ministry said Cairo stood firmly behind the unity of Somalia.")
    assert [(h, s) for h, s, _ in found] == [("Egypt", "support")]


def test_evaluative_nouns_carry_stance() -> None:
    found = _positions("Ukrainian President Volodymyr Zelensky said the visit was a huge disappointment.")
    assert [(h, s) for h, s, _ in found] == [("Volodymyr Zelensky", "oppose")]


def test_reader_of_a_joint_communique_is_not_the_holder() -> None:
    body = (
        "Mali, Burkina Faso and Niger said they would leave the bloc, in a joint communique.\n\n"
        "The statement, read by the government spokesman, Colonel Major Amadou Abdramane, "
        "condemned the sanctions."
    )
    holders = {h for h, _, _ in _positions(body)}
    assert "Amadou Abdramane" not in holders
    assert {"Mali", "Burkina Faso", "Niger"} <= holders


def test_an_inverted_speaker_after_the_quote_with_an_office_before_the_name() -> None:
    found = _positions('"The new tariffs are illegal," said Kremlin spokesman Dmitry Peskov.')
    assert found == [("Dmitry Peskov", "oppose", "The new tariffs are illegal")]
    found = _positions(
        '"This is a reckless escalation," said NATO Secretary-General Jens Stoltenberg, "and it must end."'
    )
    assert [(h, s) for h, s, _ in found] == [("Jens Stoltenberg", "oppose")]


def test_refusing_to_condemn_withholds_and_refusing_to_back_opposes() -> None:
    found = _positions("Indian Prime Minister Narendra Modi refused to condemn the invasion.")
    assert [(h, s) for h, s, _ in found] == [("Narendra Modi", "neutral")]
    found = _positions("Indian Prime Minister Narendra Modi declined to back the resolution.")
    assert [(h, s) for h, s, _ in found] == [("Narendra Modi", "oppose")]
    extraction = parse_article(HEAD + "Indian Prime Minister Narendra Modi declined to say whether he would attend it.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("neutral", "attend it")]
    assert _positions("Indian Prime Minister Narendra Modi declined to comment.") == []
    found = _positions("Indian Prime Minister Narendra Modi declined the invitation to the summit.")
    assert [(h, s) for h, s, _ in found] == [("Narendra Modi", "oppose")]


def test_concern_with_an_adjective_opposes() -> None:
    found = _positions("Japan's Prime Minister Fumio Kishida expressed grave concern over the missile launches.")
    assert found == [("Fumio Kishida", "oppose", "expressed grave concern over the missile launches")]


def test_a_charge_is_about_what_the_charged_party_did() -> None:
    extraction = parse_article(
        HEAD + "Ukrainian President Volodymyr Zelensky criticised the Hungarian government for blocking the aid."
    )
    assert [(p.holder, p.stance, p.wording) for p in extraction.positions] == [
        ("volodymyr-zelensky", "oppose", "blocking the aid")
    ]
    extraction = parse_article(HEAD + "Chinese Foreign Minister Wang Yi accused Washington of stoking tensions.")
    assert [p.wording for p in extraction.positions] == ["stoking tensions"]


def test_a_description_after_a_stance_verb_is_the_same_position() -> None:
    found = _positions("Polish President Andrzej Duda welcomed the decision, calling it a historic day for Ukraine.")
    assert [(h, s) for h, s, _ in found] == [("Andrzej Duda", "support")]


def test_coordinated_holders_through_counterparts_and_plural_offices() -> None:
    found = _positions(
        "Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi denounced the sanctions."
    )
    assert [(h, s) for h, s, _ in found] == [("Sergei Lavrov", "oppose"), ("Wang Yi", "oppose")]
    found = _positions("The foreign ministers of Egypt and Jordan rejected the forced displacement of Palestinians.")
    assert [(h, s) for h, s, _ in found] == [("Egypt", "oppose"), ("Jordan", "oppose")]


def test_according_to_a_leader_before_or_after_the_words() -> None:
    found = _positions("According to Israeli Prime Minister Benjamin Netanyahu, the offensive must continue.")
    assert [(h, s) for h, s, _ in found] == [("Benjamin Netanyahu", "support")]
    found = _positions("The talks were a failure, according to the Kremlin.")
    assert [(h, s, e) for h, s, e in found] == [("Russia", "oppose", "The talks were a failure")]
    assert _positions("According to Ukrainian President Volodymyr Zelensky, 20 people were killed.") == []


def test_contentment_and_caution_are_stances_and_their_topics_are_their_objects() -> None:
    extraction = parse_article(HEAD + "Austrian Chancellor Sebastian Kurz said he was very satisfied with the result.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("support", "result")]
    extraction = parse_article(HEAD + "Dutch Prime Minister Mark Rutte said the deal protected Dutch interests.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("support", "deal")]
    found = _positions("President Barack Obama cautioned against pulling stimulus too early.")
    assert [(h, s) for h, s, _ in found] == [("Barack Obama", "oppose")]


def test_telling_or_asking_someone_to_act_and_bodies_of_office_holders() -> None:
    found = _positions("European Union leaders told Britain on Friday to start its departure quickly.")
    assert [(h, s) for h, s, _ in found] == [("European Union", "support")]
    found = _positions("Indian Foreign Minister Sushma Swaraj asked Washington not to take steps on work visas.")
    assert [(h, s) for h, s, _ in found] == [("Sushma Swaraj", "oppose")]
    extraction = parse_article(HEAD + "US President Joe Biden told reporters the deal was a disaster.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("oppose", "deal")]


def test_a_headline_states_no_positions_of_its_own() -> None:
    body = (
        "Germany rejects the tariff plan\n\n"
        "BERLIN, March 1 — German Chancellor Olaf Scholz on Friday rejected the tariff plan as a mistake."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Olaf Scholz", "oppose")]


def test_receiving_or_calling_on_a_guest_is_no_stance() -> None:
    assert _positions("Benin's President Thomas Boni Yayi welcomed Bush in Cotonou on Saturday.") == []
    assert _positions("Arab League chief Amr Moussa called on Suleiman at the Defence Ministry.") == []
    found = _positions("Arab League chief Amr Moussa called on Suleiman to accept the plan.")
    assert [(h, s) for h, s, _ in found] == [("Amr Moussa", "support")]


def test_both_as_a_subject_and_a_title_with_a_modifier_after_the_name() -> None:
    body = (
        "British Foreign Secretary William Hague and French Foreign Minister Alain Juppe met in Munich. "
        "Both condemned the vetoes."
    )
    assert sorted(h for h, _, _ in _positions(body)) == ["Alain Juppe", "William Hague"]
    found = _positions("Peter Mandelson, the European Union's trade commissioner, blamed Washington for the collapse.")
    assert [(h, s) for h, s, _ in found] == [("Peter Mandelson", "oppose")]


def test_audiences_congratulations_and_withdrawn_support() -> None:
    body = "Host Justin Trudeau told a closing news conference that the targets were ambitious but achievable."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Justin Trudeau", "support")]
    found = _positions("President Donald Trump abruptly withdrew his support for the joint communique.")
    assert [(h, s) for h, s, _ in found] == [("Donald Trump", "oppose")]
    found = _positions("German Chancellor Olaf Scholz congratulated the Polish people on a free election.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]


def test_names_listed_for_plural_offices_hold_the_words_and_plan_parts_are_no_positions() -> None:
    body = (
        "The ambassadors of Russia, China and France - Sergei Lavrov, Wang Yingfan and Jean-David Levitte - said "
        "the resolution excluded any automatic use of force."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [
        ("Sergei Lavrov", "oppose"),
        ("Wang Yingfan", "oppose"),
        ("Jean-David Levitte", "oppose"),
    ]
    body = (
        "The Quartet - the United Nations, the United States, the European Union and Russia - said the new "
        "government must meet three conditions: renounce violence, recognise Israel and accept past accords."
    )
    assert _positions(body) == []


def test_words_around_a_parenthetical_speaker_are_a_view_even_without_cue_words() -> None:
    found = _positions(
        "Israel's settlement policy, Secretary of State John Kerry said, was pushing the region toward one state."
    )
    assert [(h, s) for h, s, _ in found] == [("John Kerry", "support")]


def test_standing_by_supports_unless_it_is_a_recap_since_a_date() -> None:
    found = _positions("French President Emmanuel Macron said France stood by the communique.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "support")]
    assert _positions("Mali and Burkina Faso have stood by the coup leaders since the first days of the crisis.") == []


def test_expecting_someone_else_to_act_is_a_demand_and_expecting_to_act_a_forecast() -> None:
    found = _positions("Council President Charles Michel said he expected London to act on the result at once.")
    assert [(h, s) for h, s, _ in found] == [("Charles Michel", "support")]
    assert _positions("German Chancellor Olaf Scholz said he expected to meet Putin soon.") == []


def test_openness_and_not_yet_are_neutral_and_urging_resistance_opposes() -> None:
    found = _positions("Russian President Vladimir Putin said Russia was open to a dialogue with anyone.")
    assert [(h, s) for h, s, _ in found] == [("Vladimir Putin", "neutral")]
    found = _positions("Brazilian President Luiz Inacio Lula da Silva said he was not yet ready to back it.")
    assert [(h, s) for h, s, _ in found] == [("Luiz Inacio Lula da Silva", "neutral")]
    found = _positions("Chinese President Xi Jinping called on both countries to resist bloc confrontation.")
    assert [(h, s) for h, s, _ in found] == [("Xi Jinping", "oppose")]


def test_the_presidents_of_two_countries_are_their_presidents_when_named() -> None:
    body = (
        "Brazilian President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro met on Monday. "
        "The presidents of Brazil and Colombia have proposed a way out of the dispute."
    )
    found = _positions(body)
    assert [(h, s) for h, s, _ in found] == [("Luiz Inacio Lula da Silva", "support"), ("Gustavo Petro", "support")]


def test_calling_something_a_verdict_is_about_the_thing_and_a_state_visit_is_no_statement() -> None:
    body = (
        "China's President Xi Jinping, who combined the summit with a state visit to South Africa, called the "
        "expansion historic."
    )
    extraction = parse_article(HEAD + body)
    assert [(p.stance, p.wording) for p in extraction.positions] == [("support", "expansion")]
    extraction = parse_article(HEAD + "Israeli Prime Minister Benjamin Netanyahu called the address defamatory.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("oppose", "address")]


def test_his_office_speaks_for_the_leader_and_spurning_opposes() -> None:
    body = "Israeli Prime Minister Benjamin Netanyahu was furious. His office said Israel was not bound by the deal."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Benjamin Netanyahu", "oppose")]
    assert [(h, s) for h, s, _ in _positions("Brazil's government spurned the emergency aid.")] == [
        ("Brazil", "oppose")
    ]


def test_pressing_someone_to_act_backs_the_act() -> None:
    found = _positions("US climate envoy John Kerry arrived. He pressed China to cut emissions of methane.")
    assert [(h, s) for h, s, _ in found] == [("John Kerry", "support")]


def test_a_body_s_spokesman_or_agency_speaks_for_the_body() -> None:
    found = _positions("A Hamas spokesman condemned the visit as a stab in the back.")
    assert [(h, s) for h, s, _ in found] == [("Hamas", "oppose")]
    found = _positions("Syria's official news agency called the Tunisian decision unjustified.")
    assert [(h, s) for h, s, _ in found] == [("Syria", "oppose")]


def test_the_country_s_leader_is_its_head_and_someone_turned_towards_is_no_subject() -> None:
    body = (
        "ASTANA — Tajikistan's President Emomali Rahmon told Vladimir Putin that Moscow must respect its partners. "
        '"We want respect," the Tajik leader said, turning towards Putin. '
        "He complained that Russia had ignored smaller partners."
    )
    assert {h for h, _, _ in _positions(body)} == {"Emomali Rahmon"}


def test_agreeing_that_something_is_unacceptable_opposes_it_and_better_than_war_supports() -> None:
    body = "Japanese Prime Minister Fumio Kishida and President Joe Biden agreed that a test would be unacceptable."
    assert {s for _, s, _ in _positions(body)} == {"oppose"}
    found = _positions("French President Emmanuel Macron said a halt to hostilities is a great deal better than war.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "support")]


def test_being_back_somewhere_backs_nothing() -> None:
    assert _positions("Indian Prime Minister Narendra Modi was back in New Delhi by evening.") == []
    assert [(h, s) for h, s, _ in _positions("US President Joe Biden will back the plan.")] == [
        ("Joe Biden", "support")
    ]


def test_a_government_department_speaks_for_its_country() -> None:
    assert [(h, s) for h, s, _ in _positions("The State Department urged all sides to show restraint.")] == [
        ("United States", "support")
    ]
    found = _positions("Pakistan's Foreign Office questioned the morality of the endorsement.")
    assert [(h, s) for h, s, _ in found] == [("Pakistan", "oppose")]


def test_a_state_and_a_group_coordinated_hold_together() -> None:
    found = _positions("Israel and Hamas agreed on Wednesday to a ceasefire brokered by Egypt.")
    assert [(h, s) for h, s, _ in found] == [("Israel", "support"), ("Hamas", "support")]


def test_a_spokesperson_reporting_the_leader_s_view_gives_the_leader() -> None:
    body = (
        "Russian President Vladimir Putin met the Hungarian prime minister. Kremlin spokesman Dmitry Peskov said "
        "the president was open to hearing his ideas."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Vladimir Putin", "neutral")]


def test_the_seven_leaders_are_the_seven_named_last() -> None:
    body = (
        "Joe Biden, Olaf Scholz, Emmanuel Macron, Rishi Sunak, Giorgia Meloni, Justin Trudeau and Fumio Kishida "
        "met in Hiroshima. The seven leaders pledged to deepen cooperation in fighting terrorism."
    )
    assert len({h for h, _, _ in _positions(body)}) == 7


def test_words_before_a_speaker_who_told_an_audience_are_his() -> None:
    found = _positions("The deal is a disaster, US President Joe Biden told reporters on Friday.")
    assert [(h, s) for h, s, _ in found] == [("Joe Biden", "oppose")]


def test_conditions_and_deferrals_are_neutral() -> None:
    found = _positions("US President Joe Biden said Washington would play a role only if both sides asked it to.")
    assert [(h, s) for h, s, _ in found] == [("Joe Biden", "neutral")]
    found = _positions("Kremlin spokesman Dmitry Peskov said Moscow needed more details before it could respond.")
    assert [(h, s) for h, s, _ in found] == [("Dmitry Peskov", "neutral")]


def test_a_view_and_its_caveat_after_but_that_are_two_positions() -> None:
    body = (
        "Spokesman Vikas Swarup said India remained committed to regional cooperation, but that it could only "
        "move forward in an atmosphere free of terror."
    )
    assert [s for _, s, _ in _positions(body)][:1] == ["support"]


def test_a_body_s_head_speaking_of_the_body_holds_the_view() -> None:
    body = "European Council President Charles Michel said the EU does not recognise the results."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Charles Michel", "oppose")]


def test_calling_someone_a_name_judges_them_and_calling_someone_is_a_phone_call() -> None:
    found = _positions('House Speaker Nancy Pelosi called Chavez "an everyday thug".')
    assert [(h, s) for h, s, _ in found] == [("Nancy Pelosi", "oppose")]
    assert _positions("US President Joe Biden called Zelensky on Friday.") == []


def test_state_television_states_nothing() -> None:
    body = (
        "Libyan leader Muammar Gaddafi met the British prime minister. Gaddafi, according to a statement read on "
        "Libyan state television, welcomed the visit."
    )
    extraction = parse_article("date 2004-03-25\n" + body)
    assert [(extraction.display_name(p.holder), p.stance) for p in extraction.positions] == [
        ("Muammar Gaddafi", "support")
    ]


def test_the_two_leaders_include_the_one_met_and_and_agreed_shares_the_opening_subject() -> None:
    body = (
        "Indian Prime Minister Narendra Modi met South African President Cyril Ramaphosa. The two leaders witnessed "
        "the signing of agreements, and agreed to expand defence ties."
    )
    assert sorted(h for h, _, _ in _positions(body)) == ["Cyril Ramaphosa", "Narendra Modi"]


def test_contrasts_concessions_and_refusals_to_give_up() -> None:
    assert content_stance(["we", "want", "partners", ",", "not", "masters"]) == "support"
    assert content_stance(["this", "is", "not", "a", "retreat", "but", "a", "promise", "kept"]) == "support"
    assert content_stance(["the", "text", "is", "not", "perfect"]) == "support"
    assert content_stance(["our", "troops", "will", "not", "leave", "the", "country"]) == "support"
    assert content_stance(["we", "will", "not", "back", "down"]) == "support"
    assert content_stance(["the", "chance", "must", "not", "be", "wasted"]) == "support"
    assert content_stance(["we", "will", "not", "accept", "the", "plan"]) == "oppose"
    assert content_stance(["the", "tariffs", "were", "a", "senseless", "blow", "to", "trade"]) == "oppose"


def test_a_quoted_sentence_is_a_view_even_without_a_stance_word() -> None:
    body = (
        '"Kenya is coming back to Europe, and Europe is coming back to Kenya," German Chancellor Olaf Scholz said. '
        '"A long night."'
    )
    found = _positions(body)
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]
    assert found[0][2].startswith("Kenya is coming back to Europe")


def test_reported_words_after_a_time_adverbial() -> None:
    found = _positions("German Chancellor Olaf Scholz said on Tuesday he wanted to deepen cooperation with Kenya.")
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]
    assert _positions("German Chancellor Olaf Scholz said as he arrived in Nairobi.") == []


def test_a_reported_clause_is_a_view_but_a_leftover_phrase_is_not() -> None:
    found = _positions("Kenyan President William Ruto said the bloc stood as a pillar of a fairer world order.")
    assert [(h, s) for h, s, _ in found] == [("William Ruto", "support")]
    assert _positions("Kenyan President William Ruto spoke to a packed hall at the convention centre.") == []


def test_a_reservation_after_but_does_not_turn_the_view() -> None:
    reserved = "brazil respected colombia's right to seek help but would not join any operation"
    assert content_stance(reserved.split(" ")) == "support"
    judged = "the ban is outdated and the exclusion an act of discrimination"
    assert content_stance(judged.split(" ")) == "oppose"


def test_a_quotation_before_its_speaker_is_the_speakers_not_its_subjects() -> None:
    found = _positions('"Serbia will not accept the loss of its territory," Serbian President Boris Tadic said.')
    assert [(h, s) for h, s, _ in found] == [("Boris Tadic", "oppose")]


def test_the_one_welcomed_holds_no_view() -> None:
    assert _positions("Chinese Premier Li Qiang was welcomed with a 19-gun salute at Parliament House.") == []


def test_a_condition_inside_the_speakers_quotation_is_not_doubt() -> None:
    body = (
        "French President Francois Hollande arrived in Strasbourg. "
        '"I am ready to meet President Putin if it helps bring a ceasefire," the French president said.'
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Francois Hollande", "support")]


def test_a_one_word_office_stands_for_the_full_title() -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov met the delegation on Monday. "
        '"We should not punish the Palestinian people for the way they voted," the Russian minister said.'
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Sergei Lavrov", "oppose")]


def test_a_speaker_behind_two_asides() -> None:
    body = (
        "Sergei Ivanov, the Russian defence minister, who travelled with the president, said the base would stay "
        "as long as the Tajik government wanted it."
    )
    assert [h for h, _, _ in _positions(body)] == ["Sergei Ivanov"]


def test_taking_note_is_neutral_and_no_choice_but_is_support() -> None:
    assert content_stance(["kenya", "takes", "note", "of", "the", "decision"]) == "neutral"
    assert content_stance(["we", "have", "no", "choice", "but", "to", "understand", "each", "other"]) == "support"
    assert content_stance(["we", "did", "not", "just", "elect", "a", "president"]) == "support"


def test_reported_words_put_before_the_speaker_are_the_speakers() -> None:
    body = (
        "The United States is not seeking to topple the government in Moscow, Secretary of State Antony Blinken said."
    )
    assert [h for h, _, _ in _positions(body)] == ["Antony Blinken"]


def test_countries_acting_while_their_heads_are_named_give_the_heads() -> None:
    body = (
        "Ethiopia and Eritrea declared an end to two decades of hostility on Monday, as Ethiopian Prime Minister "
        "Abiy Ahmed and Eritrean President Isaias Afwerki signed a joint declaration."
    )
    assert sorted(h for h, _, _ in _positions(body)) == ["Abiy Ahmed", "Isaias Afwerki"]


def test_quotations_before_an_audience_and_asides_to_mourners() -> None:
    body = (
        'French President Emmanuel Macron arrived. "I came here to offer the hand of friendship," Macron told an '
        "audience of students at the university. Europe, he told the mourners, must stay united and strong."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Emmanuel Macron", "support"), ("Emmanuel Macron", "support")]


def test_an_announced_measure_is_backed_and_an_understood_choice_is_neutral() -> None:
    assert content_stance(["it", "was", "severing", "relations", "with", "tehran"]) == "support"
    assert content_stance(["venezuela", "would", "withdraw", "its", "diplomats"]) == "support"
    assert content_stance(["he", "understood", "the", "choice", "of", "paris"]) == "neutral"


def test_expressing_a_feeling_and_a_spokesman_for_a_leader() -> None:
    found = _positions("South Korea's foreign ministry expressed deep disappointment and indignation at the visit.")
    assert [(h, s) for h, s, _ in found] == [("South Korea", "oppose")]
    found = _positions("A spokesman for Prime Minister Gordon Brown said Britain would complete its ratification.")
    assert [(h, s) for h, s, _ in found] == [("Gordon Brown", "support")]


def test_a_participle_speaks_for_the_clause_subject_not_the_words_after_it_or_the_objects_before() -> None:
    body = (
        "U.S. President Barack Obama spoke to parliament on Tuesday, saying Washington would keep insisting "
        "that safe havens for militants were unacceptable."
    )
    assert [h for h, _, _ in _positions(body)] == ["Barack Obama"]
    body = (
        "Colombian President Juan Manuel Santos has excluded Cuba, Venezuela and Nicaragua from the meeting, "
        "arguing that their governments do not respect democracy."
    )
    assert [h for h, _, _ in _positions(body)] == ["Juan Manuel Santos"]


def test_a_participle_after_reported_words_belongs_to_the_reporter() -> None:
    body = (
        "U.S. President Barack Obama assured the Baltic states on Wednesday that the United States would defend "
        "them against any attack, telling a crowd in Tallinn that their freedom was not negotiable."
    )
    assert {h for h, _, _ in _positions(body)} == {"Barack Obama"}


def test_a_government_reporting_its_leaders_view_gives_the_leader() -> None:
    body = "The White House said on Tuesday that President Barack Obama strongly supported the new sanctions."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Barack Obama", "support")]


def test_bodies_the_gazetteer_does_not_list_hold_positions() -> None:
    body = (
        "Back in Ottawa, the New Democratic Party demanded a full debate before any more soldiers were sent. "
        "On Saturday the National Resistance Movement rejected any recount."
    )
    extraction = parse_article(HEAD + body)
    assert [(extraction.display_name(p.holder), p.stance) for p in extraction.positions] == [
        ("New Democratic Party", "support"),
        ("National Resistance Movement", "oppose"),
    ]
    assert {(o.name, o.kind) for o in extraction.organizations} == {
        ("New Democratic Party", "party"),
        ("National Resistance Movement", "other"),
    }


def test_calling_a_named_thing_something_judges_it() -> None:
    found = _positions("U.S. President Donald Trump called NAFTA perhaps the worst trade deal ever made.")
    assert [(h, s) for h, s, _ in found] == [("Donald Trump", "oppose")]
    assert _positions("U.S. President Donald Trump called Macron a day later.") == []


def test_a_quotation_before_a_verb_followed_by_a_place_or_time() -> None:
    body = '"It is an assault on our country," Danish Prime Minister Anders Fogh Rasmussen said outside his residence.'
    assert [(h, s) for h, s, _ in _positions(body)] == [("Anders Fogh Rasmussen", "oppose")]


def test_being_prepared_to_act_is_a_view_even_told_before_the_speaker() -> None:
    body = "France was prepared to take part in air strikes, French President Francois Hollande said."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Francois Hollande", "support")]


def test_a_word_in_quotes_inside_the_object_keeps_the_phrase_going() -> None:
    body = 'Argentine President Nestor Kirchner said Argentina would accept a "reasonable" increase in the price.'
    [(holder, stance, evidence)] = _positions(body)
    assert (holder, stance) == ("Nestor Kirchner", "support")
    assert 'a "reasonable" increase in the price' in evidence


def test_calling_on_a_titled_host_is_a_visit_not_a_demand() -> None:
    body = "Pakistani Prime Minister Nawaz Sharif also called on President Pranab Mukherjee at the presidential palace."
    assert _positions(body) == []
    body = "Palestinian President Mahmoud Abbas called on the Obama administration to press Israel to cancel it."
    # A demand, and one against what is to be cancelled.
    assert [(h, s) for h, s, _ in _positions(body)] == [("Mahmoud Abbas", "oppose")]


def test_a_present_perfect_recaps_a_stance_but_an_obligation_does_not() -> None:
    assert _positions("Moscow has accused the West of meddling in the election.") == []
    body = "German Chancellor Olaf Scholz said Germany has to support the deal."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Olaf Scholz", "support")]


def test_a_governments_stance_in_the_perfect_is_a_recap_but_a_leaders_is_news() -> None:
    assert _positions("Moscow has accused the West of meddling in the election.") == []
    body = "French President Emmanuel Macron has proposed expanding the coalition against ISIL."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Emmanuel Macron", "support")]


def test_acting_without_preconditions_or_delay_is_backing_and_misguided_efforts_are_opposed() -> None:
    ready = ["armenia", "was", "ready", "to", "open", "relations", "with", "turkey", "without", "preconditions"]
    assert content_stance(ready) == "support"
    assert content_stance(["we", "will", "act", "without", "delay"]) == "support"
    assert content_stance(["the", "law", "is", "a", "misguided", "effort"]) == "oppose"


def test_a_description_after_a_long_aside_is_the_verdict() -> None:
    body = (
        "Ecuadorean President Rafael Correa called the March 1 strike, which killed a rebel commander and some "
        "20 others, a massacre and an aggression against his country's sovereignty."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Rafael Correa", "oppose")]


def test_state_media_and_its_ministry_speak_for_their_country() -> None:
    body = "North Korea's official KCNA news agency condemned the planned drills as a reckless provocation."
    assert [(h, s) for h, s, _ in _positions(body)] == [("North Korea", "oppose")]
    body = "Israel summoned the Chilean ambassador. Its foreign ministry condemned the decision."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Israel", "oppose")]


def test_regional_blocs_and_armed_groups_of_the_gazetteer_hold_positions() -> None:
    body = "IGAD, the East African regional bloc that has led the mediation, welcomed the declaration."
    assert [(h, s) for h, s, _ in _positions(body)] == [("IGAD", "support")]
    assert [(h, s) for h, s, _ in _positions("The FARC rejected the plan on Monday.")] == [("FARC", "oppose")]


def test_a_text_issued_by_the_two_leaders_speaks_for_both() -> None:
    body = (
        "Chinese President Xi Jinping met South Korean President Park Geun-hye in Seoul. The two leaders "
        "issued a joint statement expressing their firm support for a nuclear-free peninsula."
    )
    assert sorted(h for h, _, _ in _positions(body)) == ["Park Geun-hye", "Xi Jinping"]


def test_a_connective_between_said_and_that() -> None:
    body = "Belgian Prime Minister Guy Verhofstadt said, however, that Belgium would sign the treaty."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Guy Verhofstadt", "support")]


def test_a_speaker_set_inside_the_words_with_a_phrase_of_manner_or_audience() -> None:
    body = (
        "Belgian Prime Minister Guy Verhofstadt spoke. The law, he told Swedish reporters, would make "
        "cooperation between the two governments increasingly difficult."
    )
    assert [h for h, _, _ in _positions(body)] == ["Guy Verhofstadt"]
    body = (
        "Belgian Prime Minister Guy Verhofstadt spoke. Freedom of the press, he said in a statement, should "
        "always be exercised with respect."
    )
    assert [h for h, _, _ in _positions(body)] == ["Guy Verhofstadt"]


def test_a_leaders_words_around_an_aside_are_a_view_without_a_stance_word() -> None:
    body = (
        "Belarusian President Alexander Lukashenko spoke on Monday. The authorities, he said, had acted within "
        "the law and the courts would decide."
    )
    assert [h for h, _, _ in _positions(body)] == ["Alexander Lukashenko"]
    assert _positions("Before the dinner, analysts said, the two men walked in the garden of the palace.") == []


def test_words_before_a_speaker_who_told_an_audience_at_the_sentence_end() -> None:
    body = (
        'Chinese Premier Wen Jiabao spoke. "China and India are partners, not rivals, and there is room for both '
        'of us to grow," he told an Indian business audience.'
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Wen Jiabao", "support")]
    body = "Turkish Foreign Minister Mevlut Cavusoglu spoke. Turkey's concerns had to be met, he told reporters later."
    assert [h for h, _, _ in _positions(body)] == ["Mevlut Cavusoglu"]


def test_the_answer_to_a_question_put_to_the_speaker_is_theirs() -> None:
    body = "Asked whether he would attend, Rwandan President Paul Kagame said he had not yet decided."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Paul Kagame", "neutral")]
    assert _positions("Reporters wondered whether Rwandan President Paul Kagame would back the plan.") == []


def test_working_together_against_a_threat_backs_the_work() -> None:
    assert content_stance(["britain", "would", "now", "work", "with", "libya", "against", "al", "qaeda"]) == "support"


def test_posing_no_threat_denies_a_harm() -> None:
    words = ["the", "cooperation", "was", "civilian", "and", "posed", "no", "threat", "to", "anyone"]
    assert content_stance(words) == "support"
    assert content_stance(["israel", "would", "accept", "no", "settlement", "freeze"]) == "oppose"


def test_words_of_rejection_blame_and_alarm_read_as_opposition() -> None:
    assert content_stance(["mexico", "would", "keep", "its", "firm", "rejection", "of", "the", "plan"]) == "oppose"
    assert content_stance(["the", "crackdown", "was", "a", "step", "backwards"]) == "oppose"
    assert content_stance(["paraguay", "would", "challenge", "the", "admission"]) == "oppose"


def test_a_second_verb_inside_reported_words_keeps_the_reporter() -> None:
    body = (
        "U.S. Secretary of State Hillary Clinton said Washington opposed the use of force by any claimant "
        "and backed a collaborative diplomatic process."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Hillary Clinton", "oppose"), ("Hillary Clinton", "support")]


def test_an_infinitive_after_an_object_shares_the_clause_subject() -> None:
    body = (
        "Moroccan King Mohammed VI spoke on Thursday. Later the king telephoned Palestinian President Mahmoud "
        "Abbas to assure him that Morocco still backed a two-state solution."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Mohammed VI", "support")]


def test_a_spokesperson_reporting_a_leaders_view_gives_the_leader() -> None:
    body = "In Berlin, deputy government spokesman Wolfgang Buechner said Chancellor Olaf Scholz fully backed the trip."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Olaf Scholz", "support")]
    body = (
        "At the United Nations, spokesman Stephane Dujarric said Secretary-General Antonio Guterres still "
        "believed that a solution could be found only through dialogue."
    )
    assert [h for h, _, _ in _positions(body)] == ["Antonio Guterres"]


def test_a_forecast_act_is_not_a_view() -> None:
    body = "Mexican President Felipe Calderon is expected to press U.S. lawmakers to restore a ban on assault weapons."
    assert _positions(body) == []
    body = "Diplomats said Montenegrin Prime Minister Milo Djukanovic was likely to ask parliament to act."
    assert _positions(body) == []


def test_a_stance_dated_to_an_earlier_news_cycle_is_background() -> None:
    body = "India's foreign ministry said last month that it would carefully monitor the project."
    assert _positions(body) == []
    body = "India's foreign ministry said on Monday that it would carefully monitor the project."
    assert [h for h, _, _ in _positions(body)] == ["India"]


def test_a_leader_who_told_someone_something_holds_it_and_titles_with_state_are_titles() -> None:
    body = (
        "Iranian President Ebrahim Raisi arrived. Raisi also called on President Asif Ali Zardari, who told him "
        "that Pakistan valued its ties with Iran and wanted them to grow."
    )
    assert ("Asif Ali Zardari", "support") in [(h, s) for h, s, _ in _positions(body)]
    body = "Anwar Gargash, the UAE's minister of state for foreign affairs, urged Qatar to take the list seriously."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Anwar Gargash", "support")]


def test_the_two_prime_ministers_are_the_two_named_before() -> None:
    body = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in New Delhi. The two "
        "prime ministers agreed to deepen cooperation in defence, the Indian foreign ministry said."
    )
    assert sorted(h for h, _, _ in _positions(body)) == ["Fumio Kishida", "Narendra Modi"]


def test_a_whether_inside_an_opening_scene_is_no_doubt_about_the_view() -> None:
    body = (
        "Speaking two months before Britain votes on whether to leave the European Union, U.S. President "
        "Barack Obama said the United States needed a strong and united Europe at its side."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Barack Obama", "support")]


def test_raising_the_idea_of_something_proposes_it() -> None:
    body = "North Korean leader Kim Jong Il also raised the idea of ending missile sales abroad in return for aid."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Kim Jong Il", "support")]


def test_a_claim_in_the_pluperfect_without_a_negation_is_a_view() -> None:
    body = (
        "Iranian Acting Foreign Minister Ali Bagheri Kani said the number of delegations showed that attempts "
        "to isolate Iran had failed."
    )
    assert [h for h, _, _ in _positions(body)] == ["Ali Bagheri Kani"]
    assert _positions("German Chancellor Olaf Scholz said no agreements had been signed.") == []


def test_a_description_in_a_relative_clause_glosses_the_sentences_topic() -> None:
    body = (
        "Chinese President Jiang Zemin said he supported closer cooperation with the United States against "
        "terrorism, which he called a common enemy of mankind."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Jiang Zemin", "support")]


def test_a_second_verb_taking_the_first_ones_object_back_is_the_same_view() -> None:
    body = (
        "The Palestinian foreign ministry condemned Serbia's pledge as a flagrant breach of international law "
        "and urged Belgrade to reverse it."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Palestine", "oppose")]


def test_refusing_to_close_a_door_keeps_it_open() -> None:
    assert content_stance(["china", "will", "not", "close", "its", "door", "to", "the", "world"]) == "support"
    assert content_stance(["china", "will", "not", "accept", "the", "ruling"]) == "oppose"


def test_a_leader_who_thanked_someone_holds_the_thanks() -> None:
    body = (
        "German Chancellor Angela Merkel arrived in Kyiv. She also met Prime Minister Arseny Yatseniuk, who "
        "thanked Berlin for its solidarity in a very difficult hour."
    )
    assert ("Arseny Yatseniuk", "support") in [(h, s) for h, s, _ in _positions(body)]


def test_a_quotation_after_a_question_the_speaker_asked_is_theirs() -> None:
    body = (
        'Lebanese Prime Minister Fouad Siniora spoke in Rome. "Is the life of a Lebanese worth less?" he asked. '
        '"We need a ceasefire now, not tomorrow."'
    )
    found = _positions(body)
    assert ("Fouad Siniora", "support", "We need a ceasefire now, not tomorrow") in found


def test_setting_out_a_list_after_a_colon_is_the_plan_not_a_position_beside_it() -> None:
    body = (
        "Turkish President Recep Tayyip Erdogan set out Ankara's terms: the two countries must end their support "
        "for Kurdish militants and lift their arms export restrictions."
    )
    assert _positions(body) == []
    body = "Turkish President Recep Tayyip Erdogan set out Ankara's terms for the two countries on Tuesday."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Recep Tayyip Erdogan", "support")]


def test_an_embrace_of_a_person_is_a_hug() -> None:
    assert _positions("Pakistani Prime Minister Nawaz Sharif embraced him on the tarmac.") == []
    found = _positions("Pakistani Prime Minister Nawaz Sharif embraced the proposal for talks.")
    assert [(h, s) for h, s, _ in found] == [("Nawaz Sharif", "support")]


def test_what_was_said_repeatedly_or_at_the_time_is_a_recap() -> None:
    body = "Russian President Vladimir Putin called the incident a stab in the back at the time."
    assert _positions(body) == []
    body = "French President Nicolas Sarkozy said repeatedly that meeting the Dalai Lama was a matter for him."
    assert _positions(body) == []


def test_a_stance_told_in_a_where_clause_is_background() -> None:
    body = (
        "The two leaders acknowledged that their views on Syria, where Moscow backs the government and Ankara "
        "supports the rebels, still differed."
    )
    assert "Russia" not in [h for h, _, _ in _positions(body)]


def test_a_bare_denial_in_a_relative_clause_and_an_approval_are_not_views() -> None:
    denied = (
        "Experts say Rwandan soldiers fought alongside the rebels, which Kigali denies. "
        "Paris has accused the junta of hiring mercenaries, a charge Bamako denies."
    )
    assert _positions(denied) == []
    assert _positions("NATO leaders approved on Friday the alliance's biggest reinforcement in decades.") == []
    rebutted = "Diplomats said Cambodia acted for Beijing, a charge Foreign Minister Hor Namhong dismissed as baseless."
    assert [(h, s) for h, s, _ in _positions(rebutted)] == [("Hor Namhong", "oppose")]


def test_the_governments_behind_a_joint_statement_hold_its_view() -> None:
    body = (
        "U.S. Secretary of State Mike Pompeo met Indian Foreign Minister Sushma Swaraj in New Delhi. "
        "In a joint statement, the two countries called on Pakistan to stop cross-border attacks."
    )
    holders = {(h, s) for h, s, _ in _positions(body)}
    assert {("United States", "support"), ("India", "support")} <= holders
    allies = (
        "South Korea and the United States said on Friday they would deploy a missile shield. "
        "The move drew an angry protest from China within hours. "
        "In a joint statement, the two allies said the battery would not be directed at any third country."
    )
    joint = {h for h, _, evidence in _positions(allies) if "battery" in evidence}
    assert joint == {"South Korea", "United States"}
    alone = "The two countries called on Pakistan to stop cross-border attacks."
    assert _positions(alone) == []


def test_the_two_governments_opening_a_sentence_are_the_story_s_first_two_states() -> None:
    body = (
        "Britain agreed on Thursday to hand the Chagos Islands to Mauritius after two years of talks. "
        "The two governments said they would finalise a treaty as quickly as possible."
    )
    holders = {h for h, _, evidence in _positions(body) if "finalise" in evidence}
    assert holders == {"United Kingdom", "Mauritius"}
    inside = (
        "Britain agreed on Thursday to hand the Chagos Islands to Mauritius after two years of talks. "
        "Officials said the two governments would finalise a treaty as quickly as possible."
    )
    assert not any(h == "Mauritius" for h, _, _ in _positions(inside))  # not the clause's opening words


def test_they_in_the_next_sentence_are_the_holders_of_a_shared_view() -> None:
    body = (
        "The presidents of Poland and Lithuania, Andrzej Duda and Gitanas Nauseda, called for more weapons for Kyiv. "
        "They also urged the European Union to open accession talks."
    )
    urged = {h for h, _, evidence in _positions(body) if "accession" in evidence}
    assert urged == {"Andrzej Duda", "Gitanas Nauseda"}
    later = body.replace("They also", "Analysts expected no quick decision. They also")
    assert not [h for h, _, evidence in _positions(later) if "accession" in evidence]


def test_a_surname_with_an_apostrophe_stands_for_its_leader_later() -> None:
    body = "Canadian Defence Minister Gordon O'Connor met troops on Friday. O’Connor said Canada would stay the course."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Gordon O'Connor", "support")]


@pytest.mark.parametrize(
    "body",
    [
        "White House spokesman Josh Earnest said on Monday that President Barack Obama respected Canada's decision.",
        "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres was deeply concerned by the fighting.",
    ],
)
def test_a_spokesperson_reports_the_view_of_the_leader_named_after_a_day_or_a_title(body: str) -> None:
    holders = [h for h, _, _ in _positions(body)]
    assert holders and holders[0] in ("Barack Obama", "Antonio Guterres")


def test_a_leaders_own_stand_reported_by_another_leader_is_theirs() -> None:
    reported = "U.S. President Joe Biden said Ukrainian President Volodymyr Zelensky was open to a just peace."
    assert [h for h, _, _ in _positions(reported)] == ["Volodymyr Zelensky"]
    demanded = "U.S. President Joe Biden said Russian President Vladimir Putin must pay for the war."
    assert [h for h, _, _ in _positions(demanded)] == ["Joe Biden"]


def test_a_spokespersons_quotation_opening_on_the_leader_is_the_leaders_view() -> None:
    body = (
        "Russian President Vladimir Putin will not travel. "
        '"The president has decided to cancel this visit," Kremlin spokesman Dmitry Peskov told reporters.'
    )
    assert [h for h, _, _ in _positions(body)] == ["Vladimir Putin"]


def test_the_two_men_are_the_pair_of_the_sentence_before() -> None:
    body = (
        "Japanese Prime Minister Fumio Kishida thanked Australian Prime Minister Anthony Albanese for coming. "
        "Kishida also met South Korean Prime Minister Han Duck-soo. "
        "The two men agreed to work towards improving relations."
    )
    agreed = {h for h, _, evidence in _positions(body) if "improving" in evidence}
    assert agreed == {"Fumio Kishida", "Han Duck-soo"}


def test_a_speaker_after_a_list_is_not_part_of_it() -> None:
    body = (
        "The team will be led by Secretary of State Marco Rubio, CIA Director John Ratcliffe and "
        "national security adviser Mike Waltz, U.S. President Donald Trump said."
    )
    assert {h for h, _, _ in _positions(body)} <= {"Donald Trump"}


def test_making_clear_reports_a_view() -> None:
    body = "Uruguayan President Jose Mujica made clear that Uruguay would not close the mill."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Jose Mujica", "support")]


def test_parties_and_movements_the_gazetteer_ships_hold_their_views() -> None:
    body = (
        "The Sudan People's Liberation Movement-in-Opposition said it would respect the ceasefire. "
        "The Tigray People's Liberation Front rejected the plan."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("SPLM-IO", "support"), ("TPLF", "oppose")]


def test_calling_a_bare_noun_something_judges_it_but_calling_off_does_not() -> None:
    named = 'Venezuelan President Nicolas Maduro called dialogue "the only road" for the country.'
    assert [(h, s) for h, s, _ in _positions(named)] == [("Nicolas Maduro", "support")]
    assert _positions("Japanese Prime Minister Fumio Kishida called off a trip to Kazakhstan.") == []


def test_not_ruling_it_out_is_neutral() -> None:
    body = "Asked about bases in Poland, U.S. President Barack Obama did not rule it out."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Barack Obama", "neutral")]


def test_a_leader_of_a_country_is_the_subject_not_the_country() -> None:
    body = "Crown Prince Abdullah bin Abdul Aziz of Saudi Arabia proposed a plan to end the fighting."
    assert [h for h, _, _ in _positions(body)] == ["Abdullah bin Abdul Aziz"]


def test_words_reported_after_a_day_may_open_on_a_possessive() -> None:
    body = "Malaysian Prime Minister Mahathir Mohamad said on Tuesday his government would cancel the railway."
    assert [(h, s, e) for h, s, e in _positions(body)] == [
        ("Mahathir Mohamad", "oppose", "his government would cancel the railway")
    ]


def test_a_surname_that_is_also_a_modal_still_ends_the_speakers_name() -> None:
    body = '"I will not trigger Article 50 this year," British Prime Minister Theresa May told reporters.'
    assert [(h, s) for h, s, _ in _positions(body)] == [("Theresa May", "oppose")]


def test_ruling_it_out_opposes_and_an_apology_supports() -> None:
    assert [(h, s) for h, s, _ in _positions("British Prime Minister Keir Starmer ruled it out.")] == [
        ("Keir Starmer", "oppose")
    ]
    apology = "Italian Prime Minister Silvio Berlusconi apologized on Saturday for colonial rule in Libya."
    assert [(h, s) for h, s, _ in _positions(apology)] == [("Silvio Berlusconi", "support")]


def test_the_group_and_the_rebels_refer_back_to_the_body_named_last() -> None:
    body = (
        "Hamas received the proposal on Monday. The group said it was open to an agreement. "
        "The FARC met negotiators in Havana. The rebels said they would respect the truce."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [("Hamas", "neutral"), ("FARC", "support")]


def test_an_unowned_ministry_speaks_for_the_country_of_the_opening_scene() -> None:
    body = "Mali expelled the French ambassador. In Paris, the foreign ministry said it regretted the decision."
    assert [h for h, _, _ in _positions(body)] == ["France"]


def test_a_city_inside_a_name_is_not_the_subject_of_a_participle() -> None:
    body = (
        "German Chancellor Gerhard Schroeder became the first chancellor to attend a commemoration of the 1944 "
        "Warsaw Uprising, pledging that Berlin would not back claims for the return of property."
    )
    holders = [h for h, _, _ in _positions(body)]
    assert holders[0] == "Gerhard Schroeder" and "Poland" not in holders


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("the contracts were signed on grossly unfavourable terms", "oppose"),
        ("his government would cancel the railway", "oppose"),
        ("the relationship has never been closer", "support"),
        ("our sovereignty is not negotiable", "support"),
        ("the political foundation must not be interfered with", "support"),
        ("the raid violated international law", "oppose"),
        ("there is no question of going back on the corridor", "support"),
        ("there was no question of calling off the trip", "support"),
        ("there can be no question of tutelage", "oppose"),
        ("there was no question of the leaders going to the summit", "oppose"),
        ("he described the government as extremist", "oppose"),
        ("he called the appointments a slap in the face", "oppose"),
    ],
)
def test_verdicts_cancellations_and_denials_that_affirm(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


def test_drawing_up_or_outlining_a_plan_supports_it() -> None:
    drawn = "Paraguayan President Fernando Lugo has drawn up a six-point agenda for talks with Brazil."
    outlined = "Indian Prime Minister Narendra Modi outlined a positive agenda for the relationship."
    assert [(h, s) for h, s, _ in _positions(drawn)] == [("Fernando Lugo", "support")]
    assert [(h, s) for h, s, _ in _positions(outlined)] == [("Narendra Modi", "support")]


def test_a_stance_dated_to_an_earlier_month_or_year_is_background() -> None:
    assert _positions("Egyptian President Abdel Fattah al-Sisi offered in January to help broker a deal.") == []
    assert _positions("In January, Chinese Premier Li Qiang warned voters against independence.") == []
    assert _positions("Israeli Prime Minister Benjamin Netanyahu apologised for the raid in 2013.") == []
    ready = "Egyptian President Abdel Fattah al-Sisi said in March that Egypt was ready to help broker a deal."
    assert [h for h, _, _ in _positions(ready)] == ["Abdel Fattah al-Sisi"]  # the article is dated March 1


def test_the_president_a_spokesman_speaks_of_is_his_own() -> None:
    body = (
        "Iranian President Mahmoud Ahmadinejad sent a long letter. At the White House, spokesman Scott McClellan "
        "said the president had seen the letter, but that it did not change the need for Iran to suspend enrichment."
    )
    holders = [h for h, _, evidence in _positions(body) if "letter" in evidence]
    assert "Mahmoud Ahmadinejad" not in holders


def test_an_armed_groups_chief_speaks_for_the_group_and_is_no_leader() -> None:
    body = "In Cairo, Hamas's exiled political leader, Khaled Meshaal, said the movement would respect the truce."
    extraction = parse_article(HEAD + body)
    assert [(extraction.display_name(p.holder), p.stance) for p in extraction.positions] == [("Hamas", "support")]
    assert not extraction.leaders


@pytest.mark.parametrize(("verb", "stance"), [("lauded", "support"), ("blasted", "oppose"), ("chided", "oppose")])
def test_verbs_of_praise_and_rebuke(verb: str, stance: str) -> None:
    body = f"German Chancellor Angela Merkel {verb} the plan on Friday."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Angela Merkel", stance)]


def test_a_country_that_only_qualifies_other_speakers_is_not_the_holder() -> None:
    assert _positions("Several U.S. states said they would keep to the climate targets regardless.") == []
    assert [h for h, _, _ in _positions("The United States said it would keep to the targets.")] == ["United States"]


def test_an_excuse_after_declining_to_comment_is_no_view() -> None:
    body = "Japanese Prime Minister Fumio Kishida declined to comment, saying the guest list was a matter for the city."
    assert _positions(body) == []


def test_offering_to_do_something_supports_it() -> None:
    body = "Kazakh President Nursultan Nazarbayev offered to host a summit of the four leaders in Astana."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Nursultan Nazarbayev", "support")]


def test_a_leaders_transition_team_speaks_for_the_leader() -> None:
    body = (
        "U.S. President-elect Donald Trump spoke with Taiwan's president. "
        "Trump's transition team said the two had noted the close ties between Taiwan and the United States."
    )
    assert [h for h, _, evidence in _positions(body) if "close ties" in evidence] == ["Donald Trump"]


def test_the_office_of_a_leader_speaks_for_the_leader() -> None:
    body = "The office of Czech President Vaclav Klaus said he would not travel to Crimea."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Vaclav Klaus", "oppose")]


def test_denying_having_seen_proof_of_a_claim_is_a_view() -> None:
    found = _positions("Pakistani President Asif Ali Zardari said he had seen no proof that the gunman was Pakistani.")
    assert [(h, s) for h, s, _ in found] == [("Asif Ali Zardari", "oppose")]
    assert _positions("Pakistani President Asif Ali Zardari said no agreements had been signed.") == []


def test_countries_listed_between_dashes_after_a_plural_are_the_subject() -> None:
    body = (
        "Six governments in the region - Argentina, Canada and Peru - asked the International Criminal Court "
        "to investigate abuses in Venezuela."
    )
    assert [(h, s) for h, s, _ in _positions(body)] == [
        ("Argentina", "support"),
        ("Canada", "support"),
        ("Peru", "support"),
    ]


def test_a_body_the_apposition_calls_a_party_holds_its_view() -> None:
    body = "Fanmi Lavalas, the party of the ousted president, dismissed the match as a show."
    assert [(h, s) for h, s, _ in _positions(body)] == [("Fanmi Lavalas", "oppose")]


def test_a_headline_ending_on_a_quotation_states_no_position() -> None:
    body = (
        'Marcos says death of a Filipino would be "close to an act of war"\n\nSINGAPORE, March 1 (AFP) - '
        "Philippine President Ferdinand Marcos Jr. warned on Friday that any attack on Filipinos would be "
        "unacceptable."
    )
    found = _positions(body)
    assert [h for h, _, _ in found] == ["Ferdinand Marcos Jr."]
    assert found[0][2].startswith("warned")


def test_a_name_ending_in_jr_with_a_stop_is_still_the_subject() -> None:
    found = _positions("Philippine President Ferdinand Marcos Jr. said any attack on Filipinos would be unacceptable.")
    assert [(h, s) for h, s, _ in found] == [("Ferdinand Marcos Jr.", "oppose")]


def test_expecting_a_short_noun_phrase_to_act_demands_it() -> None:
    found = _positions("France, which keeps troops in Chad, said it expected its ally to respect its commitments.")
    assert [(h, s) for h, s, _ in found] == [("France", "support")]


def test_pronouns_after_an_opening_where_clause_follow_its_subject() -> None:
    body = (
        "Bolivian President Evo Morales spoke in La Paz.\n\nIn Santiago, where he had watched the reading with "
        'his cabinet, Chilean President Sebastian Pinera welcomed a ruling he said had "put things in their place".'
    )
    assert {h for h, _, _ in _positions(body)} == {"Sebastian Pinera"}


def test_an_unnamed_foreign_ministry_speaks_for_the_dateline_country_or_the_scene() -> None:
    body = (
        "SINGAPORE, March 1 - Singapore's deputy prime minister returned from Taiwan on Friday.\n\n"
        '"Our position on Taiwan is unchanged: we follow a one-China policy," the foreign ministry said.'
    )
    assert ("Singapore", "support") in [(h, s) for h, s, _ in _positions(body)]
    scene = (
        "ISLAMABAD, March 1 - U.S. President Bill Clinton spent five hours in Pakistan on Friday.\n\n"
        "In New Delhi, where Clinton held talks earlier in the week, the foreign ministry said it welcomed "
        "the message."
    )
    assert [h for h, _, _ in _positions(scene)] == ["India"]


def test_a_body_whose_name_ends_in_forces_holds_its_view() -> None:
    body = "The New Forces, who hold the north of the country, said they would not hand over their weapons."
    assert [(h, s) for h, s, _ in _positions(body)] == [("New Forces", "oppose")]


def test_lodging_a_protest_opposes() -> None:
    found = _positions("Taiwan, which also claims the islands, lodged a protest with Japan over the purchase.")
    assert [(h, s) for h, s, _ in found] == [("Taiwan", "oppose")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The three ministers condemned the shooting.",
        "The three ministers opened the talks by jointly condemning the shooting.",
    ],
)
def test_counted_ministers_are_the_ministers_named_before(sentence: str) -> None:
    body = (
        "Israeli Foreign Minister Yair Lapid hosted U.S. Secretary of State Antony Blinken and Egyptian Foreign "
        f"Minister Sameh Shoukry. {sentence}"
    )
    found = [(h, s) for h, s, _ in _positions(body)]
    assert found == [("Yair Lapid", "oppose"), ("Antony Blinken", "oppose"), ("Sameh Shoukry", "oppose")]


def test_they_after_an_opening_phrase_that_counts_the_leaders_are_those_leaders() -> None:
    body = (
        "U.S. President Donald Trump spoke with Sudanese Prime Minister Abdalla Hamdok and Israeli Prime Minister "
        "Benjamin Netanyahu. In a joint statement issued in the names of the three leaders, they agreed to end "
        "the state of belligerence between Sudan and Israel."
    )
    assert [h for h, _, _ in _positions(body)] == ["Donald Trump", "Abdalla Hamdok", "Benjamin Netanyahu"]


def test_figures_cited_according_to_a_body_are_no_view_of_it() -> None:
    assert _positions("Some 100,000 Gazans remain homeless in a terrible crisis, according to U.N. figures.") == []
    assert [h for h, _, _ in _positions("The blockade is a crime, according to U.N. officials.")] == ["United Nations"]


def test_going_on_to_a_place_is_a_journey_not_more_words() -> None:
    assert _positions("U.N. chief Ban Ki-moon goes on to Jerusalem on Monday and plans to visit Gaza.") == []


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("arms deliveries would only prolong the war and would not change the outcome", "oppose"),
        ("the sanctions would not change anything", "oppose"),
        ("our position would not change", "support"),
        ("his words trivialised the holocaust", "oppose"),
        ("the government should reverse the shift", "oppose"),
        ("the decades-old war on drugs had failed", "oppose"),
        ("such crimes would not go unpunished", "support"),
        ("we do not yield", "support"),
        ("better late than never", "support"),
        ("israel was ready to help the emirates defend themselves against such attacks", "support"),
        ("algeria was suspending with immediate effect its 2002 friendship treaty with spain", "oppose"),
        ("it was suspending its monitors", "support"),
        ("he called the deal an act of strategic stupidity", "oppose"),
        ("this is not the end of the road", "support"),
        ("we have no wish to quarrel with our biggest neighbour", "support"),
        ("such a mission cannot be unarmed", "support"),
        ("we came to tell ukraine that it is not alone", "support"),
        ("the reforms begun last year could not be reversed", "support"),
        ("the trip was not aimed at japan", "support"),
        ("the world must not turn its back on ordinary palestinians", "support"),
        ("unity is no longer a choice but a duty", "support"),
        ("the new ties were no substitute for progress", "support"),
        ("his government would spare no effort to carry out the resolution", "support"),
        ("the two sides remained determined to fight terrorism in the region", "support"),
        ("both countries must fight terrorism together", "support"),
        ("they shared an interest in fighting terrorism", "support"),
        ("the party vowed to fight the ruling in court", "oppose"),
        ("nobody who took part in the killings will be spared", "oppose"),
        ("from today there will be no more fighting", "support"),
        ("he would hold no more war games with the americans", "oppose"),
        ("we must never repeat the horrors of war again", "support"),
        ("the victims of the massacre should never be forgotten", "support"),
        ("history should not stand in the way of good neighbourly relations", "support"),
        ("poland would no longer stand in the way of those negotiations", "support"),
        ("syria would settle for nothing less than the return of the golan heights", "support"),
        ("the council would not be a military alliance like nato but a forum for building trust", "support"),
        ("the trip has harmed the political foundation of relations", "oppose"),
        ("giving in to kidnappers would only encourage more kidnappings", "oppose"),
        ("he called the president a lackey of the united states", "oppose"),
        ("the era of impunity is over", "oppose"),
        ("the allies were not backing down", "support"),
        ("bulgaria was not giving up on the pipeline", "support"),
        ("we would not back away from our criticism", "support"),
        ("europe could not look away", "support"),
        ("we will not let this chance slip away", "support"),
        ("pakistan would leave no stone unturned in protecting them", "support"),
        ("the subject should no longer be taboo", "support"),
        ("the country was no longer isolated", "support"),
        ("the pullout would not damage the alliance", "support"),
        ("israel's right to exist should not be questioned", "support"),
        ("it was a painful decision , but it was the right one", "support"),
        ("the cuts were hard , but necessary", "support"),
        ("the restrictions were hard on ordinary people but necessary", "support"),
        ("liberia would not relax its guard until it had reached zero cases", "support"),
        ("freedom of assembly is not something we set aside under pressure", "support"),
        ("we could no longer go on ignoring a fifth of humanity", "support"),
        ("the will of the majority must never be contested", "support"),
        ("the allegations were false", "oppose"),
        ("a chaotic exit would hurt everyone", "oppose"),
        ("that would be chaos", "oppose"),
        ("the tariffs were protectionism in disguise", "oppose"),
        ("warsaw's objections were unchanged", "oppose"),
        ("kyiv was ignoring advice to negotiate", "oppose"),
        ("the strike was a flagrant breach", "oppose"),
    ],
)
def test_futility_negations_that_turn_a_harm_round_and_words_of_disapproval(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


def test_call_names_a_bare_noun_phrase_of_several_words() -> None:
    body = "U.S. Vice President Mike Pence called illegal immigration a threat to the security of the country."
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Mike Pence", "oppose")]


def test_a_title_apposed_to_a_name_is_that_persons_office_not_another_holder() -> None:
    body = (
        "South Africa said it would leave the court after Sudanese President Omar al-Bashir attended a summit in "
        "Johannesburg. Sidiki Kaba, the president of the Assembly of States Parties, which oversees the court, "
        "said he deeply regretted the move."
    )
    holders = {holder for holder, _, quote in _positions(body) if "regretted" in quote}
    assert holders == {"Sidiki Kaba"}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Felix Tshisekedi welcomed the royal couple at the airport on Tuesday.",
        "President Pedro Pablo Kuczynski welcomed the 21 leaders to the Peruvian capital on Saturday.",
        "Kenyan President William Ruto was welcomed to the White House with full state honours on Thursday.",
    ],
)
def test_welcoming_people_is_receiving_them_not_a_stance(sentence: str) -> None:
    assert _positions(sentence) == []


def test_welcoming_what_people_did_is_a_stance() -> None:
    body = "President Felix Tshisekedi welcomed the leaders' decision to meet again in June."
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Felix Tshisekedi", "support")]


def test_its_office_belongs_to_the_actor_not_to_a_possessor_in_an_apposition() -> None:
    body = (
        "China, Thailand's largest trading partner, was more guarded. Its foreign ministry said Beijing hoped "
        "all sides would exercise restraint."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("China", "support")]


def test_a_stance_held_long_is_a_recap() -> None:
    body = "Rama, who has long pressed Serbia to recognise Kosovo, is accompanied by his foreign minister."
    assert _positions("Albanian Prime Minister Edi Rama arrived in Belgrade. " + body) == []


def test_a_gloss_in_a_relative_clause_with_an_auxiliary_is_no_position() -> None:
    body = "On Tuesday he is due in Presevo, a town in southern Serbia, which he has called a bridge between nations."
    assert _positions("Albanian Prime Minister Edi Rama arrived in Belgrade. " + body) == []


def test_an_office_named_in_full_after_a_countrys_possessive_speaks_for_the_country() -> None:
    body = "China's Taiwan Affairs Office said Beijing would never tolerate any form of Taiwan independence."
    assert [holder for holder, _, _ in _positions(body)] == ["China"]


def test_what_diplomats_expect_of_a_government_is_not_its_position() -> None:
    body = "Some diplomats in Haiti said Russia and China might resist any move to convert the mission."
    assert _positions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        '"A ceasefire must come soon," Chinese President Xi Jinping was quoted as saying.',
        "Chinese President Xi Jinping was quoted as saying that a ceasefire must come soon.",
    ],
)
def test_one_quoted_as_saying_holds_the_words(body: str) -> None:
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Xi Jinping", "support")]


@pytest.mark.parametrize(("speaker", "holder"), [("NATO", "NATO"), ("the European Commission", "European Commission")])
def test_a_spokesman_for_a_body_speaks_for_it(speaker: str, holder: str) -> None:
    body = f"A spokesman for {speaker} said the rotating presidency had no mandate to speak for the bloc."
    assert [h for h, _, _ in _positions(body)] == [holder]


def test_its_office_in_a_second_clause_is_the_first_clauses_subjects() -> None:
    body = (
        "Guatemala moved its embassy to Jerusalem. Honduras has said it is studying a similar move, and its "
        "foreign ministry said on Wednesday that no decision would be taken without consulting Congress."
    )
    assert "Honduras" in [holder for holder, _, _ in _positions(body)]


def test_a_seat_of_office_speaks_for_the_leader_it_houses_when_named() -> None:
    named = "U.S. President Bill Clinton met Fidel Castro. The White House said the United States opposed the plan."
    assert [holder for holder, _, _ in _positions(named)] == ["Bill Clinton"]
    unnamed = "The White House said the United States opposed the plan."
    assert [holder for holder, _, _ in _positions(unnamed)] == ["United States"]
    # Any name the gazetteer gives the seat will do: "the Elysee Palace" as well as "the Elysee".
    palace = "French President Francois Hollande postponed his trip. The Elysee Palace said France regretted it."
    assert [holder for holder, _, _ in _positions(palace)] == ["Francois Hollande"]


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("there can be no peace in the region without a settlement of the border", "support"),
        ("without the truth , there can be no reconciliation", "support"),
        ("the next summit should not be held without brazil", "support"),
        ("we are ready for talks without preconditions", "support"),
        ("the two sides wanted a peninsula without nuclear weapons", "support"),
        ("the region cannot accept a transition without end", "oppose"),
        ("the government would not sign the accord", "oppose"),
    ],
)
def test_without_names_the_state_wished_for_and_a_negation_before_it_a_requirement(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


@pytest.mark.parametrize(
    "words",
    [
        "the seizure of the ship amounted to piracy",
        "the delay was an attempted coup against the voters",
        "the ruling party is a predator",
        "the new law was deeply disturbing",
        "the vote was rigged",
        "the response was disproportionate",
        "the decision was incomprehensible",
        "the annexation was nothing more than a land grab",
        "the case was an attempt to weaponise the convention",
        "this decision falls short of what turkey deserves",
        "the organisation had outlived its usefulness",
        "the uk is going to be in the back of the queue",
        "the pope's words had wounded muslims everywhere",
        "the aid would wreck the peace process",
        "the agreement contradicted the arab consensus",
        "i am against hunger strikes as a way of putting pressure on governments",
        "we are always against any attempt at unconstitutional action",
        "i ' m against vigilantes in the united states of america",  # "I'm", as the tokenizer splits it
        "the expulsion of our diplomats was hasty and extreme",
        "the remark flies in the face of all accepted behaviour",
        "the plan trampled on the rights of the people",
        "the blocked convoys are a moral outrage",
        "the remarks were racist and xenophobic",
        "the transition plan is ambiguous",
        "the road map was too little and too late",
        "the vote in lima was rude and undiplomatic",
        "the normalisation was a political sin and a stain on the nation",
        "the war is a war of extermination",
        "his attempt was a self-coup",
    ],
)
def test_verdicts_that_name_a_wrong_oppose(words: str) -> None:
    assert content_stance(words.split()) == "oppose"


@pytest.mark.parametrize(
    "words",
    [
        "the united states would wait to see whether the junta kept its promise",
        "the government had taken note of the minister's remarks",
        "berlin fully understood the decision",
        "he understood why some governments wanted to raise the question",
        "the door to dialogue remained open",
        "the request would be looked at with an open mind",
        "the proposals deserved careful study",
        "the administration respected the president 's choice",  # as the tokenizer splits it
        "the united states understood the secretary-general 's decision",
        "we shall consult our african brothers before we take a position",
        "paris would decide within two weeks whether its troops would stay",
        "germany can live with this arrangement",
        "we would want to know more about the offer",
        "he would look at the idea carefully",
        "the alliance would look at any proposal very seriously",
        "he would think about it",
        "she wanted to hear the plan in detail before passing judgment on it",
        "we'll see what happens",
        "kinshasa would judge rwanda by its actions , not its words",
        "we will judge pakistan by what it does , not by what it says",
        "india had no objection to ties between china and pakistan",
        "no decision had been taken on the request",
        "he understood the american concern",
        "washington would judge the new government on its record",
    ],
)
def test_waiting_noting_understanding_and_deciding_later_are_neutral(words: str) -> None:
    assert content_stance(words.split()) == "neutral"


@pytest.mark.parametrize(
    "words",
    [
        "the time had come to settle the border conflict through talks",
        "we must find ways to overcome the conflict through negotiations",
        "the treaty closed a painful chapter",
        "he wanted a solution to the conflict",
        "the conflict should be settled on the basis of the agreements",
        "turkey's security concerns had to be addressed",
        "we remain committed to the fight against impunity",
    ],
)
def test_a_harm_named_as_what_a_remedy_undoes_is_support(words: str) -> None:
    assert content_stance(words.split()) == "support"


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("i have come to apologise and express my regret", "support"),
        ("i repeat my deepest regret for the wounds of the past", "support"),
        ("the country still owed its neighbour an apology for its crimes", "support"),
        ("the apology did not reopen the question of compensation", "oppose"),
    ],
)
def test_apologising_backs_the_apology(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


def test_urging_others_to_avoid_or_refrain_from_something_opposes_that_thing() -> None:
    # (Urging someone to lift an embargo backs the lifting: see the test of lifting below.)
    body = (
        "Chinese Foreign Minister Wang Yi urged both sides to avoid provocations. "
        "He also urged the United States on Sunday to refrain from new tariffs."
    )
    extraction = parse_article(HEAD + body)
    assert [(p.stance, p.wording) for p in extraction.positions] == [
        ("oppose", "provocations"),
        ("oppose", "new tariffs"),
    ]


def test_declining_to_take_part_refuses_but_declining_to_say_withholds() -> None:
    found = _positions("Brazilian President Lula da Silva declined to attend the conference in Berlin.")
    assert [s for _, s, _ in found] == ["oppose"]
    found = _positions("Brazilian President Lula da Silva declined to say whether Brazil would join the sanctions.")
    assert [s for _, s, _ in found] == ["neutral"]


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("china will never interfere in the internal affairs of its neighbours", "oppose"),
        ("india had no wish to interfere in their affairs", "oppose"),
        ("the political foundation must not be interfered with", "support"),
    ],
)
def test_never_interfering_opposes_meddling_but_not_being_interfered_with_protects(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("japan would never tolerate attempts to change the status quo by force", "oppose"),
        ("our position will not change", "support"),
        ("there is no time to lose", "support"),
    ],
)
def test_the_negated_verb_is_the_first_one_not_a_later_infinitive(words: str, stance: str) -> None:
    assert content_stance(words.split()) == stance


def test_who_uses_a_visit_to_press_someone_holds_what_the_infinitive_says() -> None:
    body = "Japanese Prime Minister Fumio Kishida used the summit to urge China to release the detained workers."
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Fumio Kishida", "support")]


def test_championing_promoting_and_lobbying_for_something_support_it() -> None:
    body = (
        "Brazilian President Luiz Inacio Lula da Silva championed a South American defence council. "
        "Chilean President Michelle Bachelet promoted a regional energy grid. "
        "Peruvian President Alan Garcia lobbied for a free trade deal."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [
        ("Luiz Inacio Lula da Silva", "support"),
        ("Michelle Bachelet", "support"),
        ("Alan Garcia", "support"),
    ]


def test_a_stance_dated_during_an_earlier_time_is_a_recap() -> None:
    body = (
        "Argentine President Javier Milei called him a corrupt communist during last year's campaign. "
        "Kuwait backed Iraq during its 1980-88 war with Iran. "
        "Chilean President Gabriel Boric condemned the coup during his speech."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Gabriel Boric", "oppose")]


def test_words_of_shock_and_outrage_oppose_their_cause() -> None:
    body = (
        'Turkish Prime Minister Ahmet Davutoglu said: "We are appalled by the bombing." '
        "Indian Prime Minister Narendra Modi said he was outraged by the attack."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [
        ("Ahmet Davutoglu", "oppose"),
        ("Narendra Modi", "oppose"),
    ]


def test_a_governments_perfect_in_the_datelined_lead_is_the_news_but_later_a_recap() -> None:
    body = (
        "RIYADH, July 30 (Reuters) — Saudi Arabia has condemned the attack on the port.\n\n"
        "Iran has accused the West of meddling."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Saudi Arabia", "oppose")]


def test_a_resolution_of_a_conflict_undoes_the_harm_it_names() -> None:
    body = "UN envoy Martin Griffiths called it an important step towards a peaceful resolution of the conflict."
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Martin Griffiths", "support")]


def test_a_sentence_that_introduces_a_list_states_no_position_of_its_own() -> None:
    body = (
        "In its final declaration, the Arab League called for:\n"
        "- an immediate ceasefire;\n"
        "- the return of refugees.\n\n"
        "Egyptian President Abdel Fattah al-Sisi welcomed the declaration."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Abdel Fattah al-Sisi", "support")]


def test_a_communique_with_no_signatories_named_is_the_body_that_just_acted() -> None:
    body = (
        "ACCRA, Jan 9 — West African leaders imposed sanctions on Mali on Sunday.\n\n"
        "The Economic Community of West African States closed its borders with Mali.\n\n"
        'The communique described the junta’s proposed timetable as "totally unacceptable".'
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)][-1:] == [("ECOWAS", "oppose")]


def test_a_harm_that_must_stop_is_opposed_and_a_war_that_must_stop_is_ended() -> None:
    body = (
        "Russian President Vladimir Putin said the shelling had to stop. "
        "French President Emmanuel Macron said the war must stop."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [
        ("Vladimir Putin", "oppose"),
        ("Emmanuel Macron", "support"),
    ]


def test_seeking_to_do_something_is_an_aim_while_seeking_a_thing_is_a_stance() -> None:
    body = (
        "Brazilian Vice President Hamilton Mourao sought on Thursday to play down the remark. "
        "Argentine President Alberto Fernandez sought a political settlement."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Alberto Fernandez", "support")]


def test_her_spokesman_reporting_what_the_chancellor_believes_gives_her_view() -> None:
    text = (
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Monday. His spokesman, Steffen "
        "Hebestreit, said the chancellor was confident a European solution could be found in time."
    )
    assert {holder for holder, _, _ in _positions(text)} == {"Olaf Scholz"}


def test_a_spokesman_who_said_earlier_on_a_day_what_the_chancellor_believes_gives_her_view() -> None:
    text = (
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Monday. His spokesman, Steffen "
        "Hebestreit, said earlier on Monday that the chancellor was confident a deal could be found in time."
    )
    assert {holder for holder, _, _ in _positions(text)} == {"Olaf Scholz"}


def test_what_a_minister_says_another_leader_had_stressed_is_that_leaders_view() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Nepali Prime Minister K.P. Sharma Oli on Friday. Foreign "
        "Secretary Vinay Kwatra said Nepali Prime Minister K.P. Sharma Oli had stressed the importance of open "
        "border trade."
    )
    assert [holder for holder, _, _ in _positions(text)] == ["K.P. Sharma Oli"]


def test_damning_verdicts_oppose_what_they_judge() -> None:
    for verdict in (
        "the minister's remarks were inappropriate and disproportionate",
        "the sanctions were an overreaction",
        "the claims were untrue",
        "the summit was a fiasco",
    ):
        assert content_stance(verdict.split()) == "oppose", verdict


def test_verbs_of_refusing_and_siding_state_a_stance() -> None:
    text = (
        "date 2022-03-09\n\nJapanese Prime Minister Fumio Kishida turned down the offer of talks. "
        "German Chancellor Olaf Scholz took issue with the tariffs. French President Emmanuel Macron hit out "
        "at the blockade. Spanish Prime Minister Pedro Sanchez sided with the Commission."
    )
    assert _stances(text) == {
        ("Fumio Kishida", "offer of talks", "oppose"),
        ("Olaf Scholz", "tariffs", "oppose"),
        ("Emmanuel Macron", "blockade", "oppose"),
        ("Pedro Sanchez", "Commission", "support"),
    }


def test_what_someone_is_warned_against_is_the_topic() -> None:
    text = (
        "date 2022-03-09\n\nFrench President Emmanuel Macron warned Israel against an assault on Rafah. "
        "Japanese Prime Minister Fumio Kishida cautioned his audience against blind trust in the truce."
    )
    assert _stances(text) == {
        ("Emmanuel Macron", "assault on Rafah", "oppose"),
        ("Fumio Kishida", "blind trust in the truce", "oppose"),
    }


def test_welcoming_a_guest_named_before_as_whom_is_no_stance() -> None:
    text = (
        "date 2024-06-01\n\nKing Felipe VI of Spain, whom President Nayib Bukele welcomed at the National Palace "
        "before the oath, sat in the front row."
    )
    assert parse_article(text).to_expectation().positions == []


def test_idioms_of_doubt_and_backing_state_a_stance() -> None:
    text = (
        "date 2022-05-09\n\nSpanish Prime Minister Pedro Sanchez poured cold water on the proposal. Polish "
        "President Andrzej Duda cast doubt on the deal. Irish Prime Minister Micheal Martin threw his support "
        "behind the bid. Austrian Chancellor Karl Nehammer raised concerns about the plan."
    )
    assert _stances(text) == {
        ("Pedro Sanchez", "proposal", "oppose"),
        ("Andrzej Duda", "deal", "oppose"),
        ("Micheal Martin", "bid", "support"),
        ("Karl Nehammer", "plan", "oppose"),
    }


def test_hope_regret_and_signalled_support_take_their_object_as_topic() -> None:
    text = (
        "date 2022-05-09\n\nItalian Prime Minister Mario Draghi expressed hope for a ceasefire. Belgian Prime "
        "Minister Alexander De Croo signalled support for the plan. Czech Prime Minister Petr Fiala expressed "
        "regret over the decision."
    )
    assert _stances(text) == {
        ("Mario Draghi", "ceasefire", "support"),
        ("Alexander De Croo", "plan", "support"),
        ("Petr Fiala", "decision", "oppose"),
    }


def test_a_report_with_its_own_subject_after_a_stance_verb_is_a_second_view() -> None:
    text = (
        "German Chancellor Angela Merkel called for closer cooperation between intelligence services and said "
        "the EU had to protect its external borders better."
    )
    found = _positions(text)
    assert [(h, s) for h, s, _ in found] == [("Angela Merkel", "support"), ("Angela Merkel", "support")]
    assert found[1][2].startswith("the EU had to protect")
    # "... and said it was ...": the same view, told on.
    found = _positions("German Chancellor Angela Merkel rejected the plan and said it was a dangerous mistake.")
    assert [(h, s) for h, s, _ in found] == [("Angela Merkel", "oppose")]


def test_a_list_of_countries_may_name_one_with_its_article() -> None:
    found = _positions("Mexico, the United States and Canada agreed on Wednesday to make border crossings easier.")
    assert sorted(h for h, _, _ in found) == ["Canada", "Mexico", "United States"]


def test_calling_a_policy_naive_or_self_destructive_opposes_it() -> None:
    body = (
        'Polish Prime Minister Beata Szydlo called the bloc\'s asylum plan "naive". '
        'Czech Prime Minister Bohuslav Sobotka called the quota system "self-destructive".'
    )
    assert [stance for _, stance, _ in _positions(body)] == ["oppose", "oppose"]


def test_no_turning_back_holds_firm() -> None:
    body = 'Georgian President Mikheil Saakashvili said: "Our path to NATO is set, and there is no turning back."'
    assert [stance for _, stance, _ in _positions(body)] == ["support"]


def test_being_disturbed_by_something_opposes_it() -> None:
    body = 'Indian Foreign Minister Sushma Swaraj said India was "deeply disturbed" by the arrest of the judges.'
    assert [stance for _, stance, _ in _positions(body)] == ["oppose"]


def test_a_body_speaks_through_which() -> None:
    body = (
        "Lebanese Prime Minister Fouad Siniora called early elections, angering Hezbollah, which called the "
        "decision unconstitutional."
    )
    assert ("Hezbollah", "oppose") in {(holder, stance) for holder, stance, _ in _positions(body)}


def test_a_quotation_before_a_speaker_with_an_apposition_is_the_speakers() -> None:
    body = (
        '"We will never accept the annexation of Crimea," Dmytro Kuleba, the Ukrainian foreign minister, '
        "told reporters on Friday."
    )
    assert [(holder, stance) for holder, stance, _ in _positions(body)] == [("Dmytro Kuleba", "oppose")]


def test_damning_words_read_as_opposition() -> None:
    for said in ("the war is an absurdity", "the vetoes were despicable", "a cynical ploy", "an inhumane blockade"):
        assert content_stance(said.split()) == "oppose", said


def test_he_after_a_quotation_is_its_speaker_not_a_leader_named_inside_it() -> None:
    text = (
        "Ruto sworn in\n\n"
        "Kenyan President William Ruto took office on Tuesday, succeeding Uhuru Kenyatta.\n\n"
        '"I will be a president for all Kenyans," Ruto told the crowd. '
        "He said his government would respect the independence of the courts.\n"
    )
    extraction = parse_article(text)
    holders = {
        extraction.display_name(position.holder)
        for position in extraction.positions
        if "independence of the courts" in text[position.evidence[0].start : position.evidence[0].end]
    }
    assert holders == {"William Ruto"}


def test_a_commitment_that_will_not_end_is_upheld_while_not_ending_a_war_is_refused() -> None:
    for said, stance in (
        ("our commitment will not end in 2014", "support"),
        ("our resolve will never waver .", "support"),
        ("israel would not end the war", "oppose"),
    ):
        assert content_stance(said.split()) == stance, said


def test_joining_forces_against_a_harm_is_support() -> None:
    for said, stance in (
        ("turkey was determined to cooperate with russia against terrorism", "support"),
        ("europe is united against russian aggression", "support"),
        ("we will combat corruption in every ministry", "support"),
        ("we are against the illegal occupation", "oppose"),
    ):
        assert content_stance(said.split()) == stance, said


def test_a_denial_restated_in_the_affirmative_is_support_unless_the_restatement_damns() -> None:
    for said, stance in (
        ("debt relief is not charity , it is justice", "support"),
        ("cyprus is not part of the problem , it is part of the solution", "support"),
        ("this is not acceptable , it is a disgrace", "oppose"),
    ):
        assert content_stance(said.split()) == stance, said


def test_what_a_joint_statement_says_later_is_held_by_those_who_issued_it() -> None:
    text = (
        "Singh and Abdullah sign declaration\n\n"
        "Indian Prime Minister Manmohan Singh and Saudi King Abdullah issued a joint statement on Wednesday.\n\n"
        "The statement also condemned cross-border terrorism in all its forms.\n"
    )
    extraction = parse_article(text)
    held = {(extraction.display_name(p.holder), p.stance) for p in extraction.positions}
    assert held == {("Manmohan Singh", "oppose"), ("Abdullah bin Abdulaziz", "oppose")}


def test_brushing_aside_and_shrugging_off_oppose() -> None:
    text = (
        "Sharon shrugs off criticism\n\n"
        "Israeli Prime Minister Ariel Sharon shrugged off the criticism on Tuesday.\n\n"
        "Palestinian leader Yasser Arafat brushed aside the American plan.\n"
    )
    extraction = parse_article(text)
    held = {(extraction.display_name(p.holder), p.stance) for p in extraction.positions}
    assert held == {("Ariel Sharon", "oppose"), ("Yasser Arafat", "oppose")}


def test_throwing_ones_weight_behind_and_rallying_behind_support() -> None:
    text = (
        "France backs plan\n\n"
        "France threw its weight behind the Arab League plan on Monday.\n\n"
        "German Chancellor Angela Merkel rallied behind the proposal.\n"
    )
    extraction = parse_article(text)
    held = {(extraction.display_name(p.holder), p.stance) for p in extraction.positions}
    assert held == {("France", "support"), ("Angela Merkel", "support")}


def test_a_list_of_countries_inside_a_who_clause_is_not_the_speaker() -> None:
    text = (
        "Secretary of State Mike Pompeo, who last week postponed a trip to Ukraine, Belarus, Kazakhstan, "
        "Uzbekistan and Cyprus to manage the crisis, said on Sunday that Iraqis wanted American troops to stay."
    )
    positions = parse_article("date 2020-01-06\n" + text).to_expectation().positions
    assert {position.holder for position in positions} == {"Mike Pompeo"}


def test_a_country_apposed_to_a_country_is_still_the_speaker() -> None:
    text = "Britain, Malawi's largest donor, welcomed the move on Friday."
    positions = parse_article("date 2012-06-08\n" + text).to_expectation().positions
    assert {position.holder for position in positions} == {"United Kingdom"}


def test_unveiling_a_plaque_is_a_ceremony_not_a_proposal() -> None:
    ceremony = parse_article(HEAD + "Chancellor Olaf Scholz unveiled a plaque at the memorial on Friday.")
    assert ceremony.to_expectation().positions == []
    plan = parse_article(HEAD + "Chancellor Olaf Scholz unveiled a plan to cut energy prices on Friday.")
    assert [position.holder for position in plan.to_expectation().positions] == ["Olaf Scholz"]


def test_not_taking_a_step_back_holds_firm() -> None:
    found = _positions('"We will not take a step back in Afrin," Turkish President Tayyip Erdogan said on Monday.')
    assert [(h, s) for h, s, _ in found] == [("Tayyip Erdogan", "support")]


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        ("Travel bans and border closures will not stop this disease.", "oppose"),
        ("Words alone will not stop the ayatollahs.", "oppose"),
        ("Iran would not stop enriching uranium.", "support"),
        ("We will not stop until justice is done.", "support"),
        ("Turkey will not stop migrants heading for Europe.", "support"),
    ],
)
def test_a_means_that_will_not_stop_a_harm_is_futile_while_a_speaker_who_will_not_stop_holds_firm(
    said: str, stance: str
) -> None:
    assert content_stance(split_sentences(said)[0].words) == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese Premier Wen Jiabao called the embargo a relic of the Cold War.",
        "Australian Foreign Minister Stephen Smith said the guest's presence at the summit was obscene.",
        "U.N. Secretary-General Ban Ki-moon said export bans only distort markets.",
        "Senegalese President Bassirou Diomaye Faye said foreign bases were incompatible with sovereignty.",
    ],
)
def test_verdict_words_damn_what_they_are_said_of(sentence: str) -> None:
    assert [stance for _, stance, _ in _positions(sentence)] == ["oppose"]


def test_the_african_unions_peace_and_security_council_is_not_the_uns() -> None:
    body = "The AU's Peace and Security Council condemned the fighting in Juba on Monday."
    assert [holder for holder, _, _ in _positions(body)] == ["African Union Peace and Security Council"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Iranian President Mahmoud Ahmadinejad put the blame on Western powers.", "oppose"),
        ("Cuban President Raul Castro laid the blame on Washington.", "oppose"),
        ("Brazilian President Luiz Inacio Lula da Silva is putting forward ideas for global levies.", "support"),
    ],
)
def test_put_and_lay_phrases_state_a_stance(sentence: str, stance: str) -> None:
    assert [found for _, found, _ in _positions(sentence)] == [stance]


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        ("French President Nicolas Sarkozy regretted China's decision.", "oppose", "China's decision"),
        ("Indian Prime Minister Narendra Modi snubbed the summit.", "oppose", "summit"),
        (
            "Mexican President Andres Manuel Lopez Obrador committed to stronger border controls.",
            "support",
            "stronger border controls",
        ),
    ],
)
def test_verbs_that_double_their_last_consonant_are_read(sentence: str, stance: str, topic: str) -> None:
    positions = parse_article(HEAD + sentence).to_expectation().positions
    assert [(p.stance, p.topic) for p in positions] == [(stance, topic)]


def test_hoping_that_something_will_not_happen_opposes_it() -> None:
    found = _positions("German Chancellor Olaf Scholz said he hoped that the merger would not go ahead.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Olaf Scholz", "oppose")]


def test_hoping_that_something_will_happen_still_supports_it() -> None:
    found = _positions("German Chancellor Olaf Scholz said he hoped that the talks would succeed.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Olaf Scholz", "support")]


def test_never_wavering_from_something_supports_it() -> None:
    found = _positions("Brazilian President Luiz Inacio Lula da Silva said Brazil would never waver from its alliance.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Luiz Inacio Lula da Silva", "support")]


def test_something_not_up_for_negotiation_is_held_to() -> None:
    found = _positions("Chilean President Gabriel Boric said Chile's maritime border was not up for negotiation.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Gabriel Boric", "support")]


def test_no_one_above_the_law_upholds_the_law() -> None:
    found = _positions("Kenyan President William Ruto said no one was above the law in Kenya.")
    assert [(holder, stance) for holder, stance, _ in found] == [("William Ruto", "support")]


def test_not_given_up_holds_to_ones_own_aim_and_charges_anothers() -> None:
    own = _positions('"We have not given up on the treaty," German Chancellor Olaf Scholz said.')
    charge = _positions("Israeli Prime Minister Naftali Bennett said Iran had not given up its plan to build a bomb.")
    assert [(holder, stance) for holder, stance, _ in own] == [("Olaf Scholz", "support")]
    assert [(holder, stance) for holder, stance, _ in charge] == [("Naftali Bennett", "oppose")]


def test_not_reversing_ones_decision_holds_to_it() -> None:
    found = _positions(
        "Australian Prime Minister Anthony Albanese said Canberra would not reverse its decision on the embassy."
    )
    assert [(holder, stance) for holder, stance, _ in found] == [("Anthony Albanese", "support")]


def test_refusing_to_be_intimidated_is_resolve() -> None:
    found = _positions('"We will not be intimidated," Norwegian Prime Minister Jonas Gahr Store said.')
    assert [(holder, stance) for holder, stance, _ in found] == [("Jonas Gahr Store", "support")]


def test_not_intimidated_by_an_act_opposes_the_act() -> None:
    found = _positions(
        '"We will not be intimidated by this cowardly attack," Norwegian Prime Minister Jonas Gahr Store said.'
    )
    assert [(holder, stance) for holder, stance, _ in found] == [("Jonas Gahr Store", "oppose")]


def test_a_country_that_is_not_the_enemy_is_not_opposed() -> None:
    found = _positions("U.S. President Joe Biden said China was not the enemy.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Joe Biden", "support")]


def test_dissatisfaction_and_displeasure_are_opposition() -> None:
    found = _positions(
        "Chinese Foreign Minister Wang Yi said China was extremely dissatisfied with the remarks about the shrine. "
        "Japanese Prime Minister Shinzo Abe said he was displeased with the ruling."
    )
    assert [stance for _, stance, _ in found] == ["oppose", "oppose"]


def test_swearing_to_and_renewing_a_commitment_are_support() -> None:
    found = _positions(
        "Yemeni President Abd-Rabbu Mansour Hadi swore to preserve the unity of Yemen. "
        "Nigerian President Olusegun Obasanjo renewed his commitment to settle the border dispute by peaceful means."
    )
    assert [(holder, stance) for holder, stance, _ in found] == [
        ("Abd-Rabbu Mansour Hadi", "support"),
        ("Olusegun Obasanjo", "support"),
    ]


def test_one_holder_holds_one_span_once() -> None:
    text = (
        "date 2002-11-15\nOlusegun Obasanjo of Nigeria and Paul Biya of Cameroon met at a Geneva hotel, where the "
        "two men agreed on a joint communique late in the afternoon.\n\n"
        "In the communique, which Annan read out with the two presidents beside him, Obasanjo and Biya renewed "
        "their commitment to renounce the use of force in relations between their countries."
    )
    extraction = parse_article(text)
    claims = [(extraction.display_name(p.holder), p.evidence[0].start) for p in extraction.positions]
    assert len(claims) == len(set(claims))
    assert {holder for holder, _ in claims} >= {"Olusegun Obasanjo", "Paul Biya"}


def test_talks_that_remain_open_ended_are_neutral() -> None:
    found = _positions("German Chancellor Angela Merkel said the membership negotiations remained open-ended.")
    assert [(holder, stance) for holder, stance, _ in found] == [("Angela Merkel", "neutral")]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The G8 condemned the missile launch.", "G8"),
        ("The Group of Eight welcomed the ceasefire in Lebanon.", "G8"),
        ("The Organisation of African Unity rejected the coup.", "Organisation of African Unity"),
        ("The Tamil Tigers rejected the government's proposal for an interim council.", "LTTE"),
        ("The Rio Group backed Argentina's claim to the islands.", "Rio Group"),
        ("The Haqqani network rejected the offer of talks.", "Haqqani network"),
        ("The Communist Party of Nepal (Maoist) rejected the king's offer.", "Communist Party of Nepal (Maoist)"),
    ],
)
def test_bodies_of_the_gazetteer_hold_positions(sentence: str, holder: str) -> None:
    assert [h for h, _, _ in _positions(sentence)] == [holder]


def test_a_capitalised_name_inside_a_relative_clause_is_no_verb_of_saying() -> None:
    found = _positions(
        "Kenyan President William Ruto, who received the envoy at State House, said Kenya saw no reason to take sides."
    )
    assert [h for h, _, _ in found] == ["William Ruto"]


def test_a_leaders_pledge_for_their_country_is_one_position_of_the_leader() -> None:
    found = _positions("Kenyan President William Ruto vowed that Kenya would stand with Haiti until order returned.")
    assert [h for h, _, _ in found] == ["William Ruto"]
    found = _positions(
        "Kenyan President William Ruto warned that talks had failed, and he called for a new mediation effort."
    )
    assert [h for h, _, _ in found] == ["William Ruto", "William Ruto"]


def test_a_capital_after_said_is_the_reported_clauses_subject_not_an_inverted_speaker() -> None:
    found = _positions("His host, Russian President Vladimir Putin, said Moscow had learned of the news with regret.")
    assert [h for h, _, _ in found] == ["Vladimir Putin"]
    found = _positions("The North's chief delegate, Vice Foreign Minister Ri Yong Ho, said Pyongyang would study it.")
    assert [h for h, _, _ in found] == ["Ri Yong Ho"]


def test_a_hosts_title_inside_a_participle_phrase_does_not_make_the_host_the_speaker() -> None:
    found = _positions(
        "Secretary of State Rex Tillerson, speaking in London after talks with his host, British Foreign Secretary "
        "Boris Johnson, urged Turkey to show restraint."
    )
    assert [h for h, _, _ in found] == ["Rex Tillerson"]


def test_press_before_a_title_or_an_event_is_the_press_not_the_verb() -> None:
    found = _positions("John Kirby, the Pentagon press secretary, welcomed the offer.")
    assert [(h, s) for h, s, _ in found] == [("John Kirby", "support")]
    assert _positions("Pentagon press secretary John Kirby spoke at a press conference on Tuesday.") == []


def test_words_fronted_before_a_ministry_spokesman_are_his() -> None:
    found = _positions(
        "China firmly opposed any meeting with the exiled monk, Chinese foreign ministry spokesman Qin Gang told a "
        "regular news briefing."
    )
    assert [(h, s) for h, s, _ in found] == [("Qin Gang", "oppose")]


def test_a_body_from_an_earlier_sentence_does_not_make_words_fronted_before_a_report() -> None:
    # The communique is ECOWAS's, named in the sentence before: its token positions there say nothing
    # about the words of this sentence, which stay Senegal's.
    found = _positions(
        "After talks in Abuja that ran late into the night on Monday evening, ECOWAS closed its borders with Mali.\n"
        "Senegal condemned the coup in Bamako and urged the junta to yield power, while the communique said little "
        "about sanctions."
    )
    assert [(h, s) for h, s, _ in found] == [("Senegal", "oppose"), ("Senegal", "support")]


def test_signatories_from_an_earlier_sentence_do_not_set_a_parenthetical_speaker() -> None:
    # "Wen will visit Japan in the spring, the statement said": the statement's signatories were named a
    # sentence before, so their token positions cannot place a speaker between commas in this one.
    found = _positions(
        "Japanese Prime Minister Shinzo Abe met Chinese Premier Wen Jiabao in Beijing on Sunday.\n\n"
        "In a joint press statement, the two governments said they would build a stable partnership. "
        "Wen will visit Japan in the spring, the statement said."
    )
    assert [(h, s, q) for h, s, q in found] == [
        ("Japan", "support", "they would build a stable partnership"),
        ("China", "support", "they would build a stable partnership"),
    ]


def test_a_body_named_far_into_an_earlier_sentence_is_the_subject_of_a_short_one() -> None:
    # ECOWAS is the 31st token of its sentence; asking whether it is someone's addressee read this
    # sentence's 31st word, which it does not have, and the parser raised IndexError.
    found = _positions(
        "After a long night of talks in the Nigerian capital that ran on until well after dawn on Tuesday morning "
        "with all of the delegations present in the hall, ECOWAS closed its borders with Mali.\n"
        "The communique refused to back the plan."
    )
    assert [(h, s, q) for h, s, q in found] == [("ECOWAS", "oppose", "refused to back the plan")]


def test_a_government_department_from_an_earlier_sentence_speaks_for_its_country() -> None:
    # Whether "'s" names the department's owner was asked of this sentence's words at the department's
    # position in the sentence before, past this sentence's end: the parser raised IndexError.
    found = _positions(
        "After weeks of quiet talks between the two delegations in a hotel outside the capital that ran late on "
        "most nights, the State Department published a summary of the text on Friday.\n"
        "The communique warned against the plan."
    )
    assert [(h, s, q) for h, s, q in found] == [("United States", "oppose", "warned against the plan")]


@pytest.mark.parametrize(
    "reported",
    [
        "early elections could not be ruled out",
        "early elections cannot be ruled out",
        "early elections couldn't be ruled out",
        "early elections could not be excluded",
        "a second round of talks had not been ruled out",
    ],
)
def test_a_possibility_not_ruled_out_in_the_passive_is_neutral(reported: str) -> None:
    found = _positions(f"Montenegrin President Filip Vujanovic said {reported}.")
    assert [(h, s) for h, s, _ in found] == [("Filip Vujanovic", "neutral")]


@pytest.mark.parametrize(
    ("reported", "stance"),
    [
        ("Kyrgyzstan wanted the border conflict settled through talks", "support"),
        ("he wanted to see the conflict ended quickly", "support"),
        ("he wanted the attacks condemned by the council", "oppose"),
    ],
)
def test_a_harm_wanted_remedied_is_supported(reported: str, stance: str) -> None:
    found = _positions(f"Kyrgyz President Sadyr Japarov said {reported}.")
    assert [(h, s) for h, s, _ in found] == [("Sadyr Japarov", stance)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("President George W. Bush welcomed Kazakh President Nursultan Nazarbayev to the White House on Friday.", []),
        ("President George W. Bush welcomed Kazakh President Nursultan Nazarbayev to Washington on Friday.", []),
        (
            "President George W. Bush welcomed Kazakh President Nursultan Nazarbayev's decision to join the treaty.",
            [("George W. Bush", "support")],
        ),
    ],
)
def test_welcoming_a_guest_to_a_place_is_a_greeting_not_a_view(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(h, s) for h, s, _ in _positions(sentence)] == expected


def test_further_stands_between_a_joined_subject_and_its_verb() -> None:
    found = _positions(
        "South Korean President Kim Dae-jung met Russian President Vladimir Putin in Seoul. "
        "Kim and Putin further agreed to link the railway across the border."
    )
    assert [(h, s) for h, s, _ in found] == [("Kim Dae-jung", "support"), ("Vladimir Putin", "support")]


@pytest.mark.parametrize(
    ("reported", "stance"),
    [
        ("the use of force in Libya should be avoided", "oppose"),
        ("hasty steps must be avoided", "oppose"),
        ("he was hopeful that war with Iraq could be avoided", "support"),
    ],
)
def test_what_ought_to_be_avoided_is_opposed(reported: str, stance: str) -> None:
    found = _positions(f"Chinese President Hu Jintao said {reported}.")
    assert [(h, s) for h, s, _ in found] == [("Hu Jintao", stance)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Indian Prime Minister Narendra Modi telephoned Sharif on Sunday night to condemn the attack.",
            [("Narendra Modi", "oppose")],
        ),
        ("Indian Prime Minister Narendra Modi urged Sharif to condemn the attack.", [("Narendra Modi", "support")]),
    ],
)
def test_the_purpose_of_a_call_is_the_callers(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = _positions("Pakistani Prime Minister Nawaz Sharif cancelled his trip. " + sentence)
    assert [(h, s) for h, s, _ in found] == expected


def test_a_report_joined_by_and_with_its_own_subject_ends_the_words_before_it() -> None:
    found = _positions(
        "Chancellor Olaf Scholz said Berlin remained committed to the talks, and officials stressed that "
        "the delay had nothing to do with the dispute."
    )
    assert [(h, s) for h, s, _ in found] == [("Olaf Scholz", "support")]
    assert found[0][2].endswith("remained committed to the talks")
    found = _positions(
        "Chancellor Olaf Scholz said the budget rules had to be kept, and French President Emmanuel Macron said "
        "Paris was ready to spend more on defence."
    )
    assert {(h, q) for h, _, q in found} == {
        ("Olaf Scholz", "the budget rules had to be kept"),
        ("Emmanuel Macron", "Paris was ready to spend more on defence"),
    }


def test_they_in_a_text_in_which_they_condemned_are_its_authors() -> None:
    found = _positions(
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi met in Tokyo. "
        "The two leaders issued a joint statement in which they condemned the missile launches."
    )
    assert sorted((h, s) for h, s, _ in found) == [("Fumio Kishida", "oppose"), ("Narendra Modi", "oppose")]
    found = _positions(
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi issued a joint statement "
        "in which they condemned the missile launches."
    )
    assert sorted((h, s) for h, s, _ in found) == [("Fumio Kishida", "oppose"), ("Narendra Modi", "oppose")]


def test_a_pledge_never_to_do_something_opposes_it() -> None:
    extraction = parse_article(
        HEAD + "The Group of Seven leaders issued a statement in which they pledged not to raise new tariffs on food."
    )
    assert [(p.stance, p.wording) for p in extraction.positions] == [("oppose", "raise new tariffs on food")]
    found = _positions("French President Emmanuel Macron vowed never to allow the sale of the port.")
    assert [(h, s) for h, s, _ in found] == [("Emmanuel Macron", "oppose")]


def test_urging_a_lift_backs_the_lifting_and_urging_a_scrapping_opposes_the_thing() -> None:
    extraction = parse_article(HEAD + "South African President Cyril Ramaphosa urged Washington to lift its sanctions.")
    assert [(p.stance, p.wording) for p in extraction.positions] == [("support", "lift its sanctions")]
    extraction = parse_article(HEAD + "South African President Cyril Ramaphosa urged Washington to scrap its tariffs.")
    assert [p.stance for p in extraction.positions] == ["oppose"]


def test_the_two_governments_in_the_text_named_before_are_its_parties() -> None:
    found = _positions(
        "Kenya and Somalia signed a joint statement on Monday.\n\n"
        "In the statement, the two governments said they remained committed to peace on the border."
    )
    assert sorted(h for h, _, _ in found) == ["Kenya", "Somalia"]


def test_the_introduction_of_a_counted_list_is_no_view() -> None:
    found = _positions(
        "Kenyan President Mwai Kibaki, Tanzanian President Jakaya Kikwete and Ethiopian Prime Minister Meles "
        "Zenawi met in Arusha on Monday.\n\n"
        "In a joint statement, the three leaders committed their governments to a security agenda.\n\n"
        "Kibaki asked the donors for three things: debt relief, market access and a grain reserve."
    )
    assert sorted(h for h, _, _ in found) == ["Jakaya Kikwete", "Meles Zenawi", "Mwai Kibaki"]


def test_none_of_negates_what_it_opens() -> None:
    found = _positions('"None of this is meant to encircle China," Japanese Prime Minister Shinzo Abe said.')
    assert [(h, s) for h, s, _ in found] == [("Shinzo Abe", "oppose")]


@pytest.mark.parametrize(
    "sentence",
    [
        "German Chancellor Olaf Scholz did not say whether Berlin would loosen its conditions on the tanks.",
        "Kazakh President Nursultan Nazarbayev would not say if Kazakhstan would vote for the draft.",
    ],
)
def test_a_report_that_leaves_a_question_open_is_neutral(sentence: str) -> None:
    assert [s for _, s, _ in _positions(sentence)] == ["neutral"]


def test_upholding_ones_opposition_to_a_thing_opposes_it_but_the_political_opposition_does_not() -> None:
    found = _positions("Canadian Prime Minister Stephen Harper reaffirmed his opposition to the embargo.")
    assert [s for _, s, _ in found] == ["oppose"]
    found = _positions("Brazilian President Dilma Rousseff repeated Brazil's opposition to the trade embargo.")
    assert [s for _, s, _ in found] == ["oppose"]
    found = _positions("Canadian Prime Minister Stephen Harper urged the opposition to join the talks.")
    assert [s for _, s, _ in found] == ["support"]


def test_a_consequence_foretold_as_harm_opposes_what_brings_it() -> None:
    found = _positions(
        "Russian Foreign Minister Sergei Lavrov said outside military intervention would only push Syria towards war."
    )
    assert [s for _, s, _ in found] == ["oppose"]
    found = _positions("Russian Foreign Minister Sergei Lavrov said the deal would only make sense if Iran signed it.")
    assert [s for _, s, _ in found] == ["support"]


def test_calling_something_an_attempt_to_do_a_thing_is_a_charge() -> None:
    found = _positions(
        'Polish Prime Minister Donald Tusk called the move "an attempt to change the borders of Europe by force."'
    )
    assert [s for _, s, _ in found] == ["oppose"]


def test_putting_a_thing_at_risk_is_a_danger_named() -> None:
    found = _positions("Guatemalan President Jimmy Morales said the commission's actions had put public order at risk.")
    assert [s for _, s, _ in found] == ["oppose"]


def test_painful_concessions_for_a_goal_are_no_verdict_against_it() -> None:
    found = _positions("Israeli Premier Ehud Olmert said Israel was ready to make painful concessions for peace.")
    assert [s for _, s, _ in found] == ["support"]


def test_a_region_free_of_a_harm_is_wished_for() -> None:
    found = _positions(
        "Saudi Foreign Minister Saud al-Faisal said Riyadh wanted the Gulf to be free of weapons of mass destruction."
    )
    assert [s for _, s, _ in found] == ["support"]


def test_saying_only_that_a_matter_will_be_looked_at_gives_no_view() -> None:
    found = _positions("Iranian President Hassan Rouhani said only that the matter would be looked at by experts.")
    assert [s for _, s, _ in found] == ["neutral"]
    found = _positions("Chinese President Hu Jintao said only that the conflict had to be ended by political means.")
    assert [s for _, s, _ in found] == ["support"]


def test_an_unshakeable_commitment_is_affirmed() -> None:
    found = _positions(
        "Asked about the visit, U.S. Vice President Joe Biden said only that America's commitment to Israel's "
        'security was "unshakeable".'
    )
    assert [s for _, s, _ in found] == ["support"]


def test_a_denial_inside_what_is_made_sure_of_is_prevention() -> None:
    found = _positions(
        "South Korean President Moon Jae-in said Seoul would make sure the agreement did not go the way of the others."
    )
    assert [s for _, s, _ in found] == ["support"]


def test_means_to_fight_a_scourge_are_backed_but_fighting_a_measure_opposes_it() -> None:
    found = _positions("Bolivian President Evo Morales said Bolivia needed helicopters to fight drug traffickers.")
    assert [s for _, s, _ in found] == ["support"]
    found = _positions("Canadian Prime Minister Justin Trudeau said Ottawa would fight the tariffs on cars.")
    assert [s for _, s, _ in found] == ["oppose"]


def test_what_is_not_wanted_is_opposed_whatever_follows_but() -> None:
    found = _positions(
        "Philippine President Ferdinand Marcos said the Philippines did not want a war with China but would not be "
        "intimidated."
    )
    assert [s for _, s, _ in found] == ["oppose"]


def test_a_warning_of_ones_own_measure_backs_the_measure() -> None:
    found = _positions(
        "U.S. Secretary of State John Kerry warned that Washington was prepared to impose further sanctions on Moscow."
    )
    assert [s for _, s, _ in found] == ["support"]
    found = _positions("Israeli Prime Minister Benjamin Netanyahu warned that the deal was dangerous.")
    assert [s for _, s, _ in found] == ["oppose"]


def test_a_thing_called_inconsistent_with_the_law_is_opposed() -> None:
    found = _positions(
        'U.S. Secretary of State Hillary Clinton said the settlements were "inconsistent with international law".'
    )
    assert [s for _, s, _ in found] == ["oppose"]


def test_not_committing_to_a_thing_leaves_it_open() -> None:
    found = _positions("Brazilian President Jair Bolsonaro did not commit to a date for the move.")
    assert [s for _, s, _ in found] == ["neutral"]


def test_understanding_anothers_feeling_is_sympathy_not_support() -> None:
    found = _positions("Japanese Prime Minister Junichiro Koizumi said he understood Israel's anger over the raid.")
    assert [s for _, s, _ in found] == ["neutral"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuanian President Dalia Grybauskaite said Vilnius would have no choice but to ask for sanctions.",
        "Honduran President Roberto Micheletti said: \"We do not need anyone's permission to take this step.\"",
        'Nigerian President Goodluck Jonathan said: "We will not rest until we have rooted out this menace."',
    ],
)
def test_a_denial_that_states_resolve_backs_the_act(sentence: str) -> None:
    stances = {s for _, s, _ in _positions(sentence)}
    assert stances == {"support"}


def test_a_sad_day_for_a_cause_is_a_verdict_against_what_caused_it() -> None:
    found = _positions('U.S. Senator Connie Mack said the ruling was "a sad day for freedom".')
    assert [s for _, s, _ in found] == ["oppose"]


def test_a_door_kept_open_to_others_is_no_hedge() -> None:
    found = _positions("NATO Secretary General Jens Stoltenberg said the alliance's door remained open to Georgia.")
    assert [s for _, s, _ in found] == ["support"]
    found = _positions("Finnish President Sauli Niinisto said Finland was open to discussing Turkey's concerns.")
    assert [s for _, s, _ in found] == ["neutral"]


def test_an_offer_on_the_table_is_upheld_but_options_on_the_table_are_open() -> None:
    found = _positions('Greek Prime Minister Alexis Tsipras said: "My plan remains on the table."')
    assert [s for _, s, _ in found] == ["support"]
    found = _positions("U.S. President Donald Trump said all options were on the table for dealing with Venezuela.")
    assert [s for _, s, _ in found] == ["neutral"]


def test_having_no_mandate_for_an_act_opposes_the_act() -> None:
    found = _positions(
        "EU foreign policy chief Josep Borrell said the rotating presidency had no mandate to engage with Russia."
    )
    assert [s for _, s, _ in found] == ["oppose"]


def test_a_repeated_demand_supports_what_it_asks_for() -> None:
    positions = _positions(
        "Palestinian President Mahmoud Abbas repeated on Thursday his demand that Israel withdraw its troops from Gaza."
    )
    assert [(holder, stance) for holder, stance, _ in positions] == [("Mahmoud Abbas", "support")]


def test_a_renewed_call_supports_what_it_calls_for() -> None:
    positions = _positions("Palestinian President Mahmoud Abbas renewed his call for a ceasefire in Gaza.")
    assert [(holder, stance) for holder, stance, _ in positions] == [("Mahmoud Abbas", "support")]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Palestinian President Mahmoud Abbas renewed his support for the road map.", "support"),
        ("Palestinian President Mahmoud Abbas restated his opposition to the barrier.", "oppose"),
    ],
)
def test_a_renewed_or_restated_view_is_a_position(sentence: str, stance: str) -> None:
    assert [(holder, found) for holder, found, _ in _positions(sentence)] == [("Mahmoud Abbas", stance)]


def test_they_after_two_leaders_met_means_both() -> None:
    positions = _positions(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Sunday. "
        "They also condemned terrorism in all its forms."
    )
    assert sorted((holder, stance) for holder, stance, _ in positions) == [
        ("Fumio Kishida", "oppose"),
        ("Narendra Modi", "oppose"),
    ]


def test_an_opposition_said_not_to_have_changed_is_upheld() -> None:
    positions = _positions(
        "German Chancellor Olaf Scholz said Germany's opposition to joint euro zone debt had not changed."
    )
    assert [(holder, stance) for holder, stance, _ in positions] == [("Olaf Scholz", "oppose")]
