"""Extractors on small texts through the real pipeline (loaded once per session)."""

from decimal import Decimal

import pytest

from spacy.tokens import Doc

from geograph.extract import extract
from geograph.extract.actors import Mention, short_names, unnamed_speakers
from geograph.facts import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def facts_of(extractor):
    def run(text):
        article = Article(id="t", title=text.splitlines()[0], text=text, source="t.txt")
        doc = extractor.nlp(text)
        return extract(doc, article, extractor.reference, extractor.pipeline)
    return run


def labels(facts):
    return {a.label: a.type for a in facts.actors}


def test_extract_actors_resolve_surnames_and_titles(facts_of):
    facts = facts_of("Talks in Warsaw\n\nPoland's prime minister, Donald Tusk, met Olaf Scholz in Warsaw on Monday. "
                     "Tusk said the talks went well.")
    assert labels(facts) == {"Poland": "Country", "Donald Tusk": "Person", "Olaf Scholz": "Person",
                             "Warsaw": "Location"}
    tusk = next(a for a in facts.actors if a.label == "Donald Tusk")
    assert [m.exact for m in tusk.mentions] == ["Donald Tusk", "Tusk"]
    assert tusk.wikidata == "Q946"


def test_extract_actors_ignore_headline_capitals(facts_of):
    facts = facts_of("Stark Warning Stirs Tensions\n\nThe president of Ghana spoke on Friday.")
    assert "Stark Warning" not in labels(facts)
    assert labels(facts) == {"Ghana": "Country"}


@pytest.mark.parametrize(("text", "label"), [
    ("Moscow warned that it would respond.", "Russia"),
    ("Polish officials said the border was calm.", "Poland"),
    ("Beijing's response was swift.", "China"),
    ("The Chinese foreign ministry accused Manila of provocations.", "Philippines"),
])
def test_extract_actors_capitals_and_demonyms_stand_for_states(facts_of, text, label):
    assert label in labels(facts_of("Headline\n\n" + text))


def test_extract_actors_a_capital_that_acts_is_its_state_throughout(facts_of):
    facts = facts_of("Headline\n\nSyria's donors met in Damascus on Monday. Damascus wants the sanctions lifted. "
                     "Ministers of Poland later met in Warsaw.")
    assert labels(facts) == {"Syria": "Country", "Poland": "Country", "Warsaw": "Location"}
    syria = next(a for a in facts.actors if a.label == "Syria")
    assert [m.exact for m in syria.mentions] == ["Syria", "Damascus", "Damascus"]


def test_extract_actors_broad_regions_are_no_actors_though_the_reference_knows_them(facts_of):
    assert labels(facts_of("Headline\n\nTrade across Asia and the Caucasus slowed, Japan said.")) == {"Japan": "Country"}


def test_extract_actors_a_known_place_is_labelled_as_written(facts_of):
    assert labels(facts_of("Headline\n\nEgypt sent aid trucks into Gaza on Monday.")) == {
        "Egypt": "Country", "Gaza": "Location"}


def test_extract_actors_a_capital_in_a_relation_is_its_state(facts_of):
    facts = facts_of("Headline\n\nGermany pledged more military aid to Kyiv, which Ukraine welcomed at a "
                     "meeting in Berlin. Poland's leader later flew to Warsaw.")
    assert labels(facts) == {"Germany": "Country", "Ukraine": "Country", "Berlin": "Location",
                             "Poland": "Country", "Warsaw": "Location"}


def test_extract_statements_direct_quote(facts_of):
    text = ("Headline\n\n“We will defend every inch of allied territory,” said Mark Rutte. "
            "He spoke in Brussels.")
    (statement,) = facts_of(text).statements
    assert statement.speaker == "person/mark-rutte"
    assert statement.direct is True
    assert statement.quote == "We will defend every inch of allied territory,"
    assert text[statement.evidence[0].start:statement.evidence[0].end] == statement.quote


@pytest.mark.parametrize(("sentence", "kind", "target"), [
    ("Germany urged Iran to return to the negotiating table.", "demand", "country/IR"),
    ("France warned Russia that an attack would have consequences.", "warning", "country/RU"),
    ("Japan condemned North Korea for the missile launch.", "criticism", "country/KP"),
    ("China denied that it had supplied weapons to Russia.", "denial", "country/RU"),
])
def test_extract_statements_reported_speech(facts_of, sentence, kind, target):
    (statement,) = facts_of("Headline\n\n" + sentence).statements
    assert (statement.direct, statement.kind) == (False, kind)
    assert target in statement.targets


def test_extract_statements_pronoun_and_continued_quote(facts_of):
    text = ("Headline\n\nEmmanuel Macron arrived in Kyiv on Tuesday.\n\n"
            "“Europe will not abandon Ukraine. We are here for the long term,” he told reporters.\n\n"
            "“Nobody should doubt our resolve,” continued Macron.")
    statements = facts_of(text).statements
    assert {s.speaker for s in statements} == {"person/emmanuel-macron"}
    assert all(s.direct for s in statements)


def test_extract_statements_quote_paragraph_goes_on_in_the_voice_before(facts_of):
    text = ("Headline\n\n“Russia is testing us,” Rutte told reporters on Monday.\n\n"
            "“Our answer is not panic, it is presence.”\n\nThe ministers then met.")
    statements = facts_of(text).statements
    assert [(s.speaker, s.quote) for s in statements] == [
        ("person/mark-rutte", "Russia is testing us,"), ("person/mark-rutte", "Our answer is not panic, it is presence.")]


def test_extract_statements_about_the_story(facts_of):
    text = ("Headline\n\nDonors pledged aid to Syria. Syria needs it, the United Nations said.\n\n"
            "Germany gave most. Development Minister Reem Alabali Radovan said Berlin would focus on water.")
    statement = next(s for s in facts_of(text).statements if s.speaker == "person/reem-alabali-radovan")
    assert "country/SY" in statement.targets


def test_extract_statements_about_what_the_sentence_before_speaks_of(facts_of):
    text = ("Headline\n\nSyria is the story. Syria. Syria.\n\nEthiopia filled the dam in July. "
            "Egypt's foreign minister, Badr Abdelatty, said Cairo would take every measure.")
    statement = next(s for s in facts_of(text).statements if s.speaker == "person/badr-abdelatty")
    assert "country/ET" in statement.targets


def test_extract_statements_naming_others_are_still_about_the_story_and_the_sentence_before(facts_of):
    text = ("Headline\n\nThe IMF lends to Kenya. Kenya owes $2bn. Kenya again.\n\nThe fund met ministers from "
            "Cameroon. Germany's finance minister, Lars Klingbeil, said Berlin would lend Chad $2.5bn.")
    statement = next(s for s in facts_of(text).statements if s.speaker == "person/lars-klingbeil")
    assert {"country/TD", "country/KE", "country/CM"} <= set(statement.targets)


@pytest.mark.parametrize("sentence", [
    "Helsinki has pledged to raise its own defence spending to 3% of GDP by 2029.",
    "Japan has committed to lifting security-related spending to 2% of gross domestic product.",
])
def test_extract_statements_a_pledge_of_money_is_a_commitment_not_a_statement(facts_of, sentence):
    facts = facts_of("Headline\n\n" + sentence)
    assert facts.statements == () and facts.commitments


@pytest.mark.parametrize(("sentence", "count"), [
    # a bare reaction says nothing; one with content does
    ("Russia invaded. Moscow rejected the move.", 0),
    ("Washington welcomed the plan.", 0),
    ("Moscow rejected the move, saying it breached international law.", 1),
    ("Washington welcomed the plan for Gaza.", 1),
    # a negated or pending reporting verb says nothing; a denial keeps its negation
    ("The United States has not said whether it will contribute to the fund.", 0),
    ("Pakistan, an elected member of the council, did not explain its vote on the resolution.", 0),
    ("Italy, whose vote is seen as decisive, has yet to declare its position on the treaty.", 0),
    ("Germany said it would not block the deal.", 1),
    ("Russia did not deny that its drones had entered Polish airspace.", 1),
    # "conclude", "add" and the like report a clause, not an object
    ("The Philippines holds the bloc's chair and has pushed to conclude a code of conduct for the South China Sea.", 0),
    ("Sweden added a 16bn kronor package focused on drones.", 0),
    ("Spokesman Kimiebi Ebienfa added in a separate statement that Nigeria was ready to share its experience.", 1),
    ("The European Commission concluded that Hungary had not met the conditions.", 1),
    # "stand" says something only by, with or behind someone
    ("Kenya's public debt stands at about 68% of GDP.", 0),
    ("Saudi Arabia said it would stand by Pakistan.", 1),
    # backing, offering, inviting or admitting is done, not said
    ("Germany backed the plan to send more troops to Lithuania.", 0),
    ("Japan offered to host the next round of talks in Tokyo.", 0),
    ("NATO invited Sweden to join the alliance in 2022.", 0),
    ("Japan committed two destroyers to the mission in the Red Sea.", 0),
    ("Japan has committed to sending a destroyer to the Red Sea.", 0),
])
def test_extract_statements_only_what_is_said(facts_of, sentence, count):
    assert len(facts_of("Headline\n\n" + sentence).statements) == count


