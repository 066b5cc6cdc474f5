"""The empathy rubric: a warm, owning, concrete answer scores clearly above a curt, blaming
one in every language, and every point names the words that earned or lost it."""

import pytest

from agentdesk.training.scenarios import LANGUAGES, Band, Ending, load_library
from agentdesk.training.scoring import CRITERIA, RubricScorer, explain, play
from tests.training.test_lexicon import BAD, GOOD

CURT = {
    "en": "We are looking into it.",
    "da": "Vi kigger på det.",
    "ar": "بنشوف الموضوع.",
    "id": "Sedang kami cek.",
    "vi": "Bên em đang kiểm tra.",
}


@pytest.fixture(scope="module")
def lost():
    return load_library()["lost-parcel"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_good_clearly_beats_curt_and_blaming_in_every_language(lost, language):
    scorer = RubricScorer(language)
    text = lost.text(language)
    good = scorer.score(GOOD[language], text)
    bad = scorer.score(BAD[language], text)
    curt = scorer.score(CURT[language], text)
    assert good.score >= 0.8 and good.band == Band.GOOD, good
    assert bad.score <= 0.25 and bad.band == Band.BAD, bad
    assert curt.score <= 0.3 and curt.band == Band.BAD, curt
    assert good.score - bad.score >= 0.6


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_point_is_explained_with_the_answers_own_words(lost, language):
    scorer = RubricScorer(language)
    text = lost.text(language)
    good = scorer.score(GOOD[language], text)
    for criterion in ("acknowledge", "empathy", "ownership", "next_step"):
        c = good.of(criterion)
        assert c.points == c.weight and c.words, (language, criterion)
        assert all(w in GOOD[language] for w in c.words)
    name = good.of("personalization")
    assert name.reason == "name_and_order", (language, name)
    bad = scorer.score(BAD[language], text)
    tone = bad.of("tone")
    assert tone.points == 0 and "dismissive" in tone.reason
    assert any(w in BAD[language] for w in tone.words)
    assert bad.of("ownership").reason == "blame"
    assert "Blamed" in explain(bad.of("ownership"))


def test_a_time_without_a_step_and_a_step_without_a_time_earn_part(lost):
    scorer = RubricScorer("en")
    text = lost.text("en")
    no_time = scorer.score("Hi Sarah, sorry about that. I'll send a replacement.", text)
    assert no_time.of("next_step").reason == "step_no_time"
    clock = scorer.score("Hi Sarah, sorry. I'll send a replacement before 16:00.", text)
    assert clock.of("next_step").reason == "step_and_time"
    assert "16:00" in clock.of("next_step").words


def test_response_time_counts_only_in_a_live_session(lost):
    scorer = RubricScorer("en")
    text = lost.text("en")
    offline = scorer.score(GOOD["en"], text)
    assert offline.of("response_time") is None
    slow = scorer.score(GOOD["en"], text, seconds=400)
    assert slow.of("response_time").points == 0 and slow.score < offline.score
    assert [c.criterion for c in scorer.score(GOOD["en"], text, 30).criteria] == list(CRITERIA)


def test_trainer_weights_change_the_score(lost):
    text = lost.text("en")
    answer = "Hi Sarah, I can see your parcel is stuck. I'll send a replacement today."
    plain = RubricScorer("en").score(answer, text)
    empathy_heavy = RubricScorer("en", {**dict.fromkeys(CRITERIA, 1), "empathy": 50})
    assert empathy_heavy.score(answer, text).score < plain.score  # no empathy, weighed more


@pytest.mark.parametrize("language", LANGUAGES)
def test_good_answers_all_the_way_win_and_bad_ones_escalate(lost, language):
    won = play(lost, language, [GOOD[language]] * 5)
    assert won.outcome == Ending.SUCCESS and won.passed and won.total >= 80
    lost_session = play(lost, language, [BAD[language]] * 5)
    assert lost_session.outcome == Ending.ESCALATION and not lost_session.passed
    assert lost_session.total <= 25
    assert won.path[0] == "start" and lost.nodes[won.path[-1]].is_end
