"""Plans: inline lists, bulleted lines, phases, proposers (own example texts)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplotrack.parse import parse_article
from diplotrack.parse.lists import split_items

HEAD = "date 2024-03-01\n"


def _plans(body: str) -> list[tuple[str, list[str]]]:
    extraction = parse_article(HEAD + body)
    return [(extraction.display_name(p.proposer), [i.text for i in p.items]) for p in extraction.plans]


def _joint(body: str) -> tuple[list[str], list[list[str]]]:
    """A joint plan's proposers, sorted, and the distinct item lists they propose (one when they share it)."""
    plans = _plans(body)
    distinct: list[list[str]] = []
    for _, items in plans:
        if items not in distinct:
            distinct.append(items)
    return sorted(proposer for proposer, _ in plans), distinct


def test_inline_items_keep_their_qualifiers() -> None:
    items = split_items("a full pullback from the border, including the hills, a prisoner swap, and new talks.", 0)
    assert [i.text for i in items] == [
        "a full pullback from the border, including the hills",
        "a prisoner swap",
        "new talks",
    ]


def test_phase_lines_make_a_plan_of_the_demonym_proposer() -> None:
    body = (
        "German Chancellor Olaf Scholz presented what he called a new French proposal for the region.\n\n"
        "Phase one, lasting a month: a halt to all shelling.\n\n"
        "Phase two: the exchange of prisoners.\n\n"
        "Phase three: elections under international monitoring.\n"
    )
    plans = _plans(body)
    assert plans == [
        ("France", ["a halt to all shelling", "the exchange of prisoners", "elections under international monitoring"])
    ]


def test_bulleted_joint_statement_gives_one_plan_per_signatory() -> None:
    body = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz signed a joint statement on Friday.\n\n"
        "The text sets out three commitments:\n\n"
        "- both countries will raise aid to Moldova;\n"
        "- they will open a shared training centre;\n"
        "- they will meet again in June.\n"
    )
    plans = _plans(body)
    assert [p for p, _ in plans] == ["Emmanuel Macron", "Olaf Scholz"]
    assert plans[0][1][1] == "they will open a shared training centre"


def test_agent_after_by_is_the_proposer() -> None:
    body = (
        "The plan, put forward by French President Emmanuel Macron, asks Moscow for a withdrawal of troops, "
        "a ceasefire along the river and the return of deported children."
    )
    assert _plans(body) == [
        (
            "Emmanuel Macron",
            ["a withdrawal of troops", "a ceasefire along the river", "the return of deported children"],
        )
    ]


def test_recipient_of_a_presented_plan_is_not_its_proposer() -> None:
    body = (
        "OSLO — A team of mediators led by Norwegian Prime Minister Jonas Gahr Store handed "
        "Turkish President Recep Tayyip Erdogan a five-point plan on Monday.\n\n"
        "The plan calls for:\n\n"
        "- a halt to air strikes;\n"
        "- the reopening of border crossings;\n"
        "- talks in Geneva.\n"
    )
    assert [p for p, _ in _plans(body)] == ["Jonas Gahr Store"]


def test_presented_with_a_plan_credits_the_subject() -> None:
    body = (
        "German Chancellor Olaf Scholz presented Polish Prime Minister Donald Tusk with a plan that includes "
        "a joint air-defence fund, new rail links and the training of engineers."
    )
    assert _plans(body) == [
        ("Olaf Scholz", ["a joint air-defence fund", "new rail links", "the training of engineers"])
    ]


def test_plan_as_subject_of_the_list_takes_the_proposer_named_before() -> None:
    body = (
        "Brazil on Monday set out its views in a six-point document released at the United Nations.\n\n"
        'The paper, titled "Argentina and the Region," lists these points:\n\n'
        "- an immediate truce;\n"
        "- a monitoring mission;\n"
        "- new elections.\n"
    )
    assert [p for p, _ in _plans(body)] == ["Brazil"]


def test_possessor_and_demonym_before_the_plan_noun() -> None:
    body = (
        "Speaking in Paris, the minister praised Kenya's seven-point peace formula, which includes "
        "a truce, aid corridors and a return of refugees."
    )
    assert [p for p, _ in _plans(body)] == ["Kenya"]
    body = "Reporters were shown the Chinese position paper, which calls for a ceasefire, talks and aid."
    assert [p for p, _ in _plans(body)] == ["China"]


def test_joint_statement_signers_named_after_it_and_the_two_governments() -> None:
    body = (
        "In a trilateral statement, Chile, Peru and Bolivia said they had agreed:\n\n"
        "1. to open a shared water agency;\n"
        "2. to hold yearly summits.\n"
    )
    assert [p for p, _ in _plans(body)] == ["Chile", "Peru", "Bolivia"]
    body = (
        "Japan and South Korea agreed on Friday to end a trade dispute.\n\n"
        "In a joint statement, the two governments listed their commitments:\n\n"
        "- Japan will lift export curbs\n"
        "- South Korea will drop its complaint\n"
    )
    assert [p for p, _ in _plans(body)] == ["Japan", "South Korea"]


def test_coordinated_leaders_unveiling_a_plan_each_propose_it() -> None:
    body = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz unveiled on Monday a plan for "
        "Europe's defence industry.\n\n"
        "The blueprint comes in two phases:\n\n"
        "Phase one: joint purchases of ammunition.\n"
        "Phase two: a shared fund for new tanks.\n"
    )
    assert [p for p, _ in _plans(body)] == ["Emmanuel Macron", "Olaf Scholz"]


def test_ordinal_run_after_the_sentence_naming_the_plan() -> None:
    body = (
        "Canadian Prime Minister Justin Trudeau laid out a strategy in three steps. First, Ottawa would "
        "double its aid budget; second, it would open new embassies in Africa; and third, it would "
        "host a donors' conference next spring."
    )
    assert _plans(body) == [
        (
            "Justin Trudeau",
            [
                "double its aid budget",
                "open new embassies in Africa",
                "host a donors' conference next spring",
            ],
        )
    ]


def test_enumerated_inline_items_and_stage_sentences() -> None:
    body = "Indian Prime Minister Narendra Modi proposed a plan that includes (1) a truce, (2) aid and (3) talks."
    assert _plans(body) == [("Narendra Modi", ["a truce", "aid", "talks"])]
    body = (
        "Egyptian President Abdel Fattah el-Sisi put forward a proposal on Sunday. "
        "The first phase would see a six-week truce. "
        "The second phase would include the exchange of all prisoners. "
        "The third phase would bring reconstruction."
    )
    assert _plans(body) == [
        ("Abdel Fattah el-Sisi", ["a six-week truce", "the exchange of all prisoners", "reconstruction"])
    ]


def test_final_and_is_the_list_level_one() -> None:
    items = split_items("an end to raids, a grain and fertiliser deal and the return of monitors and envoys.", 0)
    assert [i.text for i in items] == [
        "an end to raids",
        "a grain and fertiliser deal",
        "the return of monitors and envoys",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "food parcels, the repair of bridges, schools and clinics, and new housing.",
            ["food parcels", "the repair of bridges, schools and clinics", "new housing"],
        ),
        (
            "a truce, the release of the sick, the old and the young, and talks.",
            ["a truce", "the release of the sick, the old and the young", "talks"],
        ),
        (
            "opening markets, and deeper ties in science, sport and culture.",
            ["opening markets", "deeper ties in science, sport and culture"],
        ),
        (
            "curbing the flow of arms, fuel and money across the border, sharing data and training police.",
            ["curbing the flow of arms, fuel and money across the border", "sharing data", "training police"],
        ),
        (
            "the lifting of curbs on Cuba, a broad and lasting amnesty, and elections.",
            ["the lifting of curbs on Cuba", "a broad and lasting amnesty", "elections"],
        ),
        (
            "a stress on growth, jobs and the rule of law, and trade.",
            ["a stress on growth", "jobs and the rule of law", "trade"],
        ),
        ("help for farmers, fishermen and miners.", ["help for farmers", "fishermen", "miners"]),
    ],
)
def test_a_list_inside_one_item_stays_in_it(text: str, expected: list[str]) -> None:
    assert [i.text for i in split_items(text, 0)] == expected


def test_adjectives_listed_before_one_noun_stay_in_one_item() -> None:
    text = "the repeal of the decree, a quick, thorough and independent inquiry, and an open, fair and free vote."
    assert [i.text for i in split_items(text, 0)] == [
        "the repeal of the decree",
        "a quick, thorough and independent inquiry",
        "an open, fair and free vote",
    ]


def test_prose_agreement_without_parts_is_not_a_plan() -> None:
    body = (
        "The two leaders agreed a statement calling for calm. "
        "Argentine President Javier Milei unveiled a proposal to cut tariffs."
    )
    assert _plans(body) == []


def test_offer_under_which_clauses_would_follow_has_the_unveiler_as_proposer() -> None:
    body = (
        "Turkey has turned down, for now, an offer of help from the summit.\n\n"
        "French President Emmanuel Macron unveiled the package on Monday. It was an offer under which donors "
        "would fund new schools, the region would receive medical teams, and a reconstruction fund would open "
        "in May.\n"
    )
    assert _plans(body) == [
        (
            "Emmanuel Macron",
            [
                "donors would fund new schools",
                "the region would receive medical teams",
                "a reconstruction fund would open in May",
            ],
        )
    ]


def test_plan_told_over_several_sentences_belongs_to_its_presenter() -> None:
    body = (
        "Indian Prime Minister Narendra Modi on Monday presented a plan to German Chancellor Olaf Scholz.\n\n"
        "Modi said the plan would begin with a pause in new tariffs. Exporters would register with a joint "
        "office, and customs checks would be simplified. A review board would then report within a year.\n"
    )
    assert _plans(body) == [
        (
            "Narendra Modi",
            [
                "a pause in new tariffs",
                "Exporters would register with a joint office",
                "customs checks would be simplified",
                "A review board would then report within a year",
            ],
        )
    ]


def test_run_of_should_sentences_is_the_speakers_proposal() -> None:
    body = (
        "French President Emmanuel Macron spoke in Paris on Monday.\n\n"
        "In his speech, Macron said Europe could lead. Europe and its partners, he said, should pool their "
        "defence spending. They should build a common air shield. They should open their markets to new "
        "members, and they should train more engineers.\n"
    )
    assert _plans(body) == [
        (
            "Emmanuel Macron",
            [
                "pool their defence spending",
                "build a common air shield",
                "open their markets to new members",
                "train more engineers",
            ],
        )
    ]


def test_two_should_sentences_are_not_a_plan() -> None:
    body = (
        "French President Emmanuel Macron spoke in Paris on Monday. Europe should spend more. "
        "It should also build more.\n\nThe talks ended.\n"
    )
    assert _plans(body) == []


def test_who_rejects_an_offer_does_not_propose_it() -> None:
    body = (
        "German Chancellor Olaf Scholz rejected the offer, which includes a tariff cut, a steel quota "
        "and a joint fund.\n"
    )
    assert all(proposer != "Olaf Scholz" for proposer, _ in _plans(body))


def test_clock_time_colon_does_not_introduce_a_list() -> None:
    body = "16:45 Macron tells reporters that the talks went well and that allies backed the plan.\n"
    assert _plans(body) == []


def test_numbered_consensus_in_shall_sentences_falls_to_the_organisation() -> None:
    body = (
        "Leaders met at the NATO headquarters on Saturday and reached a three-point consensus.\n\n"
        "The chairman's statement lists the points. There shall be a ceasefire along the border. A dialogue "
        "among all parties shall begin. Envoys shall visit the region.\n"
    )
    plans = _plans(body)
    assert len(plans) == 1
    assert plans[0][1] == [
        "There shall be a ceasefire along the border",
        "A dialogue among all parties shall begin",
        "Envoys shall visit the region",
    ]
    assert plans[0][0] in ("NATO", "North Atlantic Treaty Organization")


def test_countries_of_a_leaders_joint_declaration_are_their_leaders() -> None:
    body = (
        "PORT LOUIS — Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met on an island "
        "on Monday and issued a joint declaration. In it, Kenya and Tanzania agreed:\n"
        "1. to reopen the border crossings\n"
        "2. to set up a joint trade committee\n"
        "3. to meet again within six months\n"
    )
    plans = _plans(body)
    assert [p for p, _ in plans] == ["William Ruto", "Samia Suluhu Hassan"]
    assert plans[0][1][0] == "reopen the border crossings"


def test_joint_statement_of_delegations_stays_with_the_countries() -> None:
    body = (
        "Kenyan Foreign Minister Musalia Mudavadi met Tanzanian officials in Arusha. President William Ruto "
        "was not there.\n\n"
        "In a joint statement, the two governments set out what each side would do:\n\n"
        "- Kenya will lower its duties on rice\n"
        "- Tanzania will reopen its border posts\n"
    )
    assert [p for p, _ in _plans(body)] != ["William Ruto"]


def test_relative_pronoun_subject_is_the_main_clause_speaker() -> None:
    body = (
        "Secretary of State Antony Blinken spoke after Egyptian Foreign Minister Sameh Shoukry. "
        "In his speech, Blinken said the aid would depend on conditions, which he set out as follows: "
        "the militias must disarm, free all hostages, and join the talks.\n"
    )
    assert [p for p, _ in _plans(body)] == ["Antony Blinken"]


def test_the_demonym_president_proposes_a_bulleted_list() -> None:
    body = (
        "Chinese President Xi Jinping arrived in Brasilia on Tuesday and met Brazil's President Lula.\n\n"
        "Addressing the BRICS leaders, the Chinese president proposed that the two sides work in four "
        "priority areas:\n"
        "- energy and mining\n"
        "- farm trade\n"
        "- space research\n"
        "- student exchanges\n"
    )
    plans = _plans(body)
    assert [p for p, _ in plans] == ["Xi Jinping"]
    assert plans[0][1][2] == "space research"


def test_a_proposal_relayed_by_a_minister_is_the_leaders() -> None:
    body = (
        "Chilean President Gabriel Boric has a plan for the river dispute. Boric's proposal, presented by "
        "Foreign Minister Alberto van Klaveren at the UN, calls for a survey of the river, talks under UN "
        "auspices and a shared fund.\n"
    )
    assert _plans(body) == [("Gabriel Boric", ["a survey of the river", "talks under UN auspices", "a shared fund"])]