def test_extract_statements_summary_lines_fold_into_the_body(facts_of):
    text = ("Rutte Warns Russia\n\n  • Rutte warns Russia of a devastating response.\n\n"
            "Mark Rutte warned Russia that any attack on Poland would be met with force.")
    (statement,) = facts_of(text).statements
    assert statement.kind == "warning"
    assert len(statement.evidence) == 2


@pytest.mark.parametrize(("sentence", "member", "organization", "status", "explicit"), [
    ("Any attack on Poland or other NATO members would be answered.", "country/PL", "org/NATO", "active", True),
    ("Finland joined NATO in 2023.", "country/FI", "org/NATO", "active", True),
    ("NATO's eastern members, Poland and Lithuania, want more troops.", "country/LT", "org/NATO", "active", True),
    ("The Paris Club, whose members include France and Japan, met.", "country/JP", "org/ParisClub", "active", True),
    ("Palestine joined the Arab League, which also includes Syria.", "country/SY", "org/ArabLeague", "active", True),
    ("Britain, which left the EU in 2020, and France are permanent members of the UN Security Council.",
     "country/FR", "org/UNSC", "active", True),
    ("Pakistan, which holds a seat on the UN Security Council, voted in favour.", "country/PK", "org/UNSC", "active", True),
    ("Kenya sits on the UN Security Council.", "country/KE", "org/UNSC", "active", True),
    ("The Quad, which groups India, the US, Japan and Australia, meets soon.", "country/AU", "org/Quad", "active", True),
    ("The Nordic Council, which brings together Denmark and Iceland, met.", "country/IS", "org/NordicCouncil", "active", True),
    ("Moldova was granted EU candidate status in June 2022.", "country/MD", "org/EU", "joining", True),
    ("The African Union, admitted as a permanent member of the G20 in 2023, attended.", "org/AU", "org/G20", "active", True),
    ("Japan, which like Italy and Germany is a member of the Group of Seven, spoke.", "country/IT", "org/G7", "active", True),
    ("Estonia is one of the 32 members of NATO.", "country/EE", "org/NATO", "active", True),
    ("Kenya is among the members of the East African Community.", "country/KE", "org/EAC", "active", True),
    ("The African Union suspended Mali after the coup.", "country/ML", "org/AU", "suspended", True),
    ("Burkina Faso withdrew from ECOWAS last year.", "country/BF", "org/ECOWAS", "left", True),
    ("Eastern NATO members, particularly Poland and the Baltic states, are worried.", "group/baltic-states", "org/NATO", "active", True),
    ("The Philippines, a member of the Association of Southeast Asian Nations, holds the chair.", "country/PH", "org/ASEAN", "active", True),
    ("Iran, which joined BRICS in 2024, has sought closer trade with China.", "country/IR", "org/BRICS", "active", True),
    ("Armenia formally applied to join the European Union on Tuesday.", "country/AM", "org/EU", "joining", True),
    ("Russia was suspended from the G8 in 2014.", "country/RU", "org/G8", "suspended", True),
    ("Mali and Niger completed their withdrawal from ECOWAS in January.", "country/NE", "org/ECOWAS", "left", True),
    ("Ministers of the Quad, the grouping of the United States, Japan, Australia and India, met.", "country/JP", "org/Quad", "active", True),
    ("Armenia could not remain in the Russian-led Eurasian Economic Union.", "country/RU", "org/EAEU", "active", False),
    ("Syria, which was readmitted to the Arab League in 2023, received backing.", "country/SY", "org/ArabLeague", "active", True),
    ("The DRC and Rwanda are members of the East African Community, as is Burundi.", "country/BI", "org/EAC", "active", True),
    ("At the OAS, fellow members such as Brazil and Colombia pushed for a fund.", "country/CO", "org/OAS", "active", True),
    ("The African Union met. Mali and Niger withdrew from the West African bloc ECOWAS.", "country/ML", "org/ECOWAS", "left", True),
    ("Leaders of Estonia, Latvia and Lithuania met. The three countries, all fellow NATO members, signed.",
     "country/LV", "org/NATO", "active", True),
    ("Indonesian President Joko Widodo spoke. Widodo, whose country joined Brics in 2025, smiled.",
     "country/ID", "org/BRICS", "active", True),
    ("The African Union met. IGAD, the east African bloc whose members include Ethiopia and Kenya, spoke.",
     "country/KE", "org/IGAD", "active", True),
    ("Washington pressed the so-called Quad — the United States, Saudi Arabia, the UAE and Egypt — to act.",
     "country/EG", "org/Quad", "active", True),
    ("Argentina applied to join the OECD in 2022.", "country/AR", "org/OECD", "joining", True),
    ("Mali, Burkina Faso and Niger put troops under one command, a year after quitting ECOWAS.",
     "country/BF", "org/ECOWAS", "left", True),
    ("Haiti, which joined CARICOM in 2002, received police from fellow members Jamaica and Belize.",
     "country/BZ", "org/CARICOM", "active", True),
    ("Island leaders pressed Canberra over AUKUS, the security pact between Australia, the United States and Britain.",
     "country/GB", "org/AUKUS", "active", True),
    ("Hungary, which holds the rotating presidency of the EU, objected.", "country/HU", "org/EU", "active", True),
    ("Georgia's bid to join the European Union has stalled.", "country/GE", "org/EU", "joining", True),
    ("Hungary, which belongs to both NATO and the EU, objected.", "country/HU", "org/EU", "active", True),
    ("The Security Council met. Russia is one of the council's five permanent members, alongside China.",
     "country/CN", "org/UNSC", "active", True),
    ("The Arab League met. Saudi Arabia and Qatar, the League's two wealthiest members, will pay.",
     "country/QA", "org/ArabLeague", "active", True),
    ("The UN Security Council adopted the text, with Pakistan abstaining.", "country/PK", "org/UNSC", "active", True),
    ("Algeria vetoed the draft at the Security Council.", "country/DZ", "org/UNSC", "active", True),
    ("Since the military governments of Niger, Mali and Burkina Faso quit ECOWAS, trade has fallen.",
     "country/ML", "org/ECOWAS", "left", True),
    ("Niger, Mali and Burkina Faso formed a pact. All three remain suspended from the African Union.",
     "country/BF", "org/AU", "suspended", True),
    ("Bulgaria and Romania became full members of Schengen in January 2025.", "country/RO", "org/Schengen", "active", True),
    ("Niger pulled out of the Multinational Joint Task Force in March 2025.", "country/NE", "org/MNJTF", "left", True),
    ("It was the first test for ASEAN since Timor-Leste became its 11th member.", "country/TL", "org/ASEAN", "active", True),
    ("BRICS ministers agreed to admit Vietnam and Nigeria as full members of the bloc.",
     "country/NG", "org/BRICS", "joining", True),
    ("The Pacific Islands Forum met. Tuvalu and Vanuatu are among Forum members that sought assurances.",
     "country/VU", "org/PIF", "active", True),
    ("Guyana is an OAS member, while Venezuela completed its withdrawal from the organisation in 2019.",
     "country/VE", "org/OAS", "left", True),
    ("Ukraine and Moldova, both candidates to join the EU, are expected to align with the measures.",
     "country/UA", "org/EU", "joining", True),
    ("India, a fellow Commonwealth member, welcomed the treaty.", "country/IN", "org/Commonwealth", "active", True),
    ("Officials from Iran and the so-called E3 - France, Germany and Britain - met in Geneva.",
     "country/DE", "org/E3", "active", True),
    ("The text, drafted by France, Germany and the United Kingdom – known as the E3 – was adopted.",
     "country/GB", "org/E3", "active", True),
    ("Jamaica's leader said Haiti's fellow members of the Caribbean Community could not stand aside.",
     "country/HT", "org/CARICOM", "active", True),
    ("The force is a test of the bloc's relevance after Mali, Burkina Faso and Niger, all run by juntas, "
     "withdrew from ECOWAS in January 2025.", "country/NE", "org/ECOWAS", "left", True),
    ("The Pacific Islands Forum's 18 members, including Australia and Fiji, agreed.", "country/FJ", "org/PIF", "active", True),
    ("The EU pledged money to the WTO's Fish Fund, while fellow members Japan and New Zealand paid too.",
     "country/NZ", "org/WTO", "active", True),
    ("The Gulf Cooperation Council, a bloc co-chaired by Saudi Arabia and Kuwait, met.", "country/KW", "org/GCC", "active", True),
    ("Ecuador wants to join the Pacific Alliance, the bloc Mexico founded with Chile and Peru.",
     "country/PE", "org/PacificAlliance", "active", True),
    ("Thailand opened accession talks with the OECD in 2024.", "country/TH", "org/OECD", "joining", True),
    ("Nepal and India are both members of BIMSTEC.", "country/NP", "org/BIMSTEC", "active", True),
    ("Bulgaria became the 21st member of the euro area on Thursday.", "country/BG", "org/Eurozone", "active", True),
    ("The Pacific Islands Forum met. We expect all Forum members, including New Zealand and Australia, to consult.",
     "country/NZ", "org/PIF", "active", True),
    ("Turkey has been a candidate to join the EU since 1999.", "country/TR", "org/EU", "joining", True),
    ("Unlike fellow European Free Trade Association members Norway, Iceland and Liechtenstein, which belong to "
     "the European Economic Area, Switzerland relies on bilateral deals.",
     "country/IS", "org/EFTA", "active", True),
    ("Britain, France and Germany, the so-called E3 that triggered the sanctions, issued a statement.",
     "country/FR", "org/E3", "active", True),
    ("Pakistan and Afghanistan met. Fidan said the two neighbours, both members of the Organisation of Islamic "
     "Cooperation, had to talk.", "country/AF", "org/OIC", "active", True),
    ("Norway, which together with Iceland and Liechtenstein forms the non-EU side of the EEA, reacted.",
     "country/LI", "org/EEA", "active", True),
    ("Ethiopia and Eritrea met. Both countries are members of the African Union.", "country/ER", "org/AU", "active", True),
    ("The Organization of American States, which Haiti helped found in 1948, said it was ready.",
     "country/HT", "org/OAS", "active", True),
    ("Leaders met under AUKUS, the security partnership between Australia, the United Kingdom and the United States.",
     "country/GB", "org/AUKUS", "active", True),
    ("India and the Maldives are founding members of the Colombo Security Conclave.",
     "country/MV", "org/colombo-security-conclave", "active", True),
    ("Mali, Niger and Burkina Faso signed a pact, and they also quit the International Criminal Court.",
     "country/NE", "org/ICC", "left", True),
    ("Mali, Niger and Burkina Faso met in Bamako. The three juntas formally left ECOWAS in January.",
     "country/BF", "org/ECOWAS", "left", True),
    ("He promised a tougher line in the Organization of American States on Venezuela, which withdrew from "
     "the OAS in 2019.", "country/VE", "org/OAS", "left", True),
    ("Finland's president said it would join NATO within months.", "country/FI", "org/NATO", "joining", True),
])
def test_extract_memberships(facts_of, sentence, member, organization, status, explicit):
    found = {(m.member, m.organization): m for m in facts_of("Headline\n\n" + sentence).memberships}
    membership = found[(member, organization)]
    assert (membership.status, membership.explicit) == (status, explicit)


