"""Leaders on short sentences written for these tests: titles, articles before names, surnames, history."""

from __future__ import annotations

import datetime as dt

import pytest

from diplotrack.parse import parse_article
from diplotrack.parse.actors import resolve_actors
from diplotrack.parse.text import split_sentences


def _leaders(text: str, date: dt.date = dt.date(2023, 6, 1)) -> dict[str, tuple[str | None, str | None]]:
    expect = parse_article(text, date=date).to_expectation()
    return {leader.name: (leader.role, leader.country) for leader in expect.leaders}


def _leader_names(text: str, date: dt.date) -> list[str]:
    return [leader.name for leader in parse_article(text, date=date).to_expectation().leaders]


def test_lowercase_the_before_a_name_does_not_hide_it() -> None:
    text = "Officials in the Kremlin said the UK had been warned, and the UN agreed."
    actors = resolve_actors(split_sentences(text), None)
    refs = {(m.kind, m.ref, text[m.start : m.end]) for m in actors.mentions[0]}
    assert {("country", "RUS", "Kremlin"), ("country", "GBR", "UK"), ("org", "un", "UN")} <= refs


def test_title_after_a_name_and_possessive_titles() -> None:
    leaders = _leaders(
        "Olaf Scholz, the German chancellor, met Israel's Prime Minister Benjamin Netanyahu. "
        "Its chief negotiator, Fiji's Ana Tuivaga, told the plenary that the text was weak."
    )
    assert leaders["Olaf Scholz"][1] == "Germany"
    assert leaders["Benjamin Netanyahu"] == ("Prime Minister", "Israel")
    assert leaders["Ana Tuivaga"][1] == "Fiji"


def test_a_known_surname_followed_by_more_name_is_someone_else() -> None:
    leaders = _leaders("Regional commission President Omar Diallo said the bloc was ready. Lee Kwan said nothing.")
    assert "Mohammed Omar" not in leaders
    assert "Omar Diallo" in leaders
    assert not any(name.startswith("Lee ") and name != "Lee Kwan" for name in leaders)


def test_function_words_never_stand_for_a_leader() -> None:
    assert _leaders("In a statement, the ministry said talks would continue.", dt.date(2019, 1, 1)) == {}


def test_country_a_word_before_the_title_and_names_as_the_article_writes_them() -> None:
    leaders = _leaders(
        "U.S. House Speaker Kevin McCarthy spoke. Saudi Foreign Minister Prince Faisal bin Farhan answered.",
        dt.date(2023, 3, 1),
    )
    assert leaders["Kevin McCarthy"][1] == "United States"
    assert any(name.endswith("Faisal bin Farhan") for name in leaders)


def test_people_named_only_as_history_are_not_listed() -> None:
    leaders = _leaders("The idea was first floated by President Harry Truman in 1946, and was revived on Monday.")
    assert "Harry Truman" not in leaders


def test_country_before_a_qualified_title() -> None:
    leaders = _leaders("Chile's Mining Minister Ana Torres met Peru's Vice Premier Luis Vargas.")
    assert leaders["Ana Torres"][1] == "Chile"
    assert leaders["Luis Vargas"][1] == "Peru"


def test_a_plural_title_introduces_every_name_it_lists() -> None:
    leaders = _leaders("Prime Ministers Arvo Kallas and Benedikt Maurer signed the accord on Monday.")
    assert {"Arvo Kallas", "Benedikt Maurer"} <= set(leaders)


def test_single_name_titles_take_one_name() -> None:
    leaders = _leaders("The delegation later had an audience with Pope Leonidas at the Vatican.")
    assert "Leonidas" in leaders


def test_a_bare_surname_is_the_person_the_article_named_so() -> None:
    text = (
        "The plan was handed to Aguila Saleh, speaker of the eastern parliament, in Cairo. "
        "Saleh said his camp accepted it in full."
    )
    leaders = _leaders(text, dt.date(2020, 6, 6))
    assert "Aguila Saleh" in leaders
    assert "Ali Abdullah Saleh" not in leaders


def test_a_gulf_alias_takes_the_rest_of_the_full_name() -> None:
    leaders = _leaders(
        "Sheikh Mohamed bin Zayed Al Nahyan met reporters. "
        "Guests were greeted by His Highness the Amir Sheikh Tamim bin Hamad Al Thani.",
        dt.date(2023, 7, 18),
    )
    assert "Mohamed bin Zayed Al Nahyan" in leaders and "Mohamed bin Zayed" not in leaders
    assert leaders["Tamim bin Hamad Al Thani"] == ("Emir", "Qatar")
    assert len([name for name in leaders if "Tamim" in name]) == 1