def test_clauses_under_a_proposal_are_its_parts_and_the_agent_proposes_it() -> None:
    body = (
        "Under the proposal, put forward by Qatar, Israel would pull back its troops, Hamas would free the "
        "captives, and aid would flow into Gaza."
    )
    assert _plans(body) == [
        ("Qatar", ["Israel would pull back its troops", "Hamas would free the captives", "aid would flow into Gaza"])
    ]
    assert _plans("Under the terms of the accord, a withdrawal cannot take effect before 2020, and talks resume.") == []


def test_a_counted_list_after_a_colon_and_a_then_finally_sequence() -> None:
    body = "The European Union offered Serbia three things: faster accession talks, new investment, and free travel."
    assert _plans(body) == [("European Union", ["faster accession talks", "new investment", "free travel"])]
    body = (
        "Turkish President Recep Tayyip Erdogan proposed a plan with three phases: first a truce, then a prisoner "
        "exchange, and finally peace talks in Istanbul."
    )
    assert _plans(body) == [("Recep Tayyip Erdogan", ["a truce", "a prisoner exchange", "peace talks in Istanbul"])]


def test_a_plan_that_demands_several_that_clauses() -> None:
    body = (
        "The Arab League's plan demands that the president hand power to his deputy, that a unity government be "
        "formed within two months and that elections be held."
    )
    assert _plans(body) == [
        (
            "Arab League",
            [
                "the president hand power to his deputy",
                "a unity government be formed within two months",
                "elections be held",
            ],
        )
    ]


def test_measures_a_leader_announced_are_his_plan_and_a_relayed_draft_stays_with_its_author() -> None:
    body = (
        "Chinese President Xi Jinping opened the forum on Monday.\n\n"
        "Under the five measures Xi announced, China will:\n\n"
        "- double its aid\n"
        "- cancel old loans\n"
        "- train nurses\n"
    )
    assert _plans(body) == [("Xi Jinping", ["double its aid", "cancel old loans", "train nurses"])]
    body = (
        "Lebanon answered an American draft on Monday. The proposal, handed to Speaker Nabih Berri by the U.S. "
        "ambassador, Lisa Johnson, includes a 60-day truce, the withdrawal of troops and a monitoring committee."
    )
    assert _plans(body) == [("United States", ["a 60-day truce", "the withdrawal of troops", "a monitoring committee"])]