@pytest.mark.parametrize("sentence", [
    "Japan, which is not a member of NATO but has deepened ties with the alliance, raised spending.",
    "Norway never joined the European Union.",
    "The talks, which include NATO and Ukraine, resume on Monday.",
    "The talks, which brought together NATO and Ukraine, ended.",
    "Finland has not said whether it intends to apply to join NATO.",
])
def test_extract_memberships_negated_or_untied_are_none(facts_of, sentence):
    assert not [m for m in facts_of("Headline\n\n" + sentence).memberships if m.explicit]


def test_extract_actors_people_ner_missed_are_found_as_speakers(extractor):
    # a parse by hand, with no entities, of a headline and "Nadia Haddad, the manager, said it."
    words = ["Headline", "\n\n", "Nadia", "Haddad", ",", "the", "manager", ",", "said", "it", "."]
    doc = Doc(extractor.nlp.vocab, words=words,
              spaces=[False, False, True, False, True, True, False, True, True, False, False],
              pos=["NOUN", "SPACE", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
              deps=["ROOT", "dep", "compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"],
              heads=[0, 0, 3, 8, 3, 6, 3, 3, 8, 8, 8],
              lemmas=["headline", "\n\n", "Nadia", "Haddad", ",", "the", "manager", ",", "say", "it", "."])
    (found,) = unnamed_speakers(doc, [])
    assert (found.span.text, found.type) == ("Nadia Haddad", "Person")


def test_extract_actors_names_cut_at_a_particle_are_joined(facts_of):
    facts = facts_of("Headline\n\nSaudi Energy Minister Prince Abdulaziz bin Salman rejected suggestions that "
                     "the kingdom was fighting a price war.")
    assert labels(facts) == {"Saudi Arabia": "Country", "Abdulaziz bin Salman": "Person"}


def test_extract_actors_names_cut_before_a_last_surname_are_joined(facts_of):
    facts = facts_of("Headline\n\nMexico will spend more, according to Security Secretary Omar García Harfuch. "
                     "García Harfuch said seizures had fallen.")
    assert labels(facts) == {"Mexico": "Country", "Omar García Harfuch": "Person"}


def test_extract_actors_names_cut_at_a_hyphen_are_joined(facts_of):
    facts = facts_of("Headline\n\nPrime Minister Alix Didier Fils-Aimé thanked the council for its support.")
    assert "Alix Didier Fils-Aimé" in labels(facts)


def test_extract_actors_a_first_name_alone_stands_for_its_person(facts_of):
    facts = facts_of("Headline\n\nIndonesian President Prabowo Subianto attended. Prabowo, whose country joined "
                     "Brics in 2025, struck a softer tone, saying Indonesia would “remain a friend to all”.")
    (statement,) = facts.statements
    assert statement.speaker == "person/prabowo-subianto"


def test_extract_actors_a_first_name_two_people_share_stands_for_neither(extractor):
    words = ["Abdullah", "Ahmed", "met", "Abdullah", "Khan", "and", "Lula", "da", "Silva", ".", "Abdullah", "and", "Lula"]
    doc = Doc(extractor.nlp.vocab, words=words, pos=["PROPN" if w[0].isupper() else "X" for w in words])
    people = [Mention(doc[0:2], "Person", "person/abdullah-ahmed", "Abdullah Ahmed"),
              Mention(doc[3:5], "Person", "person/abdullah-khan", "Abdullah Khan"),
              Mention(doc[6:9], "Person", "person/lula-da-silva", "Lula da Silva")]
    place, org = Mention(doc[10:11], "Location", "place/abdullah"), Mention(doc[12:13], "Location", "place/lula")
    short_names([*people, place, org])
    assert (place.key, org.key) == ("place/abdullah", "person/lula-da-silva")


@pytest.mark.parametrize(("text", "name"), [
    ("Iran's Supreme Leader Ayatollah Ali Khamenei said talks were pointless.", "Ali Khamenei"),
    # NER takes the titled name for an organisation; as a person it loses its titles
    ("The navy's spokesman, First Admiral Heru Santoso, said patrols would continue.", "Heru Santoso"),
])
def test_extract_actors_titles_stay_out_of_names(facts_of, text, name):
    assert {a.label for a in facts_of("Headline\n\n" + text).actors if a.type == "Person"} == {name}


def test_extract_actors_a_capitalised_first_word_of_a_compound_adjective_is_no_name(facts_of):
    facts = facts_of("Headline\n\nQuota-exempt OPEC members Iran, Libya and Venezuela were not part of the deal.")
    assert "Quota" not in labels(facts)


def test_extract_actors_a_leading_adverb_is_no_part_of_a_name(facts_of):
    facts = facts_of("Headline\n\nThe result ends the rule of Petro in Bogota. Petro said he accepted the result. "
                     "Later Petro wrote that sovereignty mattered.")
    assert labels(facts) == {"Petro": "Person", "Bogotá": "Location"}


def test_extract_actors_a_surname_taken_for_a_place_joins_the_person_named_later(extractor):
    doc = Doc(extractor.nlp.vocab, words=["Petro", "lost", ".", "Petro", "said", "so", "."])
    place = Mention(doc[0:1], "Location", "place/petro", "Petro")
    person = Mention(doc[3:4], "Person", "person/petro", "Petro")
    short_names([place, person])
    assert (place.type, place.key) == ("Person", "person/petro")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Human Rights Watch published a report. The group said the army had killed civilians.", "org/HRW"),
    ("Human Rights Watch and Amnesty International published a report. The group said the army had killed civilians.",
     None),
])
def test_extract_statements_the_group_said_is_the_one_body_named_before(facts_of, text, speaker):
    assert [s.speaker for s in facts_of("Headline\n\n" + text).statements] == ([speaker] if speaker else [])