def test_an_honorific_phrase_before_a_titled_alias_does_not_swallow_it() -> None:
    leaders = _leaders(
        "The guest was received by the Custodian of the Two Holy Mosques King Salman bin Abdulaziz on Monday.",
        dt.date(2022, 12, 9),
    )
    assert leaders.get("Salman bin Abdulaziz", (None, None))[0] == "King"


def test_places_and_offices_before_a_title_clause_are_not_people() -> None:
    text = (
        "date 2023-12-14\nGuyana's President Irfaan Ali shook hands at Argyle International Airport, where "
        "Prime Minister Ralph Gonsalves of St Vincent was host. According to India's Ministry of External Affairs, "
        "the prime minister welcomed the deal. On the shore of Lake Prespa, the foreign ministers of Greece and "
        "Albania signed it."
    )
    names = {leader.name for leader in parse_article(text).leaders}
    assert not names & {"Argyle International Airport", "External Affairs", "Lake Prespa"}


def test_leaders_of_smaller_countries_resolve_from_the_shipped_gazetteer() -> None:
    extraction = parse_article("date 2018-07-23\nKagame welcomed the investment. Tokayev was in Astana.")
    leaders = {leader.name: leader.roles[0].country for leader in extraction.leaders}
    assert leaders.get("Paul Kagame") == "RWA"


def test_a_title_with_its_body_before_a_name_in_commas() -> None:
    text = (
        "The managing director of the International Monetary Fund, Kristalina Georgieva, arrived on Monday. "
        "She met the speaker of Ghana's parliament, Alban Bagbin, and the head of the national electoral body, "
        "Jean Mensa."
    )
    leaders = _leaders(text, dt.date(2023, 5, 8))
    assert {"Kristalina Georgieva", "Alban Bagbin", "Jean Mensa"} <= set(leaders)
    assert leaders["Alban Bagbin"][1] == "Ghana"


def test_two_offices_of_one_country_before_two_names() -> None:
    text = "Blinken met the foreign and defence ministers of Ukraine, Dmytro Kuleba and Oleksii Reznikov, in Warsaw."
    leaders = _leaders(text, dt.date(2022, 3, 26))
    assert leaders["Dmytro Kuleba"] == ("Foreign Minister", "Ukraine")
    assert leaders["Oleksii Reznikov"] == ("Defence Minister", "Ukraine")


def test_a_leader_whose_funeral_the_story_reports_is_history() -> None:
    text = (
        "TOKYO — Japan held a state funeral for former Prime Minister Shinzo Abe on Tuesday. "
        "Abe, the longest-serving prime minister, was shot dead in July. "
        "Indian Prime Minister Narendra Modi attended the ceremony."
    )
    assert list(_leaders(text, dt.date(2022, 9, 27))) == ["Narendra Modi"]


def test_a_dateline_city_that_is_also_a_surname() -> None:
    text = "MUSCAT, Jan 12 — Britain's Prince Charles offered condolences on Sunday."
    assert "Joseph Muscat" not in _leaders(text, dt.date(2020, 1, 12))


def test_a_month_is_not_a_leader_of_that_name() -> None:
    text = (
        "Chinese President Xi Jinping hosted Kim Jong Un in Beijing. "
        "The two leaders last met in May, and again on May 8."
    )
    assert "Theresa May" not in _leaders(text, dt.date(2018, 6, 20))


def test_buildings_and_countries_after_a_plural_office_are_not_people() -> None:
    text = (
        "The presidents of Benin, Sierra Leone and Cape Verde, Boni Yayi, Ernest Bai Koroma and Pedro Pires, "
        "arrived on Friday. The two men signed the accord on the steps of Harambee House, the president's office."
    )
    assert list(_leaders(text, dt.date(2010, 12, 28))) == ["Boni Yayi", "Ernest Bai Koroma", "Pedro Pires"]


def test_more_offices_before_and_after_names() -> None:
    text = (
        "Prosecutor Fatou Bensouda spoke first. A spokesman for the German government, Steffen Hebestreit, said "
        "the chancellor agreed. Canada's ambassador in Washington, David MacNaughton, said Ottawa would respond. "
        "The country is led by Colonel Assimi Goita. Palestinian negotiator Saeb Erekat said no."
    )
    names = set(_leaders(text, dt.date(2014, 10, 8)))
    assert {"Fatou Bensouda", "Steffen Hebestreit", "David MacNaughton", "Assimi Goita", "Saeb Erekat"} <= names


def test_names_with_apostrophes_and_initials_and_the_funeral_of_a_president() -> None:
    text = (
        "Canadian Prime Minister Stephen Harper arrived in Kandahar with Defence Minister Gordon O'Connor. "
        "In Washington, State Department spokesman P.J. Crowley welcomed the trip. "
        "Mourners gathered in Tehran for the funeral of President Ebrahim Raisi."
    )
    names = _leaders(text, dt.date(2024, 5, 22))
    assert "Gordon O'Connor" in names and "P.J. Crowley" in names and "Ebrahim Raisi" not in names