def test_a_body_named_before_its_members_in_dashes_proposes() -> None:
    body = (
        "The Quartet - the United Nations, the United States, the European Union and Russia - said every member of "
        "the new government must meet three conditions: renounce violence, recognise Israel and accept past accords."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Middle East Quartet"]
    assert _plans(body)[0][1] == ["renounce violence", "recognise Israel", "accept past accords"]


def test_a_proposed_list_needs_no_plan_noun() -> None:
    body = (
        "Colombian President Gustavo Petro proposed the lifting of sanctions, a general amnesty, a transitional "
        "government and, finally, new free elections."
    )
    assert _plans(body) == [
        (
            "Gustavo Petro",
            ["the lifting of sanctions", "a general amnesty", "a transitional government", "new free elections"],
        )
    ]
    body = "French President Emmanuel Macron proposed building guarantees, Russia included, and that talks go on."
    assert _plans(body) == []


def test_a_city_in_a_joint_text_s_name_signs_nothing() -> None:
    body = (
        "PYONGYANG — South Korean President Moon Jae-in and North Korean leader Kim Jong Un signed a joint "
        "declaration on Wednesday.\n\n"
        "The Pyongyang Joint Declaration lists these commitments:\n\n"
        "- the North will dismantle the test site\n"
        "- the two Koreas will hold a family reunion\n"
    )
    assert sorted(proposer for proposer, _ in _plans(body)) == ["Kim Jong Un", "Moon Jae-in"]


def test_a_counted_list_with_a_qualifier_before_its_colon() -> None:
    text = (
        "date 2024-02-27\nFrench Foreign Minister Stephane Sejourne proposed three areas where allies could do "
        "more: demining, cyber defence and the training of engineers."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [
        ("Stephane Sejourne", ["demining", "cyber defence", "the training of engineers"])
    ]


def test_the_country_asked_to_act_is_not_the_proposer() -> None:
    text = (
        "date 2010-02-25\nIndian Foreign Secretary Nirupama Rao said India expected Pakistan to:\n\n"
        "- close the training camps;\n- try the suspects;\n- freeze the group's accounts."
    )
    plans = parse_article(text).to_expectation().plans
    assert [plan.proposer for plan in plans] != ["Pakistan"] and len(plans) == 1


def test_a_quotation_after_a_colon_is_not_a_list() -> None:
    text = (
        'date 2022-03-27\nSecretary of State Antony Blinken said: "As you know, we do not have a strategy of regime '
        'change, in Russia or anywhere else."'
    )
    assert parse_article(text).to_expectation().plans == []


def test_a_leader_relaying_their_countrys_list_proposes_it() -> None:
    text = (
        "date 2020-12-11\nKing Mohammed VI of Morocco told President Donald Trump that Morocco would:\n\n"
        "- resume direct flights;\n- reopen the liaison offices;\n- restore diplomatic relations."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, len(plan.items)) for plan in plans] == [("Mohammed VI", 3)]


def test_a_joint_text_of_the_two_governments_is_each_signatorys_plan() -> None:
    text = (
        "date 2018-07-09\nEthiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a "
        "declaration in Asmara on Monday. Kenyan President Uhuru Kenyatta welcomed the step.\n\n"
        "Under the declaration, the two governments commit to:\n"
        "- reopen their embassies;\n- resume flights;\n- open the border crossings."
    )
    plans = parse_article(text).to_expectation().plans
    assert sorted(plan.proposer for plan in plans) == ["Abiy Ahmed", "Isaias Afwerki"]
    assert all(len(plan.items) == 3 for plan in plans)


def test_the_one_who_reads_a_joint_text_out_does_not_sign_it() -> None:
    text = (
        "date 2004-11-26\nIn a statement signed by both candidates and read out by Javier Solana, Prime Minister "
        "Viktor Yanukovych and opposition leader Viktor Yushchenko committed themselves to:\n"
        "- renounce force;\n- resume talks;\n- respect the court."
    )
    plans = parse_article(text).to_expectation().plans
    assert sorted(plan.proposer for plan in plans) == ["Viktor Yanukovych", "Viktor Yushchenko"]


def test_a_leader_setting_out_their_countrys_terms_proposes_them() -> None:
    text = (
        "date 2022-05-18\nIn Ankara, President Recep Tayyip Erdogan set out Ankara's terms: the two countries must "
        "end their support for militants, lift the arms restrictions, and extradite the suspects."
    )
    plans = parse_article(text).to_expectation().plans
    assert [plan.proposer for plan in plans] == ["Recep Tayyip Erdogan"]


def test_an_opening_his_is_the_subject_that_follows() -> None:
    text = (
        "date 2002-01-21\nPrime Minister Junichiro Koizumi greeted Afghan leader Hamid Karzai at the opening session."
        "\n\nIn his address, Karzai set out what he called five urgent priorities: paying salaries, reopening "
        "schools, and clearing land mines."
    )
    plans = parse_article(text).to_expectation().plans
    assert [plan.proposer for plan in plans] == ["Hamid Karzai"]


def test_parts_listed_in_the_sentence_after_the_plan_is_named() -> None:
    text = (
        "date 2016-08-09\nRussian President Vladimir Putin laid out what he called a step-by-step road map. "
        "It would begin with the resumption of charter flights, move on to the lifting of the food ban, "
        "and end with the revival of the pipeline project."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [
        (
            "Vladimir Putin",
            ["the resumption of charter flights", "the lifting of the food ban", "the revival of the pipeline project"],
        )
    ]


def test_a_declaration_of_the_two_presidents_told_in_the_next_sentence() -> None:
    text = (
        "date 2010-05-19\nUS President Barack Obama met Mexican President Felipe Calderon at the White House. "
        "The two presidents also issued a declaration on border management. It commits both governments to "
        "speeding trade, stopping arms smuggling and involving border towns."
    )
    plans = parse_article(text).to_expectation().plans
    assert sorted(plan.proposer for plan in plans) == ["Barack Obama", "Felipe Calderon"]
    assert all(plan.items == ["speeding trade", "stopping arms smuggling", "involving border towns"] for plan in plans)


def test_a_gloss_after_a_list_is_not_an_item() -> None:
    items = split_items("highways, i-ways and trans-ways, meaning roads, data links and power lines.", 0)
    assert [item.text for item in items] == ["highways", "i-ways", "trans-ways"]


def test_an_infinitive_list_is_split_at_each_to() -> None:
    items = split_items(
        "to work for peace, to protect the poorest, to fight graft and to protect rivers, seas and forests.", 0
    )
    assert [item.text for item in items] == [
        "work for peace",
        "protect the poorest",
        "fight graft",
        "protect rivers, seas and forests",
    ]


def test_the_new_president_and_his_commitments_listed_in_the_next_sentence() -> None:
    text = (
        "date 2022-08-07\nColombian President Gustavo Petro took office on Sunday. Spain's King Felipe VI attended. "
        "The new president closed with a list of what he called his commitments. Among them were to seek peace, "
        "to protect the poor and to fight corruption."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [
        ("Gustavo Petro", ["seek peace", "protect the poor", "fight corruption"])
    ]


def test_the_leaders_of_a_summit_speak_as_its_body() -> None:
    text = (
        "date 2012-03-29\nBAGHDAD — Arab League leaders met in Baghdad on Thursday. In their resolution on Syria, "
        "the leaders called for four steps: a halt to violence, the release of detainees, the withdrawal of the army "
        "and a national dialogue."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, len(plan.items)) for plan in plans] == [("Arab League", 4)]


def test_a_count_then_they_are_a_b_and_c() -> None:
    text = (
        "date 2008-07-13\nFrench President Nicolas Sarkozy proposed that the union start with three concrete "
        "projects. They are, in his words, the cleaning of the sea, a solar plan and a shared university."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [
        ("Nicolas Sarkozy", ["the cleaning of the sea", "a solar plan", "a shared university"])
    ]


def test_the_two_sides_undertaking_in_documents_they_signed() -> None:
    text = (
        "date 2020-09-05\nSerbian President Aleksandar Vucic and Kosovo's Prime Minister Avdullah Hoti signed "
        "separate documents in the Oval Office on Friday. In them, the two sides undertook to build a motorway, "
        "reopen the railway and recognise diplomas."
    )
    plans = parse_article(text).to_expectation().plans
    assert sorted(plan.proposer for plan in plans) == ["Aleksandar Vucic", "Avdullah Hoti"]


def test_the_acts_of_one_subject_under_a_named_proposal() -> None:
    text = (
        "date 2022-02-17\nFrench President Emmanuel Macron announced the withdrawal.\n\nUnder the timetable "
        "Macron set out, French troops will close their bases at Gossi, Menaka and Gao over the next months, "
        "move part of their forces to Niger, and keep providing air cover to the Sahel armies."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [
        (
            "Emmanuel Macron",
            [
                "close their bases at Gossi, Menaka and Gao over the next months",
                "move part of their forces to Niger",
                "keep providing air cover to the Sahel armies",
            ],
        )
    ]


def test_a_plan_the_leader_first_put_to_his_guest_then_its_parts() -> None:
    text = (
        "date 2016-12-15\nJapanese Prime Minister Shinzo Abe hosted Russian President Vladimir Putin. At the heart "
        "of the talks is an eight-point economic plan he first put to Putin in May. It covers health care, "
        "energy and technology."
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.items) for plan in plans] == [("Shinzo Abe", ["health care", "energy", "technology"])]


def test_a_leader_setting_out_demands_named_by_a_demonym() -> None:
    text = (
        "date 2010-06-01\nTurkish Foreign Minister Ahmet Davutoglu spoke at the Security Council. He set out four "
        "Turkish demands: an apology from Israel, an inquiry, the return of the ships and an end to the blockade."
    )
    plans = parse_article(text).to_expectation().plans
    assert [plan.proposer for plan in plans] == ["Ahmet Davutoglu"]


def test_the_bloc_named_before_proposes_the_list() -> None:
    body = (
        "After an emergency summit of the Economic Community of West African States, the bloc called for:\n"
        "1. the release of all detained officials;\n"
        "2. the closure of the borders with Mali;\n"
        "3. the activation of the standby force."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["ECOWAS"]


def test_what_one_side_expects_of_another_listed_after_a_colon() -> None:
    body = (
        "He said Mexican President Enrique Pena Nieto had set out what Mexico expected from the next U.S. "
        "president: respect for Mexicans living in the United States; a secure border; and a modernised trade pact."
    )
    assert _plans(body) == [
        (
            "Enrique Pena Nieto",
            ["respect for Mexicans living in the United States", "a secure border", "a modernised trade pact"],
        )
    ]
    body = (
        "In Brussels, Catherine Ashton, the European Union's foreign policy chief, set out what the bloc "
        "expected of Minsk: the release of the detained candidates, an end to the harassment of activists, "
        "and a full investigation."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Catherine Ashton"]


def test_a_memorandum_the_two_leaders_signed_is_proposed_by_both() -> None:
    body = (
        "German Chancellor Angela Merkel and Russian President Dmitry Medvedev met at Meseberg. "
        "The idea is set out in a short memorandum the two leaders signed there. The Meseberg memorandum proposes:\n"
        "- an EU-Russia security committee;\n"
        "- common rules for crisis-management operations;\n"
        "- joint work on the Transdniestria conflict."
    )
    assert sorted(proposer for proposer, _ in _plans(body)) == ["Angela Merkel", "Dmitry Medvedev"]


def test_three_acts_announced_in_one_reported_clause_are_measures() -> None:
    body = (
        "Saudi Foreign Minister Adel al-Jubeir told Reuters in Riyadh that the kingdom would end all air "
        "traffic to and from Iran, halt trade with the Islamic Republic, and bar its citizens from travelling there."
    )
    assert _plans(body) == [
        (
            "Adel al-Jubeir",
            [
                "end all air traffic to and from Iran",
                "halt trade with the Islamic Republic",
                "bar its citizens from travelling there",
            ],
        )
    ]
    assert _plans("German Chancellor Olaf Scholz said that Germany would meet, talk and listen.") == []


def test_amendments_recommendations_and_an_understanding_are_plan_nouns() -> None:
    body = (
        "Libyan leader Muammar Gaddafi tabled a set of amendments to the union's charter on Tuesday. They "
        "included a single African army, a common defence policy and a full-time chairman."
    )
    assert _plans(body) == [
        ("Muammar Gaddafi", ["a single African army", "a common defence policy", "a full-time chairman"])
    ]


def test_a_counted_agreement_lists_its_points_as_a_plan_of_each_government() -> None:
    text = (
        "date 2014-11-07\n\nBEIJING - China and Japan released a four-point agreement on Friday. "
        "In it the two governments:\n\n1. will abide by the principles\n2. will overcome political obstacles\n"
        "3. will establish crisis mechanisms\n4. will resume dialogue.\n"
    )
    plans = parse_article(text).to_expectation().plans
    assert [(plan.proposer, plan.name, len(plan.items)) for plan in plans] == [
        ("China", "four-point agreement", 4),
        ("Japan", "four-point agreement", 4),
    ]
    prose = "date 2014-11-07\n\nChina and Japan signed an agreement on fisheries and a trade agreement on Friday.\n"
    assert parse_article(prose).to_expectation().plans == []


def test_measures_that_are_to_do_several_things_list_their_parts() -> None:
    text = (
        "date 2010-05-26\n\nSouth Korean President Lee Myung-bak announced his measures against the North on Monday. "
        "The measures are to halt almost all trade with the North, to bar North Korean merchant ships "
        "from South Korean waters and to take the case to the U.N. Security Council.\n"
    )
    (plan,) = parse_article(text).to_expectation().plans
    first = "halt almost all trade with the North"
    assert (plan.proposer, plan.items[0], len(plan.items)) == ("Lee Myung-bak", first, 3)


def test_recommendations_that_call_on_someone_to_do_things_list_them() -> None:
    text = (
        "date 2010-11-13\n\nOAS Secretary-General Jose Miguel Insulza visited Managua last week. "
        "Insulza's four recommendations call on the neighbours to hold a meeting of their commission, "
        "to resume talks on the boundary, to avoid the presence of troops in the area, and to fight drug trafficking.\n"
    )
    (plan,) = parse_article(text).to_expectation().plans
    assert plan.proposer == "Jose Miguel Insulza"
    assert plan.items == [
        "hold a meeting of their commission",
        "resume talks on the boundary",
        "avoid the presence of troops in the area",
        "fight drug trafficking",
    ]


def test_demands_set_apart_by_semicolons_are_a_plan_of_the_co_hosts() -> None:
    text = (
        "date 2024-06-11\n\nKing Abdullah II of Jordan, Egyptian President Abdel Fattah al-Sisi and UN "
        "Secretary-General Antonio Guterres co-hosted the conference. U.S. Secretary of State Antony Blinken "
        "told delegates Hamas should accept the plan. In a closing statement, the three co-hosts called for an "
        "immediate ceasefire; the release of all hostages; the opening of all land crossings; and the protection "
        "of aid workers.\n"
    )
    plans = parse_article(text).to_expectation().plans
    assert [plan.proposer for plan in plans] == ["Abdullah II", "Abdel Fattah al-Sisi", "Antonio Guterres"]
    assert plans[0].items == [
        "an immediate ceasefire",
        "the release of all hostages",
        "the opening of all land crossings",
        "the protection of aid workers",
    ]


def test_a_minister_relaying_her_countrys_list_proposes_it() -> None:
    text = (
        "date 2008-03-03\n\nForeign Minister Maria Isabel Salvador said Quito would ask the OAS "
        "for three things: a formal condemnation of the incursion, a commission to investigate it, "
        "and guarantees that it would not be repeated.\n"
    )
    (plan,) = parse_article(text).to_expectation().plans
    assert (plan.proposer, len(plan.items)) == ("Maria Isabel Salvador", 3)


def test_a_body_named_again_by_the_last_word_of_its_name_proposes() -> None:
    body = (
        "\nThe European Commission opened proceedings against Budapest. In its letters the Commission told the "
        "Hungarian government to:\n- guarantee the independence of the central bank;\n- drop the cut in the "
        "retirement age of judges;\n- restore the independence of the data protection authority.\n"
    )
    assert _plans(body) == [
        (
            "European Commission",
            [
                "guarantee the independence of the central bank",
                "drop the cut in the retirement age of judges",
                "restore the independence of the data protection authority",
            ],
        )
    ]


def test_a_count_of_initials_in_quotes_names_the_parts_after_a_colon() -> None:
    body = (
        '\nU.S. President Bill Clinton set out what aides called his "four Rs" for South Asia: restraint, respect '
        "for the Line of Control, renewed dialogue between India and Pakistan, and rejection of violence.\n"
    )
    assert _plans(body) == [
        (
            "Bill Clinton",
            [
                "restraint",
                "respect for the Line of Control",
                "renewed dialogue between India and Pakistan",
                "rejection of violence",
            ],
        )
    ]


def test_two_presidents_pledging_to_a_list_in_a_joint_statement_each_propose_it() -> None:
    body = (
        "\nRussian President Dmitry Medvedev and Polish President Bronislaw Komorowski signed a joint statement "
        "on Monday. The crash in April killed President Lech Kaczynski. In the joint statement, the two "
        "presidents pledged to expand youth exchanges, to set up centres for dialogue and to speed up "
        "the return of archives.\n"
    )
    items = ["expand youth exchanges", "set up centres for dialogue", "speed up the return of archives"]
    assert _plans(body) == [("Dmitry Medvedev", items), ("Bronislaw Komorowski", items)]


def test_a_counted_noun_may_take_a_few_words_before_its_colon() -> None:
    body = (
        "\nPolish Prime Minister Mateusz Morawiecki said Europe had to act on three fronts without delay: sending "
        "Ukraine more weapons, cutting Russia off from Western trade, and opening a fast track to EU membership.\n"
    )
    assert _plans(body) == [
        (
            "Mateusz Morawiecki",
            [
                "sending Ukraine more weapons",
                "cutting Russia off from Western trade",
                "opening a fast track to EU membership",
            ],
        )
    ]


def test_a_description_of_the_leader_just_named_proposes_the_plan() -> None:
    body = (
        "\nGuatemalan President Otto Perez Molina hosted the meeting in Antigua. "
        "The former general, who took office in January, laid out three proposals: decriminalising the "
        "transit of drugs; creating a regional court; and asking the United States to pay for seizures.\n"
    )
    assert _plans(body) == [
        (
            "Otto Perez Molina",
            [
                "decriminalising the transit of drugs",
                "creating a regional court",
                "asking the United States to pay for seizures",
            ],
        )
    ]


def test_the_council_refers_back_to_a_council_whose_long_name_runs_over_under() -> None:
    body = (
        "\nIn Bangkok, officers calling themselves the Council for Democratic Reform under Constitutional "
        "Monarchy seized power. The council later set out a timetable for the transition:\n"
        "- an interim prime minister to be named within two weeks\n- a new constitution within a year\n"
    )
    assert _plans(body) == [
        (
            "Council for Democratic Reform under Constitutional Monarchy",
            ["an interim prime minister to be named within two weeks", "a new constitution within a year"],
        )
    ]


def test_a_list_named_as_a_list_of_requests_is_a_plan() -> None:
    body = (
        "Uruguayan President José Mujica met Barack Obama at the White House on Monday. His delegation brought "
        "a short list of requests: support for anti-smoking laws, wider access to the U.S. market for beef, "
        "and more scholarships for Uruguayan students."
    )
    assert _plans(body) == [
        (
            "José Mujica",
            [
                "support for anti-smoking laws",
                "wider access to the U.S. market for beef",
                "more scholarships for Uruguayan students",
            ],
        )
    ]


def test_commitments_listed_after_a_joint_statement_are_each_signers_plan() -> None:
    body = (
        "Philippine President Rodrigo Duterte held talks with Prime Minister Shinzo Abe, after which the two "
        "leaders issued a joint statement. In it they committed to the delivery of two patrol vessels, the "
        "lease of five training aircraft and a yen loan for roads in Mindanao."
    )
    items = [
        "the delivery of two patrol vessels",
        "the lease of five training aircraft",
        "a yen loan for roads in Mindanao",
    ]
    assert _plans(body) == [("Rodrigo Duterte", items), ("Shinzo Abe", items)]


def test_needs_listed_after_a_copula_are_the_plan_of_who_states_them() -> None:
    body = (
        "Ukrainian President Volodymyr Zelensky told Antony Blinken that Ukraine's most urgent needs were two "
        "Patriot systems for the Kharkiv region, faster delivery of the weapons covered by the new U.S. package, "
        "and more artillery shells."
    )
    assert _plans(body) == [
        (
            "Volodymyr Zelensky",
            [
                "two Patriot systems for the Kharkiv region",
                "faster delivery of the weapons covered by the new U.S. package",
                "more artillery shells",
            ],
        )
    ]


def test_an_officials_body_speaks_through_its_seat() -> None:
    body = (
        "European Commission President José Manuel Barroso met Ukrainian President Viktor Yanukovich on Monday. "
        "But he said Brussels expected three things of the new leadership: political stability, a fresh "
        "programme with the International Monetary Fund, and a reform of the gas sector."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["José Manuel Barroso"]


def test_making_proposals_proposes_them_over_an_earlier_proposer() -> None:
    body = (
        "North Korean leader Kim Jong-il put forward a proposal on trade. Chinese President Hu Jintao received him. "
        "Hu made five proposals for deepening ties, Xinhua said. They were: maintaining high-level contacts; "
        "strengthening strategic communication; and deepening economic cooperation."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Hu Jintao"]


def test_every_signer_listed_with_lowercase_titles_signs_a_joint_text() -> None:
    body = (
        "U.S. Secretary of State John Kerry, Russian Foreign Minister Sergei Lavrov, EU foreign policy chief "
        "Catherine Ashton and Ukraine's acting foreign minister, Andriy Deshchytsia, issued a joint statement. "
        "Under it:\n- all sides are to refrain from violence;\n- illegal armed groups are to be disarmed."
    )
    assert [proposer for proposer, _ in _plans(body)] == [
        "John Kerry",
        "Sergei Lavrov",
        "Catherine Ashton",
        "Andriy Deshchytsia",
    ]


def test_leaders_who_agreed_a_text_just_before_its_list_propose_it() -> None:
    body = (
        "The foreign ministers of Russia, Azerbaijan and Armenia, Sergei Lavrov, Jeyhun Bayramov and Zohrab "
        "Mnatsakanyan, agreed a four-point statement that Lavrov read to reporters shortly after 3 a.m. Under it:\n"
        "1. a humanitarian ceasefire is declared;\n2. the parameters will be agreed separately;\n"
        "3. Azerbaijan and Armenia will begin negotiations."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Sergei Lavrov", "Jeyhun Bayramov", "Zohrab Mnatsakanyan"]


def test_options_tracks_and_tests_are_counted_and_a_dash_may_open_their_list() -> None:
    options = (
        "Brazilian President Luiz Inacio Lula da Silva put forward six options: a tax on financial transactions; "
        "a levy on the arms trade; a facility that would borrow against future aid budgets."
    )
    assert _plans(options) == [
        (
            "Luiz Inacio Lula da Silva",
            [
                "a tax on financial transactions",
                "a levy on the arms trade",
                "a facility that would borrow against future aid budgets",
            ],
        )
    ]
    tracks = (
        "Ghassan Salame, the U.N. envoy for Libya, told reporters that the work would now follow three tracks — "
        "a military committee to firm up the truce, talks on the economy, and a political dialogue among Libyans."
    )
    assert _plans(tracks) == [
        (
            "Ghassan Salame",
            [
                "a military committee to firm up the truce",
                "talks on the economy",
                "a political dialogue among Libyans",
            ],
        )
    ]


def test_commitments_enumerated_after_committed_themselves_to_are_each_signers_plan() -> None:
    body = (
        "U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida met in Tokyo. In a joint statement, "
        "the two leaders committed themselves to (1) a maritime initiative, (2) more than $50 billion in "
        "infrastructure assistance and (3) a partnership on disaster relief."
    )
    items = [
        "a maritime initiative",
        "more than $50 billion in infrastructure assistance",
        "a partnership on disaster relief",
    ]
    assert _plans(body) == [("Joe Biden", items), ("Fumio Kishida", items)]


def test_a_statement_in_the_names_of_leaders_gives_each_a_plan_of_its_dashed_lines() -> None:
    body = (
        "Israeli Prime Minister Ehud Barak put forward a proposal on Jerusalem. Before parting, the leaders "
        "issued a statement in the names of Bill Clinton, Ehud Barak and Yasser Arafat. In it, the two sides:\n"
        "— agreed that the aim of their negotiations was to end the conflict;\n"
        "— undertook to avoid unilateral actions.\n\nArafat left."
    )
    items = [
        "agreed that the aim of their negotiations was to end the conflict",
        "undertook to avoid unilateral actions",
    ]
    assert _plans(body) == [("Bill Clinton", items), ("Ehud Barak", items), ("Yasser Arafat", items)]


def test_proposing_three_that_clauses_proposes_three_parts() -> None:
    body = (
        "Nicaraguan President Daniel Ortega spoke on Monday. He proposed that the two governments set up a "
        "commission, that fishermen keep the right to fish, and that the two navies cooperate against traffickers."
    )
    assert _plans(body) == [
        (
            "Daniel Ortega",
            [
                "the two governments set up a commission",
                "fishermen keep the right to fish",
                "the two navies cooperate against traffickers",
            ],
        )
    ]
    assert _plans("He proposed that talks resume, and that de-escalation was possible.") == []


def test_a_count_put_forward_is_listed_in_the_next_sentence_one_part_per_semicolon() -> None:
    body = (
        "Kenyan President Uhuru Kenyatta hosted the talks. Kenyatta set out four steps after the talks. The force "
        "is to deploy in Ituri; all parties must observe a ceasefire; armed groups must pull back; and the talks "
        "are to be stepped up."
    )
    assert _plans(body) == [
        (
            "Uhuru Kenyatta",
            [
                "The force is to deploy in Ituri",
                "all parties must observe a ceasefire",
                "armed groups must pull back",
                "the talks are to be stepped up",
            ],
        )
    ]
    three = body.replace("; and the talks are to be stepped up", "")
    assert _plans(three) == []  # four steps counted, three told: not this list


def test_a_leader_inside_a_relative_aside_does_not_propose_the_subjects_plan() -> None:
    body = (
        "Economy Minister Martin Guzman, who is due at the Vatican on Wednesday alongside IMF Managing Director "
        "Kristalina Georgieva, has set out a tight calendar: choosing the banks this week; holding talks with "
        "creditors through February; launching a formal offer in March."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Martin Guzman"]


def test_a_list_whose_introduction_names_no_one_belongs_to_who_opened_the_sentence_before() -> None:
    body = (
        "Mexican Foreign Minister Marcelo Ebrard presented a compromise text to the ministers on Friday.\n\n"
        "It includes:\n\n"
        "- a fund for the poorest countries;\n"
        "- a review of the targets in two years;\n"
        "- a panel of experts to check the figures.\n"
    )
    assert _plans(body) == [
        (
            "Marcelo Ebrard",
            [
                "a fund for the poorest countries",
                "a review of the targets in two years",
                "a panel of experts to check the figures",
            ],
        )
    ]


def test_the_body_named_after_the_text_it_speaks_in_proposes_the_list() -> None:
    body = (
        "Arab leaders met in Manama on Thursday for the annual summit of the Arab League.\n\n"
        "U.N. Secretary-General Antonio Guterres also attended.\n\n"
        "In its final declaration, the league called for:\n\n"
        "- an international peace conference;\n"
        "- an immediate ceasefire;\n"
        "- the return of all hostages.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Arab League"]


def test_a_named_proposal_whose_parts_the_next_sentence_says_it_consists_of() -> None:
    body = (
        "Chinese Premier Li Qiang put forward what he called a three-point proposal for the region. "
        "It consists of respecting each country's own path; widening trade across borders; and training more teachers."
    )
    assert _plans(body) == [
        (
            "Li Qiang",
            ["respecting each country's own path", "widening trade across borders", "training more teachers"],
        )
    ]


def test_instructions_given_and_listed_after_a_colon_between_semicolons() -> None:
    body = (
        "Indonesian President Joko Widodo gave three instructions: to build up the fishing fleet; "
        "to speed up gas exploration; and to strengthen the navy."
    )
    assert _plans(body) == [
        ("Joko Widodo", ["build up the fishing fleet", "speed up gas exploration", "strengthen the navy"])
    ]


def test_a_capitals_list_is_the_leader_who_opened_the_sentence_before_but_a_demonyms_plan_stays_the_countrys() -> None:
    body = (
        "Vietnamese Foreign Minister Pham Binh Minh set out four demands on Wednesday.\n\n"
        "Hanoi wants China:\n\n"
        "1. to withdraw the rig;\n"
        "2. to stop ramming fishing boats;\n"
        "3. to hold talks.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Pham Binh Minh"]
    body = (
        "Qatari Emir Hamad bin Khalifa Al Thani chaired the talks for six days.\n\n"
        "The final Qatari proposal, which both camps accepted, provides for:\n\n"
        "- the election of a president;\n"
        "- a unity government.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Qatar"]


def test_a_comma_inside_a_closing_quote_ends_its_item_after_the_quote() -> None:
    items = split_items('an easing of tension, an end to drills with "outside forces," and wider contacts.', 0)
    assert [item.text for item in items] == [
        "an easing of tension",
        'an end to drills with "outside forces',
        "wider contacts",
    ]


def test_a_countrys_proposals_set_out_by_its_negotiator_include_their_parts() -> None:
    body = (
        "Ukraine's proposals, set out to reporters by the head of its delegation, David Arakhamia, include a "
        "commitment not to join any alliance, guarantees from a group of countries, and talks on Crimea."
    )
    assert _plans(body) == [
        (
            "Ukraine",
            ["a commitment not to join any alliance", "guarantees from a group of countries", "talks on Crimea"],
        )
    ]


def test_a_count_of_parts_names_a_list_whatever_the_noun_and_what_is_asked_in_return_is_no_item() -> None:
    body = (
        "In Nairobi, Japanese Prime Minister Fumio Kishida offered African leaders a four-part bargain from Tokyo: "
        "cheaper loans, training for engineers, a new fund for startups and help with vaccines, in return for "
        "open markets, stable rules and a voice for Japan in the region."
    )
    assert _plans(body) == [
        (
            "Fumio Kishida",
            ["cheaper loans", "training for engineers", "a new fund for startups", "help with vaccines"],
        )
    ]


def test_a_clause_of_its_own_after_a_list_ends_it_but_a_list_of_clauses_goes_on() -> None:
    items = split_items("a truce, a prisoner exchange and talks, and it would be sent to both capitals.", 0)
    assert [i.text for i in items] == ["a truce", "a prisoner exchange", "talks"]
    clauses = split_items("it should create jobs, it should respect the law, and it should be open.", 0)
    assert [i.text for i in clauses] == ["it should create jobs", "it should respect the law", "it should be open"]


def test_the_two_leaders_of_a_joint_text_are_the_heads_of_the_countries_it_names_as_committing() -> None:
    body = (
        "Portuguese Prime Minister Antonio Costa welcomed Spanish Prime Minister Pedro Sanchez in Lisbon on "
        "Friday. Hungarian Prime Minister Viktor Orban has invited Sanchez to Budapest.\n\n"
        "The two leaders signed a treaty in which Portugal and Spain committed to three things: a shared power "
        "grid, faster trains between their capitals, and joint fire patrols."
    )
    items = ["a shared power grid", "faster trains between their capitals", "joint fire patrols"]
    assert sorted(_plans(body)) == [("Antonio Costa", items), ("Pedro Sanchez", items)]


def test_the_package_named_again_is_the_one_its_proposer_introduced_and_an_opening_source_proposes_nothing() -> None:
    body = (
        "Italy wants a longer timetable for its deficit, arguing that the original timetable was too harsh.\n\n"
        "Italian Prime Minister Mario Monti said his government would pass a savings package within weeks. "
        "According to Italian officials, the package rests on three pillars: lower pensions, the sale of state "
        "property, and a new tax office."
    )
    items = ["lower pensions", "the sale of state property", "a new tax office"]
    assert _plans(body) == [("Mario Monti", items)]


def test_who_says_another_must_do_things_sets_the_terms() -> None:
    body = (
        "In an interview, Kremlin spokesman Dmitry Peskov said Ukraine must:\n"
        "1. cease all military action;\n"
        "2. enshrine neutrality in its constitution;\n"
        "3. recognise Crimea as Russian."
    )
    assert _plans(body) == [
        (
            "Dmitry Peskov",
            ["cease all military action", "enshrine neutrality in its constitution", "recognise Crimea as Russian"],
        )
    ]


def test_countries_bound_by_a_text_the_two_leaders_signed_are_those_leaders() -> None:
    body = (
        "Russian President Vladimir Putin received Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n\n"
        "Putin set out the terms of the memorandum the two leaders had signed off on. Under it, Russia and "
        "Turkey will:\n"
        "- create a buffer zone;\n"
        "- remove heavy weapons from it;\n"
        "- patrol it jointly."
    )
    items = ["create a buffer zone", "remove heavy weapons from it", "patrol it jointly"]
    assert sorted(_plans(body)) == [("Recep Tayyip Erdogan", items), ("Vladimir Putin", items)]


def test_a_list_after_the_two_leaders_unveiled_a_text_is_theirs() -> None:
    body = (
        "Chancellor Angela Merkel and President Emmanuel Macron proposed a recovery fund on Monday.\n\n"
        "The two leaders unveiled what they called a Franco-German initiative. The paper rests on three pillars:\n"
        "1. a health strategy;\n"
        "2. a recovery fund;\n"
        "3. a digital transition."
    )
    items = ["a health strategy", "a recovery fund", "a digital transition"]
    assert sorted(_plans(body)) == [("Angela Merkel", items), ("Emmanuel Macron", items)]


def test_the_first_is_the_second_counts_the_parts_of_a_plan_named_just_before() -> None:
    body = (
        "Indonesian President Joko Widodo unveiled his vision on Thursday.\n\n"
        "The agenda for his second term, Widodo said, rests on three pillars. The first is "
        "cheaper ferries; the second, new deep-sea ports; and the third, a stronger coast guard."
    )
    assert _plans(body) == [("Joko Widodo", ["cheaper ferries", "new deep-sea ports", "a stronger coast guard"])]


def test_a_while_clause_after_a_call_is_no_second_part() -> None:
    items = split_items("end its pressure on the island, while holding out a modest offer of talks.", 0)
    assert [i.text for i in items] == ["end its pressure on the island, while holding out a modest offer of talks"]


def test_a_subject_that_would_first_do_one_thing_then_others_lists_the_steps_of_a_plan() -> None:
    body = (
        "South Korean President Moon Jae-in set out a sequence of steps on Wednesday. Seoul would first seek to "
        "reopen the border roads; then build a joint industrial zone; and finally launch a regional rail community."
    )
    assert _plans(body) == [
        (
            "Moon Jae-in",
            ["reopen the border roads", "build a joint industrial zone", "launch a regional rail community"],
        )
    ]


def test_a_proposal_of_any_counted_plural_before_a_colon_lists_its_parts() -> None:
    body = (
        'Chinese Premier Li Keqiang proposed that China help Africa build what he called "three major networks": '
        "high-speed railways, a continental highway system, and regional aviation."
    )
    items = ["high-speed railways", "a continental highway system", "regional aviation"]
    assert _plans(body) == [("Li Keqiang", items)]


def test_a_count_before_a_colon_with_no_proposing_verb_before_it_is_no_plan() -> None:
    body = (
        "Mexican President Enrique Pena Nieto's visit had produced two breakthroughs: Canada had announced it "
        "would lift its visa rule; Mexico had agreed to reopen its beef market."
    )
    assert _plans(body) == []


def test_his_proposal_included_lists_the_parts_of_the_proposal_named_just_before() -> None:
    body = (
        "The deal follows a compromise proposal that the chief AU mediator, Salim Ahmed Salim, put to the parties "
        "last month. His proposal included the disarmament of the militia, a compensation fund and new elections."
    )
    items = ["the disarmament of the militia", "a compensation fund", "new elections"]
    assert _plans(body) == [("Salim Ahmed Salim", items)]


def test_a_counted_number_of_parts_or_components_before_a_colon_lists_them() -> None:
    body = (
        "Pakistani President Asif Ali Zardari unveiled a new aid plan on Friday. It will have three parts: "
        "cheaper loans, new schools and flood defences."
    )
    assert _plans(body) == [("Asif Ali Zardari", ["cheaper loans", "new schools", "flood defences"])]


def test_a_plan_built_around_parts_lists_them() -> None:
    body = (
        "French President Emmanuel Macron set out once more the plan he first sketched last year, built around "
        "a euro zone budget, a banking union and a European Monetary Fund."
    )
    items = ["a euro zone budget", "a banking union", "a European Monetary Fund"]
    assert _plans(body) == [("Emmanuel Macron", items)]


def test_modal_sentences_of_a_new_paragraph_are_no_parts_of_a_plan_named_before_it() -> None:
    body = (
        "Australian opposition leader Anthony Albanese called for a national plan to deal with the fire threat.\n\n"
        "The India visit would have been the prime minister's first since taking office in 2018. Trade officials "
        "had hoped it would revive talks on a trade agreement, and defence officials said work on a security pact "
        "would continue in the meantime."
    )
    assert _plans(body) == []


def test_the_three_governments_of_a_joint_text_are_the_countries_named_together_before() -> None:
    body = (
        "MANAMA/CAIRO (Reuters) - Egypt, Jordan and Morocco said on Monday they would freeze trade talks with "
        "Tunisia.\n\nIn their joint note, the three governments said Tunisia must meet four conditions first: an "
        "end to the border levy, open access for lorries, a common customs form and a joint tariff panel."
    )
    items = ["an end to the border levy", "open access for lorries", "a common customs form", "a joint tariff panel"]
    assert _plans(body) == [("Egypt", items), ("Jordan", items), ("Morocco", items)]


def test_a_list_that_a_leader_sets_out_as_what_is_owed_is_a_plan() -> None:
    body = (
        "Irish Prime Minister Leo Varadkar then laid out what he believed the banks owed their customers: a refund "
        "of every wrongful charge, a named contact for each case, and an apology in writing."
    )
    items = ["a refund of every wrongful charge", "a named contact for each case", "an apology in writing"]
    assert _plans(body) == [("Leo Varadkar", items)]


def test_sentences_opening_the_first_is_the_second_is_list_a_count_closing_the_sentence_before() -> None:
    body = (
        "Peruvian President Ollanta Humala presented a plan for the Andes on Monday. It has three main goals. The "
        "first is to bring clean water to every village. The second is to pave the mountain roads, and the third "
        "to train local nurses."
    )
    items = ["bring clean water to every village", "pave the mountain roads", "train local nurses"]
    assert _plans(body) == [("Ollanta Humala", items)]


def test_ordinal_sentences_that_do_not_number_as_many_as_the_count_are_no_plan() -> None:
    body = (
        "Peruvian President Ollanta Humala presented a plan for the Andes on Monday. It has three main goals. The "
        "first is to bring clean water to every village. Officials gave no figures."
    )
    assert _plans(body) == []


def test_a_leader_named_again_by_a_pronoun_in_the_same_subject_proposes_once() -> None:
    body = (
        "Chilean President Michelle Bachelet and her counterparts from the Andes presented a plan on Monday. It "
        "has three main goals. The first is to bring clean water to every village. The second is to pave the "
        "mountain roads, and the third to train local nurses."
    )
    items = ["bring clean water to every village", "pave the mountain roads", "train local nurses"]
    assert _plans(body) == [("Michelle Bachelet", items)]


def test_countries_bound_by_a_text_the_leaders_sign_in_the_same_sentence_are_those_leaders() -> None:
    body = (
        "Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa met in Trujillo on "
        "Saturday. At the end, the leaders signed what they called the Trujillo Pact, which commits Spain and "
        "Portugal to:\n\n- a joint rail timetable;\n- shared forest fire crews;\n- one cross-border health card."
    )
    items = ["a joint rail timetable", "shared forest fire crews", "one cross-border health card"]
    assert _plans(body) == [("Pedro Sanchez", items), ("Antonio Costa", items)]


def test_the_owner_of_a_text_that_opens_the_sentence_before_a_list_proposes_it() -> None:
    body = (
        "The Association of Southeast Asian Nations on Friday endorsed the proposal.\n\n"
        "Indonesian Foreign Minister Marty Natalegawa spoke.\n\n"
        "Natalegawa's text commits the group to:\n1. a regional vaccine fund;\n2. shared border health checks;\n"
        "3. a common travel certificate."
    )
    items = ["a regional vaccine fund", "shared border health checks", "a common travel certificate"]
    assert _plans(body) == [("Marty Natalegawa", items)]


def test_whose_ministry_opens_a_sentence_does_not_own_what_another_proposed_in_it() -> None:
    body = (
        "China's foreign ministry said that Foreign Minister Wang Yi proposed three steps to India:\n"
        "1. a border hotline;\n2. joint patrol rules;\n3. yearly talks."
    )
    assert _plans(body) == [("Wang Yi", ["a border hotline", "joint patrol rules", "yearly talks"])]


def test_a_list_of_places_after_proposed_by_an_agent_is_no_list_of_parts() -> None:
    body = (
        "Indonesia drew up five principles on the dispute.\n\nThe principles were proposed by Indonesian Foreign "
        "Minister Marty Natalegawa, who spent two days on the road flying between Kuala Lumpur, Hanoi, Bangkok, "
        "Phnom Penh and Singapore to win support."
    )
    assert _plans(body) == []


def test_every_agent_of_a_signing_verb_signs_a_joint_text() -> None:
    body = (
        "Russian President Vladimir Putin met Danish Prime Minister Anders Fogh Rasmussen in Brussels.\n\n"
        "Under the joint statement on fishing, signed by Putin and Rasmussen after lunch:\n\n"
        "1) both sides will share catch data;\n2) quotas will be set each spring;\n3) inspectors will board freely."
    )
    items = ["both sides will share catch data", "quotas will be set each spring", "inspectors will board freely"]
    assert _plans(body) == [("Vladimir Putin", items), ("Anders Fogh Rasmussen", items)]


def test_the_main_verb_after_an_under_which_clause_is_no_second_part() -> None:
    body = (
        "Russian President Vladimir Putin told Mori that a proposal made by Tokyo in 1998, under which Russia "
        "would keep the islands for now, could not serve as a basis for a deal."
    )
    assert _plans(body) == []


def test_a_list_after_the_plan_proposes_opens_at_the_verb_not_at_an_including_inside_it() -> None:
    body = (
        "Japanese Prime Minister Shinzo Abe brought a new plan to Sochi. The plan proposes cleaner ports; "
        "energy, including oil and gas; and more student exchanges."
    )
    items = ["cleaner ports", "energy, including oil and gas", "more student exchanges"]
    assert _plans(body) == [("Shinzo Abe", items)]


def test_the_one_asked_for_things_with_an_honorific_is_not_their_proposer() -> None:
    body = (
        "President Barack Obama met the three presidents. Guatemalan President Otto Perez Molina said afterward "
        "that he had asked Mr. Obama for three things:\n- more aid;\n- more police help;\n- a clear message."
    )
    assert _plans(body) == [("Otto Perez Molina", ["more aid", "more police help", "a clear message"])]


def test_a_count_before_a_colon_with_as_many_parts_after_it_lists_them() -> None:
    body = (
        "Kenyan opposition leader Raila Odinga told reporters that there were only three ways out of the crisis: "
        "a new vote count, a unity cabinet, or a fresh election."
    )
    assert _plans(body) == [("Raila Odinga", ["a new vote count", "a unity cabinet", "a fresh election"])]


def test_a_count_before_a_colon_with_other_than_as_many_parts_is_no_plan() -> None:
    body = (
        "Kenyan opposition leader Raila Odinga told reporters that there were only three ways out of the crisis: "
        "a new vote count or a unity cabinet."
    )
    assert _plans(body) == []


def test_a_count_of_names_before_a_colon_is_no_plan() -> None:
    body = (
        "Kenyan opposition leader Raila Odinga said he would visit three capitals this week: Kampala, Dar es Salaam "
        "and Kigali."
    )
    assert _plans(body) == []


def test_a_plan_to_do_something_through_listed_means_has_them_as_parts() -> None:
    body = (
        "Peruvian President Alan Garcia put forward a plan to tie the Andes together through new mountain roads, "
        "shared power lines, and cross-border rail links, with most of the money to come from regional banks."
    )
    items = ["new mountain roads", "shared power lines", "cross-border rail links"]
    assert _plans(body) == [("Alan Garcia", items)]


def test_a_counted_colon_after_another_intro_opens_the_list() -> None:
    body = (
        "Italian Prime Minister Giorgia Meloni unveiled the initiative on Monday. The initiative will start with "
        "pilot projects in nine countries and will concentrate on four areas: schools, clinics, farms and power."
    )
    assert _plans(body) == [("Giorgia Meloni", ["schools", "clinics", "farms", "power"])]


def test_a_programme_named_after_a_country_does_not_make_the_country_its_proposer() -> None:
    body = (
        'President Barack Obama unveiled a new framework called "Plan Haiti" on Thursday.\n\n'
        "According to a fact sheet, Plan Haiti rests on three pillars:\n- safer streets\n- cleaner water\n"
        "- new schools"
    )
    assert _plans(body) == [("Barack Obama", ["safer streets", "cleaner water", "new schools"])]


def test_a_long_participle_clause_after_what_is_asked_for_is_no_part() -> None:
    body = (
        "President Barack Obama said he would ask Congress for $450 million in aid for Haiti, unveiling a new "
        "framework called Plan Haiti as he hosted President Michel Martelly at the White House to mark years "
        "of support for the fight against gangs and traffickers."
    )
    assert _plans(body) == []


def test_what_a_leader_set_out_that_the_next_sentence_says_it_includes_is_his_plan() -> None:
    body = (
        "Ghanaian President John Mahama said he had been shocked by the remark. He then set out what his country "
        "wants from Thursday's summit. It includes the return of stolen funds, public registers of company "
        "owners, and an end to safe havens for corrupt money."
    )
    items = [
        "the return of stolen funds",
        "public registers of company owners",
        "an end to safe havens for corrupt money",
    ]
    assert _plans(body) == [("John Mahama", items)]


def test_what_one_side_wants_of_another_after_its_demands_lists_them() -> None:
    body = (
        "Pakistani Foreign Minister Shah Mehmood Qureshi then set out Islamabad's demands. Pakistan wants Delhi "
        "to free the prisoners, to reopen the border, and to resume the talks."
    )
    (plan,) = parse_article("date 2010-05-01\n" + body).to_expectation().plans
    assert plan.items == ["free the prisoners", "reopen the border", "resume the talks"]


def test_a_speakers_aside_ends_what_is_asked_for() -> None:
    body = (
        "U.S. Vice President Joe Biden said his government would ask Congress for $107 million next year for "
        "the regional security initiative, Biden announced, on top of the funds already committed since 2008."
    )
    assert _plans(body) == []


def test_a_clause_of_its_own_after_an_under_which_clause_is_no_part() -> None:
    body = (
        "Philippine President Benigno Aquino said both countries had signed a 2002 declaration under which "
        "claimants promised to avoid actions that would raise tensions, but talks on a binding code have made "
        "little headway."
    )
    assert _plans(body) == []


def test_the_presidents_of_three_countries_each_sign_what_a_minister_reads_out() -> None:
    body = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met Ugandan President "
        "Yoweri Museveni in Entebbe on Thursday.\n\n"
        "In a joint communique read out on television by Uganda's information minister, Chris Baryomunsi, the "
        "presidents of Kenya, Tanzania and Uganda committed themselves to three points:\n\n"
        "1. the removal of non-tariff barriers on the northern corridor;\n"
        "2. a single tourist visa for the three countries;\n"
        "3. a joint commission on Lake Victoria fisheries.\n"
    )
    proposers, item_lists = _joint(body)
    assert proposers == ["Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"]
    assert [items[1] for items in item_lists] == ["a single tourist visa for the three countries"]


def test_a_quoted_declaration_with_an_aside_commits_its_signers_to_each_marked_act() -> None:
    body = (
        "RABAT, March 1 — Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch "
        "signed a declaration on Friday.\n\n"
        'The "Rabat Declaration for a New Stage", signed in the royal guest house shortly before Sanchez flew '
        "home, commits the two countries to reopen the customs posts at Ceuta and Melilla, to hold a summit "
        "every year, and to expand cooperation on migration, water and energy."
    )
    assert _joint(body) == (
        ["Aziz Akhannouch", "Pedro Sanchez"],
        [
            [
                "reopen the customs posts at Ceuta and Melilla",
                "hold a summit every year",
                "expand cooperation on migration, water and energy",
            ]
        ],
    )


def test_the_clauses_under_an_agreed_protocol_are_the_presidents_plan_not_the_readers() -> None:
    body = (
        "BAKU - Azerbaijani President Ilham Aliyev and Georgian President Salome Zourabichvili held talks on "
        "Monday.\n\nThe terms were set out in a protocol, which the foreign ministers of Azerbaijan and Georgia, "
        "Jeyhun Bayramov and Ilia Darchiashvili, read out to reporters.\n\n"
        "Under the protocol, agreed by the two presidents, a joint border commission will meet every month; "
        "customs checks will move to a single post; and rail freight will run without transfers from May."
    )
    assert _joint(body) == (
        ["Ilham Aliyev", "Salome Zourabichvili"],
        [
            [
                "a joint border commission will meet every month",
                "customs checks will move to a single post",
                "rail freight will run without transfers from May",
            ]
        ],
    )


def test_an_aside_after_the_last_and_belongs_to_the_last_item() -> None:
    items = split_items("the pilots' release, their return home and, until then, visits by their families.", 0)
    assert [i.text for i in items] == ["the pilots' release", "their return home", "visits by their families"]


def test_a_run_of_stages_told_later_in_the_story_is_the_plan_of_its_speaker() -> None:
    body = (
        "ULAANBAATAR, July 11 — Mongolian President Ukhnaagiin Khurelsukh on Monday set out a three-stage "
        "road map for a rail link to the sea.\n\n"
        '"Our landlocked economy needs a door," Khurelsukh said in a speech to parliament.\n\n'
        "The first stage, Khurelsukh said, would be a survey of the route through the Gobi. It would be "
        "followed by the laying of a standard-gauge line to the Chinese border. The final stage would be a "
        "port agreement with a coastal neighbour."
    )
    assert _plans(body) == [
        (
            "Ukhnaagiin Khurelsukh",
            [
                "a survey of the route through the Gobi",
                "the laying of a standard-gauge line to the Chinese border",
                "a port agreement with a coastal neighbour",
            ],
        )
    ]


def test_the_two_sides_of_a_text_just_signed_are_its_two_signers() -> None:
    body = (
        "PODGORICA, May 3 - Montenegrin President Jakov Milatovic said on Saturday that the commitments he "
        "signed in Brussels were good for Montenegro.\n\n"
        "Milatovic and Serbia's President Aleksandar Vucic signed matching documents in Brussels on Friday. "
        "In them, the two sides undertook to reopen the border crossing at Dobrakovo, to link their power "
        "grids, and to recognise each other's driving licences."
    )
    proposers, item_lists = _joint(body)
    assert proposers == ["Aleksandar Vucic", "Jakov Milatovic"]
    assert [len(items) for items in item_lists] == [3]


def test_all_four_leaders_include_the_head_of_a_body_at_the_table() -> None:
    body = (
        "GRANADA, Oct 5 - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met on the "
        "sidelines with French President Emmanuel Macron and European Council President Charles Michel.\n\n"
        "A statement issued in the names of all four leaders set out the following:\n"
        "• the two sides will meet again in Brussels within a month;\n"
        "• police on both sides of the boundary will pull back;\n"
        "• an EU team will monitor the boundary.\n"
    )
    assert sorted(proposer for proposer, _ in _plans(body)) == [
        "Albin Kurti",
        "Aleksandar Vucic",
        "Charles Michel",
        "Emmanuel Macron",
    ]


def test_commissions_dealing_with_several_matters_are_the_joint_plan() -> None:
    body = (
        "QUITO - Ecuadorean President Rafael Correa and Peruvian President Alan Garcia met on Tuesday.\n\n"
        "In a joint declaration signed by both presidents, the two governments committed themselves to "
        "setting up three working groups, dealing with border trade, river navigation and electricity links."
    )
    assert _joint(body) == (
        ["Alan Garcia", "Rafael Correa"],
        [["border trade", "river navigation", "electricity links"]],
    )


def test_what_the_signers_agreed_to_under_a_counted_document_is_their_plan() -> None:
    body = (
        "The statement was signed by Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
        "Aliyev.\n\nUnder the five-point document, the two leaders agreed to a ceasefire along the front, the "
        "return of the Agdam, Kalbajar and Lachin districts to Azerbaijan, the deployment of monitors and an "
        "exchange of prisoners."
    )
    assert _joint(body) == (
        ["Ilham Aliyev", "Nikol Pashinyan"],
        [
            [
                "a ceasefire along the front",
                "the return of the Agdam, Kalbajar and Lachin districts to Azerbaijan",
                "the deployment of monitors",
                "an exchange of prisoners",
            ]
        ],
    )


def test_the_two_presidents_are_the_presidents_not_the_premier_met_later() -> None:
    body = (
        "BEIJING, May 28 - South Korean President Lee Myung-bak held talks with President Hu Jintao on Tuesday. "
        "On Wednesday he met Premier Wen Jiabao.\n\n"
        "In a joint statement released on Wednesday, the two presidents agreed to set up a strategic dialogue, "
        "to launch a study on free trade, and to expand disaster relief."
    )
    extraction = parse_article(body, date=dt.date(2008, 5, 28))
    assert sorted(extraction.display_name(plan.proposer) for plan in extraction.plans) == ["Hu Jintao", "Lee Myung-bak"]


def test_the_leaders_of_a_summit_statement_are_the_heads_just_named() -> None:
    body = (
        "President Emmanuel Macron, the host, and his guests -- President Joe Biden, Chancellor Olaf Scholz and "
        "Prime Minister Fumio Kishida -- argued over the wording late into the night.\n\n"
        "A lasting peace, the leaders said, requires:\n\n"
        "1. a halt to the shelling;\n2. the exchange of all prisoners;\n3. talks under UN auspices.\n"
    )
    proposers, item_lists = _joint(body)
    assert proposers == ["Emmanuel Macron", "Fumio Kishida", "Joe Biden", "Olaf Scholz"]
    assert item_lists == [["a halt to the shelling", "the exchange of all prisoners", "talks under UN auspices"]]


def test_the_two_presidents_are_not_a_president_and_his_prime_minister() -> None:
    body = (
        "ISLAMABAD, Nov 24 - Chinese President Hu Jintao held talks with President Pervez Musharraf on Friday. "
        "Musharraf and Prime Minister Shaukat Aziz received him at the Chaklala air base.\n\n"
        "In a joint statement, the two presidents committed their governments to:\n"
        "- raise two-way trade;\n- upgrade the Karakoram Highway;\n- develop the port of Gwadar.\n"
    )
    extraction = parse_article(body, date=dt.date(2006, 11, 24))
    assert sorted(extraction.display_name(plan.proposer) for plan in extraction.plans) == [
        "Hu Jintao",
        "Pervez Musharraf",
    ]


def test_the_two_governments_are_those_whose_leaders_were_named_together() -> None:
    body = (
        "Senegalese President Abdoulaye Wade brokered a deal between Chad and Sudan on Thursday.\n\n"
        "Wade received Idriss Deby of Chad and Omar al-Bashir of Sudan at his palace, and the three men emerged "
        'shortly before midnight. "This is a definitive solution," Wade told reporters.\n\n'
        "The Dakar accord commits the two governments to three things: reaffirming the earlier agreements; "
        "banning all activity by armed groups on their soil; and normalising relations."
    )
    proposers, items = _joint(body)
    assert proposers == ["Idriss Deby", "Omar al-Bashir"]
    agreed = ["reaffirming the earlier agreements", "banning all activity by armed groups on their soil"]
    assert items == [[*agreed, "normalising relations"]]


def test_parts_told_as_what_one_side_must_do_or_will_give_after_the_plan_is_named() -> None:
    body = (
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign Minister Ararat Mirzoyan in Almaty.\n\n"
        "Bayramov said a treaty was close but set out what Baku needs before it can sign. Armenia, he said, must "
        "remove any claim on Azerbaijani territory from its constitution, agree to the dissolution of the Minsk "
        "Group, and withdraw its cases at international courts."
    )
    assert _plans(body) == [
        (
            "Jeyhun Bayramov",
            [
                "remove any claim on Azerbaijani territory from its constitution",
                "agree to the dissolution of the Minsk Group",
                "withdraw its cases at international courts",
            ],
        )
    ]
    body = (
        "Chinese President Xi Jinping unveiled a package worth $55 billion in a speech at the Arab League. China "
        "would provide $15 billion in special loans, $10 billion in commercial loans and $20 billion in joint "
        "investment funds, he said."
    )
    assert _plans(body) == [
        (
            "Xi Jinping",
            [
                "$15 billion in special loans",
                "$10 billion in commercial loans",
                "$20 billion in joint investment funds",
            ],
        )
    ]


def test_a_counted_arrangement_told_first_second_third_one_sentence_each() -> None:
    body = (
        "U.S. Secretary of State John Kerry said he had put a three-part arrangement to the two campaigns. "
        "First, every ballot will be recounted in the capital. Second, monitors from both camps will watch the count. "
        "Third, the winner will invite the loser into a unity cabinet.\n\nThe two candidates accepted."
    )
    assert _plans(body) == [
        (
            "John Kerry",
            [
                "every ballot will be recounted in the capital",
                "monitors from both camps will watch the count",
                "the winner will invite the loser into a unity cabinet",
            ],
        )
    ]


def test_a_package_whose_parts_are_told_among_the_measures() -> None:
    body = (
        "Chinese Premier Wen Jiabao unveiled a package of measures for the region in Warsaw. "
        "Among the measures are a secretariat to coordinate the work; a credit line for new roads; "
        "and scholarships for students from the region."
    )
    assert _plans(body) == [
        (
            "Wen Jiabao",
            [
                "a secretariat to coordinate the work",
                "a credit line for new roads",
                "scholarships for students from the region",
            ],
        )
    ]


def test_one_sides_acts_after_a_package_repeat_it_will_before_each_part() -> None:
    body = (
        "A U.S. delegation met Prime Minister Manasseh Sogavare in Honiara. The delegation also outlined a package "
        "of steps for the islands. Washington will reopen its embassy in Honiara; it will send more vaccines; "
        "and it will start new programmes on health."
    )
    assert _plans(body) == [
        ("United States", ["reopen its embassy in Honiara", "send more vaccines", "start new programmes on health"])
    ]


def test_conditions_told_as_what_one_side_wanted_after_an_opening_clause() -> None:
    body = (
        "Armenian President Serzh Sargsyan had come to Vienna with conditions of his own. Before any return to "
        "talks, Armenia wanted a mechanism to investigate violations; it also wanted more monitors; "
        "and it wanted both sides to recommit to the ceasefire."
    )
    assert _plans(body) == [
        (
            "Serzh Sargsyan",
            [
                "a mechanism to investigate violations",
                "more monitors",
                "both sides to recommit to the ceasefire",
            ],
        )
    ]


def test_his_plan_after_another_leaders_plan_belongs_to_the_one_just_named() -> None:
    body = (
        "Libyan Prime Minister Fayez al-Sarraj set out a four-part proposal: a ceasefire; the demilitarisation of "
        "Sirte; elections next March; and a resumption of oil production.\n\n"
        "Parliament Speaker Aguila Saleh also called for a ceasefire. His plan differs in detail. It would make "
        "Sirte the seat of a new council, and it would have the city guarded by police from every region."
    )
    extraction = parse_article(HEAD + body)
    owned = {extraction.display_name(p.proposer): (p.name, [i.text for i in p.items]) for p in extraction.plans}
    assert owned["Aguila Saleh"] == (
        None,
        ["make Sirte the seat of a new council", "have the city guarded by police from every region"],
    )
    assert owned["Fayez al-Sarraj"][0] == "four-part proposal"


def test_a_signed_declaration_whose_signatories_commit_themselves_to_a_list_without_articles() -> None:
    body = (
        "Russian President Vladimir Putin and Indian Prime Minister Atal Bihari Vajpayee signed a declaration of "
        "strategic partnership on Tuesday.\n\nUnder the declaration the two countries commit themselves to annual "
        "summits, joint naval exercises, and common action against terrorism."
    )
    proposers, lists = _joint(body)
    assert proposers == ["Atal Bihari Vajpayee", "Vladimir Putin"]
    assert lists == [["annual summits", "joint naval exercises", "common action against terrorism"]]


def test_ordinal_sentences_in_order_after_an_uncounted_plan_are_its_parts() -> None:
    body = (
        "\nKenyan President Uhuru Kenyatta set out a timetable for the handover. First, a joint committee "
        "will draft the rules. Second, parliament is to vote on them by June. Third, the army will leave "
        "the towns. Finally, elections will be held in the autumn.\n"
    )
    assert _plans(body) == [
        (
            "Uhuru Kenyatta",
            [
                "a joint committee will draft the rules",
                "parliament is to vote on them by June",
                "the army will leave the towns",
                "elections will be held in the autumn",
            ],
        )
    ]


def test_two_ordinal_sentences_after_an_uncounted_plan_are_not_enough() -> None:
    body = (
        "\nKenyan President Uhuru Kenyatta set out a timetable for the handover. First, a joint committee "
        "will draft the rules. Second, parliament is to vote on them by June.\n"
    )
    assert _plans(body) == []


def test_under_it_after_a_plan_sentence_lists_its_clauses() -> None:
    body = (
        "\nGhanaian President John Mahama then set out a package of steps agreed with the junta. Under it, "
        "the bloc will send monitors within a week, the junta will free all detainees, and the two sides will "
        "meet again in Accra in March.\n"
    )
    assert _plans(body) == [
        (
            "John Mahama",
            [
                "the bloc will send monitors within a week",
                "the junta will free all detainees",
                "the two sides will meet again in Accra in March",
            ],
        )
    ]


def test_under_it_without_a_plan_just_before_is_no_plan() -> None:
    body = (
        "\nGhanaian President John Mahama met the junta on Monday. He said the talks went well. Under it, "
        "the bloc will send monitors within a week, the junta will free all detainees, and the two sides will "
        "meet again in Accra in March.\n"
    )
    assert _plans(body) == []


def test_parts_of_a_counted_plan_told_by_its_proposer_in_the_next_sentence() -> None:
    body = (
        "\nNorwegian Foreign Minister Jonas Gahr Store restated a three-point proposal he made in May. "
        "He called for an end to the shelling, for the return of the displaced, and for talks in Oslo.\n"
    )
    assert _plans(body) == [
        ("Jonas Gahr Store", ["an end to the shelling", "the return of the displaced", "talks in Oslo"])
    ]


def test_a_list_not_matching_the_count_is_no_part_of_the_plan() -> None:
    body = (
        "\nNorwegian Foreign Minister Jonas Gahr Store restated a three-point proposal he made in May. "
        "He called for an end to the shelling and for talks in Oslo.\n"
    )
    assert _plans(body) == []


def test_what_the_money_of_a_plan_named_just_before_will_buy_are_its_parts() -> None:
    body = (
        "\nWorld Bank President Ajay Banga unveiled a flood recovery plan on Monday. The plan will be run from "
        "Dhaka. The money will rebuild embankments along the river, buy seed for farmers, and pay for clinics "
        "in the camps.\n"
    )
    assert _plans(body) == [
        ("Ajay Banga", ["rebuild embankments along the river", "buy seed for farmers", "pay for clinics in the camps"])
    ]


def test_money_sentence_without_a_plan_just_before_is_no_plan() -> None:
    body = (
        "\nWorld Bank President Ajay Banga visited Dhaka on Monday. He met the prime minister. The money will "
        "rebuild embankments along the river, buy seed for farmers, and pay for clinics in the camps.\n"
    )
    assert _plans(body) == []


def test_counted_plan_parts_told_next_even_when_that_sentence_looks_like_a_plan() -> None:
    body = (
        "\nChilean President Michelle Bachelet used her speech on Monday to put forward a three-point initiative "
        "with Bolivia. Bachelet proposed that the two countries reopen their consulates, take steps to open the "
        "border, and agree to a joint commission on the use of the port.\n"
    )
    assert _plans(body) == [
        (
            "Michelle Bachelet",
            [
                "the two countries reopen their consulates",
                "take steps to open the border",
                "agree to a joint commission on the use of the port",
            ],
        )
    ]


def test_under_a_plan_put_forward_by_a_country_the_country_proposes() -> None:
    body = (
        "\nIndian Prime Minister Manmohan Singh met the visiting delegation on Thursday. Under a separation plan "
        "put forward by India, New Delhi will classify eight reactors as civilian, place them under inspections "
        "and keep its naval reactors outside them.\n"
    )
    assert _plans(body) == [
        (
            "India",
            [
                "classify eight reactors as civilian",
                "place them under inspections",
                "keep its naval reactors outside them",
            ],
        )
    ]


def test_a_call_repeating_for_over_three_parts_is_the_callers_plan() -> None:
    body = (
        "\nIn a communique issued after the summit in Luanda, the ICGLR calls for the rebels to leave the town "
        "within two days, for the army to stay out of it, and for a regional force, with troops from Angola "
        "and Tanzania, to hold the airport.\n"
    )
    assert _plans(body) == [
        (
            "ICGLR",
            [
                "the rebels to leave the town within two days",
                "the army to stay out of it",
                "a regional force, with troops from Angola and Tanzania, to hold the airport",
            ],
        )
    ]


def test_a_call_repeating_for_needs_no_plan_word() -> None:
    body = (
        "\nAfter the summit in Luanda, the ICGLR called for the rebels to leave the town within two days, for the "
        "army to stay out of it, and for a regional force to hold the airport.\n"
    )
    assert _plans(body) == [
        (
            "ICGLR",
            [
                "the rebels to leave the town within two days",
                "the army to stay out of it",
                "a regional force to hold the airport",
            ],
        )
    ]


def test_what_a_leader_says_others_should_do_in_three_acts_is_his_plan() -> None:
    body = (
        "\nCanadian Prime Minister Stephen Harper said the new junta should release the detained ministers, "
        "restore the constitution and hold elections within a year.\n"
    )
    assert _plans(body) == [
        (
            "Stephen Harper",
            ["release the detained ministers", "restore the constitution", "hold elections within a year"],
        )
    ]


def test_two_acts_others_should_do_are_no_plan() -> None:
    body = "\nCanadian Prime Minister Stephen Harper said the junta should release the ministers and resign.\n"
    assert _plans(body) == []


def test_where_a_speaker_says_a_plans_money_will_go_are_its_parts() -> None:
    body = (
        "\nEuropean Commission President Ursula von der Leyen presented an investment package for the Sahel on "
        "Monday. She said the money would go to solar power, to roads across the region, to schools and to "
        "clinics.\n"
    )
    assert _plans(body) == [("Ursula von der Leyen", ["solar power", "roads across the region", "schools", "clinics"])]


def test_what_a_proposed_solution_includes_are_its_parts() -> None:
    body = (
        "\nTunisian President Moncef Marzouki proposed a solution that includes an amnesty for the army, a new "
        "constitution and elections within a year.\n"
    )
    assert _plans(body) == [
        ("Moncef Marzouki", ["an amnesty for the army", "a new constitution", "elections within a year"])
    ]


def test_a_plan_opening_its_sentence_without_owner_belongs_to_who_opened_the_one_before() -> None:
    body = (
        "\nKuwaiti Emir Sheikh Sabah al-Ahmad al-Sabah visited Baghdad on Monday. The emir raised his country's "
        "pledge to $500 million. The reconstruction package includes a new hospital in Mosul, the repair of the "
        "main bridge, and housing for displaced families.\n"
    )
    assert _plans(body) == [
        (
            "Sabah al-Ahmad al-Sabah",
            ["a new hospital in Mosul", "the repair of the main bridge", "housing for displaced families"],
        )
    ]


def test_the_governments_plan_is_the_dateline_countrys() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Kenya will reopen its border with Somalia, officials said on Tuesday. "
        "The government's plan has three stages: trucks carrying food in the first week, traders on foot "
        "from April, and private cars once the road is repaired."
    )
    plans = parse_article(text, date=dt.date(2011, 3, 3)).to_expectation().plans
    assert [(plan.proposer, len(plan.items)) for plan in plans] == [("Kenya", 3)]


def test_the_agents_of_a_passive_signing_are_the_two_sides() -> None:
    body = (
        "KAMPALA, May 4 (Reuters) - A truce was agreed in Uganda's capital on Sunday.\n\n"
        "The text was signed late on Saturday in Kampala by President Joseph Kabila and by the Movement for "
        "the Liberation of Congo, after talks chaired by the U.N. envoy. Ugandan President Yoweri Museveni, "
        "who hosted the talks, attended the ceremony.\n\n"
        "The two sides committed themselves to:\n"
        "- a halt to all fighting within ten days;\n"
        "- the return of displaced families to their villages;\n"
        "- a joint commission to watch over the truce.\n"
    )
    proposers, items = _joint(body)
    assert proposers == ["Joseph Kabila", "Movement for the Liberation of Congo"]
    assert [len(found) for found in items] == [3]


def test_the_subject_of_a_what_clause_does_not_set_the_plan_out() -> None:
    body = (
        "NAIROBI, May 2 — Secretary of State Hillary Clinton met Somali leaders in Nairobi on Tuesday.\n\n"
        "The secretary laid out what Washington expects from them in the coming months. The transitional "
        "parliament should adopt a constitution by August. It should then choose a speaker, and the speaker "
        "should oversee the election of a president. Finally, the new president should name a cabinet drawn "
        "from all clans.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Hillary Clinton"]


def test_a_could_sentence_goes_on_a_run_of_steps_but_cannot_open_one() -> None:
    steps = (
        "In Geneva, the Swiss mediator, Micheline Calmy-Rey, set out the steps that should follow. First, "
        "Switzerland would send a team of observers to the border. Both armies would then pull back five "
        "kilometres. Talks on the border itself could follow by the summer, she said.\n"
    )
    assert [len(items) for _, items in _plans(steps)] == [3]
    opening = (
        "In Geneva, the Swiss mediator, Micheline Calmy-Rey, set out the steps that should follow. "
        "Talks on the border could follow by the summer. Both armies would then pull back.\n"
    )
    assert _plans(opening) == []


def test_under_them_after_a_joint_statement_by_two_leaders_is_both_of_theirs() -> None:
    body = (
        "Kenya and Tanzania settled their dispute over Lake Victoria on Friday.\n\n"
        "The terms were set out in a joint statement by President Uhuru Kenyatta and his Tanzanian "
        "counterpart, John Magufuli, after a day of talks. Under them, Kenya will withdraw its patrol boats "
        "from the island; Tanzania will let Kenyan fishermen land their catch; and both countries will "
        "set up a joint border commission.\n"
    )
    proposers, items = _joint(body)
    assert proposers == ["John Magufuli", "Uhuru Kenyatta"]
    assert [len(found) for found in items] == [3]


def test_a_pledge_of_three_noes_is_a_plan() -> None:
    body = (
        "NICOSIA, June 2 — Cypriot President Glafcos Clerides pledged that, as long as Ankara kept its troops "
        "in their barracks, there would be no new missiles, no military flights over the north and no "
        "naval exercises near the coast.\n"
    )
    items = ["no new missiles", "no military flights over the north", "no naval exercises near the coast"]
    assert _plans(body) == [("Glafcos Clerides", items)]


def test_what_a_plan_named_just_before_would_do_are_its_parts() -> None:
    objects = (
        "Argentine President Cristina Fernandez de Kirchner spoke after the talks. She then put forward a plan "
        "of her own. It would set up a regional water agency, a drought fund and a centre for climate research.\n"
    )
    items = ["a regional water agency", "a drought fund", "a centre for climate research"]
    assert _plans(objects) == [("Cristina Fernandez de Kirchner", items)]
    acts = (
        "Chilean President Michelle Bachelet announced a package of pension reforms on Wednesday. It would raise "
        "the minimum pension, create a state pension fund and lift the retirement age for women.\n"
    )
    items = ["raise the minimum pension", "create a state pension fund", "lift the retirement age for women"]
    assert _plans(acts) == [("Michelle Bachelet", items)]


def test_a_text_that_provides_for_two_parts_is_no_plan_of_three() -> None:
    two = (
        "The Indian and Japanese prime ministers signed a document on Tuesday. It provides for yearly summits "
        "and for new working groups on trade, energy and shipping.\n"
    )
    assert _plans(two) == []
    three = (
        "Indian Prime Minister Narendra Modi presented a proposal on Tuesday. It provides for yearly summits; a joint "
        "fund for ports; and new working groups on trade.\n"
    )
    assert [len(items) for _, items in _plans(three)] == [3]


def test_a_programme_which_he_said_would_do_three_things_is_a_plan_of_them() -> None:
    body = (
        "Mexican President Vicente Fox briefed the senators on his rural programme, which he said would pay "
        "farmers for conserving water, expand village clinics and lend to small businesses.\n"
    )
    items = ["pay farmers for conserving water", "expand village clinics", "lend to small businesses"]
    assert _plans(body) == [("Vicente Fox", items)]
    costs = "Fox defended his rural programme, which would cost $2 billion, a sum he called modest.\n"
    assert _plans(costs) == []


def test_a_list_after_a_colon_soon_after_set_out_starts_at_the_colon() -> None:
    body = (
        "U.N. Secretary-General Ban Ki-moon arrived on Monday. The experts will judge the camp against five "
        '"essential tests" that Ban set out in May: the state of the walls; the safety of visitors; '
        "and the training of local staff.\n"
    )
    items = ["the state of the walls", "the safety of visitors", "the training of local staff"]
    assert _plans(body) == [("Ban Ki-moon", items)]


def test_a_plan_put_forward_by_a_countrys_mediators_is_that_countrys() -> None:
    body = (
        "Kenyan President Uhuru Kenyatta received the two leaders in Nairobi. The formula, first put forward by "
        "Ethiopian mediators during talks in Addis Ababa, provides for a unity government; a new army; and "
        "elections within two years.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Ethiopia"]
    named_later = body.replace(
        "first put forward by Ethiopian mediators", "drafted by Ethiopian mediators and put forward by Kenyatta"
    )
    assert [proposer for proposer, _ in _plans(named_later)] == ["Uhuru Kenyatta"]


def test_putting_a_package_to_the_leaders_proposes_it_and_a_plan_noun_inside_its_parts_names_no_other() -> None:
    body = (
        "NATO leaders met in Vilnius to discuss Georgia's path to membership.\n\n"
        "Secretary-General Jens Stoltenberg put a package for Georgia to the leaders. It contained a new command "
        "in Tbilisi; a pledge of 2 billion euros in aid; and language calling Georgia's path irreversible.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Jens Stoltenberg"]
    unveiled = body.replace("put a package for Georgia to the leaders", "unveiled a package for Georgia")
    assert [proposer for proposer, _ in _plans(unveiled)] == ["Jens Stoltenberg"]


def test_a_colon_soon_after_the_opening_starts_the_list_and_near_x_stays_in_its_part() -> None:
    body = (
        "Israeli Prime Minister Ehud Olmert met the visitors in Jerusalem. He set out three demands that he said "
        "the world powers must make of Tehran: halt all enrichment, ship its enriched uranium abroad, and close "
        "the plant at Arak, near Qom.\n"
    )
    items = ["halt all enrichment", "ship its enriched uranium abroad", "close the plant at Arak, near Qom"]
    assert _plans(body) == [("Ehud Olmert", items)]


def test_a_condition_between_the_parts_is_none_of_them_and_a_warning_ends_the_list() -> None:
    condition = (
        "Dutch Foreign Minister Stef Blok set out three steps: inviting Moscow to talks, supporting the "
        "inquiry and, if the talks led nowhere, taking the case to a court.\n"
    )
    assert _plans(condition) == [
        ("Stef Blok", ["inviting Moscow to talks", "supporting the inquiry", "taking the case to a court"])
    ]
    assert [item.text for item in split_items("a truce, new talks, aid, warning that failure would cost.", 0)] == [
        "a truce",
        "new talks",
        "aid",
    ]


def test_a_speaker_named_with_a_long_title_set_off_as_a_piece_is_no_part() -> None:
    items = split_items("a truce, new talks and aid, Foreign Secretary Dominic Raab said on Wednesday.", 0)
    assert [item.text for item in items] == ["a truce", "new talks", "aid"]


def test_three_acts_each_opened_by_to_are_the_parts_of_what_the_subject_asks() -> None:
    demands = (
        "Indian Prime Minister Atal Bihari Vajpayee wants Pakistan to hand over twenty fugitives, to ban two "
        "militant groups outright, and to end the infiltration of fighters across the line of control.\n"
    )
    assert _plans(demands) == [
        (
            "Atal Bihari Vajpayee",
            [
                "hand over twenty fugitives",
                "ban two militant groups outright",
                "end the infiltration of fighters across the line of control",
            ],
        )
    ]
    tour = "Indian Prime Minister Atal Bihari Vajpayee's tour took him to Lisbon, to Aachen, and to Moscow.\n"
    assert _plans(tour) == []
    two_only = "Indian Prime Minister Atal Bihari Vajpayee wants Pakistan to ban two groups and to end the raids.\n"
    assert _plans(two_only) == []


def test_a_joint_statement_committing_its_signers_to_a_run_of_parts_is_each_signers_plan() -> None:
    proposers, items = _joint(
        "In a joint statement, U.S. President Donald Trump and Indian Prime Minister Narendra Modi committed "
        "themselves to deepening defence cooperation, to concluding the trade talks under way, to a "
        "strategic energy partnership, and to working together for a free Indo-Pacific.\n"
    )
    assert proposers == ["Donald Trump", "Narendra Modi"]
    assert items == [
        [
            "deepening defence cooperation",
            "concluding the trade talks under way",
            "a strategic energy partnership",
            "working together for a free Indo-Pacific",
        ]
    ]


def test_parts_told_one_per_sentence_after_a_count_of_their_noun_a_few_sentences_back() -> None:
    body = (
        "Chilean President Michelle Bachelet offered her neighbours what she called four shared goals on Monday.\n\n"
        "She spoke to trade ministers in Santiago.\n\n"
        "The first goal, she said, is to open the border crossings at night. The second is a common customs form. "
        "The third is a fund for mountain roads, paid for by both sides. The fourth calls for yearly talks.\n"
    )
    assert _plans(body) == [
        (
            "Michelle Bachelet",
            [
                "open the border crossings at night",
                "a common customs form",
                "a fund for mountain roads, paid for by both sides",
                "yearly talks",
            ],
        )
    ]
    miscounted = body.replace("four shared goals", "five shared goals")
    assert _plans(miscounted) == []


def test_a_sentence_opening_on_then_after_a_stage_is_the_next_stage() -> None:
    body = (
        "Colombian President Juan Manuel Santos set out a two-stage plan for the rebels on Monday.\n\n"
        "In the first stage, the fighters will gather in twenty zones within six months. "
        "Then, if that succeeds, they will hand their weapons to United Nations monitors.\n"
    )
    assert _plans(body) == [
        (
            "Juan Manuel Santos",
            [
                "the fighters will gather in twenty zones within six months",
                "they will hand their weapons to United Nations monitors",
            ],
        )
    ]


def test_including_followed_by_a_comma_opens_an_aside_not_a_list() -> None:
    body = (
        "In a joint communique, the United States, Saudi Arabia and Jordan pledged to do their share in the fight, "
        'including, "as appropriate," by joining aspects of a coordinated military campaign.\n'
    )
    assert _plans(body) == []


def test_an_agent_apposed_to_the_text_that_opens_a_list_proposes_it() -> None:
    text = (
        "UNITED NATIONS, Dec. 9 — The General Assembly adopted a resolution on Friday.\n\n"
        "The resolution, drafted by Mexico, has three parts:\n"
        "1. demands an immediate ceasefire\n"
        "2. calls for the release of all hostages\n"
        "3. urges unhindered humanitarian access\n"
    )
    plans = parse_article(text, date=dt.date(2022, 12, 9)).to_expectation().plans
    assert [(plan.proposer, len(plan.items)) for plan in plans] == [("Mexico", 3)]


def test_his_proposal_after_a_proposer_described_by_a_who_clause() -> None:
    body = (
        "The money follows a proposal by Crown Prince Abdullah bin Abdul Aziz of Saudi Arabia, who told the "
        "summit on Saturday that the kingdom would pay a quarter of the total. His proposal had two parts: "
        "a fund of $200 million for the families of the dead, and a fund of $800 million for Jerusalem."
    )
    found = parse_article("date 2000-10-22\n" + body)
    assert [(found.display_name(plan.proposer), len(plan.items)) for plan in found.plans] == [
        ("Abdullah bin Abdul Aziz", 2)
    ]


def test_a_counted_package_no_one_is_named_with_is_the_last_acting_leader_s() -> None:
    body = (
        "French President Francois Hollande met Prime Minister Tammam Salam in Beirut on Saturday. "
        '"France has decided to stand beside you," Hollande told a joint news conference. '
        "The package has three parts. The first is 50 million euros in aid for refugees. "
        "The second is help to strengthen the Lebanese army. The third is the resettlement of 3,000 refugees."
    )
    assert _plans(body) == [
        (
            "Francois Hollande",
            [
                "50 million euros in aid for refugees",
                "help to strengthen the Lebanese army",
                "the resettlement of 3,000 refugees",
            ],
        )
    ]


def test_later_stages_may_leave_their_noun_out() -> None:
    body = (
        "In his inaugural address, Somali President Abdullahi Yusuf set out a four-stage programme for the "
        "transition. The first stage would be the disarmament of the clan militias. The second would be the "
        "creation of a national army. In the third, the government would move to a temporary seat. The last "
        "stage would bring a census and national elections."
    )
    assert _plans(body) == [
        (
            "Abdullahi Yusuf",
            [
                "the disarmament of the clan militias",
                "the creation of a national army",
                "the government would move to a temporary seat",
                "a census and national elections",
            ],
        )
    ]


def test_a_joint_statement_named_again_is_the_two_leaders_who_signed_it() -> None:
    body = (
        "Chinese President Xi Jinping welcomed Vladimir Putin to Beijing on Thursday, and the two leaders signed "
        "a joint statement deepening their partnership.\n\n"
        "Putin was greeted with a 21-gun salute outside the Great Hall.\n\n"
        "Xi told Putin that relations had stood the test.\n\n"
        "Putin said he was grateful to Xi.\n\n"
        "The joint statement, several thousand words long, listed commitments that included:\n"
        "1. expanding the use of roubles and yuan in trade\n"
        "2. deepening cooperation in oil and gas\n"
        "3. stepping up joint military exercises\n"
    )
    proposers, items = _joint(body)
    assert proposers == ["Vladimir Putin", "Xi Jinping"]
    assert items == [
        [
            "expanding the use of roubles and yuan in trade",
            "deepening cooperation in oil and gas",
            "stepping up joint military exercises",
        ]
    ]


def test_a_run_of_modal_parts_may_go_on_with_an_ordinal_inside_a_sentence() -> None:
    body = (
        "Chinese President Xi Jinping put forward a four-point proposal for the relationship. First, he said, "
        "the two countries should deepen political trust. Second, they should link their development plans. "
        "Third, they should speed up talks on a free trade agreement, and fourth, they should expand exchanges "
        "between their peoples."
    )
    assert _plans(body) == [
        (
            "Xi Jinping",
            [
                "deepen political trust",
                "link their development plans",
                "speed up talks on a free trade agreement",
                "expand exchanges between their peoples",
            ],
        )
    ]


def test_stages_told_in_one_sentence_after_a_stage_noun_and_its_verb() -> None:
    body = (
        "On Mali, French President Francois Hollande laid out a sequence in three phases. The first phase would "
        "bring political dialogue with the northern groups; the second, the deployment of an African force; and "
        "the last, elections to give Mali a legitimate government."
    )
    assert _plans(body) == [
        (
            "Francois Hollande",
            [
                "political dialogue with the northern groups",
                "the deployment of an African force",
                "elections to give Mali a legitimate government",
            ],
        )
    ]


@pytest.mark.parametrize(
    "announced", ["Then he set out three conditions for peace.", "Then he set out what he called the price of peace."]
)
def test_parts_told_one_per_sentence_drop_their_frame(announced: str) -> None:
    body = (
        f"French President Nicolas Sarkozy spoke to the Knesset. {announced} First, he said, there had to be a "
        "complete halt to settlement building. Second, there had to be recognition of Jerusalem as the capital of "
        "two states. And third, there had to be a fair solution for the refugees."
    )
    assert _plans(body) == [
        (
            "Nicolas Sarkozy",
            [
                "a complete halt to settlement building",
                "recognition of Jerusalem as the capital of two states",
                "a fair solution for the refugees",
            ],
        )
    ]


def test_the_one_a_package_is_brought_to_does_not_propose_it() -> None:
    body = (
        "Iraqi Prime Minister Mustafa al-Kadhimi met President Donald Trump at the White House on Thursday. "
        "His office said he had brought Washington a package of proposals that included help to modernise the "
        "electricity grid, investment by energy companies and cooperation against the coronavirus."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Mustafa al-Kadhimi"]


def test_a_place_named_in_a_relative_aside_is_no_proposer() -> None:
    body = (
        "President Barack Obama on Tuesday ordered troops to West Africa to fight the epidemic. Under the plan, "
        "which will be run from a headquarters in the Liberian capital, Monrovia, the United States will:\n\n"
        "- build treatment centres in the region;\n- train local health workers.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Barack Obama"]


def test_a_package_the_white_house_describes_is_the_presidents() -> None:
    body = (
        "In East Jerusalem, U.S. President Joe Biden announced $316 million in new aid for the Palestinians. The "
        "package, the White House said, includes $100 million for hospitals, $201 million for the refugee agency "
        "and $15 million in food aid."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Joe Biden"]


def test_a_countrys_plan_after_its_leaders_quote_is_the_leaders() -> None:
    body = (
        'President Barack Obama ordered troops to West Africa on Tuesday. "This is a threat to global security," '
        'he said. "The world is watching." Under the plan, the United States will:\n\n'
        "- build treatment centres in the region;\n- train local health workers.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Barack Obama"]


def test_priorities_set_out_then_counted_with_a_reporting_aside() -> None:
    body = (
        "Libyan Prime Minister Fayez al-Sarraj set out his government's priorities on television. The first, he "
        "said, was a nationwide truce; the second, reconciliation; and the third, the return of displaced families."
    )
    assert _plans(body) == [
        ("Fayez al-Sarraj", ["a nationwide truce", "reconciliation", "the return of displaced families"])
    ]


def test_parts_told_as_sentences_after_under_his_proposal() -> None:
    body = (
        "South African President Thabo Mbeki received Joseph Kabila on Thursday.\n\n"
        "The deal falls short of a plan that Mbeki put to the delegates last week. Under his proposal, Kabila "
        "would have stayed on as president. Four vice-presidents would have been named. Elections would have "
        "followed within 30 months. The rebels turned the plan down."
    )
    assert _plans(body) == [
        (
            "Thabo Mbeki",
            [
                "Kabila would have stayed on as president",
                "Four vice-presidents would have been named",
                "Elections would have followed within 30 months",
            ],
        )
    ]


def test_stages_told_in_their_own_clauses_after_a_study_is_presented() -> None:
    body = (
        "Alpha Oumar Konare, the head of the AU Commission, presented a study that proposes moving in stages. In "
        "the first stage, the commission would gain powers over trade, defence and foreign policy. In the second, "
        "the regional blocs would be merged into one market. Only in the last stage would a union government be "
        "formed."
    )
    assert _plans(body) == [
        (
            "Alpha Oumar Konare",
            [
                "the commission would gain powers over trade, defence and foreign policy",
                "the regional blocs would be merged into one market",
                "a union government be formed",
            ],
        )
    ]


def test_an_and_inside_a_quotation_splits_no_parts() -> None:
    body = (
        "Australian Prime Minister Tony Abbott had kept climate change off the agenda, but the final communique "
        'includes a paragraph in which the group backs "strong and effective action" to tackle it.'
    )
    assert _plans(body) == []


def test_the_first_part_then_the_others_told_together() -> None:
    body = (
        "In his first speech to parliament, Somali President Hassan Sheikh Mohamud said his government would have "
        "four tasks. The first was restoring security. The others, he said, were reconciliation between the clans, "
        "rebuilding state institutions and fighting corruption."
    )
    assert _plans(body) == [
        (
            "Hassan Sheikh Mohamud",
            [
                "restoring security",
                "reconciliation between the clans",
                "rebuilding state institutions",
                "fighting corruption",
            ],
        )
    ]


def test_what_is_given_in_return_is_no_part_of_an_old_accord() -> None:
    body = (
        'State Department spokesman Richard Boucher called the programme "a serious violation" of that accord, '
        "under which the North froze its plutonium facilities in return for fuel oil and two civilian reactors."
    )
    assert _plans(body) == []


def test_a_package_made_up_of_parts_is_the_european_unions_when_called_european() -> None:
    body = (
        "TUNIS — European Commission President Ursula von der Leyen met President Kais Saied in Tunis on Sunday. "
        "Saied thanked his guests. "
        "According to the Tunisian presidency, the European package is made up of 900 million euros in loans, "
        "150 million euros in budget support and 105 million euros for border control."
    )
    assert _plans(body) == [
        (
            "European Union",
            [
                "900 million euros in loans",
                "150 million euros in budget support",
                "105 million euros for border control",
            ],
        )
    ]


def test_stages_told_with_is_after_an_approach_laid_out() -> None:
    body = (
        "Kenyan President William Ruto flew to Khartoum on Monday.\n\n"
        "Ruto laid out his approach to Sudan in stages to reporters. The first stage is a ceasefire "
        "monitored by African observers. The second is the return of displaced families. The third is a "
        "national dialogue."
    )
    assert _plans(body) == [
        (
            "William Ruto",
            ["a ceasefire monitored by African observers", "the return of displaced families", "a national dialogue"],
        )
    ]


def test_points_told_first_second_after_a_response_set_out() -> None:
    body = (
        "European Commission President Ursula von der Leyen set out the Commission's response on Monday. "
        "First, she called on member states to approve new sanctions. Second, the EU would look at blacklisting "
        "airlines. "
        "Third, it would press the countries of origin."
    )
    plans = _plans(body)
    assert [proposer for proposer, _ in plans] == ["Ursula von der Leyen"]
    assert len(plans[0][1]) == 3


def test_a_summits_conclusions_are_the_bodys_not_the_last_leader_named() -> None:
    text = (
        "date 2004-12-17\nBRUSSELS - European Union leaders agreed on Friday to open membership talks with Turkey, "
        "after Prime Minister Recep Tayyip Erdogan came close to walking out over demands that Ankara recognise "
        "Cyprus.\n\n"
        "The deal was sealed when Erdogan accepted a compromise worked out with Dutch Prime Minister Jan Peter "
        "Balkenende, who chaired the summit.\n\n"
        "The summit's conclusions attach three conditions to the offer. Turkey must sign a protocol on the "
        "customs union; it must accept that the talks are open-ended; and it must agree that the talks can "
        "be suspended.\n"
    )
    extraction = parse_article(text)
    assert [extraction.display_name(plan.proposer) for plan in extraction.plans] == ["European Union"]
    assert len(extraction.plans[0].items) == 3


def test_heads_of_state_of_a_body_set_out_its_demands() -> None:
    body = (
        "Burkina Faso's ousted president, Roch Marc Christian Kabore, remains under guard.\n\n"
        "Meeting in Accra, the heads of state of the Economic Community of West African States called on "
        "the military rulers to:\n"
        "1. release Kabore unconditionally;\n"
        "2. set up the institutions of a transition;\n"
        "3. adopt a timetable for the transition.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["ECOWAS"]


def test_the_osce_minsk_group_is_a_body_that_proposes() -> None:
    body = (
        "The talks were meant to narrow gaps on the basic principles. Those principles, put forward by the OSCE "
        "Minsk Group, which is led by Russia, the United States and France, include:\n"
        "- the return of the districts around Nagorno-Karabakh to Azerbaijani control;\n"
        "- an interim status for Nagorno-Karabakh;\n"
        "- a corridor linking Armenia to Nagorno-Karabakh.\n"
    )
    assert [proposer for proposer, _ in _plans(body)] == ["OSCE Minsk Group"]


def test_those_listed_before_a_plan_noun_are_not_its_parts() -> None:
    body = (
        "Leaders including Britain's Keir Starmer and France's Emmanuel Macron discussed a U.S. plan to end the "
        "war in Ukraine."
    )
    assert _plans(body) == []
    leaders = parse_article(HEAD + body).leaders
    assert {leader.name for leader in leaders} == {"Keir Starmer", "Emmanuel Macron"}


def test_a_plan_named_for_the_oau_is_its_own_not_of_those_who_accepted_it() -> None:
    body = (
        "The OAU plan, which Eritrea accepted on June 10 and Ethiopia four days later, provides for an immediate "
        "halt to all hostilities; the deployment of a peacekeeping mission; and talks on the border."
    )
    assert _plans(body) == [
        (
            "Organisation of African Unity",
            ["an immediate halt to all hostilities", "the deployment of a peacekeeping mission", "talks on the border"],
        )
    ]


def test_the_author_of_a_plan_proposes_what_the_parties_take_on_under_it() -> None:
    body = (
        "ASTANA, March 1 — Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a "
        "border accord on Friday, with Kazakh President Kassym-Jomart Tokayev as host.\n\n"
        "The accord rests on a three-point plan drafted by Tokayev. Under it, the two governments undertake to:\n"
        "1. open two crossings;\n"
        "2. return the detainees;\n"
        "3. meet again in June."
    )
    assert _plans(body) == [
        ("Kassym-Jomart Tokayev", ["open two crossings", "return the detainees", "meet again in June"])
    ]


def test_a_plan_named_with_its_owning_body_is_the_bodys_though_the_parties_must_act() -> None:
    # "the two governments must:" are the parties the AU's plan binds, not its proposers.
    found = _plans(
        "ADDIS ABABA, March 3 - Ethiopia and Eritrea were told on Tuesday to pull back their troops from the "
        "border.\n\n"
        "Under the AU plan, the two governments must:\n"
        "- halt all shelling within 24 hours;\n"
        "- withdraw their forces from the disputed town;\n"
        "- reopen talks in Algiers within a month."
    )
    assert [proposer for proposer, _ in found] == ["African Union"]


def test_signatories_after_the_text_they_signed_in_propose_its_list() -> None:
    # The countries of the lead signed it; the sentence with the list names who agreed to what.
    body = (
        "The presidents of Chile, Peru and Bolivia signed a declaration in La Paz on Friday.\n\n"
        "In the declaration, Chilean President Gabriel Boric, Peruvian President Dina Boluarte and Bolivian "
        "President Luis Arce agreed to:\n"
        "- open a joint customs post on the border;\n"
        "- study a railway linking their capitals;\n"
        "- meet again within six months."
    )
    assert {proposer for proposer, _ in _plans(body)} == {"Gabriel Boric", "Dina Boluarte", "Luis Arce"}
    # Under a plan, the subject is a party bound by it, and the plan stays its author's.
    body = (
        "U.S. President Barack Obama unveiled a plan to reassure allies on Tuesday.\n\n"
        "Under the proposal, the United States would:\n"
        "- hold more exercises with its allies;\n"
        "- send more units on rotation to the region;\n"
        "- store equipment in the region."
    )
    assert {proposer for proposer, _ in _plans(body)} == {"Barack Obama"}


def test_a_national_plan_named_again_is_its_leaders_and_its_acts_are_split() -> None:
    body = (
        "Serbian President Aleksandar Vucic made a proposal to Montenegro on Friday.\n\n"
        "Under the Serbian proposal, the two countries would hold a joint census, elect a common council and "
        "choose a single trade envoy."
    )
    assert _plans(body) == [
        ("Aleksandar Vucic", ["hold a joint census", "elect a common council", "choose a single trade envoy"])
    ]
    # With no leader of that country behind an earlier plan, the country proposes.
    body = (
        "Montenegrin President Jakov Milatovic made a proposal to Serbia on Friday.\n\n"
        "Under the Serbian proposal, the two countries would hold a joint census, elect a common council and "
        "choose a single trade envoy."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["Serbia"]


def test_bare_leaders_opening_a_counted_list_are_the_summit_body() -> None:
    body = (
        "ADDIS ABABA - African Union leaders opened their summit on Friday.\n\n"
        "Leaders also launched three instruments: a payment system, a tariff forum and a trade observatory."
    )
    assert _plans(body) == [("African Union", ["a payment system", "a tariff forum", "a trade observatory"])]


def test_the_two_presidents_proposing_that_clauses_are_the_pair_named_before() -> None:
    body = (
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a joint statement.\n\n"
        "In the statement, the two presidents proposed that the border be demarcated, that trains run daily, "
        "that visas be dropped and that tariffs be cut."
    )
    assert sorted(proposer for proposer, _ in _plans(body)) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert _plans(body)[0][1] == ["the border be demarcated", "trains run daily", "visas be dropped", "tariffs be cut"]


def test_a_joint_text_by_the_two_governments_is_the_pair_named_before() -> None:
    body = (
        "Kenya and Somalia said on Monday that Kenyan troops would leave Somalia by June.\n\n"
        "The schedule, set out in a joint statement by the two governments, follows talks that President "
        "Hassan Sheikh Mohamud's cabinet began in March.\n\n"
        "Under the plan:\n"
        "- the first units leave in January;\n"
        "- the airport is handed over in March;\n"
        "- the last troops go home in June."
    )
    assert sorted(proposer for proposer, _ in _plans(body)) == ["Kenya", "Somalia"]


def test_a_name_joined_to_a_verbs_object_does_not_propose() -> None:
    body = (
        "On Monday Kenyan President William Ruto received Mahmoud Abbas and Isaac Herzog in Nairobi and presented "
        "a plan calling for a ceasefire, the release of prisoners and a unity government."
    )
    assert [proposer for proposer, _ in _plans(body)] == ["William Ruto"]