def test_extract_statements_speaker_after_two_titles(facts_of):
    facts = facts_of("Headline\n\nDeputy Prime Minister and Foreign Minister Ishaq Dar reiterated on Monday that "
                     "any attempt to divert Pakistan's share of water would be treated as \"an act of war\".")
    assert [s.speaker for s in facts.statements] == ["person/ishaq-dar"]


def test_extract_statements_speaker_in_apposition_to_a_role(facts_of):
    text = ("Headline\n\nUruguay's president, Yamandú Orsi, struck a more conciliatory tone. "
            "\"We regret it, and we also understand it,\" Orsi told a news conference.")
    facts = facts_of(text)
    assert labels(facts)["Yamandú Orsi"] == "Person"
    assert ("person/yamandu-orsi", "We regret it, and we also understand it,") in {
        (s.speaker, s.quote) for s in facts.statements}


def test_extract_statements_speaker_of_a_relative_clause_with_its_own_subject(facts_of):
    text = ("Headline\n\nViktor Orbán arrived late. Orbán, who faces a parliamentary election next month in which "
            "his Fidesz party trails in most polls, said on arrival that Hungary would not be rushed.")
    assert [s.speaker for s in facts_of(text).statements] == ["person/viktor-orban"]


def test_extract_statements_reported_sentence_after_a_quote_is_a_statement_of_its_own(facts_of):
    text = ("Headline\n\nViktor Orbán said Hungary would “not be rushed into a decision”. "
            "He repeated his claim that Ukrainian membership would bankrupt European farmers.")
    statements = facts_of(text).statements
    assert [(s.direct, s.quote) for s in statements] == [(True, "not be rushed into a decision"), (False, None)]


def test_extract_statements_a_quote_added_after_reported_speech_is_a_statement_of_its_own(facts_of):
    text = ("Headline\n\nGuillaume Faury said the contract would secure jobs in Germany, adding: "
            "\"European governments are finally buying European.\"")
    statements = facts_of(text).statements
    assert [(s.direct, s.quote) for s in statements] == [
        (False, None), (True, "European governments are finally buying European.")]


def test_extract_statements_quotes_under_two_verbs_of_one_speaker_are_two(facts_of):
    text = ("Headline\n\nOmani Foreign Minister Badr Albusaidi said contacts with Iran had \"not stopped\", "
            "and warned that isolating Iran would only \"push the region closer to the edge\".")
    assert [(s.kind, s.quote) for s in facts_of(text).statements] == [
        ("claim", "not stopped"), ("warning", "push the region closer to the edge")]


@pytest.mark.parametrize(("sentence", "said"), [
    ("Mahmoud Ali Youssouf welcomed the RSF's acceptance of the truce and urged the army to "
     "\"reconsider in the interest of the Sudanese people\".",
     [("support", None), ("demand", "reconsider in the interest of the Sudanese people")]),
    ("Donald Trump told reporters that Canada was \"taking advantage of the United States\" and warned "
     "that more tariffs were possible.",
     [("warning", None), ("claim", "taking advantage of the United States")]),
])
def test_extract_statements_reported_speech_beside_a_quote_is_a_statement_of_its_own(facts_of, sentence, said):
    assert sorted((s.kind, s.quote) for s in facts_of("Headline\n\n" + sentence).statements) == sorted(
        said, key=lambda pair: (pair[0], pair[1] or ""))


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Germany welcomed the ceasefire in Gaza but warned Israel that any attack on Rafah would be a grave mistake.",
     ["support", "warning"]),
    ("Donald Tusk said Poland would build the fence and added that Lithuania would join the effort.", ["claim"]),
    ("Donald Tusk echoed the call for preparedness and emphasised that Poland would build the fence.", ["support"]),
])
def test_extract_statements_one_reported_statement_per_kind_in_a_sentence(facts_of, sentence, kinds):
    assert sorted(s.kind for s in facts_of("Headline\n\n" + sentence).statements) == kinds


def test_extract_statements_speech_reported_inside_another_is_part_of_it(facts_of):
    text = ("Headline\n\nDonald Tusk, Poland's prime minister, said Poland would back such a decoupling "
            "but would insist on long transition periods.")
    assert [s.speaker for s in facts_of(text).statements] == ["person/donald-tusk"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Viktor Orbán arrived. “We will not be rushed,” the Hungarian prime minister told state radio.",
     "person/viktor-orban"),
    ("Kremlin spokesman Dmitry Peskov called the move illegal.", "person/dmitry-peskov"),
    ("A spokesperson for the European Commission said the proposal was under review.", "org/EuropeanCommission"),
    ("Ukraine mourned. Officials in Kyiv said the attack killed 12 people.", "country/UA"),
    ("NATO ally Turkey objected to the plan.", "country/TR"),
    ("An unnamed senior US administration official told reporters that investment could exceed $1bn.", "country/US"),
    ("The G7 communique called on Russia to accept an unconditional ceasefire.", "org/G7"),
])
def test_extract_statements_role_words_and_judgements(facts_of, text, speaker):
    assert [s.speaker for s in facts_of("Headline\n\n" + text).statements] == [speaker]


@pytest.mark.parametrize(("sentence", "speakers"), [
    ("The foreign ministers of Brazil and India issued a joint statement calling for a ceasefire.",
     ["country/BR", "country/IN"]),
    ("A joint statement by France, Germany and Britain urged Iran to return to talks.",
     ["country/FR", "country/DE", "country/GB"]),
    ("President Emmanuel Macron of France said Europe must act.", ["person/emmanuel-macron"]),
])
def test_extract_statements_joint_statement_of_listed_states(facts_of, sentence, speakers):
    assert [s.speaker for s in facts_of("Headline\n\n" + sentence).statements] == speakers


@pytest.mark.parametrize(("sentence", "said"), [
    ('AfD co-leader Tino Chrupalla accused the government of "militarising the country on credit", while '
     'Greens expert Agnieszka Brugger said the ministry must fix "a procurement system that thinks in decades".',
     [("person/tino-chrupalla", "militarising the country on credit"),
      ("person/agnieszka-brugger", "a procurement system that thinks in decades")]),
    ("Antonio Guterres said in a statement that he “deeply regretted” the failure. “Every member state has "
     "a duty to stop it,” he said.",
     [("person/antonio-guterres", "deeply regretted"),
      ("person/antonio-guterres", "Every member state has a duty to stop it,")]),
    ('Lee Jae-myung said the door to dialogue "remains wide open" and urged Pyongyang to return to talks '
     '"without preconditions."',
     [("person/lee-jae-myung", "remains wide open"), ("person/lee-jae-myung", "without preconditions.")]),
    # a participle after an inverted attribution is the speaker's
    ("The European Union will contribute €25 million to help pay police salaries, EU foreign policy chief Kaja "
     "Kallas said, calling the force \"the only realistic path\" back to elections.",
     [("person/kaja-kallas", "the only realistic path")]),
    # after a dateline, said together
    ("MEXICO CITY, Feb 18 – Mexico and the United States said on Wednesday they had made “significant progress” "
     "towards a new security agreement.",
     [("country/MX", "significant progress"), ("country/US", "significant progress")]),
    # a title no one was named with is the story's person
    ("José Antonio Kast won the run-off. Addressing supporters, the president-elect said he would seek a "
     "“strategic alliance” with the United States.",
     [("person/jose-antonio-kast", "strategic alliance")]),
    # a quote introduced by a colon
    ("Mark Rutte was blunt: “Russia is the most significant threat to our alliance.”",
     [("person/mark-rutte", "Russia is the most significant threat to our alliance.")]),
])
def test_extract_statements_speakers_and_quotes(facts_of, sentence, said):
    assert [(s.speaker, s.quote) for s in facts_of("Headline\n\n" + sentence).statements] == said


def test_extract_statements_places_are_targets(facts_of):
    (statement,) = facts_of("Headline\n\nQatar urged Israel to reopen all crossings into Gaza.").statements
    assert statement.targets == ("country/IL", "place/gaza-strip")


def test_extract_statements_each_reporting_verb_is_a_statement_but_the_lede_announces_one(facts_of):
    text = ("Headline\n\nScott Bessent said the deal was fair to creditors. "
            "He warned that China must take its share of losses.")
    assert [s.kind for s in facts_of(text).statements] == ["claim", "warning"]
    text = ("Headline\n\nMark Rutte warned Russia that any attack would be met with force.\n\n"
            "Rutte spoke in Warsaw on Monday.\n\nRutte issued an urgent warning to Russia during the visit.")
    (statement,) = facts_of(text).statements
    assert (statement.kind, len(statement.evidence)) == ("warning", 2)