def test_a_shared_alias_is_settled_by_the_rest_of_the_name_or_the_country_before_it() -> None:
    text = "Saudi Arabia's King Abdullah bin Abdulaziz flew into Beirut with the Syrian president."
    assert set(_leaders(text, dt.date(2010, 7, 30))) == {"Abdullah bin Abdulaziz"}
    text = "Saudi Arabia's King Abdullah received the Syrian president in Riyadh."
    assert set(_leaders(text, dt.date(2010, 7, 30))) == {"Abdullah bin Abdulaziz"}


def test_a_bare_title_with_a_country_finds_a_leader_by_any_office_held_that_day() -> None:
    text = "Xi Jinping met Narendra Modi in Ahmedabad. The Chinese president later flew to New Delhi."
    actors = resolve_actors(split_sentences(text), dt.date(2014, 9, 18))
    assert [(m.ref, text[m.start : m.end]) for m in actors.mentions[1] if m.kind == "leader"] == [
        ("xi-jinping", "president")
    ]


def test_chiefs_named_by_their_field() -> None:
    text = "The U.N. human rights chief, Navi Pillay, said the law would institutionalise discrimination."
    assert "Navi Pillay" in _leaders(text, dt.date(2014, 2, 25))
    text = "The IAEA nuclear chief Rafael Grossi arrived in Kyiv on Monday."
    assert "Rafael Grossi" in _leaders(text, dt.date(2022, 8, 29))


def test_names_with_two_particles() -> None:
    text = "Colombian President Juan Manuel Santos spoke. His chief negotiator, Humberto de la Calle, flew to Havana."
    assert "Humberto de la Calle" in _leaders(text, dt.date(2016, 10, 3))


def test_an_apposition_names_its_country_after_the_title() -> None:
    text = "Ali Shamkhani, the secretary of Iran's Supreme National Security Council, said the deal was good."
    assert _leaders(text, dt.date(2023, 3, 10)) == {"Ali Shamkhani": ("Secretary", "Iran")}


def test_a_one_word_alias_that_names_a_country_is_the_country() -> None:
    text = "Montenegro declared independence, and Prime Minister Milo Djukanovic thanked the voters."
    assert set(_leaders(text, dt.date(2006, 5, 22))) == {"Milo Djukanovic"}


def test_an_apposition_with_a_long_title() -> None:
    text = "Olli Rehn, the European Union's economic and monetary affairs commissioner, said the bloc would act."
    assert "Olli Rehn" in _leaders(text)


def test_a_ranked_title_after_a_name_makes_a_leader() -> None:
    text = "Jared Kushner, the senior White House adviser who led the talks, told reporters the deal was good."
    assert _leaders(text, dt.date(2020, 12, 10))["Jared Kushner"] == ("adviser", "United States")


def test_a_surname_that_names_a_place_ends_an_unknown_name() -> None:
    leaders = _leaders("Ecuadorean Foreign Minister Maria Isabel Salvador said Quito would ask for help.")
    assert "Maria Isabel Salvador" in leaders
    known = _leaders("Indian Prime Minister Narendra Modi met Xi. Narendra Modi Japan's guest, left.")
    assert "Narendra Modi Japan" not in known


def test_a_verb_between_a_country_and_a_title_keeps_them_apart() -> None:
    text = "Crown Prince Abdullah of Saudi Arabia presented President George W. Bush with a plan."
    assert _leaders(text, dt.date(2002, 4, 25))["George W. Bush"][1] == "United States"


def test_a_spokesman_of_the_government_after_a_name_is_a_leader() -> None:
    text = "Zoltan Kovacs, the Hungarian government's international spokesman, said the talks were good."
    assert "Zoltan Kovacs" in _leaders(text, dt.date(2024, 2, 23))


