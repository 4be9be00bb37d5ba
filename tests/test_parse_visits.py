"""Visits on short sentences written for these tests: hosts, aides, plans, calls, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from diplotrack.models import GoldVisit
from diplotrack.parse import parse_article

FRIDAY = dt.date(2024, 3, 8)


def _visits(text: str, date: dt.date = FRIDAY) -> dict[tuple[str, str], GoldVisit]:
    expect = parse_article(text, date=date).to_expectation()
    return {(visit.visitor, visit.destination): visit for visit in expect.visits}


def test_hosted_guest_visits_the_hosts_country() -> None:
    visits = _visits("President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House on Friday.")
    assert set(visits) == {("Fumio Kishida", "United States")}
    assert visits["Fumio Kishida", "United States"].status == "ongoing"


def test_passive_reception_on_an_earlier_day_is_completed() -> None:
    text = (
        "Ukraine's President Volodymyr Zelensky, who was received by German Chancellor Olaf Scholz "
        "in Berlin on Tuesday, said aid was coming."
    )
    visit = _visits(text)["Volodymyr Zelensky", "Germany"]
    assert (visit.status, visit.date) == ("completed", dt.date(2024, 3, 5))


def test_aide_travelling_with_a_leader_gets_the_same_trip() -> None:
    text = (
        "French President Emmanuel Macron arrived in Nairobi on Friday for talks with Kenyan President William Ruto. "
        "Foreign Minister Stephane Sejourne is travelling with him."
    )
    visits = _visits(text)
    assert {("Emmanuel Macron", "Kenya"), ("Stephane Sejourne", "Kenya")} <= set(visits)
    assert ("William Ruto", "Kenya") not in visits


def test_planned_travel_and_a_meeting_abroad() -> None:
    text = (
        "Chancellor Olaf Scholz is expected in Rome on Monday. "
        "President Joe Biden said he hoped to meet Xi Jinping in Lima."
    )
    visits = _visits(text, dt.date(2024, 11, 8))
    assert visits["Olaf Scholz", "Italy"].status == "planned"
    assert visits["Olaf Scholz", "Italy"].date == dt.date(2024, 11, 11)
    assert {("Joe Biden", "Peru"), ("Xi Jinping", "Peru")} <= set(visits)


def test_copula_with_a_place_and_a_trip_with_no_place() -> None:
    text = (
        "Chinese Premier Li Qiang, who was in Canberra for talks, met Australian Prime Minister Anthony Albanese. "
        "European Council President Charles Michel, who had flown in on Thursday, joined them."
    )
    visits = _visits(text)
    assert ("Li Qiang", "Australia") in visits
    assert visits["Charles Michel", "Australia"].status == "ongoing"


def test_calls_invitations_and_home_events_are_not_visits() -> None:
    text = (
        "President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Friday. "
        "He invited Netanyahu to Washington. "
        "In Paris, French President Emmanuel Macron said the talks should resume."
    )
    assert _visits(text) == {}


def test_opening_place_phrase_locates_a_foreign_official() -> None:
    visits = _visits("In Nairobi, UN Secretary-General Antonio Guterres said the ceasefire had to hold.")
    assert set(visits) == {("Antonio Guterres", "Kenya")}


def test_cancelled_trip() -> None:
    visits = _visits("Palestinian President Mahmoud Abbas called off his trip to Cairo on Friday.")
    assert visits["Mahmoud Abbas", "Egypt"].status == "cancelled"


def test_summit_attendees_and_possessive_countries() -> None:
    text = (
        "The president met Arab leaders at a summit in Amman hosted by King Abdullah II, "
        "which also brought in Egypt's President Abdel Fattah al-Sisi and U.S. President Joe Biden."
    )
    visits = _visits(text, dt.date(2022, 7, 16))
    assert {("Abdel Fattah al-Sisi", "Jordan"), ("Joe Biden", "Jordan")} <= set(visits)
    assert all(destination == "Jordan" for _, destination in visits)


def test_heads_of_international_bodies_are_at_home_at_their_seat() -> None:
    text = (
        "NAIROBI — The summit closed on Friday.\n\n"
        "In Brussels, NATO Secretary-General Jens Stoltenberg said the alliance stood ready to help."
    )
    assert ("Jens Stoltenberg", "Belgium") not in _visits(text)
    visits = _visits("BRUSSELS — NATO Secretary-General Jens Stoltenberg told allies on Friday to spend more.")
    assert visits == {}


def test_passive_agents_and_officials_of_bodies_in_a_datelined_lead() -> None:
    text = (
        "LUSAKA — The two governments agreed on Friday to reopen the border.\n\n"
        "The accord was announced by Ahmed Rahimi, the African Union's special envoy, after talks in the city."
    )
    assert ("Ahmed Rahimi", "Zambia") in _visits(text)


def test_undatelined_summit_city_in_the_lead_places_its_attendees() -> None:
    text = (
        "Leaders agreed a new fisheries pact at the close of a summit in Lisbon on Friday.\n\n"
        "Canadian Prime Minister Justin Trudeau said the pact was overdue."
    )
    assert ("Justin Trudeau", "Portugal") in _visits(text)
    planned = (
        "Ministers will meet ahead of a summit in Lisbon next week.\n\n"
        "Canadian Prime Minister Justin Trudeau said the pact was overdue."
    )
    assert ("Justin Trudeau", "Portugal") not in _visits(planned)


def test_a_scene_set_elsewhere_carries_to_the_next_pronoun() -> None:
    text = (
        "OSLO — Talks on the treaty ended on Friday.\n\n"
        "In Stockholm, Swedish Prime Minister Ulf Kristersson was cautious. "
        "He said the talks had gone well."
    )
    assert ("Ulf Kristersson", "Norway") not in _visits(text)


def test_every_leg_of_a_listed_tour_is_a_visit() -> None:
    visits = _visits("On Tuesday Chancellor Olaf Scholz leaves for a tour of Kenya, Ghana and Nigeria.")
    assert {("Olaf Scholz", "Kenya"), ("Olaf Scholz", "Ghana"), ("Olaf Scholz", "Nigeria")} <= set(visits)


def test_a_later_leg_joined_by_and_then_is_a_visit() -> None:
    visits = _visits("From Nairobi, President Xi Jinping is due to travel to Uzbekistan and then to Kyrgyzstan.")
    assert {("Xi Jinping", "Uzbekistan"), ("Xi Jinping", "Kyrgyzstan")} <= set(visits)


def test_a_dateline_where_the_story_was_only_filed_gives_no_visits() -> None:
    text = (
        "TOKYO — Chinese President Xi Jinping has returned to Beijing after four days in Russia, "
        "state media said on Friday.\n\nXi held talks with Russian President Vladimir Putin."
    )
    visits = _visits(text)
    assert ("Xi Jinping", "Japan") not in visits
    assert ("Vladimir Putin", "Japan") not in visits


def test_a_return_leg_names_where_the_leader_has_been() -> None:
    visits = _visits("Maldivian President Mohamed Muizzu returned from Beijing on Saturday, officials said.")
    assert visits["Mohamed Muizzu", "China"].status == "completed"
    visits = _visits("DOHA — Turkish President Recep Tayyip Erdogan arrived from Jeddah on Friday.")
    assert visits["Recep Tayyip Erdogan", "Saudi Arabia"].status == "completed"


def test_a_where_clause_after_another_place_is_not_the_datelines_scene() -> None:
    text = (
        "DOHA — Turkish President Recep Tayyip Erdogan arrived on Tuesday from Jeddah, where he had talks "
        "with Saudi Crown Prince Mohammed bin Salman."
    )
    assert ("Mohammed bin Salman", "Qatar") not in _visits(text, dt.date(2023, 7, 18))


def test_calling_something_a_name_is_not_a_phone_call() -> None:
    text = "In Kabul earlier in the day, Indian Prime Minister Narendra Modi opened a building he called a symbol."
    assert ("Narendra Modi", "Afghanistan") in _visits(text, dt.date(2015, 12, 25))


def test_someone_absent_during_a_visit_is_not_a_visitor() -> None:
    text = (
        "President Barack Obama held talks with Cuban President Raul Castro in Havana on Monday. "
        "Obama will later fly to Buenos Aires, where he will be received by Argentine President Mauricio Macri. "
        "Fidel Castro, the president's brother, did not appear in public during the visit."
    )
    assert ("Mauricio Macri", "Cuba") not in _visits(text, dt.date(2016, 3, 21))


def test_a_dateline_with_accented_capitals_places_the_lead() -> None:
    text = "BOGOTÁ — Ecuador's President Guillermo Lasso met Colombian President Gustavo Petro on Friday for talks."
    visit = _visits(text)["Guillermo Lasso", "Colombia"]
    assert (visit.place, visit.status) == ("Bogotá", "ongoing")


def test_a_dateline_below_a_headline_places_the_lead_but_the_headline_is_no_scene() -> None:
    text = (
        "Ukraine praises Scholz as Kyiv talks open\n\n"
        "KYIV, March 8 — German Chancellor Olaf Scholz held talks with President Volodymyr Zelensky on Friday."
    )
    assert set(_visits(text)) == {("Olaf Scholz", "Ukraine")}
    text = (
        "Netanyahu calls the speech biased\n\n"
        "WASHINGTON, March 8 — Secretary of State Antony Blinken set out his principles on Friday."
    )
    assert _visits(text) == {}


def test_a_called_off_trip_in_the_dateline_lead_brings_nobody() -> None:
    text = (
        "JAKARTA, March 8 — Japanese Prime Minister Fumio Kishida has called off his visit to Indonesia. "
        "Kishida spoke to President Joko Widodo on Thursday night."
    )
    visits = _visits(text)
    assert set(visits) == {("Fumio Kishida", "Indonesia")}
    assert visits["Fumio Kishida", "Indonesia"].status == "cancelled"


def test_everyone_acting_in_a_summit_story_is_at_the_summit_unless_sent_from_afar() -> None:
    text = (
        "NAIROBI (AP) — African and Asian leaders opened a two-day summit in the Kenyan capital on Friday.\n\n"
        "South African President Cyril Ramaphosa said the continent needed roads more than loans. "
        "Egyptian President Abdel Fattah al-Sisi backed the call for new lending rules. "
        "Ghanaian President Nana Akufo-Addo wrote on social media from Accra that he supported the plan."
    )
    assert set(_visits(text)) == {("Cyril Ramaphosa", "Kenya"), ("Abdel Fattah al-Sisi", "Kenya")}


def test_a_city_naming_a_process_is_no_place() -> None:
    text = "GENEVA (AP) — Trade Representative Katherine Tai said on Friday that the Doha round was over."
    assert set(_visits(text)) == {("Katherine Tai", "Switzerland")}


def test_having_been_to_a_place_is_a_completed_trip() -> None:
    text = "Chinese Foreign Minister Wang Yi has already been to the Solomon Islands, where he met the prime minister."
    assert _visits(text)["Wang Yi", "Solomon Islands"].status == "completed"
    assert _visits("German Chancellor Olaf Scholz has been critical of Russia.") == {}


def test_the_president_is_the_story_s_president_and_a_title_s_country_is_no_destination() -> None:
    text = (
        "US President Joe Biden arrived in Benin on Friday on an African tour. Biden said the trip mattered. "
        "In Cotonou, President Patrice Talon welcomed Biden. The president flies to Kigali on Tuesday."
    )
    visits = _visits(text)
    assert visits["Joe Biden", "Rwanda"].status == "planned"
    assert ("Patrice Talon", "Rwanda") not in visits
    text = "Russian President Vladimir Putin signed a statement with President Ilham Aliyev of Azerbaijan in Moscow."
    assert ("Vladimir Putin", "Azerbaijan") not in _visits(text)


def test_a_present_tense_leg_is_planned_and_a_multi_day_visit_is_still_under_way() -> None:
    text = "US Secretary of State Antony Blinken met the king in Amman on Friday. Blinken flies on to Egypt."
    assert _visits(text)["Antony Blinken", "Egypt"].status == "planned"
    text = (
        "French President Emmanuel Macron, on the second day of a three-day state visit to China that began "
        "on Thursday, met President Xi Jinping."
    )
    assert _visits(text)["Emmanuel Macron", "China"].status == "ongoing"


def test_delegations_senators_greeted_guests_and_represented_countries() -> None:
    text = (
        "Senators Patrick Leahy and Jeff Flake flew to Havana on Wednesday. "
        "Roberta Jacobson, the assistant secretary of state, will lead a delegation to Havana in January."
    )
    visits = _visits(text)
    assert {("Patrick Leahy", "Cuba"), ("Jeff Flake", "Cuba"), ("Roberta Jacobson", "Cuba")} <= set(visits)
    assert visits["Roberta Jacobson", "Cuba"].status == "planned"
    text = (
        "ISLAMABAD — South Asian leaders opened a summit on Friday. Prime Minister Zafarullah Khan Jamali greeted "
        "the leaders there. Australia was represented by Foreign Minister Marise Payne."
    )
    assert ("Marise Payne", "Pakistan") in _visits(text)


def test_shaking_hands_somewhere_is_having_been_there() -> None:
    text = (
        "US President Barack Obama and Cuban President Raul Castro shook hands at Nelson Mandela's memorial service "
        "in Johannesburg last year."
    )
    visits = _visits(text)
    assert visits["Barack Obama", "South Africa"].status == "completed"
    assert ("Raul Castro", "South Africa") in visits


def test_someone_seated_alongside_at_a_datelined_meeting_takes_part() -> None:
    text = (
        "JAKARTA — Southeast Asian leaders met on Saturday. Indonesian President Joko Widodo opened the meeting. "
        "He sat at the table alongside Singapore's Prime Minister Lee Hsien Loong."
    )
    assert ("Lee Hsien Loong", "Indonesia") in _visits(text)


def test_the_leaders_of_countries_are_whose_not_where_and_the_rio_group_is_no_place() -> None:
    text = (
        "SANTO DOMINGO, Dominican Republic (AP) — Colombian President Alvaro Uribe apologised on Friday, and at a "
        "regional summit the leaders of Colombia, Ecuador and Venezuela shook hands. The meeting of the Rio Group "
        "was hosted by Dominican President Leonel Fernandez."
    )
    visits = _visits(text)
    assert set(visits) == {("Alvaro Uribe", "Dominican Republic")}


def test_officials_accompanying_a_leader_share_the_trip_and_the_country() -> None:
    text = (
        "Kenyan President William Ruto arrived in Tokyo on Friday for talks with Japanese Prime Minister "
        "Fumio Kishida. "
        "Ruto was accompanied by Trade Minister Moses Kuria and by his chief of staff, Felix Koskei. "
        "Energy Minister Davis Chirchir, who is part of Ruto's delegation, said deals would be signed."
    )
    visits = _visits(text)
    assert {("Moses Kuria", "Japan"), ("Felix Koskei", "Japan"), ("Davis Chirchir", "Japan")} <= set(visits)
    leaders = {leader.name: leader for leader in parse_article(text, date=FRIDAY).to_expectation().leaders}
    assert leaders["Moses Kuria"].country == "Kenya"


def test_accompanied_by_stops_at_the_next_verb_phrase() -> None:
    text = (
        "Kenyan President William Ruto arrived in Tokyo on Friday. "
        "Ruto was accompanied by Trade Minister Moses Kuria and met Japanese Prime Minister Fumio Kishida."
    )
    visits = _visits(text)
    assert ("Moses Kuria", "Japan") in visits
    assert ("Fumio Kishida", "Japan") not in visits


def test_accompanied_to_a_place_by_takes_the_aide_on_that_leg() -> None:
    text = (
        "Israeli Prime Minister Naftali Bennett held talks with Russian President Vladimir Putin in Moscow on "
        "Saturday and then flew to Berlin to see Chancellor Olaf Scholz. "
        "He was accompanied to the Kremlin by Housing Minister Zeev Elkin, who translated."
    )
    visits = _visits(text, dt.date(2022, 3, 6))
    assert ("Zeev Elkin", "Russia") in visits
    assert ("Zeev Elkin", "Germany") not in visits


def test_joined_in_a_place_by_an_official_of_a_body_who_travels_along() -> None:
    text = (
        "UN Secretary-General Ban Ki-moon arrived in Freetown on Thursday to see the fight against Ebola. "
        "He was joined in the city by World Health Organization Director-General Margaret Chan."
    )
    assert ("Margaret Chan", "Sierra Leone") in _visits(text, dt.date(2014, 12, 19))


def test_accompanied_by_stops_at_a_verb_after_a_comma() -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan arrived in Brussels on Friday. "
        "Pashinyan, accompanied by Foreign Minister Ararat Mirzoyan, was received by European Council "
        "President Charles Michel."
    )
    visits = _visits(text, dt.date(2024, 4, 5))
    assert ("Ararat Mirzoyan", "Belgium") in visits
    assert ("Charles Michel", "Belgium") not in visits


def test_those_a_leader_arrives_with_share_the_trip_that_sentence_tells() -> None:
    text = (
        "Chilean President Gabriel Boric, who arrived in Canberra on Sunday night with Foreign Minister "
        "Alberto van Klaveren, met Australian Prime Minister Anthony Albanese on Monday. "
        "Van Klaveren told reporters that the two countries would sign a lithium agreement."
    )
    visits = _visits(text, dt.date(2024, 10, 21))
    assert visits["Alberto van Klaveren", "Australia"].status == "ongoing"


def test_arriving_with_an_aide_copies_only_the_arrival_not_a_trip_told_after_it() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan held talks in Lviv on Thursday with Ukrainian President "
        "Volodymyr Zelensky. "
        "He flew in for the day with Foreign Minister Mevlut Cavusoglu, two weeks after meeting Russian "
        "President Vladimir Putin in Sochi."
    )
    visits = _visits(text, dt.date(2022, 8, 18))
    assert ("Mevlut Cavusoglu", "Russia") not in visits
    assert ("Vladimir Putin", "Ukraine") not in visits


def test_a_city_that_is_also_a_surname_is_the_city_after_in() -> None:
    text = "Israeli Prime Minister Benjamin Netanyahu held talks with Sultan Qaboos bin Said in Muscat on Friday."
    expect = parse_article(text, date=dt.date(2018, 10, 26)).to_expectation()
    assert [leader.name for leader in expect.leaders] == ["Benjamin Netanyahu", "Qaboos bin Said"]
    assert {(v.visitor, v.destination, v.place) for v in expect.visits} == {("Benjamin Netanyahu", "Oman", "Muscat")}


def test_a_dateline_nobody_of_that_country_acts_in_is_only_where_the_story_was_filed() -> None:
    text = (
        "Erdogan and Aliyev open pipeline in Baku\n\n"
        "TBILISI, May 25 (wire) - Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev "
        "opened a gas pipeline on Friday. Erdogan called the project a bridge between two brotherly nations."
    )
    visits = _visits(text, dt.date(2018, 5, 25))
    assert not any(destination == "Georgia" for _, destination in visits)


def test_a_dateline_after_a_headline_and_a_byline() -> None:
    text = (
        "Ruto seeks a trade deal\n\nBy our correspondent\n\n"
        "TOKYO, March 8 — Kenyan President William Ruto held talks with Japanese officials on Friday."
    )
    assert ("William Ruto", "Japan") in _visits(text)


def test_an_invitation_to_visit_is_not_a_visit() -> None:
    text = "Kenyan President William Ruto invited Japanese Prime Minister Fumio Kishida to visit Nairobi next year."
    assert ("Fumio Kishida", "Kenya") not in _visits(text)


def test_a_conference_on_a_country_is_held_where_it_meets() -> None:
    text = (
        "Secretary of State Hillary Clinton and Pakistani Foreign Minister Hina Rabbani Khar will meet in Tokyo "
        "on Sunday at a conference on aid to Afghanistan."
    )
    visits = _visits(text, dt.date(2012, 7, 4))
    assert ("Hillary Clinton", "Japan") in visits
    assert not any(destination == "Afghanistan" for _, destination in visits)


def test_the_capital_named_by_its_demonym_and_a_stay_told_with_also() -> None:
    text = (
        "Ethiopian Prime Minister Meles Zenawi signed the accord on Friday at a ceremony in the Algerian capital. "
        "Russian Foreign Minister Sergei Lavrov, who was also in Brussels on Friday, spoke to reporters."
    )
    visits = _visits(text)
    assert visits["Meles Zenawi", "Algeria"].place == "Algiers"
    assert ("Sergei Lavrov", "Belgium") in visits


def test_legs_told_in_passing() -> None:
    text = (
        "Chinese President Xi Jinping arrived in Kigali on Monday from Senegal. He flies on to South Africa on "
        "Tuesday for a summit, which President Cyril Ramaphosa will host, and is to stop in Mauritius on his way "
        "home. The visit followed a day in Dakar, where Xi met President Macky Sall."
    )
    visits = _visits(text, dt.date(2018, 7, 23))
    assert {("Xi Jinping", "Senegal"), ("Xi Jinping", "Mauritius"), ("Xi Jinping", "South Africa")} <= set(visits)
    assert visits["Xi Jinping", "Senegal"].status == "completed"
    assert ("Cyril Ramaphosa", "Mauritius") not in visits


def test_an_aide_follows_the_leg_told_in_the_same_sentence() -> None:
    text = (
        "OSLO, April 27 — Russian President Dmitry Medvedev held talks with Norwegian Prime Minister Jens "
        "Stoltenberg on Tuesday. Medvedev, accompanied by Foreign Minister Sergei Lavrov, flies on to Copenhagen "
        "on Wednesday."
    )
    visits = _visits(text, dt.date(2010, 4, 27))
    assert ("Sergei Lavrov", "Denmark") in visits


def test_a_spokesman_quoted_in_a_datelined_story_is_not_a_visitor() -> None:
    text = (
        "ASTANA, July 4 — Leaders of the Shanghai Cooperation Organisation met in the Kazakh capital on Thursday. "
        "Kremlin spokesman Dmitry Peskov said the talks had been useful."
    )
    assert ("Dmitry Peskov", "Kazakhstan") not in _visits(text, dt.date(2024, 7, 4))


def test_foreign_guests_at_a_funeral_or_inauguration_attend_it() -> None:
    text = (
        "Chile swears in new president\n\n"
        "SANTIAGO, March 11 — Gabriel Boric was sworn in as Chile's president on Friday. "
        "He promised a fairer country. Thousands cheered outside. The ceremony lasted two hours. "
        "Several presidents came for the day: Argentina's Alberto Fernandez, Bolivia's Luis Arce and "
        "Peru's Pedro Castillo. Brazilian President Jair Bolsonaro also cancelled, as did Uruguayan President "
        "Luis Lacalle Pou."
    )
    visits = _visits(text, dt.date(2022, 3, 11))
    assert {("Alberto Fernandez", "Chile"), ("Luis Arce", "Chile"), ("Pedro Castillo", "Chile")} <= set(visits)
    assert visits["Jair Bolsonaro", "Chile"].status == "cancelled"


def test_more_legs_and_stays() -> None:
    text = (
        "Chinese President Hu Jintao arrived in New Delhi on Monday. He travels to Mumbai on Thursday before "
        "flying on to Pakistan. On Sunday he will be the guest of President Pervez Musharraf in Islamabad. "
        "Russian President Dmitry Medvedev flew in from Lima on Sunday. He leaves Caracas on Thursday for Havana."
    )
    visits = _visits(text, dt.date(2006, 11, 20))
    assert {("Hu Jintao", "Pakistan"), ("Dmitry Medvedev", "Peru"), ("Dmitry Medvedev", "Cuba")} <= set(visits)


def test_leaders_who_came_from_the_region_to_a_wake_attend_it() -> None:
    text = (
        "Presidents gather at leader's wake\n\n"
        "BUENOS AIRES, Oct 28 — Argentines filed past the coffin of former President Nestor Kirchner on Thursday. "
        "The crowd sang. Flowers piled up at the gates. The queue stretched for blocks. "
        "Several presidents from the region came: Brazil's Luiz Inacio Lula da Silva and Chile's Sebastian Pinera."
    )
    visits = _visits(text, dt.date(2010, 10, 28))
    assert {("Luiz Inacio Lula da Silva", "Argentina"), ("Sebastian Pinera", "Argentina")} <= set(visits)


def test_a_lead_about_a_communique_makes_a_gathering() -> None:
    text = (
        "PHNOM PENH, July 13 — Southeast Asian foreign ministers ended their annual talks on Friday without a joint "
        "communique. The chair blamed the Philippines. Cambodia, the host, said the row was bilateral. Delegates "
        "left early. Indonesia's Marty Natalegawa, who spent two days shuttling between delegations, called the "
        "outcome irresponsible."
    )
    assert ("Marty Natalegawa", "Cambodia") in _visits(text, dt.date(2012, 7, 13))


def test_a_dateline_with_a_double_hyphen() -> None:
    text = (
        "DAMASCUS, Syria (AP) -- Syrians bid farewell to President Hafez Assad on Tuesday. French President "
        "Jacques Chirac, the only Western head of state to attend, laid a wreath at the funeral."
    )
    expect = parse_article(text, date=dt.date(2000, 6, 13)).to_expectation()
    assert ("Jacques Chirac", "Syria") in {(v.visitor, v.destination) for v in expect.visits}
    assert "Hafez Assad" not in [leader.name for leader in expect.leaders]


def test_earlier_legs_told_after_and_before_that_or_came_from() -> None:
    text = (
        "U.S. President George W. Bush arrived in Beijing on Thursday. Bush flew in from Seoul, where President "
        "Kim Dae-jung took him to the border, and before that spent two days in Tokyo for talks."
    )
    found = _visits(text, dt.date(2002, 2, 21))
    assert ("George W. Bush", "Japan") in found and ("Kim Dae-jung", "Japan") not in found
    text = "Chinese President Xi Jinping arrived in New Delhi on Wednesday. He came from Sri Lanka, the previous stop."
    found = _visits(text, dt.date(2014, 9, 18))
    assert found[("Xi Jinping", "Sri Lanka")].status == "completed"
    text = "Venezuelan President Hugo Chavez crossed into Iraq by road from Iran, where he had met Mohammad Khatami."
    found = _visits(text, dt.date(2000, 8, 11))
    assert found[("Hugo Chavez", "Iran")].status == "completed"
    text = "U.N. Secretary-General Ban Ki-moon arrived in Havana. He flew in from the Syria peace talks in Switzerland."
    found = _visits(text, dt.date(2014, 1, 29))
    assert ("Ban Ki-moon", "Switzerland") in found and ("Ban Ki-moon", "Syria") not in found


def test_things_that_travel_make_no_visit() -> None:
    text = (
        "Malaysian Prime Minister Najib Razak announced that he had reached an agreement with the separatists "
        "under which the remains would go to Kharkiv."
    )
    assert _visits(text, dt.date(2014, 7, 22)) == {}


def test_a_trip_by_a_leader_names_the_traveller_after_the_noun() -> None:
    text = (
        "In Washington, the White House has scheduled a trip by Vice President Dick Cheney to Azerbaijan, "
        "Georgia and Ukraine next week."
    )
    found = _visits(text, dt.date(2008, 8, 31))
    assert set(found) == {
        ("Dick Cheney", "Azerbaijan"),
        ("Dick Cheney", "Georgia"),
        ("Dick Cheney", "Ukraine"),
    }
    assert {visit.status for visit in found.values()} == {"planned"}


def test_a_headline_naming_the_summit_but_no_place_leaves_the_place_to_the_next_sentence() -> None:
    text = (
        "NATO summit, day one: as it happened\n\n"
        "09:05 Leaders are arriving at the summit venue in Vilnius. Swedish Prime Minister Ulf Kristersson "
        "calls it a very good day for Sweden."
    )
    assert ("Ulf Kristersson", "Lithuania") in _visits(text, dt.date(2023, 7, 11))


def test_stopping_a_war_is_no_stop_on_a_trip() -> None:
    text = 'French President Emmanuel Macron said: "Our goal is to stop the war Russia has started in Ukraine."'
    assert ("Emmanuel Macron", "Ukraine") not in _visits(text, dt.date(2022, 3, 26))
    text = "French President Emmanuel Macron will stop in Kyiv on his way home."
    assert ("Emmanuel Macron", "Ukraine") in _visits(text, dt.date(2022, 3, 26))


# (id, text, date, visits that must be found, visits that must not): who is at an event and who is not.
_PRESENT_AND_ABSENT = [
    (
        "ties with a leader at a ceremony are no meeting",
        "SEOUL, May 10 - Yoon Suk Yeol was sworn in as president on Tuesday before foreign guests including "
        "Chinese Vice President Wang Qishan. Wang conveyed the congratulations of President Xi Jinping. Yoon hoped "
        "for close communication with the Chinese leader.",
        dt.date(2022, 5, 10),
        [("Wang Qishan", "South Korea")],
        [("Xi Jinping", "South Korea")],
    ),
    (
        "leaders talked about in a datelined lead are not there",
        "THE HAGUE, March 24 - Leaders of the Group of Seven met on Monday on the sidelines of a nuclear "
        "security summit. British Prime Minister David Cameron warned that Russia would pay a higher price "
        "if Vladimir Putin sent his forces further into Ukraine.",
        dt.date(2014, 3, 24),
        [("David Cameron", "Netherlands")],
        [("Vladimir Putin", "Netherlands")],
    ),
    (
        "a country named as a possessor is no destination",
        "EU foreign ministers, meeting in Brussels, agreed that each government would decide for itself. "
        "French Foreign Minister Bernard Kouchner, arriving for the meeting, said France had written to "
        "Kosovo's leaders.",
        dt.date(2008, 2, 18),
        [("Bernard Kouchner", "Belgium")],
        [("Bernard Kouchner", "Kosovo")],
    ),
    (
        "a lead sentence sending someone abroad places no one at the dateline",
        "MONTEVIDEO, March 1 - Jose Mujica was sworn in as Uruguay's president on Monday before foreign guests "
        "including U.S. Secretary of State Hillary Clinton. Clinton flies to Santiago on Tuesday to meet "
        "President Michelle Bachelet.",
        dt.date(2010, 3, 1),
        [("Hillary Clinton", "Uruguay"), ("Hillary Clinton", "Chile")],
        [("Michelle Bachelet", "Uruguay")],
    ),
    (
        "a later leg is not where the talks before it are held",
        "MONTERREY, Mexico - Leaders gathered on Thursday for a United Nations conference on development. "
        "Mexican President Vicente Fox opened it. U.S. President George W. Bush is expected to land in Monterrey "
        "late on Thursday. He will address the conference on Friday and hold talks with Fox on migration and "
        "border security, then fly to Lima on Saturday to meet Peruvian President Alejandro Toledo.",
        dt.date(2002, 3, 21),
        [("George W. Bush", "Peru")],
        [("Vicente Fox", "Peru")],
    ),
    (
        "where a crisis is, is not where a trip goes",
        "WARSAW, June 3 - U.S. President Barack Obama arrived in Warsaw on Tuesday, where he opened a four-day "
        "European trip overshadowed by the crisis in Ukraine.",
        dt.date(2014, 6, 3),
        [("Barack Obama", "Poland")],
        [("Barack Obama", "Ukraine")],
    ),
    (
        "ordering troops home from a country is no trip there, nor is refusing to go",
        "MADRID, April 19 - Spanish Prime Minister Jose Luis Rodriguez Zapatero, who ordered the country's troops "
        "home from Iraq, spoke to President George W. Bush. Ivorian leader Laurent Gbagbo refused to go to Abuja.",
        dt.date(2004, 4, 19),
        [],
        [("Jose Luis Rodriguez Zapatero", "Iraq"), ("Laurent Gbagbo", "Nigeria")],
    ),
    (
        "a visit to a place by two aides is theirs, not their leader's",
        "Israeli Prime Minister Benjamin Netanyahu called off a visit to Washington by his strategic affairs "
        "minister, Ron Dermer, and his national security adviser, Tzachi Hanegbi.",
        dt.date(2024, 3, 25),
        [("Ron Dermer", "United States"), ("Tzachi Hanegbi", "United States")],
        [("Benjamin Netanyahu", "United States")],
    ),
    (
        "the one sent travels",
        "LA PAZ, Jan 22 - Evo Morales was sworn in as president on Sunday. Washington sent Thomas Shannon, the "
        "assistant secretary of state, who said the United States wanted good ties.",
        dt.date(2006, 1, 22),
        [("Thomas Shannon", "Bolivia")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "present", "absent"),
    [case[1:] for case in _PRESENT_AND_ABSENT],
    ids=[case[0] for case in _PRESENT_AND_ABSENT],
)
def test_who_is_at_an_event_and_who_is_not(
    text: str, date: dt.date, present: list[tuple[str, str]], absent: list[tuple[str, str]]
) -> None:
    found = _visits(text, date)
    assert [key for key in present if key not in found] == []
    assert [key for key in absent if key in found] == []


def test_a_place_named_by_its_country_and_kind() -> None:
    text = (
        "U.S. Secretary of State Rex Tillerson arrived in Mexico City. From Mexico, Tillerson flies on Saturday "
        "to the Argentine resort of Bariloche."
    )
    found = _visits(text, dt.date(2018, 2, 2))
    assert (found[("Rex Tillerson", "Argentina")].place, found[("Rex Tillerson", "Argentina")].status) == (
        "Bariloche",
        "planned",
    )


@pytest.mark.parametrize(
    "later_sentence",
    [
        "Libyan leader Muammar Gaddafi was the only head of state from the region to stay away.",
        "Venezuelan President Nicolas Maduro, who was not among the guests, sent his congratulations.",
        "Spanish Prime Minister Jose Luis Zapatero had met the king there in 2007.",
        "At the United Nations, Secretary-General Ban Ki-moon welcomed the meeting.",
    ],
)
def test_leaders_who_stay_away_or_belong_to_history_do_not_attend_a_gathering(later_sentence: str) -> None:
    text = (
        "PARIS, July 13 — Leaders from forty countries gathered in Paris on Sunday for a summit on the Mediterranean. "
        "French President Nicolas Sarkozy opened the meeting. The talks ran late. Aides were upbeat. " + later_sentence
    )
    visits = _visits(text, dt.date(2008, 7, 13))
    assert [visitor for visitor, _ in visits] == []


def test_a_host_who_will_receive_or_is_receiving_guests_brings_them_to_her_country() -> None:
    future = _visits(
        "German Chancellor Angela Merkel spoke on Friday. She will receive French President Francois Hollande "
        "and Italian Prime Minister Matteo Renzi in Berlin on Monday.",
        dt.date(2016, 6, 24),
    )
    assert {key: visit.status for key, visit in future.items()} == {
        ("Francois Hollande", "Germany"): "planned",
        ("Matteo Renzi", "Germany"): "planned",
    }
    now = _visits(
        "Chinese President Xi Jinping, receiving European Council President Donald Tusk in Beijing, "
        "said China would not accept the ruling.",
        dt.date(2016, 7, 12),
    )
    assert set(now) == {("Donald Tusk", "China")}


def test_words_said_in_a_foreign_place_put_the_speaker_there() -> None:
    told = "Argentina would press Britain, Argentine Foreign Minister Hector Timerman told reporters in Cartagena."
    assert set(_visits(told, dt.date(2012, 4, 15))) == {("Hector Timerman", "Colombia")}
    said = "British Foreign Secretary William Hague said in Brussels that sanctions would follow."
    assert set(_visits(said, dt.date(2012, 4, 15))) == {("William Hague", "Belgium")}
    at_home = '"We will not negotiate," government spokesman Steffen Seibert told reporters in Berlin.'
    assert _visits(at_home, dt.date(2020, 9, 23)) == {}


def test_who_remains_in_or_has_been_in_a_place_is_there_now() -> None:
    remains = "Venezuelan President Hugo Chavez spoke at the UN. Chavez, who remains in New York until Friday, smiled."
    assert _visits(remains, dt.date(2006, 9, 21))["Hugo Chavez", "United States"].status == "ongoing"
    stayed = "Quartet envoy Tony Blair has been in Cairo for several days and took part in drafting the text."
    assert _visits(stayed, dt.date(2014, 7, 15))["Tony Blair", "Egypt"].status == "ongoing"


def test_a_place_set_off_after_a_name_puts_the_leader_there() -> None:
    text = "Britain's foreign secretary, David Miliband, also in Brussels, said London would recognise Kosovo."
    assert set(_visits(text, dt.date(2008, 2, 18))) == {("David Miliband", "Belgium")}
    at_home = "Britain's foreign secretary, David Miliband, in London, said the vote was a mistake."
    assert _visits(at_home, dt.date(2008, 2, 18)) == {}


def test_legs_dated_by_weekday_are_legs_of_one_trip() -> None:
    text = "U.S. Secretary of State Antony Blinken flies on Tuesday to Kinshasa and on Wednesday to Kigali."
    visits = _visits(text, dt.date(2022, 8, 8))
    assert {key: visit.status for key, visit in visits.items()} == {
        ("Antony Blinken", "Democratic Republic of Congo"): "planned",
        ("Antony Blinken", "Rwanda"): "planned",
    }


def test_a_guest_received_in_a_city_by_a_titled_host_visits_the_hosts_country() -> None:
    text = "U.S. President George W. Bush was received in Kyiv on Tuesday by Ukrainian President Viktor Yushchenko."
    visit = _visits(text, dt.date(2008, 4, 3))["George W. Bush", "Ukraine"]
    assert (visit.status, visit.hosts) == ("completed", ["Viktor Yushchenko"])


def test_a_town_the_gazetteer_lacks_is_placed_by_the_country_after_it() -> None:
    text = (
        "German Chancellor Angela Merkel and Russian President Dmitry Medvedev will meet again "
        "at the Group of Eight summit in Huntsville, Canada, on June 25."
    )
    visits = _visits(text, dt.date(2010, 6, 5))
    assert {key: visit.status for key, visit in visits.items()} == {
        ("Angela Merkel", "Canada"): "planned",
        ("Dmitry Medvedev", "Canada"): "planned",
    }
    american = "French President Jacques Chirac will attend the summit at Sea Island, Georgia, on Tuesday."
    assert set(_visits(american, dt.date(2004, 6, 6))) == {("Jacques Chirac", "United States")}


def test_a_lower_case_office_inside_a_list_of_travellers_keeps_the_list() -> None:
    text = "Chief negotiator Humberto de la Calle and peace commissioner Sergio Jaramillo are due in Havana on Friday."
    assert set(_visits(text, dt.date(2016, 10, 3))) == {
        ("Humberto de la Calle", "Cuba"),
        ("Sergio Jaramillo", "Cuba"),
    }


def test_a_trip_of_a_plural_thing_or_a_signature_by_others_is_no_leaders_visit() -> None:
    experts = "U.S. Secretary of State Madeleine Albright said missile experts would meet in Kuala Lumpur next week."
    assert _visits(experts, dt.date(2000, 10, 24)) == {}
    flag = "Zelensky gave Nancy Pelosi, the U.S. House Speaker, a battle flag signed by soldiers in Bakhmut."
    assert _visits(flag, dt.date(2022, 12, 21)) == {}
    counterparts = "U.S. Secretary of State Antony Blinken and his counterparts will meet in Brussels on Friday."
    assert set(_visits(counterparts, dt.date(2022, 12, 21))) == {("Antony Blinken", "Belgium")}


def test_a_counted_crowd_arriving_is_no_trip_of_the_speaker() -> None:
    scene = "In London, Theresa May said Britain would wait. "
    crowd = scene + "Italian Prime Minister Matteo Renzi said about 102,000 people had arrived by sea."
    assert _visits(crowd, dt.date(2016, 8, 22)) == {}
    migrants = scene + "Italian Prime Minister Matteo Renzi said thousands of migrants had arrived by sea."
    assert _visits(migrants, dt.date(2016, 8, 22)) == {}
    himself = scene + "Italian Prime Minister Matteo Renzi arrived on Monday."
    assert set(_visits(himself, dt.date(2016, 8, 22))) == {("Matteo Renzi", "United Kingdom")}


def test_a_dateline_closed_by_a_colon_places_the_story() -> None:
    text = (
        "ISLAMABAD, Nov 15: Afghan President Ashraf Ghani and Prime Minister Nawaz Sharif pledged on Saturday "
        "to put years of mistrust behind them, as the Afghan leader wrapped up a two-day visit."
    )
    assert set(_visits(text, dt.date(2014, 11, 15))) == {("Ashraf Ghani", "Pakistan")}


def test_a_trip_someone_says_they_will_not_make_is_cancelled() -> None:
    text = "Czech President Vaclav Klaus said he would not travel to Kiev next week."
    assert _visits(text, dt.date(2012, 5, 8))["Vaclav Klaus", "Ukraine"].status == "cancelled"


def test_he_after_the_office_of_a_leader_is_that_leader() -> None:
    text = "The office of Czech President Vaclav Klaus said he would not travel to Crimea."
    assert _visits(text, dt.date(2012, 5, 8))["Vaclav Klaus", "Ukraine"].status == "cancelled"


def test_a_leader_named_inside_what_is_said_does_not_attend() -> None:
    text = (
        "CRAWFORD, Texas, April 25 — Saudi Crown Prince Abdullah bin Abdulaziz met U.S. President George W. Bush "
        "at his ranch on Thursday. Bush said Palestinian leader Yasser Arafat must do far more to stop terror."
    )
    visits = _visits(text, dt.date(2002, 4, 25))
    assert ("Yasser Arafat", "United States") not in visits
    assert ("Abdullah bin Abdulaziz", "United States") in visits


def test_after_an_arrival_elsewhere_the_story_stays_there() -> None:
    text = (
        "MOSCOW, March 18 — Russian President Vladimir Putin signed a treaty on Tuesday. "
        "The White House condemned the move. U.S. Vice President Joe Biden, who arrived in Warsaw on Tuesday, "
        "called the annexation a land grab. Standing beside Polish Prime Minister Donald Tusk after their talks, "
        "Biden said the costs for Moscow would rise."
    )
    visits = _visits(text, dt.date(2014, 3, 18))
    assert set(visits) == {("Joe Biden", "Poland")}
    no_place = text.replace("the costs for Moscow would rise", "the costs would rise")
    assert set(_visits(no_place, dt.date(2014, 3, 18))) == {("Joe Biden", "Poland")}


def test_a_leader_warned_or_informed_from_the_dateline_is_not_there() -> None:
    text = (
        "MEXICO CITY, Nov. 26 — Mexican President Claudia Sheinbaum warned U.S. President-elect Donald Trump "
        "on Tuesday that any tariff would be answered with tariffs of its own."
    )
    assert _visits(text, dt.date(2024, 11, 26)) == {}


def test_a_leader_who_might_attend_is_not_at_the_dateline_event() -> None:
    text = (
        "ALGIERS, Nov 1 — Arab leaders gathered in Algiers on Tuesday for the first Arab League summit in three "
        "years. The Algerian press had speculated that Moroccan King Mohammed VI might attend."
    )
    assert ("Mohammed VI", "Algeria") not in _visits(text, dt.date(2022, 11, 1))


def test_a_name_after_and_shares_the_role_of_the_name_before() -> None:
    informed = (
        "MOSCOW, Dec 6 — French President Francois Hollande, who had informed German Chancellor Angela Merkel and "
        "Ukrainian President Petro Poroshenko before taking off, met Russian President Vladimir Putin at the airport."
    )
    assert set(_visits(informed, dt.date(2014, 12, 6))) == {("Francois Hollande", "Russia")}
    met = (
        "MOSCOW, Dec 6 — Russian President Vladimir Putin met German Chancellor Angela Merkel and "
        "Ukrainian President Petro Poroshenko at the Kremlin."
    )
    assert set(_visits(met, dt.date(2014, 12, 6))) == {("Angela Merkel", "Russia"), ("Petro Poroshenko", "Russia")}


def test_a_trip_noun_and_its_place_may_stand_either_side_of_an_aside() -> None:
    text = (
        "U.S. Secretary of State Mike Pompeo arrived in Tashkent. Pompeo's tour, the first by a U.S. secretary "
        "of state to the region since 2015, began in Kyiv and Minsk last week."
    )
    assert set(_visits(text, dt.date(2020, 2, 3))) == {
        ("Mike Pompeo", "Uzbekistan"),
        ("Mike Pompeo", "Ukraine"),
        ("Mike Pompeo", "Belarus"),
    }


def test_a_place_set_off_after_a_name_may_carry_a_purpose() -> None:
    text = (
        "STOCKHOLM, May 18 — Sweden applied to join NATO. Turkish Foreign Minister Mevlut Cavusoglu, in New York "
        "for a United Nations meeting, held talks there with Secretary of State Antony Blinken."
    )
    assert ("Mevlut Cavusoglu", "United States") in _visits(text, dt.date(2022, 5, 18))


def test_briefing_counterparts_in_a_place_is_a_trip_there() -> None:
    text = "Irish Foreign Minister Micheal Martin will brief his EU counterparts in Luxembourg on Monday."
    assert _visits(text, dt.date(2008, 6, 14))["Micheal Martin", "Luxembourg"].status == "planned"


def test_the_leader_met_in_the_place_a_where_clause_hangs_on_travels_there_too() -> None:
    text = (
        "U.S. President Bill Clinton flies on to Geneva, where he is due to meet Syrian President "
        "Hafez al-Assad on Sunday."
    )
    visits = _visits(text, dt.date(2000, 3, 25))
    assert set(visits) == {("Bill Clinton", "Switzerland"), ("Hafez al-Assad", "Switzerland")}
    assert visits["Hafez al-Assad", "Switzerland"].status == "planned"
    legs = (
        "Secretary of State Antony Blinken flies on Tuesday to Kinshasa and on Wednesday to Kigali, where he is due "
        "to hold talks with Presidents Felix Tshisekedi and Paul Kagame respectively."
    )
    assert ("Felix Tshisekedi", "Rwanda") not in _visits(legs, dt.date(2022, 8, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani leader Pervez Musharraf told his guest that Pakistan was ready to talk to India at any level.",
        '"We hope the talks succeed," Russian President Vladimir Putin told a joint news conference, '
        "referring to Ukraine.",
    ],
)
def test_a_place_inside_what_is_said_after_the_trigger_is_no_destination(text: str) -> None:
    assert _visits(text, dt.date(2014, 10, 16)) == {}


def test_who_receives_a_guest_for_a_state_visit_is_the_host() -> None:
    text = (
        "SINGAPORE, May 31 (AFP) - Philippine President Ferdinand Marcos Jr. warned on Friday of an act of war.\n\n"
        "Marcos spoke at the end of a week that also took him to Brunei, where Sultan Hassanal Bolkiah "
        "received him for a two-day state visit."
    )
    visits = _visits(text, dt.date(2024, 5, 31))
    assert visits["Ferdinand Marcos Jr.", "Brunei"].hosts == ["Hassanal Bolkiah"]
    assert ("Hassanal Bolkiah", "Singapore") not in visits


def test_a_modifier_before_a_trip_noun_is_not_its_subject() -> None:
    text = "Venezuelan President Nicolas Maduro, who made a surprise trip to New York, said he would meet Trump."
    assert ("Nicolas Maduro", "United States") in _visits(text, dt.date(2018, 9, 27))


def test_standing_by_a_country_is_support_not_a_scene() -> None:
    text = (
        "Serbian President Tomislav Nikolic thanked Russia for standing by Serbia in its refusal to recognise "
        "the independence of Kosovo."
    )
    assert _visits(text, dt.date(2014, 10, 16)) == {}
    scene = "Standing beside Polish President Andrzej Duda in Warsaw, U.S. President Joe Biden said NATO was united."
    assert ("Joe Biden", "Poland") in _visits(scene, dt.date(2022, 3, 26))


def test_flying_home_from_a_place_just_named_goes_nowhere_else() -> None:
    text = (
        "Israel declared Brazil's President Luiz Inacio Lula da Silva unwelcome for comparing the war in Gaza "
        "with the Holocaust.\n\nLula made the remarks on Sunday at a news conference in Addis Ababa, where he had "
        "attended an African Union summit, and flew home that night."
    )
    visits = _visits(text, dt.date(2024, 2, 19))
    assert set(visits) == {("Luiz Inacio Lula da Silva", "Ethiopia")}
    after_the_event = (
        "SEOUL, Feb 10 - Leaders gathered for the opening of the Winter Games.\n\nJapanese Prime Minister "
        "Shinzo Abe, who met South Korean President Moon Jae-in on Friday, flew home after the opening ceremony."
    )
    assert ("Shinzo Abe", "South Korea") in _visits(after_the_event, dt.date(2018, 2, 10))


def test_a_who_clause_about_other_people_takes_its_trip_from_the_subject() -> None:
    text = (
        "PORT-AU-PRINCE, Aug 18 - Brazilian President Luiz Inacio Lula da Silva watched a football match on "
        "Wednesday.\n\nHe also urged the donors who pledged a billion dollars at a conference in Washington to "
        "keep their word."
    )
    assert set(_visits(text, dt.date(2004, 8, 18))) == {("Luiz Inacio Lula da Silva", "Haiti")}
    own = "Brazilian President Luiz Inacio Lula da Silva, who spoke at a conference in Washington, urged donors to pay."
    assert ("Luiz Inacio Lula da Silva", "United States") in _visits(own, dt.date(2004, 8, 18))


def test_the_leader_met_on_one_leg_does_not_go_on_to_the_next() -> None:
    text = (
        "Secretary of State Antony Blinken flies on Wednesday to Santiago, where he is to meet Chilean President "
        "Gabriel Boric, and then to Lima for a meeting of the Organization of American States."
    )
    visits = _visits(text, dt.date(2022, 10, 4))
    assert ("Gabriel Boric", "Peru") not in visits
    assert {("Antony Blinken", "Chile"), ("Antony Blinken", "Peru")} <= set(visits)


def test_a_leader_named_in_what_someone_told_reporters_after_a_meeting_is_talked_about() -> None:
    text = (
        "BEIRUT, Sept 11 - British Prime Minister Tony Blair held talks in Beirut on Monday.\n\n"
        "Israeli Prime Minister Ehud Olmert told reporters after the meeting that he was ready to meet "
        "Palestinian President Mahmoud Abbas without preconditions."
    )
    assert ("Mahmoud Abbas", "Lebanon") not in _visits(text, dt.date(2006, 9, 11))


def test_a_leader_still_to_come_is_no_guest_of_the_dateline_yet() -> None:
    text = (
        "BELGRADE, Oct 16 - Russian President Vladimir Putin watched a military parade in Belgrade on Thursday.\n\n"
        "He flies on to Milan for talks with Ukrainian President Petro Poroshenko. German Chancellor "
        "Angela Merkel is also due to take part in the talks, a Kremlin aide said."
    )
    assert ("Angela Merkel", "Serbia") not in _visits(text, dt.date(2014, 10, 16))
    guests = (
        "MEXICO CITY, Oct 1 - Claudia Sheinbaum was sworn in as Mexico's president on Tuesday.\n\n"
        "Brazil's President Luiz Inacio Lula da Silva and Colombia's Gustavo Petro are due to attend the ceremony."
    )
    visits = _visits(guests, dt.date(2024, 9, 30))
    assert visits["Gustavo Petro", "Mexico"].status == "planned"


def test_flying_into_a_capital_is_a_trip_there_but_troops_crossing_into_a_country_are_not() -> None:
    assert ("Frank-Walter Steinmeier", "Ukraine") in _visits(
        "German Foreign Minister Frank-Walter Steinmeier flew into Kiev on Thursday.", dt.date(2014, 2, 21)
    )
    text = (
        "Austrian Chancellor Karl Nehammer is the first EU leader to meet Russian President Vladimir Putin "
        "since Russian troops crossed into Ukraine."
    )
    assert ("Vladimir Putin", "Ukraine") not in _visits(text, dt.date(2022, 4, 11))


def test_the_he_of_an_opening_where_clause_is_the_subject_named_after_it() -> None:
    text = (
        "French President Emmanuel Macron spoke in Dresden on Monday.\n\nIn Tashkent, where he was on a state "
        "visit to Uzbekistan, Russian President Vladimir Putin warned NATO members."
    )
    visits = _visits(text, dt.date(2024, 5, 28))
    assert ("Vladimir Putin", "Uzbekistan") in visits
    assert ("Emmanuel Macron", "Uzbekistan") not in visits
    titled = (
        "U.N. Ambassador Susan Rice spoke in New York.\n\nIn Munich, where she was attending a security "
        "conference, Secretary of State Hillary Clinton called the vetoes a travesty."
    )
    assert set(_visits(titled, dt.date(2012, 2, 4))) == {("Hillary Clinton", "Germany")}


def test_a_forum_the_host_was_hosting_is_attended_by_the_guests_named_after_it() -> None:
    text = (
        "Dutch Prime Minister Mark Rutte spoke in The Hague on Friday.\n\nIn St Petersburg, where he was hosting "
        "an economic forum attended by French President Emmanuel Macron and Japanese Prime Minister Shinzo Abe, "
        "President Vladimir Putin answered questions."
    )
    visits = _visits(text, dt.date(2018, 5, 25))
    assert {("Emmanuel Macron", "Russia"), ("Shinzo Abe", "Russia")} <= set(visits)
    assert visits["Shinzo Abe", "Russia"].hosts == ["Vladimir Putin"]
    assert not any(visitor == "Vladimir Putin" for visitor, _ in visits)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kremlin spokesman Dmitry Peskov declined to comment on the visit.",
        "Saudi Foreign Minister Prince Faisal bin Farhan said on Twitter that the visit had been postponed.",
    ],
)
def test_a_trip_noun_someone_talks_about_is_not_their_trip(sentence: str) -> None:
    text = f"Iraqi Prime Minister Mustafa al-Kadhimi arrived in Tehran on Tuesday.\n\n{sentence}"
    assert set(_visits(text, dt.date(2020, 7, 21))) == {("Mustafa al-Kadhimi", "Iran")}


def test_coming_to_a_place_from_another_is_two_legs_but_coming_as_is_no_trip() -> None:
    text = (
        "Indian Prime Minister Narendra Modi came to Kyiv from Warsaw, where on Thursday he held talks with "
        "Prime Minister Donald Tusk."
    )
    assert set(_visits(text, dt.date(2024, 8, 23))) == {("Narendra Modi", "Ukraine"), ("Narendra Modi", "Poland")}
    aside = "Mexican President Andres Manuel Lopez Obrador came under fire over a speech he gave in Lima."
    assert _visits(aside, dt.date(2022, 12, 14)) == {}


def test_a_place_in_a_deed_someone_is_thanked_for_does_not_move_the_scene() -> None:
    text = (
        "HAVANA, Nov 29 (Reuters) - Leaders gathered in Revolution Square on Tuesday for a memorial to Fidel "
        "Castro.\n\nCuban President Raul Castro closed the ceremony.\n\nSouth Africa's President Jacob Zuma "
        "thanked Cuba for sending troops to fight the apartheid-era army in Angola."
    )
    assert ("Jacob Zuma", "Cuba") in _visits(text, dt.date(2016, 11, 29))


def test_a_city_before_a_noun_after_an_article_is_still_the_place() -> None:
    text = "Israeli adviser Shalom Turgeman spent Monday in an Istanbul hotel with the Syrian envoy."
    assert set(_visits(text, dt.date(2008, 5, 21))) == {("Shalom Turgeman", "Turkey")}


def test_an_ambassador_is_posted_where_the_story_happens_not_visiting() -> None:
    text = "U.S. Ambassador Rahm Emanuel attended a memorial service at a Tokyo temple on Saturday."
    assert _visits(text, dt.date(2022, 7, 16)) == {}


def test_guests_expected_at_the_datelines_event_are_planned_visitors() -> None:
    text = (
        "BORGO EGNAZIA, Italy, June 13 - Group of Seven leaders opened their summit in southern Italy on Thursday.\n\n"
        "Migration is to be discussed on Friday. Pope Francis will then become the first pontiff to attend a G7 "
        "meeting. Brazilian President Luiz Inacio Lula da Silva is also expected on Friday."
    )
    visits = _visits(text, dt.date(2024, 6, 13))
    assert visits["Luiz Inacio Lula da Silva", "Italy"].status == "planned"
    assert visits["Pope Francis", "Italy"].status == "planned"


def test_a_meeting_told_later_in_a_story_set_nowhere_in_particular_brings_no_one_to_the_dateline() -> None:
    text = (
        "NAIROBI, March 12 - Kenya put on hold its plan to lead a police force to Haiti on Tuesday.\n\n"
        "Kenyan officials said the force would wait for a new government.\n\n"
        "The officers had been ready to fly out. Their families were relieved.\n\n"
        "The decision followed talks in Kingston on Monday.\n\n"
        "Guyanese President Irfaan Ali announced afterwards that the bloc had agreed on a transition."
    )
    assert ("Irfaan Ali", "Kenya") not in _visits(text, dt.date(2024, 3, 12))


def test_a_dateline_town_named_with_its_country_last_is_in_that_country() -> None:
    text = (
        "ANTIGUA GUATEMALA, March 24 (Reuters) - Guatemalan President Otto Perez Molina urged Central America "
        "to debate drug policy on Saturday at a summit attended by Costa Rican President Laura Chinchilla."
    )
    assert set(_visits(text, dt.date(2012, 3, 24))) == {("Laura Chinchilla", "Guatemala")}


def test_himself_after_a_name_is_that_leader_and_one_expected_where_a_summit_is_travels_there() -> None:
    text = (
        "Chinese President Xi Jinping is expected in India later this month, and Indian Prime Minister Narendra "
        "Modi himself is due in the United States at the end of September."
    )
    visits = _visits(text, dt.date(2014, 9, 2))
    assert set(visits) == {("Xi Jinping", "India"), ("Narendra Modi", "United States")}
    awaited = (
        "Guatemalan President Otto Perez Molina said he would take the proposals to the summit in Cartagena, "
        "where U.S. President Barack Obama is also expected."
    )
    assert ("Barack Obama", "Colombia") in _visits(awaited, dt.date(2012, 3, 24))


def test_a_participle_after_a_plural_noun_is_that_nouns_trip() -> None:
    text = (
        "HAVANA, Sept 16 - Leaders of the Non-Aligned Movement met in Havana on Saturday.\n\nIn Washington, "
        "State Department spokesman Sean McCormack said he hoped the leaders visiting Havana would press for reform."
    )
    assert ("Sean McCormack", "Cuba") not in _visits(text, dt.date(2006, 9, 16))


@pytest.mark.parametrize(
    "sentence",
    [
        "The AU suspended Egypt after the army removed Islamist President Mohammed Morsi.",
        "Cuban President Raul Castro has ruled since succeeding his brother Fidel Castro.",
    ],
)
def test_a_leader_the_story_recalls_by_a_fate_or_a_succession_is_no_guest(sentence: str) -> None:
    text = (
        "MALABO, June 26 - African leaders opened their summit in Equatorial Guinea on Thursday.\n\n"
        f"Egyptian President Abdel Fattah al-Sisi attended. {sentence}"
    )
    visits = _visits(text, dt.date(2014, 6, 26))
    assert ("Abdel Fattah al-Sisi", "Equatorial Guinea") in visits
    assert not {("Mohammed Morsi", "Equatorial Guinea"), ("Fidel Castro", "Equatorial Guinea")} & set(visits)


def test_a_bare_congo_is_the_democratic_republic_unless_the_smaller_one_is_named_in_full() -> None:
    kinshasa = "date 2022-06-08\nKING Philippe of Belgium will travel to Congo next week, the palace said."
    visits = parse_article(kinshasa).to_expectation().visits
    assert [(v.visitor, v.destination) for v in visits] == [("Philippe of Belgium", "Democratic Republic of Congo")]
    brazzaville = (
        "date 2013-03-25\nChinese President Xi Jinping will visit the Republic of Congo on Friday. "
        "In Congo, he will open a hospital."
    )
    visits = parse_article(brazzaville).to_expectation().visits
    assert {v.destination for v in visits} == {"Republic of Congo"}


def test_a_summit_in_a_clause_of_its_own_is_attended_only_by_that_clauses_people() -> None:
    text = (
        "date 2024-01-21\nSomali President Hassan Sheikh Mohamud arrived in Cairo on Sunday. Earlier this month "
        "he flew to Asmara for talks with Eritrean President Isaias Afwerki, and on Thursday he attended a summit "
        "of the East African bloc IGAD in Kampala."
    )
    visits = parse_article(text).to_expectation().visits
    assert {(v.visitor, v.destination) for v in visits if v.destination == "Uganda"} == {
        ("Hassan Sheikh Mohamud", "Uganda")
    }


def test_the_european_parliaments_president_is_at_home_in_brussels() -> None:
    text = (
        "date 2010-03-01\nBRUSSELS, March 1 — Ukrainian President Viktor Yanukovich held talks with the speaker "
        "of the European Parliament, Jerzy Buzek."
    )
    visits = parse_article(text).to_expectation().visits
    assert [v.visitor for v in visits] == ["Viktor Yanukovich"]


def test_legs_listed_after_a_dated_stop_are_further_stops() -> None:
    text = (
        "date 2018-02-14\nU.S. Secretary of State Rex Tillerson heads to Amman later on Wednesday "
        "and then to Beirut and Ankara."
    )
    visits = parse_article(text).to_expectation().visits
    assert [v.destination for v in visits] == ["Jordan", "Lebanon", "Turkey"]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Lopez Obrador travelled to Guatemala, where he met President Alejandro Giammattei, and to El Salvador.",
            "Alejandro Giammattei",
        ),
        ("Orban went to Kyiv to meet Volodymyr Zelensky and to Moscow to see Putin.", "Volodymyr Zelensky"),
        ("In Belize he met Prime Minister John Briceño before flying on to Havana.", "John Briceño"),
    ],
)
def test_those_met_do_not_travel_on_to_the_next_leg(text: str, met: str) -> None:
    visits = parse_article("date 2022-05-08\n" + text).to_expectation().visits
    assert met not in {v.visitor for v in visits}


def test_those_met_where_the_traveller_flies_on_to_are_still_visited() -> None:
    text = "date 2000-03-25\nClinton flies on to Geneva, where he is due to meet Syrian President Hafez al-Assad."
    visits = parse_article(text).to_expectation().visits
    assert ("Hafez al-Assad", "Switzerland") in {(v.visitor, v.destination) for v in visits}


def test_one_who_chairs_a_summit_somewhere_is_there_but_chairing_a_body_is_no_trip() -> None:
    chairs = (
        "date 2008-08-26\nFrench President Nicolas Sarkozy will chair an emergency summit of EU leaders in Brussels."
    )
    assert [(v.visitor, v.destination) for v in parse_article(chairs).to_expectation().visits] == [
        ("Nicolas Sarkozy", "Belgium")
    ]
    body = (
        "date 2002-07-30\nSouth African President Thabo Mbeki, whose country chairs the African Union in Durban, spoke."
    )
    assert not parse_article(body).to_expectation().visits


@pytest.mark.parametrize(
    "text",
    [
        "Briefing reporters in Thimphu, Indian Foreign Secretary Sujatha Singh said India would finish the dams.",
        "Indian Foreign Secretary Sujatha Singh, briefing reporters in Thimphu, said India would finish the dams.",
    ],
)
def test_one_briefing_reporters_somewhere_is_there(text: str) -> None:
    visits = parse_article("date 2014-06-16\n" + text).to_expectation().visits
    assert [(v.visitor, v.destination) for v in visits] == [("Sujatha Singh", "Bhutan")]


def test_a_guest_hosted_under_a_title_with_of_visits() -> None:
    text = "date 2022-03-28\nForeign Minister Yair Lapid hosted U.S. Secretary of State Antony Blinken in Jerusalem."
    visits = parse_article(text).to_expectation().visits
    assert [(v.visitor, v.destination) for v in visits] == [("Antony Blinken", "Israel")]


def test_those_expected_to_attend_go_where_the_meeting_just_named_is_held() -> None:
    text = (
        "date 2008-09-11\nChilean President Michelle Bachelet called an emergency meeting of the bloc's leaders in "
        "Santiago on Monday to discuss the situation in Bolivia. Bolivian President Evo Morales and Venezuelan "
        "President Hugo Chavez are both expected to attend, Chilean officials said."
    )
    visits = parse_article(text).to_expectation().visits
    assert {(v.visitor, v.destination) for v in visits} == {("Evo Morales", "Chile"), ("Hugo Chavez", "Chile")}


def test_a_lead_about_delegates_makes_a_gathering() -> None:
    text = (
        "BONN, June 14 — Nearly 200 countries approved a climate text on Friday after the chair gavelled it "
        'through.\n\n"Nobody has a veto," the chair told tired delegates shortly before dawn.\n\n'
        "The text sets up a fund. It also sets a goal for money. Rich nations will pay most of it.\n\n"
        "India's environment minister, Jairam Ramesh, said the deal had restored trust."
    )
    assert ("Jairam Ramesh", "Germany") in _visits(text, dt.date(2010, 6, 14))


def test_a_home_dateline_over_a_lead_that_sends_its_leader_abroad_is_only_where_the_story_was_filed() -> None:
    text = (
        "PARIS, Sept 9 — Russian troops will leave Georgia within a month under a deal struck in Moscow by "
        "French President Nicolas Sarkozy, who flew on to Tbilisi the same evening.\n\n"
        "Sarkozy travelled with European Commission President Jose Manuel Barroso. The two men spent four hours "
        "with Russian President Dmitry Medvedev."
    )
    visits = _visits(text, dt.date(2008, 9, 9))
    assert not [key for key in visits if key[1] == "France"]


def test_the_country_whose_objections_are_overridden_is_no_destination() -> None:
    text = (
        "Mexico's foreign minister, Patricia Espinosa, who chaired the talks, gavelled the text through over the "
        "objections of Bolivia."
    )
    assert ("Patricia Espinosa", "Bolivia") not in _visits(text, dt.date(2010, 12, 11))


def test_a_lead_about_a_ceremony_makes_a_gathering() -> None:
    text = (
        "CAEN, France, June 6 — Veterans and heads of state marked the anniversary on the beaches on Sunday.\n\n"
        "French President Jacques Chirac opened a ceremony at the cemetery in the morning.\n\n"
        "The wind was cold. Thousands watched from the dunes. Flags flew at half mast.\n\n"
        "Canadian Prime Minister Paul Martin said the soldiers of his country would never be forgotten."
    )
    assert ("Paul Martin", "France") in _visits(text, dt.date(2004, 6, 6))


def test_a_relative_clause_after_names_apposed_to_a_plural_title_sends_them_all() -> None:
    text = (
        "TALLINN, Estonia — President Barack Obama spoke in Tallinn on Wednesday. The weather was fine. "
        "Crowds lined the streets. Security was tight.\n\n"
        "Later the presidents of Lithuania and Latvia, Dalia Grybauskaite and Andris Berzins, "
        "who had flown in for the occasion, said they shared that view."
    )
    visits = _visits(text, dt.date(2014, 9, 3))
    assert {("Dalia Grybauskaite", "Estonia"), ("Andris Berzins", "Estonia")} <= set(visits)
    text = (
        "Blinken met Prime Minister Garry Conille and Edgard Leblanc Fils, who flew in from Miami, in Port-au-Prince."
    )
    assert ("Garry Conille", "United States") not in _visits(text, dt.date(2024, 9, 5))


def test_at_a_gathering_a_place_in_what_someone_says_is_talked_about_not_where_they_are() -> None:
    text = (
        "SIRTE, Libya, March 27 — Arab leaders opened their annual summit on Saturday.\n\n"
        "The hall was full. Security was tight. Delegates arrived late.\n\n"
        "Palestinian President Mahmoud Abbas said he would not return to talks while building went on in "
        "East Jerusalem."
    )
    assert ("Mahmoud Abbas", "Libya") in _visits(text, dt.date(2010, 3, 27))


def test_a_journey_that_takes_someone_to_places_sends_them_to_each() -> None:
    text = (
        "Addis Ababa is the last stop of a tour that took German Chancellor Angela Merkel to Mali on Sunday "
        "and Niger on Monday."
    )
    visits = _visits(text, dt.date(2016, 10, 11))
    assert {("Angela Merkel", "Mali"), ("Angela Merkel", "Niger")} <= set(visits)
    assert visits["Angela Merkel", "Niger"].status == "completed"
    text = (
        "Chinese President Hu Jintao leaves Washington for Saudi Arabia on Saturday, the first stop of a swing that "
        "will also take him to Morocco and Kenya."
    )
    visits = _visits(text, dt.date(2006, 4, 21))
    assert visits["Hu Jintao", "Kenya"].status == "planned"


def test_an_aide_with_a_leader_for_the_whole_tour_makes_every_leg() -> None:
    text = (
        "SEOUL — Australian Prime Minister Tony Abbott arrived in Seoul from Tokyo on Tuesday. He flies to China "
        "on Thursday.\n\nTrade Minister Andrew Robb, who is travelling with Abbott for the whole tour, said the "
        "deal was a priority."
    )
    visits = _visits(text, dt.date(2014, 4, 8))
    assert {("Andrew Robb", "South Korea"), ("Andrew Robb", "Japan"), ("Andrew Robb", "China")} <= set(visits)


def test_visiting_a_foreign_leader_is_a_trip_to_that_leaders_country() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman visited King Hamad bin Isa Al Khalifa of Bahrain on Sunday "
        "before flying on."
    )
    visits = _visits(text, dt.date(2018, 11, 28))
    assert visits["Mohammed bin Salman", "Bahrain"].status == "completed"


def test_leaders_who_crossed_into_a_country_are_there_but_troops_crossing_take_no_one() -> None:
    text = (
        "Biden met the foreign and defence ministers of Ukraine, Dmytro Kuleba and Oleksii Reznikov, "
        "who had crossed into Poland for the talks."
    )
    visits = _visits(text, dt.date(2022, 3, 26))
    assert {("Dmytro Kuleba", "Poland"), ("Oleksii Reznikov", "Poland")} <= set(visits)
    text = (
        "Austrian Chancellor Karl Nehammer met Putin, the first such meeting since Russian troops crossed into Ukraine."
    )
    assert ("Karl Nehammer", "Ukraine") not in _visits(text, dt.date(2022, 4, 11))


def test_two_relative_clauses_about_the_traveller_do_not_hide_him() -> None:
    text = (
        "French President Nicolas Sarkozy, whose country holds the EU presidency and who brokered the ceasefire, "
        "will chair Monday's meeting of the 27 leaders in Brussels."
    )
    assert _visits(text, dt.date(2008, 8, 28))["Nicolas Sarkozy", "Belgium"].status == "planned"


def test_whether_to_travel_is_no_trip_yet() -> None:
    text = "German Chancellor Angela Merkel would decide at short notice whether to travel to Ukraine for the final."
    assert ("Angela Merkel", "Ukraine") not in _visits(text, dt.date(2012, 5, 2))
    text = "Australian Prime Minister Anthony Albanese declined to say whether he would visit China this year."
    assert ("Anthony Albanese", "China") not in _visits(text, dt.date(2022, 11, 15))


def test_the_first_leg_of_a_tour_that_began_somewhere_is_over() -> None:
    text = (
        "PRETORIA, July 8 — Indian Prime Minister Narendra Modi held talks in Pretoria on Friday, the second stop "
        "of a four-nation tour of Africa that began in Mozambique on Thursday."
    )
    visits = _visits(text, dt.date(2016, 7, 8))
    assert visits["Narendra Modi", "Mozambique"].status == "completed"
    text = (
        "Chinese Premier Li Keqiang met Australian leaders on Sunday. Li's four-day trip began in Adelaide on Saturday."
    )
    assert _visits(text, dt.date(2014, 4, 13))["Li Keqiang", "Australia"].status in ("ongoing", "completed")
    text = "Japanese Prime Minister Fumio Kishida, on his first trip abroad, began on Friday in Indonesia."
    assert _visits(text, dt.date(2022, 5, 2))["Fumio Kishida", "Indonesia"].status == "completed"


def test_the_four_leaders_are_the_heads_named_last() -> None:
    text = (
        "PUERTO IGUAZU, Argentina — Argentine President Nestor Kirchner hosted Brazilian President Luiz Inacio Lula "
        "da Silva, Bolivian President Evo Morales and Venezuelan President Hugo Chavez on Thursday.\n\n"
        "The four leaders are due to meet again next week in Vienna for a summit with the European Union."
    )
    visits = _visits(text, dt.date(2006, 5, 4))
    assert {visitor for visitor, destination in visits if destination == "Austria"} == {
        "Nestor Kirchner",
        "Luiz Inacio Lula da Silva",
        "Evo Morales",
        "Hugo Chavez",
    }
    to_vienna = [v for v in parse_article(text, date=dt.date(2006, 5, 4)).visits if v.destination == "AUT"]
    assert len(to_vienna) == 4
    assert all(v.evidence[0].quote.startswith("The four leaders") for v in to_vienna)


def test_the_bare_count_as_a_subject_is_the_leaders_named_last() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez hosted Portuguese Prime Minister Antonio Costa and Greek Prime "
        "Minister Kyriakos Mitsotakis in Madrid on Thursday.\n\n"
        "The three will fly to Brussels next week for a summit, where they hope to win support for the plan."
    )
    visits = _visits(text, dt.date(2022, 3, 4))
    assert {visitor for visitor, destination in visits if destination == "Belgium"} == {
        "Pedro Sanchez",
        "Antonio Costa",
        "Kyriakos Mitsotakis",
    }
    # "the two" here counts countries, not the leaders the story named.
    text = (
        "Spanish Prime Minister Pedro Sanchez hosted Portuguese Prime Minister Antonio Costa in Madrid on Thursday. "
        "Of their disputes, the two that matter most will go to Brussels next week."
    )
    assert not any(destination == "Belgium" for _, destination in _visits(text, dt.date(2022, 3, 4)))


def test_a_leader_met_where_a_guest_came_from_and_a_leader_who_telephoned_are_not_at_the_gathering() -> None:
    text = (
        "DEAD SEA, Jordan — Donors met at a conference on aid for Gaza on Tuesday.\n\n"
        "U.S. Secretary of State Antony Blinken, who arrived from Israel where he met Prime Minister Benjamin "
        "Netanyahu on Monday, announced new aid."
    )
    assert ("Benjamin Netanyahu", "Jordan") not in _visits(text, dt.date(2024, 6, 11))
    text = (
        "BUENOS AIRES — South American presidents gathered at the funeral of Nestor Kirchner on Thursday.\n\n"
        "U.S. President Barack Obama telephoned Cristina Fernandez to offer his condolences."
    )
    assert ("Barack Obama", "Argentina") not in _visits(text, dt.date(2010, 10, 28))


def test_a_line_that_ends_on_a_foreign_place_in_a_gathering_story_is_read() -> None:
    text = (
        "Putin scraps Paris trip after Hollande limits talks to Syria\n\n"
        "MOSCOW/PARIS, Oct 11 (Reuters) - Russian President Vladimir Putin has called off a visit to Paris, "
        "after French President Francois Hollande said he would receive him only for talks on Syria."
    )
    assert ("Vladimir Putin", "France") in _visits(text, dt.date(2016, 10, 11))  # and no IndexError


def test_a_ceremony_long_past_in_the_lead_makes_no_gathering_of_the_story() -> None:
    text = (
        "ROME, June 1 (Reuters) - Chinese President Xi Jinping told Italian Prime Minister Mario Draghi on Friday "
        "that trade should not be held hostage to politics.\n\n"
        "The Chinese leader, sworn in for a third term on May 7, is on his first tour since then.\n\n"
        "Trade between the two countries fell last year.\n\n"
        "Italy joined the Belt and Road scheme in 2019.\n\n"
        "A Chinese spokesman described the earlier talks with German Chancellor Olaf Scholz as constructive."
    )
    visits = _visits(text, dt.date(2023, 6, 2))
    assert ("Xi Jinping", "Italy") in visits
    assert ("Olaf Scholz", "Italy") not in visits


def test_a_summit_with_the_leaders_of_the_united_states_is_not_held_there() -> None:
    text = (
        "OTTAWA, March 31 — Prime Minister Stephen Harper will use his first summit with the leaders of the "
        "United States and Mexico next week to press President George W. Bush on lumber."
    )
    assert ("Stephen Harper", "United States") not in _visits(text, dt.date(2006, 3, 31))


def test_a_leader_pressed_in_a_datelined_lead_is_not_present() -> None:
    text = (
        "OTTAWA, March 31 — Prime Minister Stephen Harper said on Friday he would press President George W. Bush "
        "on lumber when they next meet."
    )
    assert ("George W. Bush", "Canada") not in _visits(text, dt.date(2006, 3, 31))


def test_both_leaders_travel_as_the_two_heads_named_last() -> None:
    text = (
        "STOCKHOLM, Jan 30 — French President Emmanuel Macron met Swedish Prime Minister Ulf Kristersson on "
        "Tuesday.\n\nBoth leaders will be in Brussels on Thursday for an emergency EU summit."
    )
    visits = _visits(text, dt.date(2024, 1, 30))
    assert visits[("Emmanuel Macron", "Belgium")].status == "planned"
    assert visits[("Ulf Kristersson", "Belgium")].status == "planned"


def test_an_aide_travelling_with_a_leader_now_shares_the_leg_under_way_not_one_announced() -> None:
    text = (
        "STOCKHOLM, Jan 30 — French President Emmanuel Macron met Swedish Prime Minister Ulf Kristersson on "
        "Tuesday.\n\nMacron will be in Brussels on Thursday for an emergency EU summit.\n\n"
        "Foreign Minister Stephane Sejourne, who is travelling with Macron, met his Swedish counterpart."
    )
    visits = _visits(text, dt.date(2024, 1, 30))
    assert visits[("Stephane Sejourne", "Sweden")].status == "ongoing"
    assert ("Stephane Sejourne", "Belgium") not in visits


def test_a_trip_noun_belongs_to_its_possessor_not_to_the_subject_of_the_clause() -> None:
    text = "Foreign Minister Sushma Swaraj of India prepared the ground for Narendra Modi's visit to Kathmandu."
    visits = _visits(text, dt.date(2014, 8, 3))
    assert ("Narendra Modi", "Nepal") in visits
    assert ("Sushma Swaraj", "Nepal") not in visits


def test_a_thing_that_was_due_to_go_somewhere_is_no_trip() -> None:
    text = (
        "Chilean President Michelle Bachelet took over the union's rotating presidency, which had been due to go "
        "to Colombia."
    )
    assert ("Michelle Bachelet", "Colombia") not in _visits(text, dt.date(2008, 5, 23))


def test_a_united_nations_dateline_places_the_story_at_the_seat_in_new_york() -> None:
    text = (
        "UNITED NATIONS, March 31 (Reuters) — Haitian Prime Minister Jean-Max Bellerive presented his "
        "government's recovery plan to donors on Wednesday."
    )
    visits = _visits(text, dt.date(2010, 3, 31))
    assert visits[("Jean-Max Bellerive", "United States")].status == "ongoing"


def test_a_summit_held_though_one_leader_called_off_his_trip_still_has_its_guests() -> None:
    text = (
        "TUNIS, March 28 — Arab leaders opened their summit on Sunday after Libyan leader Muammar Gaddafi "
        "called off his trip at the last minute.\n\n"
        "Egyptian President Hosni Mubarak said the region needed reform."
    )
    visits = _visits(text, dt.date(2004, 3, 28))
    assert visits[("Hosni Mubarak", "Tunisia")].status == "ongoing"


def test_he_after_a_who_clause_about_an_object_is_the_one_it_describes() -> None:
    text = (
        "NAYPYITAW, Nov 13 — U.S. President Barack Obama praised Myanmar's reforms on Thursday.\n\n"
        "The summit caps a diplomatic debut for Indonesian President Joko Widodo, who held his first talks "
        "with Chinese President Xi Jinping in Beijing on Sunday. He flies to Brisbane on Saturday."
    )
    visits = _visits(text, dt.date(2014, 11, 13))
    assert visits[("Joko Widodo", "Australia")].status == "planned"
    assert ("Barack Obama", "Australia") not in visits


def test_names_each_followed_by_of_and_a_country_are_still_coordinated() -> None:
    text = "Subrahmanyam Jaishankar of India and Wang Yi of China met in Moscow on Thursday."
    visits = _visits(text, dt.date(2020, 9, 10))
    assert ("Subrahmanyam Jaishankar", "Russia") in visits
    assert ("Wang Yi", "Russia") in visits


def test_a_place_in_the_name_of_a_news_outlet_is_no_destination() -> None:
    text = (
        "JERUSALEM, April 9 — Deputy Prime Minister Dan Meridor will lead the delegation.\n\n"
        "Meridor spoke to Israel Radio on Friday morning."
    )
    assert not any(destination == "Israel" for _, destination in _visits(text, dt.date(2010, 4, 9)))


def test_would_leave_for_places_plans_a_trip_to_each() -> None:
    visits = _visits(
        "The State Department said Secretary of State Condoleezza Rice would leave for Tokyo and Seoul next week."
    )
    assert {key: visit.status for key, visit in visits.items()} == {
        ("Condoleezza Rice", "Japan"): "planned",
        ("Condoleezza Rice", "South Korea"): "planned",
    }


def test_leaving_a_place_without_for_is_no_trip() -> None:
    text = "French President Jacques Chirac said Israel would leave Gaza but keep parts of the West Bank."
    assert _visits(text) == {}


def test_flying_between_places_visits_each_of_them() -> None:
    visits = _visits(
        "Japanese Foreign Minister Taro Kono spent Thursday flying between Hanoi, Bangkok and Manila to rally support."
    )
    assert set(visits) == {("Taro Kono", "Vietnam"), ("Taro Kono", "Thailand"), ("Taro Kono", "Philippines")}


def test_talks_between_countries_send_nobody_there() -> None:
    text = "Japanese Foreign Minister Taro Kono said talks between Vietnam and Thailand would go on in Tokyo."
    assert _visits(text) == {}


def test_before_flying_on_the_subject_of_the_clause_travels_not_the_one_he_saw() -> None:
    text = (
        "On Thursday German Chancellor Olaf Scholz stopped in Senegal to see President Macky Sall before flying "
        "to Niger for talks with President Mohamed Bazoum."
    )
    assert set(_visits(text)) == {("Olaf Scholz", "Senegal"), ("Olaf Scholz", "Niger")}


def test_a_gathering_weeks_before_the_story_puts_nobody_at_the_dateline() -> None:
    text = (
        "JAKARTA, July 20 — Southeast Asian nations on Friday endorsed a code of conduct, two weeks after their "
        "foreign ministers failed for the first time in the group's history to agree on a joint communique.\n\n"
        "The code was drafted by Indonesia. It sets out six principles. Diplomats called it a relief.\n\n"
        "Cambodian Foreign Minister Hor Namhong said the code proved the group was united."
    )
    assert _visits(text, dt.date(2012, 7, 20)) == {}


def test_flying_back_to_a_city_is_the_way_home_not_a_visit() -> None:
    text = "Pope Francis is due to say Mass at a stadium in Lisbon before flying back to Rome on Sunday."
    assert ("Pope Francis", "Italy") not in _visits(text)


def test_speaking_by_video_link_to_a_conference_abroad_is_no_trip() -> None:
    text = (
        "Taiwanese President Tsai Ing-wen, speaking by video link on Saturday to a forum of overseas Taiwanese "
        "in Tokyo, said the island would not bow to pressure."
    )
    assert _visits(text) == {}


def test_a_speaker_saying_that_the_visit_to_a_place_did_something_is_not_on_it() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met Joe Biden in Washington on Friday. In Tokyo, Chief Cabinet "
        "Secretary Hirokazu Matsuno said Japan stood with its allies and that the visit to Washington had gone well."
    )
    assert ("Hirokazu Matsuno", "United States") not in _visits(text)


def test_a_place_after_access_to_is_where_aid_goes_not_a_trip() -> None:
    text = (
        "British Prime Minister Theresa May said she would use the visit to press for full humanitarian access to "
        "Yemen."
    )
    assert ("Theresa May", "Yemen") not in _visits(text)


def test_in_a_place_where_he_was_then_his_name_places_him_there() -> None:
    text = (
        "Cuban President Fidel Castro resigned. His brother Raul Castro made no comment on Tuesday.\n\n"
        "In Kigali, where he was on the third leg of an African tour, President George W. Bush said the "
        "news should be the start of a transition."
    )
    assert set(_visits(text, dt.date(2008, 2, 19))) == {("George W. Bush", "Rwanda")}


def test_a_present_tense_meeting_after_when_on_a_weekday_is_still_to_come() -> None:
    text = (
        "German Foreign Minister Frank-Walter Steinmeier said he would raise the affair with Secretary of State "
        "John Kerry when the two meet in Vienna on Sunday."
    )
    visits = _visits(text, dt.date(2014, 7, 10))
    assert visits["Frank-Walter Steinmeier", "Austria"].status == "planned"
    assert visits["Frank-Walter Steinmeier", "Austria"].date == dt.date(2014, 7, 13)


def test_the_two_who_meet_are_the_two_leaders_the_sentence_named() -> None:
    text = (
        "German Foreign Minister Frank-Walter Steinmeier said he would raise the affair with Secretary of State "
        "John Kerry when the two meet in Vienna on Sunday."
    )
    assert set(_visits(text, dt.date(2014, 7, 10))) == {
        ("Frank-Walter Steinmeier", "Austria"),
        ("John Kerry", "Austria"),
    }


def test_for_a_visit_after_a_trip_just_placed_is_that_trip_not_one_to_the_dateline() -> None:
    text = (
        "BRASILIA, Sept 1 (Reuters) - South American presidents met on Friday. U.S. President Bill Clinton flew "
        "to the Colombian port of Cartagena on Wednesday for a visit."
    )
    assert set(_visits(text, dt.date(2000, 9, 1))) == {("Bill Clinton", "Colombia")}


def test_a_trip_to_a_territory_of_ones_own_state_is_no_visit() -> None:
    text = (
        "French President Emmanuel Macron spent four hours in Haiti on Friday before flying on to the French "
        "Caribbean island of Martinique."
    )
    assert set(_visits(text)) == {("Emmanuel Macron", "Haiti")}


def test_a_trip_meant_as_a_signal_to_a_capital_goes_nowhere_near_it() -> None:
    text = (
        "Iranian President Mahmoud Ahmadinejad arrived in Kabul on Friday. Diplomats said Ahmadinejad's trip was "
        "intended as a signal to Washington."
    )
    assert set(_visits(text)) == {("Mahmoud Ahmadinejad", "Afghanistan")}


def test_visiting_both_of_two_places_visits_each() -> None:
    text = "Secretary of State Condoleezza Rice is expected to visit both Islamabad and New Delhi next week."
    assert set(_visits(text, dt.date(2006, 3, 1))) == {("Condoleezza Rice", "Pakistan"), ("Condoleezza Rice", "India")}


def test_the_two_who_will_meet_are_the_two_leaders_the_sentence_named() -> None:
    text = (
        "German Foreign Minister Frank-Walter Steinmeier said he had spoken to Secretary of State John Kerry, "
        "and the two will meet in Vienna on Sunday."
    )
    assert set(_visits(text, dt.date(2014, 7, 10))) == {
        ("Frank-Walter Steinmeier", "Austria"),
        ("John Kerry", "Austria"),
    }


def test_a_country_answering_from_home_is_not_at_the_gathering() -> None:
    text = (
        "CAIRO, Feb. 6 — Arab foreign ministers at an emergency conference in Cairo agreed on Monday to send monitors "
        "to Yemen. "
        "Jordanian Foreign Minister Ayman Safadi said the monitors would leave within a week.\n\n"
        "The reaction from Iran was scathing. Foreign Minister Hossein Amir-Abdollahian said the monitors "
        "would achieve nothing, and he accused the League of taking sides.\n\n"
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani, who chaired the meeting, said he was hopeful."
    )
    visits = set(_visits(text, dt.date(2023, 2, 6)))
    assert ("Ayman Safadi", "Egypt") in visits
    assert ("Mohammed bin Abdulrahman Al Thani", "Egypt") in visits
    assert not any(visitor == "Hossein Amir-Abdollahian" for visitor, _ in visits)


def test_flying_home_from_a_summit_abroad_completes_a_visit_there() -> None:
    text = (
        "VILNIUS, July 14 - Lithuanian President Gitanas Nauseda, who flew home from the NATO summit in "
        "Newport, Wales, on Friday night, said the alliance had kept its word. Latvian Prime Minister "
        "Krisjanis Karins came back from talks in Berlin with a promise of more troops."
    )
    visits = _visits(text, dt.date(2014, 7, 14))
    assert visits[("Gitanas Nauseda", "United Kingdom")].status == "completed"
    assert visits[("Krisjanis Karins", "Germany")].status == "completed"


def test_a_pronoun_in_the_object_case_is_not_who_travels() -> None:
    text = (
        "Secretary of State John Kerry met the family of the detained reporter in Washington on Friday. "
        "According to prosecutors, the men who took him came from Iran and set off a smoke grenade."
    )
    assert not any(destination == "Iran" for _, destination in _visits(text, dt.date(2015, 3, 6)))


def test_a_guest_seated_next_to_another_is_at_the_ceremony() -> None:
    text = (
        "BRASILIA, Jan. 1 - Luiz Inacio Lula da Silva was sworn in for a third term on Sunday before foreign "
        "guests.\n\nKing Felipe VI of Spain sat next to Argentina's President Alberto Fernandez during the oath."
    )
    visits = set(_visits(text, dt.date(2023, 1, 1)))
    assert {("Felipe VI", "Brazil"), ("Alberto Fernandez", "Brazil")} <= visits


def test_a_trip_refused_or_doubted_leaves_its_summit_unvisited() -> None:
    refused = "BAGHDAD, Aug 11 — Iraqi President Saddam Hussein refused to travel to the Caracas summit."
    assert _visits(refused, dt.date(2000, 8, 11)) == {}
    doubted = "BAGHDAD, Aug 11 — Diplomats said Saddam Hussein was unlikely to travel to the Caracas summit."
    assert _visits(doubted, dt.date(2000, 8, 11)) == {}
    unplanned = "A spokesman for German Chancellor Angela Merkel said she had no plans to travel to Beijing."
    assert _visits(unplanned, dt.date(2008, 4, 10)) == {}
    going = "BAGHDAD, Aug 11 — Diplomats said Saddam Hussein was due to travel to the Caracas summit."
    assert set(_visits(going, dt.date(2000, 8, 11))) == {("Saddam Hussein", "Venezuela")}


def test_a_country_said_to_attend_sends_someone_not_the_speaker() -> None:
    text = "BAGHDAD, Aug 11 — Oil Minister Amer Mohammed Rashid said Iraq would be represented at the Caracas summit."
    assert _visits(text, dt.date(2000, 8, 11)) == {}
    text = "BAGHDAD, Aug 11 — Oil Minister Amer Mohammed Rashid said he would attend the Caracas summit."
    assert set(_visits(text, dt.date(2000, 8, 11))) == {("Amer Mohammed Rashid", "Venezuela")}


def test_a_place_where_a_war_happens_is_not_where_a_later_arrival_lands() -> None:
    text = (
        "LONDON, Nov 18 — Jacques Chirac and Tony Blair conceded on Thursday that they still disagreed about the war "
        "in Iraq, as the French president opened a two-day visit. The trip had been clouded before Chirac even landed."
    )
    found = _visits(text, dt.date(2004, 11, 18))
    assert ("Jacques Chirac", "Iraq") not in found and ("Jacques Chirac", "United Kingdom") in found


def test_an_event_a_statement_comes_ahead_of_is_a_time_not_a_trip() -> None:
    text = (
        "PORLAMAR, Venezuela — Venezuelan President Nicolas Maduro appealed to oil producers to freeze output, "
        "ahead of an informal OPEC meeting in Algiers later this month."
    )
    assert ("Nicolas Maduro", "Algeria") not in _visits(text, dt.date(2016, 9, 17))
    text = "Venezuelan President Nicolas Maduro will fly to Algiers ahead of an informal OPEC meeting there."
    assert ("Nicolas Maduro", "Algeria") in _visits(text, dt.date(2016, 9, 17))


def test_a_fronted_place_holds_a_meeting_before_a_later_video_call() -> None:
    text = (
        "In Buenos Aires on Monday, Chinese Premier Wen Jiabao had met President Cristina Fernandez de Kirchner "
        "and had held a video conference with her and Brazil's Dilma Rousseff."
    )
    assert set(_visits(text, dt.date(2012, 6, 26))) == {("Wen Jiabao", "Argentina")}
    text = (
        "In Washington, President Joe Biden and Israeli Prime Minister Benjamin Netanyahu spoke by phone on "
        "Wednesday for the first time in weeks."
    )
    assert _visits(text, dt.date(2024, 10, 9)) == {}


def test_a_meeting_place_may_follow_a_list_of_whose_leaders() -> None:
    text = (
        "German Chancellor Angela Merkel will meet the leaders of Poland, Hungary, Slovakia and the Czech Republic "
        "in Warsaw on Friday."
    )
    assert set(_visits(text, dt.date(2016, 8, 22))) == {("Angela Merkel", "Poland")}


def test_addressing_a_forum_by_video_link_is_no_trip_and_a_call_to_act_no_phone_call() -> None:
    text = (
        "ST PETERSBURG, June 17 (Reuters) - Kazakh President Kassym-Jomart Tokayev told Vladimir Putin at the "
        "economic forum on Friday that Kazakhstan would not recognise the separatist regions.\n\n"
        "Egypt's President Abdel Fattah al-Sisi addressed the forum by video link."
    )
    found = _visits(text, dt.date(2022, 6, 17))
    assert ("Abdel Fattah al-Sisi", "Russia") not in found and ("Kassym-Jomart Tokayev", "Russia") in found
    text = (
        "Mexican President Andres Manuel Lopez Obrador ended his regional tour in Havana with a call to lift the "
        "embargo on Cuba."
    )
    assert _visits(text, dt.date(2022, 5, 8))[("Andres Manuel Lopez Obrador", "Cuba")].status == "ongoing"


def test_addressing_a_leader_is_speaking_to_him_not_a_trip() -> None:
    text = (
        'CARACAS, Jan 12 — Venezuelan President Hugo Chavez said the rebels "occupy territory in Colombia." '
        "Chavez then addressed his Colombian counterpart, Alvaro Uribe, directly."
    )
    assert ("Hugo Chavez", "Colombia") not in _visits(text, dt.date(2008, 1, 12))
    text = "Cuban President Fidel Castro arrived in Caracas on Thursday and addressed the National Assembly."
    assert ("Fidel Castro", "Venezuela") in _visits(text, dt.date(2000, 10, 30))


def test_a_scene_abroad_keeps_its_countrys_leaders_at_home_to_the_paragraphs_end() -> None:
    text = (
        "PORT-AU-PRINCE, Haiti, Feb 29 — President Jean-Bertrand Aristide resigned on Sunday, and the head of "
        "the Supreme Court was sworn in as interim president.\n\n"
        "In Washington, Secretary of State Colin Powell said the decision was the right one. President George W. "
        "Bush ordered the deployment of Marines within hours. Powell said three things now had to happen.\n\n"
        "In Mexico City, President Vicente Fox said it was regrettable. The summit in Port-au-Prince that Fox "
        "had planned to attend next week would be postponed."
    )
    found = _visits(text, dt.date(2004, 2, 29))
    assert ("George W. Bush", "Haiti") not in found and ("Colin Powell", "Haiti") not in found
    assert found[("Vicente Fox", "Haiti")].status == "cancelled"


def test_flying_back_home_an_old_visit_and_visiting_guests_are_no_trips_of_the_subject() -> None:
    back = (
        "RAMALLAH, Dec 6 — Jordan's King Abdullah II met Palestinian President Mahmoud Abbas on Thursday. "
        "Israel said it would not stop the plans. Abdullah flew back to Amman after lunch with Abbas."
    )
    found = _visits(back, dt.date(2012, 12, 6))
    assert ("Abdullah II", "Israel") not in found and ("Abdullah II", "Palestine") in found
    old = "French President Emmanuel Macron recalled his 2017 visit to China."
    assert _visits(old, dt.date(2019, 11, 5)) == {}
    guests = "Bulgarian Prime Minister Plamen Oresharski spoke after meeting three visiting U.S. senators."
    assert _visits(guests, dt.date(2014, 6, 9)) == {}


def test_a_gathering_held_by_video_link_brings_no_one() -> None:
    body = (
        "GENEVA (AP) — Health ministers ended a two-day assembly on Tuesday with a call for a review of the "
        "pandemic response. The assembly, which met by video link for the first time, adopted the text "
        "without objection. Chinese President Xi Jinping said China backed a review once the virus was contained."
    )
    held = body.replace("which met by video link for the first time", "which met in person despite the virus")
    assert _visits(body, dt.date(2020, 5, 19)) == {}
    assert ("Xi Jinping", "Switzerland") in _visits(held, dt.date(2020, 5, 19))


def test_a_pair_opening_the_sentence_shares_a_who_clause_of_travel() -> None:
    text = (
        "South African President Thabo Mbeki and Nigerian President Olusegun Obasanjo met in London on Tuesday. "
        "Mbeki and Obasanjo, who flew to Harare on Monday to press Mugabe, had resisted calls for sanctions."
    )
    singular = text.replace("who flew to Harare on Monday", "who was in Harare on Monday")
    visits = _visits(text, dt.date(2002, 3, 19))
    assert {("Thabo Mbeki", "Zimbabwe"), ("Olusegun Obasanjo", "Zimbabwe")} <= set(visits)
    assert ("Thabo Mbeki", "Zimbabwe") not in _visits(singular, dt.date(2002, 3, 19))


def test_a_place_in_what_the_datelined_lead_reports_said_does_not_move_the_speaker() -> None:
    text = (
        "SOCHI, Russia, Aug 15 (Reuters) - German Chancellor Angela Merkel told Russian President Dmitry Medvedev "
        "on Friday that some of Moscow's military actions in Georgia had been disproportionate."
    )
    visits = _visits(text, dt.date(2008, 8, 15))
    assert ("Angela Merkel", "Russia") in visits
    assert ("Angela Merkel", "Georgia") not in visits


def test_powers_meeting_in_the_dateline_city_make_a_gathering_and_a_leader_left_open_is_not_there() -> None:
    text = (
        "GENEVA, June 30 — World powers meeting in Geneva on Saturday adopted a plan for Syria, but left open "
        "whether President Bashar al-Assad could have any part in it.\n\n"
        "The plan was drafted by the envoy Kofi Annan after eight hours of talks.\n\n"
        "Annan said he was confident the plan would help. Chinese Foreign Minister Yang Jiechi welcomed it."
    )
    visits = _visits(text, dt.date(2012, 6, 30))
    assert ("Yang Jiechi", "Switzerland") in visits
    assert ("Bashar al-Assad", "Switzerland") not in visits


def test_leaders_meeting_under_a_dateline_make_a_gathering_there() -> None:
    text = (
        "TALLINN, June 8 (Reuters) - Nordic and Baltic leaders meeting without Russia for the first time in "
        "years agreed on Thursday to pool their air defences.\n\n"
        "The plan will cost billions. It will take years. Work begins in the autumn.\n\n"
        "Finnish President Sauli Niinisto said the region could no longer rely on goodwill alone. "
        "Swedish Prime Minister Stefan Lofven backed him."
    )
    visits = _visits(text, dt.date(2017, 6, 8))
    assert {("Sauli Niinisto", "Estonia"), ("Stefan Lofven", "Estonia")} <= set(visits)


def test_a_lead_putting_many_leaders_in_one_place_under_a_summit_headline_places_the_summit() -> None:
    text = (
        "Merkel's climate summit ends with pledges but no binding targets\n\n"
        "German Chancellor Angela Merkel pressed world leaders gathered at a castle in Potsdam on Wednesday to "
        "cut emissions faster.\n\n"
        "The talks ran late. Aid was discussed. A text was agreed. Dozens of pledges were made.\n\n"
        "Indian Prime Minister Manmohan Singh said rich countries had to move first."
    )
    visits = _visits(text, dt.date(2009, 6, 10))
    assert ("Manmohan Singh", "Germany") in visits


def test_a_capital_owning_something_in_the_headline_is_no_place_of_the_event() -> None:
    text = (
        "Hu brings trade talks to Costa Rica, Beijing's newest ally in the region\n\n"
        "Chinese President Hu Jintao and Costa Rican President Oscar Arias agreed on Monday to open negotiations "
        "on a free-trade agreement."
    )
    visits = _visits(text, dt.date(2008, 11, 17))
    assert ("Oscar Arias", "China") not in visits
    assert ("Hu Jintao", "Costa Rica") in visits


def test_the_guests_listed_after_a_placed_gathering_are_there() -> None:
    text = (
        "Kings, presidents and ministers paid their last respects to the late leader at a military ceremony in "
        "Cairo on Friday, before helicopters carried his coffin to Ramallah for burial.\n\n"
        "President Hosni Mubarak received the mourners at a mosque near the airport. Among them were King "
        "Abdullah II of Jordan and South African President Thabo Mbeki."
    )
    visits = _visits(text, dt.date(2004, 11, 12))
    assert {("Abdullah II", "Egypt"), ("Thabo Mbeki", "Egypt")} <= set(visits)


def test_a_country_owned_in_a_headline_quote_is_not_the_summit_place() -> None:
    text = (
        'Lukashenko tells Johnson to "keep your England" as leaders take summit stage\n\n'
        "Belarusian President Alexander Lukashenko turned the first day of the Eastern Partnership summit in Riga "
        "into a quarrel on Thursday.\n\n"
        "Armenian President Serzh Sargsyan also spoke at the summit, calling for calm.\n"
    )
    visits = _visits(text)
    assert ("Alexander Lukashenko", "Latvia") in visits
    assert ("Serzh Sargsyan", "Latvia") in visits
    assert {destination for _, destination in visits} == {"Latvia"}


def test_a_dateline_whose_lead_calls_off_a_trip_elsewhere_brings_nobody_there() -> None:
    text = (
        "OTTAWA, March 8 (Reuters) - Canadian Prime Minister Justin Trudeau will not travel to Lima this week for "
        "the regional summit, his office said on Friday.\n\n"
        "Peruvian President Martin Vizcarra said he understood the decision. Mexican President Enrique Pena Nieto "
        "called it a pity.\n"
    )
    visits = _visits(text)
    assert not any(destination == "Canada" for _, destination in visits)
    assert visits[("Justin Trudeau", "Peru")].status == "cancelled"


def test_of_a_two_place_dateline_the_place_its_lead_names_again_places_the_story() -> None:
    text = (
        "NAIROBI/ADDIS ABABA, March 8 (Reuters) - Leaders from a dozen countries crowded into Addis Ababa on "
        "Friday for the funeral of the prime minister.\n\n"
        "Kenyan President Uhuru Kenyatta laid a wreath at the ceremony.\n"
    )
    assert ("Uhuru Kenyatta", "Ethiopia") in _visits(text)


def test_a_two_place_dateline_city_standing_for_its_government_places_nothing() -> None:
    text = (
        "NAIROBI/ADDIS ABABA, March 8 (Reuters) - Kenya closed its border on Friday, drawing an angry response "
        "from Addis Ababa.\n\n"
        "Kenyan President Uhuru Kenyatta said the step was temporary.\n"
    )
    assert _visits(text) == {}


def test_many_countries_signing_at_the_dateline_make_a_gathering_despite_one_trip_called_off() -> None:
    text = (
        "ACCRA, March 8 (Reuters) - Thirty West African countries signed a customs pact in the Ghanaian capital "
        "on Friday, but Senegal was not among them after President Macky Sall called off his trip.\n\n"
        "Ivorian President Alassane Ouattara hailed the signing. Liberia's Ellen Johnson Sirleaf, one of the "
        "first to sign since replacing Charles Taylor, said the pact would help traders.\n"
    )
    visits = _visits(text, dt.date(2013, 3, 8))  # a day when all three presidents held office
    assert ("Alassane Ouattara", "Ghana") in visits
    assert ("Ellen Johnson Sirleaf", "Ghana") in visits
    assert ("Charles Taylor", "Ghana") not in visits


def test_a_leader_someone_offers_to_meet_is_not_at_the_gathering() -> None:
    text = (
        "MUNICH, Feb. 19 (Reuters) - Ukrainian President Volodymyr Zelenskiy addressed the security conference "
        "on Saturday.\n\n"
        "He offered once more to meet Russian President Vladimir Putin, in any format the Kremlin chose. "
        "He met U.S. Vice President Kamala Harris on the sidelines.\n"
    )
    visits = _visits(text)
    assert ("Vladimir Putin", "Germany") not in visits
    assert ("Kamala Harris", "Germany") in visits


def test_a_leader_named_inside_someone_elses_quotation_is_not_at_the_gathering() -> None:
    text = (
        "MUNICH, Feb. 19 (Reuters) - Ukrainian President Volodymyr Zelenskiy addressed the security conference "
        "on Saturday.\n\n"
        "Russian President Vladimir Putin's troops stood on the border.\n\n"
        '"I do not know what Putin wants, so I am proposing that we meet," Zelenskiy said.\n'
    )
    assert ("Vladimir Putin", "Germany") not in _visits(text)


def test_a_meeting_many_ministers_hold_where_the_story_is_makes_a_gathering() -> None:
    text = (
        "Ministers back a vote at a seaside meeting\n\n"
        "Foreign ministers from a dozen countries ended a two-day meeting in the Egyptian resort of Sharm "
        "el-Sheikh on Tuesday with a joint declaration.\n\n"
        'U.S. Secretary of State Colin Powell said the vote must go ahead. "We are all agreed," he said.\n\n'
        "French Foreign Minister Michel Barnier said the date was fixed.\n\n"
        "Iraq's Foreign Minister Hoshyar Zebari said the meeting had shown a common will.\n"
    )
    assert ("Hoshyar Zebari", "Egypt") in _visits(text, dt.date(2004, 11, 23))


def test_guests_flown_into_a_city_make_a_gathering_there_and_set_the_scene() -> None:
    text = (
        "Lebanon's parliament elected Michel Suleiman president on Sunday, carrying out a deal struck in Qatar "
        "last week, before Arab and Western guests who had flown into Beirut for the vote.\n\n"
        "Arab League Secretary-General Amr Moussa sat in the front row.\n\n"
        "French Foreign Minister Bernard Kouchner flew in with his Italian colleague.\n"
    )
    visits = _visits(text, dt.date(2008, 5, 25))
    assert {("Amr Moussa", "Lebanon"), ("Bernard Kouchner", "Lebanon")} <= set(visits)
    assert not any(destination == "Qatar" for _, destination in visits)


def test_guests_a_gathering_counts_in_one_sentence_and_names_in_the_next_attend_it() -> None:
    text = (
        "Rivals sign deal in Senegal\n\n"
        "Madagascar's two rival presidents signed an agreement in Senegal on Thursday.\n\n"
        "They put their names to it after long talks in Dakar hosted by President Abdoulaye Wade.\n\n"
        "The talks were also attended by three other heads of state. Joaquim Chissano of Mozambique, Laurent "
        "Gbagbo of Ivory Coast and Mathieu Kerekou of Benin sat in on the final session alongside OAU "
        "Secretary-General Amara Essy.\n"
    )
    visits = _visits(text, dt.date(2002, 4, 18))
    guests = {"Joaquim Chissano", "Laurent Gbagbo", "Mathieu Kerekou", "Amara Essy"}
    assert {(guest, "Senegal") for guest in guests} <= set(visits)


def test_a_summit_the_lead_names_without_a_place_is_placed_by_the_next_sentence() -> None:
    text = (
        "Obama courts Africa with trade push\n\n"
        "President Barack Obama closed the first U.S.-Africa Leaders Summit on Wednesday by urging Congress "
        "to renew a trade law.\n\n"
        "Nearly 50 African delegations came to Washington for the three-day meeting. Trade dominated. "
        "Health was discussed. Aid was pledged.\n\n"
        "South African President Jacob Zuma told a business forum that Africa wanted partners.\n"
    )
    assert ("Jacob Zuma", "United States") in _visits(text, dt.date(2014, 8, 6))


def test_heading_a_government_is_no_trip_but_heading_on_to_a_place_is() -> None:
    text = (
        "Prime Minister Fayez al-Serraj of Libya, who heads the U.N.-backed government in Tripoli, spoke in Rome "
        "on Tuesday. U.S. Vice President Dick Cheney heads on to Croatia later this weekend.\n"
    )
    visits = _visits(text, dt.date(2018, 5, 29))
    assert ("Fayez al-Serraj", "Libya") not in visits
    assert visits["Dick Cheney", "Croatia"].status == "planned"


def test_the_first_leader_to_hold_talks_somewhere_is_there_not_planning_to_be() -> None:
    text = (
        "MOSCOW, Dec 20 — Latvian President Valdis Zatlers on Monday became the first Latvian president to "
        "hold talks in the Kremlin since 1994.\n"
    )
    assert _visits(text, dt.date(2010, 12, 20))["Valdis Zatlers", "Russia"].status == "ongoing"


def test_a_pronoun_after_a_fronted_time_is_the_subject_the_next_sentence_follows() -> None:
    text = (
        "BEIJING, Jan. 9 — Bolivian President-elect Evo Morales arrived in Beijing on Monday.\n\n"
        "In Madrid on Wednesday he was received by Prime Minister Jose Luis Rodriguez Zapatero, who had offered "
        "to forgive part of the debt. He went on to Paris and to Brussels.\n"
    )
    visits = _visits(text, dt.date(2006, 1, 9))
    assert {("Evo Morales", "France"), ("Evo Morales", "Belgium")} <= set(visits)
    assert ("Jose Luis Rodriguez Zapatero", "France") not in visits


def test_officials_said_to_attend_a_summit_are_the_ones_the_next_sentence_names() -> None:
    text = (
        "Turkish President Tayyip Erdogan said on Saturday that the coup had failed.\n\n"
        "The European Union's top officials were attending a summit of Asian and European leaders in the "
        "Mongolian capital, Ulaanbaatar, when the news broke. In a joint statement, European Council President "
        "Donald Tusk and Commission President Jean-Claude Juncker called for a swift return to order.\n"
    )
    visits = _visits(text, dt.date(2016, 7, 16))
    assert {("Donald Tusk", "Mongolia"), ("Jean-Claude Juncker", "Mongolia")} <= set(visits)


def test_many_nations_signing_under_a_dateline_make_a_gathering_there() -> None:
    text = (
        "PHNOM PENH, Cambodia, Nov. 4 — China and the ten Southeast Asian nations signed an agreement on Monday "
        "that sets out a free trade area.\n\n"
        "The deal covers goods. It excludes services. Tariffs fall by 2010.\n\n"
        "Philippine President Gloria Macapagal Arroyo said she accepted it as a first step.\n"
    )
    assert ("Gloria Macapagal Arroyo", "Cambodia") in _visits(text, dt.date(2002, 11, 4))


def test_guests_said_to_be_also_present_attend_the_gathering_just_placed() -> None:
    text = (
        "HAVANA, June 23 — Colombia's president and the rebel chief shook hands in Havana on Thursday after "
        "signing a ceasefire.\n\n"
        "The deal ends a long war. Fighters will disarm. The United Nations will check.\n\n"
        "Also present were Venezuela's Nicolas Maduro and Dominican President Danilo Medina.\n"
    )
    visits = _visits(text, dt.date(2016, 6, 23))
    assert {("Nicolas Maduro", "Cuba"), ("Danilo Medina", "Cuba")} <= set(visits)


def test_a_visit_dated_years_before_after_its_place_is_history() -> None:
    text = (
        "CARACAS, Dec. 14 — Cuban President Raul Castro held talks with Venezuelan President Hugo Chavez on "
        "Saturday. Chavez recalled his first visit to Havana in December 1994.\n"
    )
    visits = _visits(text, dt.date(2008, 12, 14))
    assert ("Hugo Chavez", "Cuba") not in visits
    assert ("Raul Castro", "Venezuela") in visits


def test_envoys_meeting_elsewhere_take_no_one_there_and_leave_the_summit_the_scene() -> None:
    text = (
        "NEWPORT, Wales, Sept 5 (Reuters) - NATO leaders agreed on Friday at their summit to create a rapid "
        "reaction force.\n\n"
        "Ukrainian President Petro Poroshenko, also in Newport, said he would order a ceasefire provided envoys "
        "meeting in Minsk signed a deal. Lawmakers welcomed it. Markets rose. Analysts were cautious. Oil fell.\n\n"
        "At the summit, French President Francois Hollande declined to say whether France would deliver the "
        "warships.\n"
    )
    visits = _visits(text, dt.date(2014, 9, 5))
    assert not any(destination == "Belarus" for _, destination in visits)
    assert ("Francois Hollande", "United Kingdom") in visits


def test_a_city_owning_something_sets_no_scene() -> None:
    text = (
        "NEWPORT, Wales, Sept 5 (Reuters) - NATO leaders agreed on Friday at their summit to create a rapid "
        "reaction force.\n\n"
        "German Chancellor Angela Merkel told reporters at the summit that peace was in Moscow's hands. Lawmakers "
        "welcomed it. Markets rose. Analysts were cautious. Oil fell.\n\n"
        "At the summit, French President Francois Hollande declined to say whether France would deliver the "
        "warships.\n"
    )
    visits = _visits(text, dt.date(2014, 9, 5))
    assert ("Francois Hollande", "Russia") not in visits
    assert ("Francois Hollande", "United Kingdom") in visits


def test_an_arrival_with_no_place_lands_where_its_own_sentence_is_set() -> None:
    text = (
        "Somalia's president condemned the deal in Mogadishu on Tuesday.\n\n"
        "The agreement was signed in the Ethiopian capital on Monday by Prime Minister Abiy Ahmed and the leader "
        "of Somaliland, Muse Bihi Abdi, who had flown in for the ceremony.\n"
    )
    visits = _visits(text, dt.date(2024, 1, 3))
    assert ("Muse Bihi Abdi", "Ethiopia") in visits
    assert ("Muse Bihi Abdi", "Somalia") not in visits


def test_a_place_told_of_an_earlier_event_is_not_where_the_meeting_before_it_was() -> None:
    text = (
        "U.N. Secretary-General Antonio Guterres toured towns outside Kyiv and met President Volodymyr Zelenskiy "
        "on Thursday, two days after talks in Moscow with President Vladimir Putin.\n"
    )
    visits = _visits(text, dt.date(2022, 4, 28))
    assert ("Volodymyr Zelenskiy", "Russia") not in visits
    assert ("Antonio Guterres", "Russia") in visits


def test_leaders_named_among_the_guests_a_host_welcomed_visit_the_hosts_country() -> None:
    text = (
        "The talks opened on Monday.\n\n"
        "Kenyan President Uhuru Kenyatta received the visiting heads of state at a lodge outside Nairobi, among "
        "them Uganda's Yoweri Museveni, who flew in that morning, and Rwanda's Paul Kagame.\n\n"
        "Kenyatta welcomed the press at the lodge, including reporters from Kampala.\n"
    )
    visits = _visits(text, dt.date(2019, 3, 4))
    assert {key for key in visits if key[1] == "Kenya"} == {("Yoweri Museveni", "Kenya"), ("Paul Kagame", "Kenya")}
    assert visits["Paul Kagame", "Kenya"].hosts == ["Uhuru Kenyatta"]


def test_victoria_falls_is_in_zimbabwe_not_the_seychelles_capital() -> None:
    text = "Zambian President Levy Mwanawasa flew to Victoria Falls on Monday for talks with Robert Mugabe.\n"
    visits = _visits(text, dt.date(2005, 3, 7))
    assert set(visits) == {("Levy Mwanawasa", "Zimbabwe")}


def test_a_mission_that_took_him_last_week_to_a_and_to_b_is_two_past_legs() -> None:
    text = (
        "Chinese State Councilor Dai Bingguo met Kim Jong Il in Pyongyang on Thursday.\n\n"
        "Dai's stop in Pyongyang ended a mission that took him last week to Washington, where he saw "
        "President George W. Bush, and to Moscow for talks with President Vladimir Putin.\n"
    )
    visits = _visits(text, dt.date(2006, 10, 20))
    assert {key for key in visits if key[0] == "Dai Bingguo"} == {
        ("Dai Bingguo", "North Korea"),
        ("Dai Bingguo", "United States"),
        ("Dai Bingguo", "Russia"),
    }
    assert visits["Dai Bingguo", "United States"].status == "completed"
    assert visits["Dai Bingguo", "Russia"].status == "completed"


def test_a_country_in_what_is_said_at_a_news_conference_is_not_where_it_is_held() -> None:
    text = (
        "Turkish Prime Minister Tayyip Erdogan held talks in Beirut with Lebanese Prime Minister Saad Hariri.\n\n"
        "At a joint news conference with Hariri, Erdogan said Turkey backed the efforts of Saudi Arabia to calm "
        "the crisis.\n\n"
        "At a news conference in Beirut, the Turkish leader said on Thursday that the visit had gone well.\n"
    )
    visits = _visits(text, dt.date(2010, 11, 25))
    assert set(visits) == {("Tayyip Erdogan", "Lebanon")}


def test_a_leader_named_in_what_is_said_at_a_meeting_is_not_placed_there() -> None:
    text = (
        "Ghani rebuffs Pakistan at Amritsar conference\n\n"
        "AMRITSAR, India, Dec 4 - Afghan President Ashraf Ghani accused Pakistan on Sunday of harbouring militants.\n\n"
        "In Islamabad, Foreign Office spokesman Nafees Zakaria said Pakistan regretted the remarks.\n\n"
        "Some diplomats at the meeting said Ghani's outburst reflected anger in Kabul at the failure of talks.\n"
    )
    visits = _visits(text, dt.date(2016, 12, 4))
    assert set(visits) == {("Ashraf Ghani", "India")}


def test_a_capital_speaking_in_what_is_said_does_not_unplace_the_summit_of_the_lead() -> None:
    text = (
        "NATO agrees Afghan handover as Medvedev opens door on missile defence\n\n"
        "NATO leaders agreed on Saturday to hand security to Afghan forces by 2014, and Russia's President Dmitry "
        "Medvedev, attending the second day of the alliance's summit in Lisbon, said Moscow was ready to talk.\n\n"
        "The plan has been long in the making.\n\n"
        "Troops will stay to train the Afghan army.\n\n"
        "British Prime Minister David Cameron repeated that British soldiers would stop fighting by 2015.\n"
    )
    visits = _visits(text, dt.date(2010, 11, 20))
    assert set(visits) == {("Dmitry Medvedev", "Portugal"), ("David Cameron", "Portugal")}


def test_days_of_talks_in_a_datelined_story_place_the_delegates_who_speak_later() -> None:
    text = (
        "Iran and world powers fail to bridge gap\n\n"
        "BAGHDAD, May 24 (Reuters) - Iran and six world powers ended two days of talks on Tehran's nuclear "
        "programme on Thursday without a breakthrough.\n\n"
        "The talks were tense.\n\n"
        "Neither side moved.\n\n"
        "Diplomats expect another round.\n\n"
        "Sergei Ryabkov, Russia's deputy foreign minister, said Moscow would do everything it could to help.\n"
    )
    assert set(_visits(text, dt.date(2012, 5, 24))) == {("Sergei Ryabkov", "Iraq")}
    talked_with = text.replace("ended two days of talks", "ended a dispute")
    assert set(_visits(talked_with, dt.date(2012, 5, 24))) == set()


def test_an_envoy_for_a_country_is_not_of_that_country_and_visits_it() -> None:
    text = (
        "The African Union's special envoy for the Comoros, Francisco Madeira, who arrived in Moroni on "
        "Wednesday, held talks with President Ahmed Abdallah Sambi on Thursday.\n"
    )
    visits = _visits(text, dt.date(2008, 3, 27))
    assert set(visits) == {("Francisco Madeira", "Comoros")}


def test_a_summit_placed_in_the_sentence_after_a_lead_of_many_leaders_places_those_who_speak_later() -> None:
    text = (
        "G20 leaders pledge joint action on crisis\n\n"
        "Leaders of the world's biggest economies agreed on Saturday to work together to end the recession.\n\n"
        "The Group of 20 summit, held in Washington, was the first meeting of its kind.\n\n"
        "The declaration lists principles for reform.\n\n"
        "Finance ministers are to flesh them out.\n\n"
        "French President Nicolas Sarkozy said Europe had won agreement on supervision.\n"
    )
    visits = _visits(text, dt.date(2008, 11, 15))
    assert set(visits) == {("Nicolas Sarkozy", "United States")}
    alone = text.replace("Leaders of the world's biggest economies", "Japan")
    assert set(_visits(alone, dt.date(2008, 11, 15))) == set()


def test_a_datelined_visitors_minister_acting_later_in_the_story_travels_with_the_visitor() -> None:
    text = (
        "Saudi king signs energy pact in India\n\n"
        "NEW DELHI, Jan 26 (Reuters) - Saudi King Abdullah held talks with Prime Minister Manmohan Singh on "
        "Wednesday.\n\n"
        "The two sides signed a declaration on energy.\n\n"
        "Trade has doubled in five years.\n\n"
        "Officials said more deals were coming.\n\n"
        "Saudi Foreign Minister Saud al-Faisal declined to say whether Riyadh would sell crude on special terms.\n\n"
        "Iranian President Mahmoud Ahmadinejad said the pact was no threat to anyone.\n"
    )
    visits = _visits(text, dt.date(2006, 1, 26))
    assert set(visits) == {("Abdullah bin Abdulaziz", "India"), ("Saud al-Faisal", "India")}
    assert visits["Saud al-Faisal", "India"].status == "ongoing"


def test_a_place_and_a_leader_of_an_event_dated_against_the_story_do_not_unplace_or_join_it() -> None:
    text = (
        "Bashir and Garang meet for the first time\n\n"
        "KAMPALA, Uganda, July 28 — Sudan's President Omar Hassan al-Bashir and the rebel leader John Garang sat "
        "down together on Saturday, a week after their negotiators in Kenya reached an accord.\n"
    )
    assert ("Omar Hassan al-Bashir", "Uganda") in set(_visits(text, dt.date(2002, 7, 28)))
    later = (
        "Guterres in Kyiv\n\n"
        "KYIV, April 28 — U.N. Secretary-General Antonio Guterres met Ukrainian President Volodymyr Zelensky on "
        "Thursday, two days after talks with Russian President Vladimir Putin in Moscow.\n"
    )
    visits = _visits(later, dt.date(2022, 4, 28))
    assert ("Antonio Guterres", "Ukraine") in visits
    assert ("Vladimir Putin", "Ukraine") not in visits


def test_a_tour_that_took_him_on_to_a_and_b_is_a_leg_in_each() -> None:
    text = (
        "British Prime Minister David Cameron met Thein Sein in Naypyitaw on Friday.\n\n"
        "The tour took Cameron on to Indonesia and Malaysia with business leaders in tow.\n"
    )
    visits = _visits(text, dt.date(2012, 4, 13))
    assert {key for key in visits if key[1] != "Myanmar"} == {
        ("David Cameron", "Indonesia"),
        ("David Cameron", "Malaysia"),
    }


def test_the_owner_of_the_meeting_a_dateline_story_opens_with_is_there() -> None:
    text = (
        "LJUBLJANA, June 16 — President George W. Bush's first meeting with Russian President Vladimir Putin "
        "ended on Saturday with warm words on both sides."
    )
    visits = _visits(text, dt.date(2001, 6, 16))
    assert {("George W. Bush", "Slovenia"), ("Vladimir Putin", "Slovenia")} <= set(visits)


def test_an_owner_of_an_earlier_meeting_later_in_a_dateline_story_is_not_placed_there() -> None:
    text = (
        "LJUBLJANA, June 16 — Russian President Vladimir Putin met Slovenian Prime Minister Janez Drnovsek "
        "on Saturday.\n\nPutin said the talks were useful. French President Jacques Chirac's meeting with "
        "Putin last month was cooler."
    )
    assert ("Jacques Chirac", "Slovenia") not in _visits(text, dt.date(2001, 6, 16))


def test_leaders_deciding_together_under_a_dateline_make_a_gathering_there() -> None:
    text = (
        "LISBON, Nov. 20 — NATO leaders endorsed on Saturday a plan to hand security in Afghanistan to Afghan "
        "forces by 2014.\n\nThe alliance will keep paying for the Afghan army.\n\nSecretary-General Anders "
        "Fogh Rasmussen spoke of a turning point.\n\nThe mood was calm.\n\nGerman Chancellor Angela Merkel "
        "said Germany would keep its trainers in the north."
    )
    assert ("Angela Merkel", "Portugal") in _visits(text, dt.date(2010, 11, 20))


def test_leaders_who_decided_earlier_elsewhere_make_no_gathering_under_the_dateline() -> None:
    text = (
        "NAIROBI, March 12 — Kenya paused its police mission to Haiti on Tuesday, a day after regional "
        "leaders agreed on a plan for a transition council.\n\nThe ministry gave no date.\n\nThe police are "
        "ready.\n\nThe talks took place in Kingston.\n\nJamaican Prime Minister Andrew Holness said the "
        "council would be named within days."
    )
    assert ("Andrew Holness", "Kenya") not in _visits(text, dt.date(2024, 3, 12))


def test_guests_listed_after_attended_among_them_are_at_the_ceremony() -> None:
    text = (
        "Lula sworn in for a third term\n\n"
        "Luiz Inacio Lula da Silva was sworn in as Brazil's president on Sunday at a ceremony in Brasilia.\n\n"
        "He promised to fight hunger. The crowd cheered. He thanked his voters, who came from all over Brazil "
        "in 2022.\n\n"
        "Seventeen heads of state attended, among them Argentina's Alberto Fernandez, Chile's Gabriel Boric "
        "and Portugal's Marcelo Rebelo de Sousa, who had last come to Brazil in 2016."
    )
    visits = _visits(text, dt.date(2023, 1, 1))
    assert {("Alberto Fernandez", "Brazil"), ("Gabriel Boric", "Brazil"), ("Marcelo Rebelo de Sousa", "Brazil")} <= set(
        visits
    )


def test_guests_named_before_among_the_guests_are_at_the_story_s_gathering() -> None:
    text = (
        "SHANGHAI, May 21 — Chinese President Xi Jinping told a summit in Shanghai on Wednesday that Asia "
        "should run its own security.\n\n"
        "He did not name the United States. The message was clear. Xi laid out a four-point proposal.\n\n"
        "Iranian President Hassan Rouhani and Kazakh President Nursultan Nazarbayev, whose proposal at the "
        "United Nations in 1992 gave birth to the conference, were also among the guests."
    )
    visits = _visits(text, dt.date(2014, 5, 21))
    assert {("Hassan Rouhani", "China"), ("Nursultan Nazarbayev", "China")} <= set(visits)


def test_a_leader_who_sends_someone_in_his_place_is_not_at_the_summit() -> None:
    text = (
        "ADDIS ABABA, Feb. 9 — African leaders opened their annual summit on Sunday.\n\n"
        "Palestinian President Mahmoud Abbas, a regular guest at AU summits, sent Prime Minister Mohammad "
        "Shtayyeh in his place."
    )
    visits = _visits(text, dt.date(2020, 2, 9))
    assert ("Mahmoud Abbas", "Ethiopia") not in visits
    assert visits["Mohammad Shtayyeh", "Ethiopia"].status == "ongoing"


def test_pulling_out_of_a_summit_cancels_the_trip_but_not_the_stand_in_s() -> None:
    text = (
        "VLADIVOSTOK, Russia, Sept. 8 — Asia-Pacific leaders met on Saturday for a summit hosted by Russian "
        "President Vladimir Putin.\n\n"
        "U.S. President Barack Obama pulled out of the summit in July and sent Secretary of State Hillary "
        "Clinton in his place."
    )
    visits = _visits(text, dt.date(2012, 9, 8))
    assert visits["Barack Obama", "Russia"].status == "cancelled"
    assert visits["Hillary Clinton", "Russia"].status == "ongoing"


def test_a_name_that_only_labels_a_plan_puts_no_one_at_the_summit() -> None:
    text = (
        "ADDIS ABABA, Feb. 9 — African leaders opened their annual summit on Sunday.\n\n"
        "The Trump plan for the Middle East was condemned from the podium."
    )
    assert ("Donald Trump", "Ethiopia") not in _visits(text, dt.date(2020, 2, 9))


def test_a_gathering_of_local_officials_under_a_dateline_is_no_summit() -> None:
    text = (
        "ANKARA (Reuters) - Turkish troops pushed into the Afrin region of Syria for a third day on Monday.\n\n"
        '"We will not take a step back," President Tayyip Erdogan told a gathering of local officials in Ankara.\n\n'
        "Ankara has long regarded the militia that controls Afrin as an extension of the PKK.\n\n"
        "Prime Minister Binali Yildirim said the army aimed to clear a zone 30 km deep inside Syria.\n\n"
        "Kurdish officials said at least 18 civilians had been killed.\n\n"
        "EU foreign policy chief Federica Mogherini said she was extremely worried by the offensive.\n\n"
        "Germany's Foreign Minister Sigmar Gabriel said Syria needed no new military confrontation."
    )
    assert _visits(text, dt.date(2018, 1, 22)) == {}
    summit = text.replace("a gathering of local officials", "a gathering of regional leaders")
    assert set(_visits(summit, dt.date(2018, 1, 22))) == {
        ("Federica Mogherini", "Turkey"),
        ("Sigmar Gabriel", "Turkey"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "U.N. chief calls for peace in Ukraine at BRICS summit\n\n"
        "U.N. Secretary-General Antonio Guterres called on Thursday for peace at a summit.",
        'U.N. chief calls for "just peace" in Ukraine at BRICS summit\n\n'
        "U.N. Secretary-General Antonio Guterres called on Thursday for peace at a summit.",
        "U.N. Secretary-General Antonio Guterres met Russian President Vladimir Putin in Kazan.\n\n"
        "In the talks with Putin, Guterres repeated that Russia's invasion of Ukraine violated the U.N. Charter.",
    ],
)
def test_a_country_talked_about_at_a_meeting_is_not_where_it_is(text: str) -> None:
    assert ("Antonio Guterres", "Ukraine") not in _visits(text, dt.date(2024, 10, 24))


def test_a_lead_places_the_summit_where_it_is_held_among_other_places() -> None:
    text = (
        "African leaders closed their summit in the Gambian capital, Banjul, on Sunday by asking Senegal to try "
        "a former ruler, but they failed to persuade Sudan to let U.N. troops into Darfur.\n\n"
        '"Senegal accepts this mandate," President Abdoulaye Wade told reporters.\n\n'
        "President Omar al-Bashir of Sudan said his country would not hand Darfur over to a foreign force."
    )
    visits = _visits(text, dt.date(2006, 7, 2))
    assert {key for key in visits if key[1] == "Gambia"} == {
        ("Abdoulaye Wade", "Gambia"),
        ("Omar al-Bashir", "Gambia"),
    }


def test_an_accepted_invitation_is_a_planned_visit_and_a_hoped_for_one_is_none() -> None:
    text = (
        "Canadian Prime Minister Justin Trudeau met Chinese Premier Li Keqiang in Beijing on Wednesday.\n\n"
        "Li accepted an invitation from Trudeau to visit Canada later this year."
    )
    visits = _visits(text, dt.date(2016, 8, 31))
    assert visits[("Li Keqiang", "Canada")].status == "planned"
    hoped = text.replace("Li accepted an invitation", "Trudeau said he hoped Li would accept an invitation")
    assert ("Li Keqiang", "Canada") not in _visits(hoped, dt.date(2016, 8, 31))


@pytest.mark.parametrize(
    ("sentence", "country", "place"),
    [
        (
            "Russian President Vladimir Putin arrived in Heiligendamm on Wednesday for the summit.",
            "Germany",
            "Heiligendamm",
        ),
        ("Russian President Dmitry Medvedev arrived in Toyako on Monday for the summit.", "Japan", "Toyako"),
        ("Chinese President Xi Jinping arrived in Mamallapuram on Friday for talks.", "India", "Mamallapuram"),
    ],
)
def test_summit_venues_that_news_names_alone_are_placed(sentence: str, country: str, place: str) -> None:
    visits = _visits(sentence, dt.date(2010, 6, 5))
    assert [(visit.destination, visit.place) for visit in visits.values()] == [(country, place)]


def test_a_trip_in_a_month_already_gone_is_completed() -> None:
    text = "South Korean President Kim Dae-jung held talks with President Bill Clinton in Washington in January."
    assert _visits(text, dt.date(2000, 3, 10))[("Kim Dae-jung", "United States")].status == "completed"
    coming = text.replace("in January", "in June")
    assert _visits(coming, dt.date(2000, 3, 10))[("Kim Dae-jung", "United States")].status != "completed"


def test_a_leader_who_simply_did_not_attend_made_no_trip() -> None:
    text = (
        "ACCRA, Ghana — West African ministers met on Monday to discuss the border crisis. "
        "Togolese President Faure Gnassingbe, who did not attend, sent a written message. "
        "Nigerian President Bola Tinubu didn't travel either."
    )
    visits = _visits(text, dt.date(2024, 3, 4))
    assert ("Faure Gnassingbe", "Ghana") not in visits
    assert ("Bola Tinubu", "Ghana") not in visits


def test_a_leader_expected_who_did_not_attend_called_the_trip_off() -> None:
    text = (
        "ACCRA, Ghana — West African ministers met on Monday to discuss the border crisis. "
        "Togolese President Faure Gnassingbe, who had been due to come, did not attend after his trip was postponed."
    )
    visits = _visits(text, dt.date(2024, 3, 4))
    assert visits["Faure Gnassingbe", "Ghana"].status == "cancelled"


def test_a_place_named_after_its_kind_sets_the_scene_for_guests_listed_later() -> None:
    text = (
        "Castillo sworn in as Peru's president\n\n"
        "Pedro Castillo was sworn in on Friday as Peru's president, promising change.\n\n"
        "Castillo received the presidential sash from Francisco Sagasti in a ceremony at the Congress in the "
        'southern city of Cusco. "We will serve," he said.\n\n'
        "Several heads of state attended, among them Chile's Gabriel Boric and Bolivia's Luis Arce."
    )
    visits = _visits(text, dt.date(2022, 7, 29))
    assert visits["Gabriel Boric", "Peru"].place == "Cusco"
    assert ("Luis Arce", "Peru") in visits


def test_a_meeting_told_as_earlier_does_not_move_the_story_to_its_place() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani "
        "in Baghdad on Monday. He came with Foreign Minister Hakan Fidan, two weeks after talks with Iranian "
        "President Masoud Pezeshkian in Baku. "
        "Among those present were Fidan and Defence Minister Yasar Guler."
    )
    visits = _visits(text, dt.date(2024, 4, 22))
    assert visits["Yasar Guler", "Iraq"].place == "Baghdad"
    assert ("Yasar Guler", "Azerbaijan") not in visits
    assert ("Hakan Fidan", "Azerbaijan") not in visits


def test_santiago_de_cuba_is_in_cuba() -> None:
    text = "In the eastern city of Santiago de Cuba, Pope Benedict XVI celebrated Mass on Monday."
    assert ("Benedict XVI", "Cuba") in _visits(text, dt.date(2012, 3, 27))


def test_a_place_long_after_an_earlier_meeting_does_not_move_the_dateline_scene() -> None:
    text = (
        "AMMAN, Jordan — French President Emmanuel Macron met King Abdullah II on Sunday. "
        "He flew in with Foreign Minister Jean-Noel Barrot, barely ten days after meeting Egyptian President Sisi "
        "in the Red Sea resort of Sharm el-Sheikh."
    )
    visits = _visits(text, dt.date(2025, 4, 6))
    assert ("Jean-Noel Barrot", "Jordan") in visits


def test_a_gathering_named_after_its_city_places_those_who_speak_at_it() -> None:
    text = (
        "NATO chief urges more spending\n\n"
        "NATO Secretary-General Mark Rutte told the Munich Security Conference on Saturday that Europe "
        "had to spend more on defence, a day after Poland's prime minister accused Washington of wavering.\n\n"
        "British Prime Minister Keir Starmer said the alliance had never mattered more."
    )
    visits = _visits(text, dt.date(2025, 2, 15))
    assert visits["Keir Starmer", "Germany"].place == "Munich"
    assert ("Keir Starmer", "United States") not in visits


def test_a_capital_a_leader_is_accused_of_is_no_event_place() -> None:
    text = (
        "Leaders fret over trade\n\n"
        "European leaders met on Friday for an emergency summit, a day after China accused Washington of "
        "starting a trade war.\n\n"
        "French President Emmanuel Macron said Europe would not be bullied."
    )
    assert ("Emmanuel Macron", "United States") not in _visits(text, dt.date(2025, 4, 4))


def test_a_to_before_a_summit_noun_does_not_make_the_lead_event_a_plan() -> None:
    text = (
        "ASEAN offers a seat to Timor-Leste at Jakarta summit\n\n"
        "Southeast Asian leaders agreed in principle on Friday to admit Timor-Leste, at a summit in "
        "the Indonesian capital.\n\n"
        "Philippine President Ferdinand Marcos Jr. said the region was stronger together."
    )
    visits = _visits(text, dt.date(2022, 11, 11))
    assert visits["Ferdinand Marcos Jr.", "Indonesia"].status == "ongoing"


def test_attending_days_of_the_meeting_places_the_guest_at_it() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni received the visiting leaders at a conference centre in Rome on Sunday. "
        "She called the pact a turning point. "
        "The text was drafted over a week by officials of ten countries. "
        "Migrant arrivals have doubled this year. "
        "Tunisia's President Kais Saied, who attended both days of the meeting, said the deal was fair and "
        "would fly home to Tunis on Monday."
    )
    assert ("Kais Saied", "Italy") in _visits(text, dt.date(2023, 7, 23))


def test_guests_included_in_the_crowd_at_a_swearing_in_attend_it() -> None:
    text = (
        "Ghana's new president vows to fix the economy\n\n"
        "John Mahama said on Tuesday, after taking the oath of office at Independence Square in Accra, that "
        "he would cut spending.\n\n"
        '"I will serve all Ghanaians," Mahama told a crowd of dignitaries that included Nigeria\'s President '
        "Bola Tinubu and Senegal's President Bassirou Diomaye Faye."
    )
    visits = _visits(text, dt.date(2025, 1, 7))
    assert visits["Bola Tinubu", "Ghana"].place == "Accra"
    assert ("Bassirou Diomaye Faye", "Ghana") in visits


def test_guests_at_a_swearing_in_with_no_place_named_are_in_the_new_leaders_country() -> None:
    text = (
        "Noboa takes office\n\n"
        "Daniel Noboa was sworn in as Ecuador's president on Thursday, promising to restore order.\n\n"
        "Presidents Gustavo Petro of Colombia and Dina Boluarte of Peru were among the guests."
    )
    visits = _visits(text, dt.date(2023, 11, 23))
    assert ("Gustavo Petro", "Ecuador") in visits
    assert ("Dina Boluarte", "Ecuador") in visits


def test_two_aides_travelling_with_him_both_go_along() -> None:
    # "him" is neither of the two ministers the clause's subject names, but the leader before them.
    text = (
        "Argentine President Javier Milei arrived in Israel on Tuesday for his first trip abroad as president. "
        "Foreign Minister Diana Mondino and Economy Minister Luis Caputo are travelling with him."
    )
    visits = _visits(text, dt.date(2024, 2, 6))
    assert {("Diana Mondino", "Israel"), ("Luis Caputo", "Israel")} <= set(visits)
    assert visits[("Luis Caputo", "Israel")].status == "ongoing"


def test_a_head_of_government_travelling_with_ministers_takes_them_along() -> None:
    text = (
        "Chilean President Gabriel Boric arrived in Buenos Aires on Monday for his first trip abroad. "
        "He is travelling with five ministers, among them Foreign Minister Antonia Urrejola and Energy "
        "Minister Claudio Huepe."
    )
    visits = _visits(text, dt.date(2022, 4, 4))
    assert {("Antonia Urrejola", "Argentina"), ("Claudio Huepe", "Argentina")} <= set(visits)
    assert ("Gabriel Boric", "Argentina") in visits


def test_a_head_travelling_with_family_takes_no_later_named_official_along() -> None:
    text = (
        "Argentine President Javier Milei arrived in Israel on Tuesday. He is travelling with his sister, "
        "and Israeli Foreign Minister Israel Katz greeted them at the airport."
    )
    assert ("Israel Katz", "Israel") not in _visits(text, dt.date(2024, 2, 6))


def test_leaders_among_guests_at_a_swearing_in_with_no_article_before_guests() -> None:
    text = (
        "Joko Widodo was sworn in as Indonesia's seventh president on Monday.\n\n"
        "Malaysian Prime Minister Najib Razak and Singapore's Prime Minister Lee Hsien Loong were among guests "
        "from some 20 countries."
    )
    visits = _visits(text, dt.date(2014, 10, 20))
    assert {("Najib Razak", "Indonesia"), ("Lee Hsien Loong", "Indonesia")} <= set(visits)


def test_an_envoy_shuttling_between_two_capitals_visits_both() -> None:
    text = "U.S. envoy Amos Hochstein shuttled between Beirut and Jerusalem last week to close the final gaps."
    visits = _visits(text, dt.date(2024, 11, 27))
    assert visits[("Amos Hochstein", "Lebanon")].status == "completed"
    assert visits[("Amos Hochstein", "Israel")].status == "completed"


def test_the_leader_of_a_delegation_travels_with_it() -> None:
    text = (
        "A Turkish delegation led by Deputy Foreign Minister Sedat Onal held talks with Deputy Secretary of State "
        "John Sullivan in Washington on Wednesday. Burkina Faso's military leader Paul-Henri Damiba received a "
        "delegation of ECOWAS foreign ministers led by Ghana's Foreign Minister Shirley Ayorkor Botchwey in "
        "Ouagadougou on Monday."
    )
    visits = _visits(text, dt.date(2018, 8, 10))
    assert {("Sedat Onal", "United States"), ("Shirley Ayorkor Botchwey", "Burkina Faso")} <= set(visits)
    assert ("Paul-Henri Damiba", "Burkina Faso") not in visits


def test_a_country_represented_by_an_envoy_sends_the_envoy_not_the_leader_named_after() -> None:
    text = (
        "Ibrahim Mohamed Solih was sworn in as president of the Maldives on Saturday in Male. China was "
        "represented at the ceremony by Culture and Tourism Minister Luo Shugang, a special envoy of President "
        "Xi Jinping."
    )
    visits = _visits(text, dt.date(2018, 11, 17))
    assert ("Luo Shugang", "Maldives") in visits
    assert ("Xi Jinping", "Maldives") not in visits


def test_a_leader_in_a_since_clause_of_a_datelined_lead_is_history_not_a_visitor() -> None:
    text = (
        "BRUSSELS, Oct 31 - European Union foreign ministers met on Thursday to discuss a row with Moscow over "
        "a Chechen congress. The dispute is one of the sharpest between Russia and a Western government since "
        "Vladimir Putin came to power."
    )
    assert ("Vladimir Putin", "Belgium") not in _visits(text, dt.date(2002, 10, 31))


def test_a_dateline_with_an_american_state_places_the_story_in_the_united_states() -> None:
    text = (
        "WILMINGTON, Delaware, Sept 21 (Reuters) - President Joe Biden held talks with Indian Prime Minister "
        "Narendra Modi and Japanese Prime Minister Fumio Kishida on Saturday."
    )
    visits = _visits(text, dt.date(2024, 9, 21))
    assert visits[("Narendra Modi", "United States")].place == "Wilmington"
    assert ("Fumio Kishida", "United States") in visits


def test_those_joined_after_a_leg_from_elsewhere_are_at_the_datelines_meeting() -> None:
    text = (
        "PARIS, July 26 (AP) - Foreign ministers met on Saturday to press for a longer truce in Gaza.\n\n"
        "Secretary of State John Kerry flew in overnight from Cairo, where he had spent most of the week, to join "
        "French Foreign Minister Laurent Fabius, Britain's Philip Hammond and Germany's Frank-Walter Steinmeier "
        "at the French foreign ministry.\n\n"
        "Kerry flew in from Cairo to join Italy's Federica Mogherini."
    )
    visits = _visits(text, dt.date(2014, 7, 26))
    assert {("Philip Hammond", "France"), ("Frank-Walter Steinmeier", "France")} <= set(visits)
    assert ("Federica Mogherini", "France") in visits
    assert ("Laurent Fabius", "France") not in visits


def test_a_leader_who_goes_on_to_speak_from_another_country_is_not_at_the_datelines_summit() -> None:
    text = (
        "VIENNA, March 8 — Foreign ministers of the countries in the talks signed a new accord on the Iranian "
        "nuclear programme at a conference in Vienna on Friday.\n\n"
        "German Foreign Minister Annalena Baerbock called the signing a step forward.\n\n"
        'Turkish President Tayyip Erdogan was less enthusiastic. "It settles nothing," he told reporters in Ankara.'
    )
    visits = _visits(text)
    assert ("Annalena Baerbock", "Austria") in visits
    assert [visitor for visitor, _ in visits if "Erdogan" in visitor] == []


def test_a_place_in_a_life_story_does_not_set_the_scene_for_an_arrival() -> None:
    text = (
        "LIMA, March 8 — Peru's new president was sworn in on Friday.\n\n"
        "The president, an engineer trained in France and the United States, took the oath in Congress.\n\n"
        "Colombian President Gustavo Petro arrived on Thursday for the ceremony."
    )
    visits = _visits(text)
    assert [(visitor, country) for visitor, country in visits if visitor == "Gustavo Petro"] == [
        ("Gustavo Petro", "Peru")
    ]


def test_the_one_thanked_for_a_visit_made_it() -> None:
    text = (
        "MOSCOW, March 8 — Russian President Vladimir Putin spoke on Friday.\n\n"
        "Putin thanked Kazakh President Kassym-Jomart Tokayev for his visit to Beijing."
    )
    visits = _visits(text)
    assert [(visitor, country) for visitor, country in visits] == [("Kassym-Jomart Tokayev", "China")]


def test_a_visit_last_month_is_over() -> None:
    text = (
        "SEOUL, March 8 — South Korean President Yoon Suk Yeol spoke on Friday.\n\n"
        "Yoon said his visit to Tokyo last month had opened a new chapter."
    )
    assert _visits(text)["Yoon Suk Yeol", "Japan"].status == "completed"


def test_a_leg_told_after_after_is_over_and_keeps_no_day() -> None:
    text = "JAKARTA, March 8 — US President Joe Biden arrived in Jakarta on Thursday after a three-day visit to India."
    visits = _visits(text)
    assert visits["Joe Biden", "India"].status == "completed"
    assert visits["Joe Biden", "India"].date is None
    assert visits["Joe Biden", "Indonesia"].status == "ongoing"
    text = "JAKARTA, March 8 — US President Joe Biden will fly to Seoul on Saturday after a stop in Manila."
    assert _visits(text)["Joe Biden", "Philippines"].status == "planned"


def test_a_scheduled_trip_later_on_the_articles_own_day_is_planned() -> None:
    text = "TALLINN, March 8 — US President Joe Biden spoke in Tallinn.\n\nBiden flies to Wales on Friday for a summit."
    assert _visits(text)["Joe Biden", "United Kingdom"].status == "planned"


def test_a_news_conference_is_held_where_the_scene_is_not_where_its_words_point() -> None:
    text = (
        "WASHINGTON, March 8 — President Joe Biden gave Kenyan President William Ruto a state welcome at the White "
        "House on Friday, but used their news conference to warn firms doing business in Iran.\n\n"
        "It is the first state visit by a Kenyan president in two decades."
    )
    assert [country for visitor, country in _visits(text) if visitor == "William Ruto"] == ["United States"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish Prime Minister Pedro Sanchez had been due in Lisbon on Friday.",
        "Spanish Prime Minister Pedro Sanchez, who had been expected to fly to Lisbon, stayed in Madrid.",
        "Spanish Prime Minister Pedro Sanchez was to have flown to Lisbon on Friday.",
    ],
)
def test_a_trip_that_was_to_happen_in_the_past_perfect_fell_through(sentence: str) -> None:
    assert _visits(sentence)["Pedro Sanchez", "Portugal"].status == "cancelled"


def test_a_trip_told_in_the_past_to_the_datelines_country_goes_on_unless_it_is_over() -> None:
    lead = "{}, March 8 — Troops held a parade on Friday.\n\n"
    trip = "British Prime Minister Keir Starmer flew to Sierra Leone on Thursday to meet them."
    assert _visits(lead.format("FREETOWN") + trip)["Keir Starmer", "Sierra Leone"].status == "ongoing"
    assert _visits(lead.format("LONDON") + trip)["Keir Starmer", "Sierra Leone"].status == "completed"
    home = "British Prime Minister Keir Starmer flew home on Thursday after a day in Sierra Leone."
    assert [visit.status for visit in _visits(lead.format("FREETOWN") + home).values()] in ([], ["completed"])


def test_a_trip_paid_or_made_is_told_as_done() -> None:
    text = (
        "BEIRUT, March 8 — Leaders reacted on Friday.\n\n"
        "Sudanese President Omar al-Bashir made a surprise trip to Damascus on Thursday."
    )
    assert _visits(text)["Omar al-Bashir", "Syria"].status == "completed"


def test_the_datelines_own_date_is_not_the_day_of_a_trip_in_the_lead() -> None:
    text = "WASHINGTON, March 8 — President Joe Biden will fly to Wales on Sunday for a summit.\n\nHe spoke on Friday."
    assert _visits(text)["Joe Biden", "United Kingdom"].date == dt.date(2024, 3, 10)


def test_the_verb_of_a_tour_tells_a_legs_tense_when_the_tour_noun_says_nothing() -> None:
    text = (
        "BERLIN, March 8 — Leaders met on Friday.\n\n"
        "Japanese Prime Minister Fumio Kishida flew to Sochi from London, the last stop on a European tour that "
        "also took him to Italy and France."
    )
    visits = _visits(text)
    assert visits["Fumio Kishida", "Italy"].status == "completed"
    assert visits["Fumio Kishida", "France"].status == "completed"


def test_a_tour_that_has_taken_him_somewhere_is_past_there() -> None:
    text = (
        "BERLIN, March 8 — Leaders met on Friday.\n\n"
        "South Korean President Yoon Suk Yeol is in Berlin on the last leg of a European tour that has taken him "
        "to Italy and France."
    )
    assert _visits(text)["Yoon Suk Yeol", "Italy"].status == "completed"


def test_the_most_senior_official_to_visit_is_a_record_not_a_plan() -> None:
    text = (
        "KHARTOUM, March 8 — Talks went on on Friday.\n\n"
        "Blinken, the most senior American official to visit Sudan in years, met the army chief."
    ).replace("Blinken", "Secretary of State Antony Blinken")
    assert _visits(text)["Antony Blinken", "Sudan"].status == "ongoing"


def test_leaders_who_were_both_in_a_city_are_there() -> None:
    # The lead is about something else, so nothing but the sentence itself places them.
    visits = _visits(
        "Armenia said on Friday that four of its soldiers had been wounded overnight.\n\n"
        "Armenian Prime Minister Nikol Pashinyan said Yerevan wanted peace.\n\n"
        "Pashinyan and Azerbaijani President Ilham Aliyev were both in Prague for a meeting of European leaders "
        "when the shelling began."
    )
    assert set(visits) == {("Nikol Pashinyan", "Czech Republic"), ("Ilham Aliyev", "Czech Republic")}


def test_a_place_opening_the_sentence_before_a_pronoun_needs_no_comma() -> None:
    text = (
        "U.S. Treasury Secretary Janet Yellen arrived in Beijing on Friday for talks on trade.\n\n"
        "In Tokyo on Wednesday she met Japanese Prime Minister Fumio Kishida."
    )
    visit = _visits(text)["Janet Yellen", "Japan"]
    assert (visit.status, visit.date) == ("completed", dt.date(2024, 3, 6))
    # Words other than time words between the place and the pronoun: someone else's sentence.
    text = (
        "U.S. Treasury Secretary Janet Yellen arrived in Beijing on Friday for talks on trade.\n\n"
        "In Tokyo officials said she met Japanese Prime Minister Fumio Kishida."
    )
    assert ("Janet Yellen", "Japan") not in _visits(text)


def test_a_host_s_own_trip_after_a_temporal_link_is_a_visit() -> None:
    text = (
        "Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing on "
        "Friday, two days after a trip to Kazakhstan."
    )
    visits = _visits(text)
    assert visits["Xi Jinping", "Kazakhstan"].status == "completed"
    # Receiving someone for a visit still makes the receiver the host, not a visitor.
    text = "Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva for a state visit."
    assert {visitor for visitor, _ in _visits(text)} == {"Luiz Inacio Lula da Silva"}


def test_a_place_a_summit_is_about_is_not_where_it_meets() -> None:
    text = (
        "Jordanian King Abdullah II was in Cairo on Tuesday for an emergency summit on the reconstruction of Gaza. "
        "In July he attends a summit on the Japanese island of Okinawa."
    )
    visits = _visits(text, dt.date(2025, 3, 4))
    assert ("Abdullah II", "Egypt") in visits
    assert ("Abdullah II", "Palestine") not in visits
    assert ("Abdullah II", "Japan") in visits


def test_a_reaction_at_home_does_not_move_the_story() -> None:
    text = (
        "Chinese President Hu Jintao arrived in San Jose on Sunday for talks with Costa Rican President Oscar "
        "Arias.\n\n"
        "In Taipei, Taiwanese Foreign Minister Francisco Ou told legislators that Taiwan would not buy allies.\n\n"
        "Protesters waved Tibetan flags outside the National Theatre as Hu arrived for a reception on Monday."
    )
    visits = _visits(text, dt.date(2008, 11, 17))
    assert {destination for visitor, destination in visits if visitor == "Hu Jintao"} == {"Costa Rica"}


def test_an_ambassador_to_a_body_travels_and_one_posted_in_a_country_does_not() -> None:
    text = (
        "A Security Council delegation led by U.S. Ambassador to the United Nations Samantha Power and "
        "Senegal's U.N. ambassador, Fode Seck, arrived in Juba on Friday."
    )
    visits = _visits(text, dt.date(2016, 9, 3))
    assert {visitor for visitor, _ in visits} == {"Samantha Power", "Fode Seck"}
    assert ("Deborah Malac", "Uganda") not in _visits("U.S. Ambassador Deborah Malac flew to Gulu on Friday.")


def test_a_summit_in_a_clause_of_days_to_come_is_planned_for_everyone_named() -> None:
    text = (
        "South Korean President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi spoke by phone. "
        "U.S. President George W. Bush is expected to discuss the issue with Kim and Koizumi at the "
        "Asia-Pacific summit in Los Cabos, Mexico, at the end of next week."
    )
    visits = _visits(text, dt.date(2002, 10, 17))
    assert {visitor: visit.status for (visitor, _), visit in visits.items()} == {
        "George W. Bush": "planned",
        "Kim Dae-jung": "planned",
        "Junichiro Koizumi": "planned",
    }


def test_come_to_a_place_is_a_trip_of_its_subject() -> None:
    text = (
        "Mexican President Andres Manuel Lopez Obrador said Chilean President Gabriel Boric and Colombian "
        "President Gustavo Petro would still come to Mexico City later this week."
    )
    visits = _visits(text, dt.date(2022, 11, 22))
    assert {(visitor, visit.status) for (visitor, _), visit in visits.items()} == {
        ("Gabriel Boric", "planned"),
        ("Gustavo Petro", "planned"),
    }
    assert (
        _visits("Mali's Foreign Minister Abdoulaye Diop said he had come to Algiers to make peace.")[
            "Abdoulaye Diop", "Algeria"
        ].status
        == "ongoing"
    )
    # Why someone came, someone else asked to come, and things that came out of a place.
    for text, day in (
        ("Chinese Premier Zhu Rongji said he had not come to Japan to demand an apology.", dt.date(2000, 10, 14)),
        ("UN envoy Jan Eliasson urged the rebels to settle their differences and come to Libya.", dt.date(2007, 9, 6)),
        ("Chadian President Idriss Deby said the weapons had come out of Libya.", dt.date(2014, 5, 17)),
    ):
        assert _visits(text, day) == {}


def test_the_two_presidents_include_one_the_gazetteer_names_by_a_party_office() -> None:
    # In October 2002 the gazetteer's first office for Jiang Zemin is the party's; he was president too.
    text = (
        "U.S. President George W. Bush met Chinese President Jiang Zemin on Friday. "
        "The two presidents will fly to Mexico City on Saturday."
    )
    assert {visitor for visitor, _ in _visits(text, dt.date(2002, 10, 25))} == {"George W. Bush", "Jiang Zemin"}


def test_a_town_the_gazetteer_lacks_placed_by_its_country_after_to() -> None:
    text = "Chinese President Jiang Zemin will fly to Los Cabos, Mexico, on Saturday for the summit."
    assert _visits(text, dt.date(2002, 10, 25))["Jiang Zemin", "Mexico"].status == "planned"


def test_a_place_of_bloodshed_or_tensions_is_not_where_a_meeting_is() -> None:
    text = (
        "Secretary of State Hillary Clinton leaves London on Friday for Tunis, where she will attend a meeting "
        "of countries seeking to end the bloodshed in Syria."
    )
    assert {destination for _, destination in _visits(text, dt.date(2012, 2, 23))} == {"Tunisia"}


def test_a_trip_in_a_whether_clause_is_undecided_however_long_the_name() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov declined to say whether Russian President Vladimir Putin would travel "
        "to the G20 summit in Bali in November."
    )
    assert _visits(text, dt.date(2022, 6, 30)) == {}
    # A clause of its own after "whether" is decided.
    text = "Asked whether he would go, Russian President Vladimir Putin said he would travel to Bali in November."
    assert ("Vladimir Putin", "Indonesia") in _visits(text, dt.date(2022, 6, 30))


def test_travelling_there_goes_to_the_place_just_named() -> None:
    text = (
        "No date was given for the first session in Quito, but Colombian President Juan Manuel Santos is "
        "expected to travel there next week."
    )
    assert _visits(text, dt.date(2016, 3, 30))["Juan Manuel Santos", "Ecuador"].status == "planned"
    text = "The first session will be held in Quito. Colombian President Juan Manuel Santos will go there next week."
    assert ("Juan Manuel Santos", "Ecuador") in _visits(text, dt.date(2016, 3, 30))


def test_calling_off_a_trip_cancels_the_trip_to_the_event_of_the_story() -> None:
    text = (
        "U.S. President Joe Biden hosted African leaders in Washington on Wednesday. "
        "South Africa's President Cyril Ramaphosa called off his trip, citing unrest at home."
    )
    visits = _visits(text, dt.date(2022, 12, 15))
    assert {key: visit.status for key, visit in visits.items()} == {("Cyril Ramaphosa", "United States"): "cancelled"}


def test_a_trip_said_to_be_off_is_cancelled() -> None:
    text = "U.S. envoy Nicholas Burns had been preparing to travel to Uzbekistan, but the trip is now off."
    visits = _visits(text, dt.date(2005, 7, 31))
    assert {key: visit.status for key, visit in visits.items()} == {("Nicholas Burns", "Uzbekistan"): "cancelled"}


def test_stopping_in_a_city_on_the_way_is_a_leg_of_the_trip() -> None:
    text = "Italian Prime Minister Giorgia Meloni is due in Shanghai on Tuesday before stopping in Paris on Thursday."
    visits = _visits(text, dt.date(2024, 7, 29))
    assert [(destination, visit.status) for (_, destination), visit in visits.items()] == [
        ("China", "planned"),
        ("France", "planned"),
    ]


def test_one_who_flew_in_is_still_there() -> None:
    text = (
        "VILNIUS - NATO leaders gathered in Vilnius on Tuesday. President Joe Biden, who flew in last night, "
        "was greeted at the venue by the host, Lithuanian President Gitanas Nauseda."
    )
    visits = _visits(text, dt.date(2023, 7, 11))
    assert [
        (destination, visit.status) for (visitor, destination), visit in visits.items() if visitor == "Joe Biden"
    ] == [("Lithuania", "ongoing")]


def test_a_countrys_leader_named_by_description_is_the_one_in_office() -> None:
    text = (
        "MADRID - Spanish Prime Minister Mariano Rajoy met Chancellor Angela Merkel in Berlin on Friday. "
        "Rajoy took office after beating the party of former prime minister Jose Luis Rodriguez Zapatero. "
        "The Spanish leader travels on Saturday to Paris."
    )
    visits = _visits(text, dt.date(2012, 3, 2))
    assert ("Mariano Rajoy", "France") in visits
    assert not [visitor for visitor, _ in visits if visitor != "Mariano Rajoy"]


def test_a_title_said_of_an_earlier_leader_refers_to_no_one_else() -> None:
    text = (
        "Arab leaders met in Cairo. In Jerusalem, Prime Minister Ehud Barak responded by announcing a time-out. "
        "The last full Arab summit, also held in Cairo, met in 1996 after the election of Benjamin Netanyahu "
        "as Israel's prime minister."
    )
    assert _visits(text, dt.date(2000, 10, 22)) == {}


def test_a_leg_listed_after_a_where_clause_is_a_further_leg() -> None:
    text = (
        "Spanish Prime Minister Mariano Rajoy travels on Monday to Brussels, where he will see European Council "
        "President Herman Van Rompuy, and to Paris for talks with French President Nicolas Sarkozy."
    )
    visits = _visits(text, dt.date(2012, 3, 2))
    assert sorted(destination for _, destination in visits) == ["Belgium", "France"]


def test_the_host_of_an_earlier_visit_named_in_passing_is_not_at_the_dateline() -> None:
    text = (
        "ULAANBAATAR, May 17 - Narendra Modi on Sunday became the first Indian prime minister to visit Mongolia.\n\n"
        "Modi, who flew in overnight from Shanghai at the end of a three-day visit to China that included talks "
        "with President Xi Jinping and Premier Li Keqiang, was welcomed at the Government Palace."
    )
    visits = _visits(text, dt.date(2015, 5, 17))
    assert [visitor for visitor, destination in visits if destination == "Mongolia"] == ["Narendra Modi"]


def test_a_leader_and_his_counterpart_both_travel() -> None:
    visits = _visits(
        "Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi will travel to Budapest next week.",
        dt.date(2016, 3, 1),
    )
    assert sorted(visitor for visitor, _ in visits) == ["Sergei Lavrov", "Wang Yi"]


def test_the_partner_of_talks_does_not_go_on_to_the_next_leg() -> None:
    visits = _visits(
        "Iranian President Ebrahim Raisi travels on to Uganda for talks with President Yoweri Museveni "
        "and is due in Zimbabwe on Thursday.",
        dt.date(2023, 7, 12),
    )
    assert sorted(visits) == [("Ebrahim Raisi", "Uganda"), ("Ebrahim Raisi", "Zimbabwe")]


def test_an_untitled_leader_out_of_office_is_not_placed_at_the_dateline() -> None:
    text = (
        "NAIROBI, July 12 - Iranian President Ebrahim Raisi arrived in Kenya on Wednesday. The last Iranian "
        "president to visit sub-Saharan Africa was Mahmoud Ahmadinejad, who made several trips to the region."
    )
    assert sorted(_visits(text, dt.date(2023, 7, 12))) == [("Ebrahim Raisi", "Kenya")]



def test_where_a_text_was_signed_is_no_trip_of_the_speaker() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said officials would keep working on the peace deal signed in Minsk "
        "in September."
    )
    assert _visits(text, dt.date(2015, 2, 7)) == {}