def test_extract_statements_speaker_given_by_title_only(facts_of):
    text = ("Headline\n\nGerman Chancellor Friedrich Merz met Emmanuel Macron in Paris on Monday. "
            "The chancellor said Europe must stand firm against Russia.")
    assert [s.speaker for s in facts_of(text).statements] == ["person/friedrich-merz"]


def test_extract_actors_hyphenated_names_keep_their_lower_case_part(facts_of):
    text = ("Headline\n\nTaiwan President Lai Ching-te told reporters the island would not be intimidated. "
            "\"We will not bow to pressure,\" he said.")
    facts = facts_of(text)
    assert labels(facts)["Lai Ching-te"] == "Person"
    assert {s.speaker for s in facts.statements} == {"person/lai-ching-te"}


def test_extract_actors_well_known_ngos_come_from_the_reference(facts_of):
    facts = facts_of("Headline\n\nHuman Rights Watch urged donors to wait. The WFP said rations would be cut.")
    assert labels(facts) == {"Human Rights Watch": "Organization", "WFP": "Organization"}
    assert all(a.wikidata for a in facts.actors)


def test_extract_actors_organisations_are_labelled_as_the_article_writes_them(facts_of):
    facts = facts_of("Headline\n\nThe UN Security Council met. The Group of Seven said it would act.")
    assert {a.key: a.label for a in facts.actors} == {"org/UNSC": "UN Security Council", "org/G7": "Group of Seven"}
    facts = facts_of("Headline\n\nThe United Nations Security Council met. The UN Security Council voted.")
    assert [a.label for a in facts.actors] == ["United Nations Security Council"]
    facts = facts_of("Headline\n\nTimor-Leste joined ASEAN. Dili said the Timorese were ready.")
    assert {a.key: a.label for a in facts.actors}["country/TL"] == "Timor-Leste"
    facts = facts_of("Headline\n\nVolodymyr Zelenskyy thanked Britain.")
    assert {a.key: a.label for a in facts.actors}["person/volodymyr-zelensky"] == "Volodymyr Zelenskyy"


def test_extract_actors_common_words_in_capitalised_headings_are_no_acronyms(facts_of):
    assert "WHO" not in labels(facts_of("Headline\n\nWHO IS JOINING\n\nIndonesia joined BRICS."))
    assert "WHO" in labels(facts_of("Headline\n\nHEALTH\n\nThe WHO warned of cholera in Sudan."))


def test_extract_actors_military_titles_are_not_names(facts_of):
    facts = facts_of("Headline\n\nIn Niger, Gen Tiani said the court was biased.")
    assert "Tiani" in labels(facts) and not any(label.startswith("Gen") for label in labels(facts))


@pytest.mark.parametrize(("sentence", "person"), [
    ("Defence Minister Israel Katz wrote on X on Saturday.", "Israel Katz"),
    ("Jordan Bardella, president of the Rassemblement National, accused Macron.", "Jordan Bardella"),
    ("The host, Kazakh President Kassym-Jomart Tokayev, called the gathering historic.", "Kassym-Jomart Tokayev"),
])
def test_extract_actors_people_named_like_places_or_tagged_with_their_title(facts_of, sentence, person):
    found = labels(facts_of("Headline\n\n" + sentence))
    assert found[person] == "Person"
    assert not {"Israel", "Jordan"} & set(found)


def test_extract_actors_an_institution_of_a_state_is_one_organisation(facts_of):
    facts = facts_of("Headline\n\nRussian Foreign Ministry spokeswoman Maria Zakharova said the seizure was piracy.")
    assert [label for label, kind in labels(facts).items() if kind == "Organization"] == ["Russian Foreign Ministry"]


def test_extract_actors_a_name_after_a_role_is_a_person(facts_of):
    facts = facts_of("Headline\n\nIMF mission chief Haimanot Teferra said the talks were productive.")
    assert labels(facts)["Haimanot Teferra"] == "Person"


def test_extract_actors_group_of_twenty_in_figures_is_the_g20(facts_of):
    facts = facts_of("Headline\n\nThe United States stayed away from the Group of 20 summit in Johannesburg.")
    assert {a.key: a.label for a in facts.actors}["org/G20"] == "Group of 20"


def test_extract_actors_armed_groups_come_from_the_reference(facts_of):
    facts = facts_of("Headline\n\nIn Sanaa, Ansar Allah dismissed the fund as political money.")
    assert labels(facts)["Ansar Allah"] == "Organization"


def test_extract_actors_titles_alone_are_no_names(facts_of):
    facts = facts_of("Headline\n\nThe spokesman, Brigadier General Felix Kulayigye, said four soldiers died.")
    assert labels(facts) == {"Felix Kulayigye": "Person"}


def test_extract_actors_a_dateline_place_is_no_actor(facts_of):
    facts = facts_of("Headline\n\nNAIROBI, Kenya (AP) — Kenyan police arrived in Haiti.")
    assert labels(facts) == {"Kenya": "Country", "Haiti": "Country"}
    facts = facts_of("GCC states approve $25bn financing package for Gulf railway\n\nSix-nation bloc signs off on "
                     "funding for the 2,117km line from Kuwait to Oman, with Saudi Arabia shouldering the biggest share"
                     "\n\nKUWAIT CITY — Gulf Cooperation Council states have approved a financing package worth "
                     "94 billion Saudi riyals ($25bn) for the railway.")
    assert "KUWAIT" not in labels(facts) and {c.actor for c in facts.commitments} == {"org/GCC"}


def test_extract_actors_long_agency_names_come_from_the_reference(facts_of):
    facts = facts_of("Headline\n\nThe Stockholm International Peace Research Institute said spending rose. "
                     "The UN Office for the Coordination of Humanitarian Affairs said aid fell.")
    assert labels(facts) == {"Stockholm International Peace Research Institute": "Organization",
                             "UN Office for the Coordination of Humanitarian Affairs": "Organization"}


def test_extract_actors_product_names_and_common_nouns_are_no_actors(facts_of):
    facts = facts_of("Headline\n\n• Government pledges more money\n\nSlovakia will buy IRIS-T SLM fire units from Germany.")
    assert labels(facts) == {"Slovakia": "Country", "Germany": "Country"}


@pytest.mark.parametrize(("sentence", "found"), [
    ("Canada said Sikhs living abroad had been threatened.", {"Canada": "Country", "Sikhs": "Group"}),
    ("Canada said Muslim leaders had been threatened.", {"Canada": "Country"}),
])
def test_extract_actors_a_people_named_as_a_plural_noun_is_a_group(facts_of, sentence, found):
    assert labels(facts_of("Headline\n\n" + sentence)) == found


def test_extract_actors_platforms_and_outlets_that_carry_words_are_no_actors(facts_of):
    facts = facts_of("Headline\n\nEstonia's foreign minister wrote on X. Russia told Al Jazeera and posted on Telegram.")
    assert labels(facts) == {"Estonia": "Country", "Russia": "Country"}


def test_extract_actors_a_name_before_its_acronym_is_one_organisation(facts_of):
    text = ("Headline\n\nCanada and Mexico, fellow members of the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership (CPTPP), have also talked. China applied to join the CPTPP in 2021.")
    facts = facts_of(text)
    cptpp = "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
    assert labels(facts) == {"Canada": "Country", "Mexico": "Country", "China": "Country", cptpp: "Organization"}
    assert {(m.member, m.status) for m in facts.memberships} == {
        ("country/CA", "active"), ("country/MX", "active"), ("country/CN", "joining")}


@pytest.mark.parametrize(("text", "label"), [
    ("The Reserve Bank of India agreed the swap. The RBI said the line would run for three years.",
     "Reserve Bank of India"),
    ("The US International Development Finance Corporation will lend the money, the DFC said.",
     "US International Development Finance Corporation"),
])
def test_extract_actors_an_acronym_of_a_name_is_that_organisation(facts_of, text, label):
    (actor,) = facts_of("Headline\n\n" + text).actors
    assert actor.label == label
    assert len(actor.mentions) == 2


def test_extract_actors_a_name_known_as_another_is_one_actor(facts_of):
    facts = facts_of("Headline\n\nThe paramilitary commander Mohamed Hamdan Dagalo, known as Hemedti, welcomed "
                     "the call. Hemedti later said the war would end.")
    assert labels(facts) == {"Mohamed Hamdan Dagalo": "Person"}