@pytest.mark.parametrize(
    ("text", "day", "present", "absent"),
    [
        (
            "Prime Minister Shinzo Abe flew to Beijing on Sunday. "
            "His predecessor, Junichiro Koizumi, visited the shrine every year.",
            dt.date(2006, 10, 8),
            {"Shinzo Abe"},
            {"Junichiro Koizumi"},
        ),
        (
            "Malaysian Prime Minister Mahathir Mohamad, who won a May election, flew to Beijing.",
            dt.date(2018, 8, 21),
            set(),
            {"Theresa May", "Barack Obama", "Kristen Michal"},
        ),
        (
            "The call was brokered by then-U.S. President Barack Obama, officials said.",
            dt.date(2016, 6, 27),
            set(),
            {"Theresa May", "Barack Obama", "Kristen Michal"},
        ),
        (
            "Israeli President Isaac Herzog and his wife, Michal, were greeted at the airport.",
            dt.date(2022, 12, 4),
            set(),
            {"Theresa May", "Barack Obama", "Kristen Michal"},
        ),
        ("The outgoing Obama administration moved to reassure Beijing.", dt.date(2016, 12, 3), set(), {"Barack Obama"}),
        (
            "U.S. President Barack Obama spoke. The Obama administration moved on.",
            dt.date(2016, 12, 3),
            {"Barack Obama"},
            set(),
        ),
        (
            "Mexican Foreign Minister Marcelo Ebrard presented a plan with three parts: a committee for dialogue "
            "made up of Pope Francis and Indian Prime Minister Narendra Modi; an immediate halt to hostilities; "
            "and a truce of five years.",
            dt.date(2022, 9, 22),
            {"Marcelo Ebrard"},
            {"Narendra Modi"},
        ),
        (
            "French President Emmanuel Macron, in an address delivered partly in English, invited American "
            "scientists. In a speech at the University of Texas in Austin, Tillerson described China as a rival.",
            dt.date(2018, 2, 2),
            set(),
            {"Bill English", "Lloyd Austin"},
        ),
    ],
)
def test_who_is_a_leader_of_the_story_and_who_is_named_only_in_passing(
    text: str, day: dt.date, present: set[str], absent: set[str]
) -> None:
    """Predecessors, months, "then-" titles, spouses, administrations, people inside a plan's parts, and
    places or languages after "in" are no leaders of the story; a leader named in full still is."""
    leaders = set(_leaders(text, day))
    assert present <= leaders
    assert not absent & leaders


def test_an_honorific_is_no_first_name_when_looking_up_a_titled_name() -> None:
    text = "The emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, arrived in Gaza on Tuesday."
    leaders = _leaders(text, dt.date(2012, 10, 23))
    assert leaders == {"Hamad bin Khalifa al-Thani": ("Emir", "Qatar")}


def test_the_office_the_article_gives_outranks_one_the_gazetteer_says_was_over() -> None:
    # The shipped gazetteer knows Ferrero-Waldner only as Austria's foreign minister (2000-2004).
    later = "Benita Ferrero-Waldner, the EU's external relations commissioner, said talks would be long."
    assert _leaders(later, dt.date(2008, 5, 26)) == {"Benita Ferrero-Waldner": ("Commissioner", None)}
    then = "Benita Ferrero-Waldner, the EU's external relations commissioner, said talks would be long."
    assert _leaders(then, dt.date(2003, 5, 26))["Benita Ferrero-Waldner"] == ("Foreign Minister", "Austria")
    unknown = "Jane Doerr, the EU's external relations commissioner, said talks would be long."
    assert _leaders(unknown) == {"Jane Doerr": ("Commissioner", None)}


def test_countries_before_a_plural_title_go_with_the_names_in_order() -> None:
    text = (
        "German Foreign Minister Frank-Walter Steinmeier and his Polish and French counterparts, "
        "Radoslaw Sikorski and Laurent Fabius, flew into Kiev on Thursday."
    )
    leaders = _leaders(text, dt.date(2014, 2, 21))
    assert leaders["Radoslaw Sikorski"][1] == "Poland"
    assert leaders["Laurent Fabius"][1] == "France"
    unknown = "The Italian and French foreign ministers, Anton Belov and Marie Dufresne, arrived on Thursday."
    assert {name: country for name, (_, country) in _leaders(unknown).items()} == {
        "Anton Belov": "Italy",
        "Marie Dufresne": "France",
    }


def test_the_rest_of_a_gulf_name_may_be_hyphenated_or_spelled_otherwise() -> None:
    text = "Sheikh Tamim bin Hamad al-Thani, the emir of Qatar, said the deal was a mistake."
    assert set(_leaders(text, dt.date(2020, 8, 14))) == {"Tamim bin Hamad al-Thani"}
    other = "Sheikh Mohammed bin Zayed al-Nahyan, the crown prince of Abu Dhabi, said the deal was good."
    assert set(_leaders(other, dt.date(2020, 8, 14))) == {"Mohammed bin Zayed al-Nahyan"}


def test_an_undersecretary_is_a_leader() -> None:
    text = "Foreign Undersecretary Rafael Seguis, who has been in Baghdad for a week, read out a statement."
    assert set(_leaders(text, dt.date(2004, 7, 14))) == {"Rafael Seguis"}


def test_an_aide_named_after_a_leaders_possessive_serves_the_leaders_country() -> None:
    text = "Israeli Prime Minister Ehud Olmert confirmed the talks. Olmert's chief of staff, Yoram Turbowicz, agreed."
    assert _leaders(text, dt.date(2008, 5, 21))["Yoram Turbowicz"] == ("chief of staff", "Israel")