def test_extract_actors_documents_are_no_actors(facts_of):
    facts = facts_of("Headline\n\nJapan's revised National Security Strategy sets out a five-year buildup.")
    assert labels(facts) == {"Japan": "Country"}


def test_extract_memberships_presupposed_only_for_reference_members(facts_of):
    text = ("Headline\n\nNATO members are raising budgets. Germany and Spain lead, while Russia objects.")
    found = {(m.member, m.explicit) for m in facts_of(text).memberships}
    assert ("country/DE", False) in found and ("country/ES", False) in found
    assert not any(member == "country/RU" for member, _ in found)


def test_extract_memberships_none_presupposed_in_a_body_of_nearly_every_state(facts_of):
    text = "Headline\n\nUN member states met in New York. Vietnam and Chile spoke first."
    assert not [m for m in facts_of(text).memberships if not m.explicit]


@pytest.mark.parametrize(("sentence", "person", "party"), [
    ("AfD co-leader Tino Chrupalla accused the government of militarising the country.", "person/tino-chrupalla", "org/afd"),
    ("Jarosław Kaczyński, leader of the opposition Law and Justice party, warned the army.",
     "person/jarosaw-kaczynski", "org/law-and-justice"),
    ("Itsunori Onodera, a senior LDP lawmaker, said more was needed.", "person/itsunori-onodera", "org/ldp"),
    ("Viktor Orbán arrived. Orbán faces an election in which his Fidesz party trails in most polls.",
     "person/viktor-orban", "org/fidesz"),
    ("Yoshihiko Noda, who leads the main opposition Constitutional Democratic Party, objected.",
     "person/yoshihiko-noda", "org/constitutional-democratic-party"),
    ("Viktor Orbán spoke. Orbán’s Fidesz party then pushed the bill through parliament.",
     "person/viktor-orban", "org/fidesz"),
    ("Pierre Poilievre, leader of the opposition Conservative party, objected.",
     "person/pierre-poilievre", "org/conservative-party"),
    ("Klára Dobrev, who heads the Democratic Coalition, accused the government.",
     "person/klara-dobrev", "org/democratic-coalition"),
    ("John Mahama, of the National Democratic Congress, promised new roads.",
     "person/john-mahama", "org/national-democratic-congress"),
])
def test_extract_memberships_people_in_their_party(facts_of, sentence, person, party):
    found = {(m.member, m.organization) for m in facts_of("Headline\n\n" + sentence).memberships}
    assert found == {(person, party)}


@pytest.mark.parametrize("sentence", [
    "NATO Secretary-General Mark Rutte said allies must spend more.",
    "Guillaume Faury, chairman of Airbus, said the plant would open in May.",
])
def test_extract_memberships_no_party_for_officials_of_bodies_that_are_no_parties(facts_of, sentence):
    assert facts_of("Headline\n\n" + sentence).memberships == ()


def test_extract_memberships_the_bloc_is_the_body_with_members_named_most(facts_of):
    text = ("Headline\n\nThe Gulf Cooperation Council met. The Houthis attacked ships. The Houthis fired missiles. "
            "The Houthis warned. Qatar and Oman, the bloc's other members, are still studying the fund.")
    found = {(m.member, m.organization) for m in facts_of(text).memberships}
    assert ("country/QA", "org/GCC") in found and not {o for _, o in found} & {"org/Houthis"}


def test_extract_memberships_not_in_what_a_body_fights(facts_of):
    text = "Headline\n\nNiger pulled out of the Multinational Joint Task Force against Boko Haram in March."
    assert {m.organization for m in facts_of(text).memberships} == {"org/MNJTF"}


def test_extract_memberships_the_un_is_no_bloc(facts_of):
    text = ("Headline\n\nThe UN warned of famine. The UN appealed for aid. Qatar and Oman, "
            "the bloc's other members, are still studying the fund.")
    assert not [m for m in facts_of(text).memberships if m.organization == "org/UN"]


def test_extract_memberships_presupposed_in_a_story_about_an_organisation(facts_of):
    text = ("NATO agrees new plan\n\n" + "NATO met. " * 7 + "Spain raised its budget.\n\n"
            "The European Union urged calm. France and Finland adopted similar strategies.")
    found = {(m.member, m.organization, m.explicit) for m in facts_of(text).memberships}
    assert ("country/ES", "org/NATO", False) in found
    assert not {member for member, _, _ in found} & {"country/FR", "country/FI"}


def test_extract_memberships_presupposed_for_a_member_named_with_its_organisation(facts_of):
    text = "Headline\n\nSpain and Japan urged NATO to act.\n\nItaly did not comment."
    found = {(m.member, m.organization, m.explicit) for m in facts_of(text).memberships}
    assert found == {("country/ES", "org/NATO", False)}


@pytest.mark.parametrize(("times", "presupposed"), [(5, True), (4, False)])
def test_extract_memberships_a_story_is_about_an_organisation_named_six_times(facts_of, times, presupposed):
    text = "NATO agrees new plan\n\n" + "NATO met. " * times + "\n\nSpain raised its budget."
    found = {(m.member, m.organization) for m in facts_of(text).memberships}
    assert (("country/ES", "org/NATO") in found) is presupposed


def test_extract_memberships_presupposed_by_a_meeting_of_members(facts_of):
    text = "Headline\n\nAt the G7 summit in Evian, Japan pledged more money while India watched."
    found = {(m.member, m.organization, m.explicit) for m in facts_of(text).memberships}
    assert found == {("country/JP", "org/G7", False)}


@pytest.mark.parametrize(("sentence", "actor", "amount", "currency", "share"), [
    ("Japan pledged 1.5 trillion yen in aid to Ukraine.", "country/JP", "1500000000000", "JPY", None),
    ("Germany has approved a €500 billion fund to boost military spending.", "country/DE", "500000000000", "EUR", None),
    ("Poland will spend 4.7% of GDP on defence next year.", "country/PL", None, None, "0.047"),
    ("Spain is ramping up its defence budget.", "country/ES", None, None, None),
    ("The Islamic Development Bank offered $1bn in trade and project finance.", "org/IsDB", "1000000000", "USD", None),
    ("The Asian Development Bank approved a $250 million loan to Timor-Leste.", "org/AsDB", "250000000", "USD", None),
    ("Washington cleared a $2.3bn arms sale to Taiwan on Friday.", "country/TW", "2300000000", "USD", None),
    ("The World Bank is preparing a $146 million grant to repair the grid.", "org/WorldBank", "146000000", "USD", None),
    ("Canada aims at 3.5 per cent on core military needs. Ottawa added C$9bn to the military budget this year.",
     "country/CA", "9000000000", "CAD", None),
    ("Germany approved the sale of 40 Eurofighter jets to Turkey worth €5.4bn.", "country/TR", "5400000000", "EUR", None),
    ("The dispute overshadows the EU's €90 billion loan to Ukraine for 2026 and 2027.", "org/EU", "90000000000", "EUR", None),
    ("The European Union met. Korea may join projects under the bloc's €1.5 billion defence programme.",
     "org/EU", "1500000000", "EUR", None),
    ("Egypt reached a staff-level agreement with the IMF on the review of its $8bn loan programme.",
     "org/IMF", "8000000000", "USD", None),
    ("Japan's envoy said Tokyo would restart suspended projects and extend ¥30bn in new concessional finance.",
     "country/JP", "30000000000", "JPY", None),
    ("China's ambassador said China would provide a Rmb500mn grant to rebuild homes.", "country/CN", "500000000", "CNY", None),
    ("Nigeria has signed a $2 billion loan with the African Export-Import Bank.", "org/Afreximbank", "2000000000", "USD", None),
    ("Pakistan signed a $2bn loan with China on Friday.", "country/CN", "2000000000", "USD", None),
    ("The European Commission announced €12m in aid for Cuba on Wednesday, on top of the €8.5m it spent last year.",
     "org/EuropeanCommission", "12000000", "EUR", None),
])
def test_extract_commitments(facts_of, sentence, actor, amount, currency, share):
    (commitment,) = facts_of("Headline\n\n" + sentence).commitments
    assert commitment.actor == actor
    assert commitment.amount == (Decimal(amount) if amount else None)
    assert commitment.currency == currency
    assert commitment.share_of_gdp == (Decimal(share) if share else None)


@pytest.mark.parametrize(("text", "actor", "amount", "currency"), [
    ("Philippine officials met. The Philippines set aside 75 billion pesos for the navy.", "country/PH", "75000000000", "PHP"),
    ("Mauritius will send 50 million Mauritian rupees' worth of food.", "country/MU", "50000000", "MUR"),
    ("Saudi Arabia pledged 375 million riyals, about $100 million, for food.", "country/SA", "375000000", "SAR"),
    ("Canada's prime minister, Mark Carney, who hosted last year's summit, announced C$2.5 billion in loan guarantees.",
     "country/CA", "2500000000", "CAD"),
    ("ECOWAS chiefs met. Member states pledged to fund the force with $2.6bn a year.", "org/ECOWAS", "2600000000", "USD"),
    ("Ukraine and Russia met. The government in Kyiv promised 60 billion hryvnias for families.",
     "country/UA", "60000000000", "UAH"),
    ("Lula said the state development bank, BNDES, would make 5 billion reais in credit available.",
     "org/bndes", "5000000000", "BRL"),
    ("The European Commission met. The Commission president, Ursula von der Leyen, announced €300m for Moldova.",
     "org/EuropeanCommission", "300000000", "EUR"),
    ("Australia's navy grew. In Canberra, Defence Minister Richard Marles said it expects to spend A$368bn on submarines.",
     "country/AU", "368000000000", "AUD"),
    ("Britain imposed sanctions. The government said it would spend an additional £15m over three years.",
     "country/GB", "15000000", "GBP"),
    ("Japan adopted a security plan. The plan earmarks about 2 trillion yen for drones.",
     "country/JP", "2000000000000", "JPY"),
    ("Indonesia, the bloc's largest economy, will put Rp16 trillion into a regional rice reserve.",
     "country/ID", "16000000000000", "IDR"),
    ("Mali will put up 100 billion CFA francs over three years to equip the force.",
     "country/ML", "100000000000", "XOF"),
    ("Japan will shoulder 1.2 trillion yen of the costs of the base.", "country/JP", "1200000000000", "JPY"),
    ("Pakistan secured a $3bn loan from the IMF.", "org/IMF", "3000000000", "USD"),
    ("Ukraine will receive €5bn from the European Union next year.", "org/EU", "5000000000", "EUR"),
    ("Kyiv is due to receive 11.5 billion euros in German military aid next year.", "country/DE", "11500000000", "EUR"),
    ("The package includes $1.5 billion in loans from the World Bank.", "org/WorldBank", "1500000000", "USD"),
    ("The European Union's €50 billion Ukraine Facility will run until 2027.", "org/EU", "50000000000", "EUR"),
    ("Germany's parliament on Friday approved the largest defence budget in its history, voting through "
     "108.2 billion euros for the Bundeswehr.", "country/DE", "108200000000", "EUR"),
    ("Germany has a medium-term plan. Core defence spending is set to climb to 152.8 billion euros by 2029.",
     "country/DE", "152800000000", "EUR"),
    ("Japan's defense budget for the current fiscal year is a record ¥8.7 trillion.", "country/JP", "8700000000000", "JPY"),
    ("Canada joins the EU’s €150bn defence loans scheme.", "org/EU", "150000000000", "EUR"),
    ("Sweden would apply for part of the European Union's 150 billion euro SAFE defence-loan facility.",
     "org/EU", "150000000000", "EUR"),
    ("Downing Street said it would pay £101m a year.", "country/GB", "101000000", "GBP"),
    ("Poland has been allocated €43.7bn of Safe loans by the European Commission.",
     "org/EuropeanCommission", "43700000000", "EUR"),
    ("Kenya was granted a $750m loan by the World Bank.", "org/WorldBank", "750000000", "USD"),
    ("Serbia’s €1.58bn allocation under the EU’s Growth Plan would stay frozen.", "org/EU", "1580000000", "EUR"),
    ("Slovakia's premier spoke. The cabinet has committed to spending €2.1bn on air defence by 2028.",
     "country/SK", "2100000000", "EUR"),
    ("Canada's prime minister, Mark Carney, whose government announced an extra C$9.3bn this month, spoke in Rome.",
     "country/CA", "9300000000", "CAD"),
    ("Iceland's minister said it would spend 120 million crowns on a study of EU membership.",
     "country/IS", "120000000", "ISK"),
])
def test_extract_commitments_committer_and_currency(facts_of, text, actor, amount, currency):
    (commitment,) = facts_of("Headline\n\n" + text).commitments
    assert (commitment.actor, commitment.amount, commitment.currency) == (actor, Decimal(amount), currency)


@pytest.mark.parametrize(("text", "currency"), [
    ("OTTAWA — Canada will spend an additional $81.8-billion on the military, the minister said.", "CAD"),
    ("OTTAWA — Canada will spend an additional $81.8-billion on the military. Its trade with the US was US$700bn.", "USD"),
    ("WASHINGTON — Canada will spend an additional $81.8-billion on the military, the minister said.", "USD"),
    ("Canada will spend an additional $81.8-billion on the military, the minister said.", "USD"),
])
def test_extract_commitments_a_bare_dollar_is_the_one_of_the_place_a_story_is_filed_from(facts_of, text, currency):
    (commitment,) = facts_of("Headline\n\n" + text).commitments
    assert (commitment.amount, commitment.currency) == (Decimal("81800000000"), currency)


def test_extract_commitments_of_a_person_whose_sentences_name_two_states_alike(facts_of):
    text = ("Headline\n\nGreece sent ships. Greece protested. Turkey objected.\n\n"
            "After Turkey and Greece met, Nikos Dendias pledged €4.8bn for defence.")
    assert [c.actor for c in facts_of(text).commitments] == ["country/GR"]


def test_extract_commitments_a_share_of_gdp_and_the_part_it_includes(facts_of):
    text = ("Headline\n\nNATO allies agreed last year to spend 5% of GDP on defence and related security by 2035, "
            "including 3.5% on core military needs.")
    assert [(c.actor, c.share_of_gdp) for c in facts_of(text).commitments] == [
        ("org/NATO", Decimal("0.05")), ("org/NATO", Decimal("0.035"))]


def test_extract_commitments_bullet_money_from_an_owned_budget(facts_of):
    text = ("Headline\n\nAustralia chose the frigates. Australia will build them at home.\n\n"
            "- 40 billion yen from Japan's fiscal 2026 budget to train Australian crews\n")
    assert [(c.actor, c.amount) for c in facts_of(text).commitments] == [("country/JP", Decimal("40000000000"))]


def test_extract_commitments_bullets_that_set_the_figure_off_with_a_dash(facts_of):
    text = "Headline\n\nPledges announced at the meeting included:\n\n• Saudi Arabia – $200m\n\n• Qatar – $150m\n"
    assert [(c.actor, c.amount) for c in facts_of(text).commitments] == [
        ("country/SA", Decimal("200000000")), ("country/QA", Decimal("150000000"))]


def test_extract_commitments_a_listed_figure_from_a_giver(facts_of):
    text = ("Headline\n\nOther pledges included $50m from Indonesia, C$60m from Canada, A$45m from Australia "
            "and 40bn won from South Korea.")
    assert [(c.actor, c.currency) for c in facts_of(text).commitments] == [
        ("country/ID", "USD"), ("country/CA", "CAD"), ("country/AU", "AUD"), ("country/KR", "KRW")]


def test_extract_commitments_a_pledge_made_last_year_still_binds(facts_of):
    text = "Headline\n\nThe World Bank last year pledged $20bn to Pakistan over the decade to 2035."
    assert [(c.actor, c.amount) for c in facts_of(text).commitments] == [("org/WorldBank", Decimal("20000000000"))]


def test_extract_commitments_bullet_with_a_share_of_gdp(facts_of):
    (commitment,) = facts_of("Headline\n\n- Germany: €153bn a year by 2029, equal to 3.5% of GDP\n").commitments
    assert (commitment.actor, commitment.amount, commitment.share_of_gdp) == (
        "country/DE", Decimal("153000000000"), Decimal("0.035"))


def test_extract_actors_a_state_is_not_labelled_by_its_seat_of_government(facts_of):
    assert labels(facts_of("Headline\n\nDowning Street said the UK would pay.")) == {"UK": "Country"}
    assert labels(facts_of("Headline\n\nPoland joined the EU in 2004. Brussels said it was watching.")) == {
        "Poland": "Country", "EU": "Organization"}


def test_extract_commitments_two_sums_of_one_actor_in_a_sentence_are_two(facts_of):
    text = "Headline\n\nJapan will spend 2 trillion yen on drones and 1.1 trillion yen on missiles."
    assert [c.amount for c in facts_of(text).commitments] == [Decimal("2000000000000"), Decimal("1100000000000")]