def test_a_capitalised_word_before_an_office_is_no_surname() -> None:
    # Peter Christian was Micronesia's president in 2016; "Christian" here describes the governor.
    text = "A rally against Jakarta's Christian governor ended in clashes, and President Joko Widodo stayed home."
    assert set(_leaders(text, dt.date(2016, 11, 5))) == {"Joko Widodo"}


def test_a_thing_named_after_someone_is_no_leader() -> None:
    text = "Ashraf Ghani presented Narendra Modi with the Amir Amanullah Khan Award, the highest honour."
    assert set(_leaders(text, dt.date(2016, 6, 4))) == {"Ashraf Ghani", "Narendra Modi"}
    # A known leader's full name opening a building's: not a mention of him.
    text = "Guebuza and Dhlakama shook hands at the Joaquim Chissano International Conference Centre."
    assert "Joaquim Chissano" not in _leaders(text, dt.date(2014, 9, 5))
    # The administration is the president's.
    assert set(_leaders("The Obama White House said no.", dt.date(2014, 9, 5))) == {"Barack Obama"}


def test_an_age_between_article_and_title_still_refers_back() -> None:
    text = (
        "Ethiopian Prime Minister Abiy Ahmed met Egyptian President Abdel Fattah al-Sisi on Sunday. "
        "The 41-year-old prime minister said Ethiopia would never harm Egypt."
    )
    actors = resolve_actors(split_sentences(text), dt.date(2018, 6, 11))
    assert [m.ref for m in actors.mentions[1] if m.kind == "leader"] == ["abiy-ahmed"]


def test_pronouns_of_an_opening_phrase_with_a_clause_of_its_own_are_the_subject_after_it() -> None:
    text = (
        "Cuban President Fidel Castro shook hands with U.S. President Bill Clinton on Wednesday. Clinton said "
        "he had been glad to greet him. In his own "
        "address, which he kept to five minutes, Castro attacked what he called neoliberal globalisation. "
        "He then set out three demands."
    )
    actors = resolve_actors(split_sentences(text), dt.date(2000, 9, 7))
    assert {m.ref for m in actors.mentions[2] if m.kind == "leader"} == {"fidel-castro"}
    assert [m.ref for m in actors.mentions[3] if m.kind == "leader"] == ["fidel-castro"]


def test_a_portfolio_between_title_and_name_does_not_hide_the_name() -> None:
    text = "The delegation, led by Assistant Secretary of State for African Affairs Molly Phee, spent three days."
    assert set(_leaders(text, dt.date(2024, 3, 17))) == {"Molly Phee"}


def test_a_plural_title_in_ies_introduces_one_leader_per_country() -> None:
    text = (
        "India called off talks between the foreign secretaries of India and Pakistan, Sujatha Singh and "
        "Aizaz Ahmad Chaudhry, on Monday."
    )
    leaders = _leaders(text, dt.date(2014, 8, 19))
    assert leaders["Sujatha Singh"] == ("Foreign Secretary", "India")
    assert leaders["Aizaz Ahmad Chaudhry"] == ("Foreign Secretary", "Pakistan")


def test_a_country_before_a_preposition_is_not_the_country_of_the_title_after_it() -> None:
    text = "Indonesia signed a statement with China during President Prabowo Subianto's visit to Beijing."
    assert _leaders(text, dt.date(2024, 11, 11))["Prabowo Subianto"] == ("President", "Indonesia")


def test_a_secretary_of_state_with_no_country_named_is_american() -> None:
    text = "Assistant Secretary of State Jane Doran said Secretary of State Paul Vance would fly to Hanoi."
    assert _leaders(text) == {
        "Jane Doran": ("Assistant Secretary of State", "United States"),
        "Paul Vance": ("Secretary of State", "United States"),
    }


def test_a_secretary_of_state_of_another_country_keeps_it() -> None:
    assert _leaders("Vatican Secretary of State Pietro Parolin flew to Hanoi.") == {
        "Pietro Parolin": ("Secretary of State", "Vatican")
    }


def test_a_name_opening_on_a_lower_case_particle_is_still_the_leader() -> None:
    text = (
        "European Commission President Ursula von der Leyen arrived in Kyiv. Later, von der Leyen met students, "
        "and Philippine Foreign Secretary Albert del Rosario said del Rosario's office had been told."
    )
    actors = resolve_actors(split_sentences(text), dt.date(2022, 4, 8))
    named = {text[m.start : m.end] for sentence in actors.mentions for m in sentence if m.kind == "leader"}
    assert {"von der Leyen", "del Rosario"} <= named