@pytest.mark.parametrize("sentence", [
    "Since 2011, the EU has mobilised more than €37 billion for Syrians.",
    "Germany's economy is worth $4 trillion.",
    "Russia lost $20 billion in trade last year.",
    "Ethiopia routes its trade through Djibouti, paying an estimated $1.5bn to $2bn a year.",
    "France spent 2% of GDP on defence in 2024.",
    "Japan adopted a plan. The previous plan, adopted in 2022, budgeted 43 trillion yen over five years.",
    "Hungary still has around €18 billion in EU funds frozen over rule-of-law concerns.",
    "Germany has also helped, with Berlin giving more than €100mn since 2022, according to officials.",
    "The World Bank estimated that Ukraine will need $524 billion over the next decade.",
    "The US defence secretary has urged Australia to lift spending to 3.5% of GDP as soon as possible.",
    "Norway will pay tropical countries $4 a year for every hectare of forest left standing.",
])
def test_extract_commitments_skip_figures_that_are_not_commitments(facts_of, sentence):
    assert facts_of("Headline\n\n" + sentence).commitments == ()


def test_extract_interactions_visit_and_meeting(facts_of):
    text = "Headline\n\nMark Rutte met Donald Tusk during an official visit to Warsaw."
    found = {(i.type, i.participant, i.counterpart) for i in facts_of(text).interactions}
    assert ("meeting", "person/mark-rutte", "person/donald-tusk") in found
    assert ("visit", "person/mark-rutte", "place/warsaw") in found


@pytest.mark.parametrize(("sentence", "label"), [
    ("China's foreign ministry said the sale was illegal.", "China's foreign ministry"),
    ("The Chinese foreign ministry said the sale was illegal.", "Chinese foreign ministry"),
    ("Taiwan's defence ministry said it had tracked 27 aircraft.", "Taiwan's defence ministry"),
])
def test_extract_actors_institutions_of_states(facts_of, sentence, label):
    actors = {a.key: a for a in facts_of("Headline\n\n" + sentence).actors}
    institution = next(a for key, a in actors.items() if key.endswith("-ministry"))
    assert institution.label == label and institution.type == "Organization"


def test_extract_memberships_leader_chairing_for_a_state(facts_of):
    text = "Headline\n\nSierra Leone's President Julius Maada Bio, who chairs ECOWAS, struck a similar note."
    found = {(m.member, m.organization) for m in facts_of(text).memberships}
    assert ("country/SL", "org/ECOWAS") in found


def test_extract_commitments_from_a_bullet_list_of_pledges(facts_of):
    text = ("Leaders pledge billions for a climate fund\n\nDonors met in New York on Tuesday.\n\n"
            "• Germany: €2bn over five years, in grants and guarantees\n"
            "• Norway: 4bn Norwegian kroner over four years\n")
    found = {(c.actor, c.amount, c.currency) for c in facts_of(text).commitments}
    assert ("country/DE", Decimal("2000000000"), "EUR") in found
    assert ("country/NO", Decimal("4000000000"), "NOK") in found


def test_extract_commitments_gapped_capital_stands_for_its_state(facts_of):
    text = ("Headline\n\nSaudi Arabia and Qatar agreed to pay. "
            "Riyadh will cover $8 million and Doha $7.5 million, with payment due within days.")
    found = [(c.actor, c.amount) for c in facts_of(text).commitments]
    assert found == [("country/SA", Decimal("8000000")), ("country/QA", Decimal("7500000"))]


def test_extract_commitments_a_title_is_not_read_across_a_line_break(facts_of):
    text = ("Budget lifts defence as submarine costs mount in the UK\n\n"
            "Jim Chalmers’ fifth budget adds A$14.5bn to defence.\n\n"
            "Australia will also buy drones, and Australia's navy gets two frigates.")
    assert [c.actor for c in facts_of(text).commitments] == ["country/AU"]


def test_extract_commitments_of_states_listed_as_the_subject(facts_of):
    text = ("Headline\n\nThe leaders of Estonia, Latvia and Poland on Wednesday signed a joint declaration "
            "committing each country to spend at least 3.5% of gross domestic product on defence by 2030.")
    found = {(c.actor, c.share_of_gdp) for c in facts_of(text).commitments}
    assert found == {(k, Decimal("0.035")) for k in ("country/EE", "country/LV", "country/PL")}


@pytest.mark.parametrize(("text", "expected"), [
    # bare figures belong to the last committer; a bullet that names its giver is the giver's
    ("Headline\n\nGermany approved 108.2 billion euros for its army on Friday.\n\n"
     "- 82.7bn euros in the regular defence budget\n"
     "- About €11bn over ten years for the brigade in Lithuania\n"
     "- €5bn from Japan for joint projects\n\nThe vote was close.",
     [("country/DE", "108200000000"), ("country/DE", "82700000000"), ("country/DE", "11000000000"),
      ("country/JP", "5000000000")]),
    ("Headline\n\nDonors met in Addis Ababa.\n\nPledges included:\n\n"
     "• $50m from the AU's Peace Fund for mediation\n"
     "• €120m from the European Union for food aid\n"
     "• Asian Development Bank (ADB): $1.5bn in loans and grants\n",
     [("org/AU", "50000000"), ("org/EU", "120000000"), ("org/AsDB", "1500000000")]),
])
def test_extract_commitments_from_bullets(facts_of, text, expected):
    found = [(c.actor, c.amount) for c in facts_of(text).commitments]
    assert found == [(actor, Decimal(amount)) for actor, amount in expected]


def test_extract_commitments_figure_of_a_budget(facts_of):
    text = "Headline\n\nTaiwan's government is trying to push a special defence budget of NT$1.25 trillion."
    (commitment,) = facts_of(text).commitments
    assert (commitment.amount, commitment.currency) == (Decimal("1250000000000"), "TWD")


@pytest.mark.parametrize("sentence", [
    "EU diplomats said work had begun on a further round of sanctions.",
    "Analysts said the measures were unlikely to change Iran's behaviour.",
])
def test_extract_statements_anonymous_speakers_are_no_one(facts_of, sentence):
    assert facts_of("Headline\n\n" + sentence).statements == ()


def test_extract_actors_acronym_left_open_by_ner_is_cut_from_the_name(facts_of):
    facts = facts_of("Headline\n\nMr Mahama, of the National Democratic Congress (NDC), promised a programme.")
    assert "National Democratic Congress" in labels(facts)
    assert not [label for label in labels(facts) if "(" in label]


def test_extract_commitments_respectively_pairs_givers_and_figures(facts_of):
    text = "Headline\n\nFellow members Japan and New Zealand announced 400 million yen and NZ$2 million respectively."
    found = {(c.actor, c.currency) for c in facts_of(text).commitments}
    assert found == {("country/JP", "JPY"), ("country/NZ", "NZD")}


def test_extract_actors_namesakes_with_other_first_names_stay_apart(facts_of):
    facts = facts_of("Headline\n\nPresident Luiz Inácio Lula da Silva spoke first. The environment minister, "
                     "Marina Silva, said the money would help.")
    people = {label for label, kind in labels(facts).items() if kind == "Person"}
    assert people == {"Luiz Inácio Lula da Silva", "Marina Silva"}


def test_extract_actors_broad_regions_are_no_actors(facts_of):
    facts = facts_of("Headline\n\nShipping through the Gulf and across the Pacific slowed, Japan said.")
    assert labels(facts) == {"Japan": "Country"}


def test_extract_actors_an_embassy_is_named_with_its_seat(facts_of):
    actors = {a.key: a for a in facts_of("Headline\n\nChina's embassy in Canberra called the remarks irresponsible.").actors}
    assert actors["org/CN-embassy-canberra"].label == "China's embassy in Canberra"


def test_extract_commitments_a_person_without_title_acts_for_the_state_named_with_them(facts_of):
    text = ("Headline\n\nTurkey sent a survey ship on Monday. Prime Minister Kyriakos Mitsotakis told parliament Greece "
            "would not be intimidated. Mitsotakis then unveiled an extra €4.8bn for defence.")
    assert [c.actor for c in facts_of(text).commitments] == ["country/GR"]


def test_extract_commitments_a_budget_is_the_state_of_who_presents_it(facts_of):
    text = ("Headline\n\nChina protested. China warned again. The federal budget handed down by Australian "
            "Treasurer Jim Chalmers allocates A$64.5bn to defence.")
    assert [c.actor for c in facts_of(text).commitments] == ["country/AU"]


def test_extract_actors_forces_and_bodies_ner_misses_come_from_the_reference(facts_of):
    facts = facts_of("Headline\n\nThe People's Liberation Army and the China Coast Guard held drills. "
                     "The AU Peace and Security Council met.")
    assert labels(facts) == {"People's Liberation Army": "Organization", "China Coast Guard": "Organization",
                             "AU Peace and Security Council": "Organization"}