def test_of_two_kings_of_one_name_in_office_the_one_of_the_country_just_named() -> None:
    text = (
        "Iraqi Prime Minister Nouri al-Maliki will travel to Saudi Arabia, where he is expected to be received by "
        "King Abdullah."
    )
    assert _leaders(text, dt.date(2006, 6, 25))["Abdullah bin Abdulaziz"] == ("King", "Saudi Arabia")


def test_the_chinese_premier_is_the_premier_named_before() -> None:
    text = "Chinese Premier Li Qiang arrived in Canberra. The Chinese premier flies on to Perth on Monday."
    actors = resolve_actors(split_sentences(text), dt.date(2024, 6, 16))
    assert [(m.ref, m.form) for m in actors.mentions[1] if m.kind == "leader"] == [("li-qiang", "title")]


def test_a_surname_stays_with_the_office_holder_when_a_namesake_is_named_as_history() -> None:
    text = (
        "Erdogan held talks in Beirut with Prime Minister Saad Hariri, as tension mounted over the inquiry into "
        "the killing of former prime minister Rafik Hariri, his father. Hariri thanked Erdogan for his support."
    )
    positions = parse_article(text, date=dt.date(2010, 11, 25)).to_expectation().positions
    assert {p.holder for p in positions} == {"Saad Hariri"}


def test_an_ordinal_opening_a_sentence_is_no_regnal_name() -> None:
    text = (
        "South Korean President Park Geun-hye set out three proposals. First, she offered aid to mothers. "
        "Second, she offered to help build roads. Third, she called for exchanges."
    )
    assert set(_leaders(text, dt.date(2014, 3, 28))) == {"Park Geun-hye"}


def test_an_ambassador_to_a_body_named_before_the_name_without_a_comma() -> None:
    text = "The delegation, led by U.S. Ambassador to the United Nations Samantha Power, arrived in Juba on Friday."
    # The post names the body: an ambassador to it travels on its business, one posted in a country does not.
    assert _leaders(text, dt.date(2016, 9, 2)) == {
        "Samantha Power": ("ambassador to the United Nations", "United States")
    }


def test_an_acting_or_interim_office_set_after_the_name() -> None:
    text = "Stephanie Williams, the acting U.N. envoy for Libya, welcomed the ceasefire on Friday."
    assert _leaders(text, dt.date(2020, 8, 21)) == {"Stephanie Williams": ("special envoy", None)}


def test_counselors_and_ombudsmen_are_officials() -> None:
    text = (
        "Washington was represented by State Department counselor Thomas Shannon. "
        "Human Rights Ombudsman Jordan Rodas said the ban broke the law."
    )
    assert set(_leaders(text, dt.date(2014, 6, 8))) == {"Thomas Shannon", "Jordan Rodas"}


def test_a_surname_written_without_its_arabic_article_is_the_person_named_before() -> None:
    text = (
        "Syria, whose Foreign Minister Farouk al-Sharaa sat a few seats away, was singled out.\n\n"
        "Sharaa rejected the charge.\n"
    )
    extraction = parse_article(text, date=dt.date(2004, 11, 23))
    assert [leader.name for leader in extraction.leaders] == ["Farouk al-Sharaa"]
    assert [position.holder for position in extraction.to_expectation().positions] == ["Farouk al-Sharaa"]


def test_a_leader_named_with_a_month_and_year_long_past_is_history_and_keeps_the_surname_free() -> None:
    text = (
        "Cuban President Raul Castro arrived in Caracas on Saturday. Chavez said the trip carried the same "
        "meaning as Fidel Castro's visit to Caracas in January 1959.\n\n"
        "Castro said Cuba was willing to talk to the United States.\n"
    )
    extraction = parse_article(text, date=dt.date(2008, 12, 14))
    holders = {position.holder for position in extraction.to_expectation().positions}
    assert "Raul Castro" in holders
    assert "Fidel Castro" not in holders


def test_a_given_name_before_a_known_leaders_first_name_is_someone_else() -> None:
    text = (
        "North Korean leader Kim Jong Un met a South Korean envoy in Pyongyang on Monday. "
        "Sung Kim, the U.S. ambassador to Manila, took part in the preparatory talks."
    )
    expect = parse_article(text, date=dt.date(2018, 7, 3)).to_expectation()
    assert {leader.name for leader in expect.leaders} == {"Kim Jong Un", "Sung Kim"}


def test_a_day_before_a_known_leaders_first_name_is_no_given_name() -> None:
    text = "Chinese President Hu Jintao arrived in Costa Rica on Monday. On Tuesday Hu flies to Havana."
    expect = parse_article(text, date=dt.date(2008, 11, 17)).to_expectation()
    assert [leader.name for leader in expect.leaders] == ["Hu Jintao"]
    assert ("Hu Jintao", "Cuba") in {(visit.visitor, visit.destination) for visit in expect.visits}


def test_the_chancellor_of_the_exchequer_is_britains() -> None:
    leaders = _leaders("Chancellor of the Exchequer George Osborne said on Monday that the deficit would fall.")
    assert leaders == {"George Osborne": ("Chancellor of the Exchequer", "United Kingdom")}


def test_another_given_name_before_a_known_leaders_surname_is_someone_else() -> None:
    text = (
        "Indian Prime Minister Manmohan Singh welcomed the king's decision. "
        "Last week he sent Karan Singh, a senior Congress politician, to Kathmandu as his envoy."
    )
    expect = parse_article(text, date=dt.date(2006, 4, 25)).to_expectation()
    assert ("Manmohan Singh", "Nepal") not in {(visit.visitor, visit.destination) for visit in expect.visits}


def test_a_minister_of_a_national_department_serves_its_country() -> None:
    leaders = _leaders(
        "Kim Howells, the Foreign Office minister responsible for the Middle East, said Britain was ready to help."
    )
    assert leaders == {"Kim Howells": ("Minister", "United Kingdom")}
    spokesman = _leaders("State Department spokesman Richard Boucher said the talks would go on.")
    assert spokesman["Richard Boucher"][1] == "United States"


def test_with_no_leader_as_subject_he_is_the_leader_whose_thing_the_sentence_is_about() -> None:
    text = (
        "Abbas's office said he would ask Putin for support.\n\n"
        "The visit is one of Putin's first trips abroad since he returned to the Kremlin in May. "
        "He flew to Camp David for the summit last month.\n"
    )
    expect = parse_article(text, date=dt.date(2012, 6, 25)).to_expectation()
    assert {(visit.visitor, visit.destination) for visit in expect.visits} == {("Vladimir Putin", "United States")}


def test_the_leader_a_named_spokesman_speaks_for_is_named_too() -> None:
    leaders = _leaders(
        "A spokesman for U.N. Secretary-General Ban Ki-moon, Martin Nesirky, said the secretary-general was "
        "deeply troubled by the fighting.",
        dt.date(2012, 5, 3),
    )
    assert set(leaders) == {"Ban Ki-moon", "Martin Nesirky"}
    body = _leaders("A spokesman for the General Intelligence Presidency, Ahmed al-Asiri, said the report was false.")
    assert set(body) == {"Ahmed al-Asiri"}


def test_an_envoy_to_a_body_named_in_several_words_before_the_name() -> None:
    leaders = _leaders(
        "Iran's envoy to the International Atomic Energy Agency, Reza Najafi, said Iran would not stop.",
        dt.date(2016, 5, 3),
    )
    assert leaders["Reza Najafi"][1] == "Iran"


def test_a_plural_possessive_country_before_an_apposed_title() -> None:
    leaders = _leaders("Anwar Gargash, the United Arab Emirates' minister of state, said the talks would go on.")
    assert leaders == {"Anwar Gargash": ("Minister", "United Arab Emirates")}


@pytest.mark.parametrize(
    ("surname", "day", "holder"),
    [
        ("Assad", dt.date(2000, 3, 27), "Hafez al-Assad"),
        ("Assad", dt.date(2012, 3, 27), "Bashar al-Assad"),
        ("Kabila", dt.date(2000, 6, 1), "Laurent-Desire Kabila"),
        ("Kabila", dt.date(2015, 6, 1), "Joseph Kabila"),
        ("Deby", dt.date(2019, 6, 1), "Idriss Deby"),
        ("Deby", dt.date(2022, 6, 1), "Mahamat Deby"),
        ("Maduro", dt.date(2004, 6, 1), "Ricardo Maduro"),
        ("Maduro", dt.date(2018, 6, 1), "Nicolas Maduro"),
    ],
)
def test_a_family_surname_alone_is_whoever_of_the_family_held_office_that_day(
    surname: str, day: dt.date, holder: str
) -> None:
    text = f"{surname} rejects talks\n\nPresident {surname} said on Monday that talks were over."
    assert _leader_names(text, day) == [holder]


@pytest.mark.parametrize(
    ("surname", "day", "holder"),
    [
        ("Taylor", dt.date(2002, 6, 1), "Charles Taylor"),
        ("Palacio", dt.date(2006, 6, 1), "Alfredo Palacio"),
        ("Palacio", dt.date(2003, 6, 1), "Ana Palacio"),
        ("Rosa", dt.date(2004, 6, 1), "Henrique Rosa"),
        ("Franco", dt.date(2013, 2, 1), "Federico Franco"),
        ("Musa", dt.date(2005, 6, 1), "Said Musa"),
        ("Ismail", dt.date(2016, 6, 1), "Sherif Ismail"),
    ],
)
def test_a_surname_alone_names_the_one_office_holder_who_bore_it(surname: str, day: dt.date, holder: str) -> None:
    text = f"{surname} rejects talks\n\n{surname} said on Monday that talks were over."
    assert _leader_names(text, day) == [holder]


def test_a_longer_alias_runs_on_past_a_titled_one() -> None:
    text = "Crown Prince Abdullah bin Abdul Aziz of Saudi Arabia said on Saturday that the kingdom would pay."
    actors = resolve_actors(split_sentences(text), dt.date(2000, 10, 22))
    spans = [text[m.start : m.end] for m in actors.mentions[0]]
    assert spans == ["Crown Prince Abdullah bin Abdul Aziz", "Saudi Arabia"]
    jordan = "King Abdullah II of Jordan said on Saturday that the kingdom would pay."
    actors = resolve_actors(split_sentences(jordan), dt.date(2004, 10, 22))
    assert [jordan[m.start : m.end] for m in actors.mentions[0]] == ["King Abdullah II", "Jordan"]


def test_an_apposition_naming_the_leader_served_gives_that_leaders_country() -> None:
    text = (
        "date 2001-11-14\nJohn Danforth, President George W. Bush's special envoy for Sudan, said on Wednesday "
        "that he had put four proposals to the government."
    )
    leaders = {leader.name: leader for leader in parse_article(text).to_expectation().leaders}
    assert (leaders["John Danforth"].role, leaders["John Danforth"].country) == ("special envoy", "United States")


def test_a_plural_title_before_names_each_of_their_country() -> None:
    text = (
        "date 2000-06-18\nALGIERS - The two foreign ministers, Seyoum Mesfin of Ethiopia and Haile Woldensae of "
        "Eritrea, signed the document at a ceremony hosted by Algerian President Abdelaziz Bouteflika."
    )
    leaders = {leader.name: leader for leader in parse_article(text).to_expectation().leaders}
    assert (leaders["Seyoum Mesfin"].role, leaders["Seyoum Mesfin"].country) == ("Foreign Minister", "Ethiopia")
    assert (leaders["Haile Woldensae"].role, leaders["Haile Woldensae"].country) == ("Foreign Minister", "Eritrea")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Pakistan's Foreign Office spokesman Nafees Zakaria called the decision unfortunate.", "Pakistan"),
        ("Pakistan's foreign office spokesman Nafees Zakaria called the decision unfortunate.", "Pakistan"),
        ("Nafees Zakaria, the Pakistani foreign office spokesman, called the decision unfortunate.", "Pakistan"),
        ("In Islamabad, foreign office spokesman Nafees Zakaria called the decision unfortunate.", "Pakistan"),
        ("Foreign Office minister Kim Howells called the decision unfortunate.", "United Kingdom"),
    ],
)
def test_a_foreign_office_is_britains_only_when_no_other_country_owns_it(sentence: str, country: str) -> None:
    # "the Foreign Office" is Britain's ministry; a foreign office spokesman of Pakistan is Pakistan's.
    assert [found for _, found in _leaders(sentence).values()] == [country]


@pytest.mark.parametrize(
    ("day", "role"),
    [
        (dt.date(2012, 4, 8), "President"),
        (dt.date(2019, 4, 8), "former President"),
        # Not yet in office, and the article gives no title: none from the gazetteer.
        (dt.date(2005, 4, 8), "leader"),
    ],
)
def test_a_gazetteer_office_is_reported_as_it_stood_on_the_articles_date(day: dt.date, role: str) -> None:
    assert _leaders("Barack Obama spoke at the rally on Sunday.", day) == {"Barack Obama": (role, "United States")}


def test_a_title_the_article_gives_is_kept_whatever_the_gazetteer_says() -> None:
    leaders = _leaders("Senator Barack Obama spoke at the rally on Sunday.", dt.date(2005, 4, 8))
    assert leaders == {"Barack Obama": ("Senator", "United States")}


def test_a_predecessor_whose_death_the_story_reports_is_history() -> None:
    text = (
        "HANOI — President To Lam, who took the party's helm after the death of his predecessor Nguyen Phu Trong, "
        "met the Lao prime minister on Tuesday. \"This road mattered to President Nguyen Phu Trong,\" he said."
    )
    assert "Nguyen Phu Trong" not in _leaders(text, dt.date(2024, 8, 20))


def test_his_cannot_mean_a_spokeswoman() -> None:
    text = (
        '"Both sides agreed," said Sabine Keller, deputy spokeswoman of the German Foreign Ministry, adding that '
        "Foreign Minister Joschka Fischer had settled the matter during his trip to Prague last week."
    )
    sentences = split_sentences(text)
    actors = resolve_actors(sentences, dt.date(2002, 3, 1))
    his = next(m for m in actors.mentions[0] if m.form == "pronoun")
    assert his.ref == "joschka-fischer"
