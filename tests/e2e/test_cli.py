"""The `agentdesk` command as a user runs it: real processes, real files, exit codes."""

import json
import os
import sqlite3
import struct
import subprocess
import sys

import pytest

from agentdesk.store.schema import LATEST
from tests.store.sample import SAMPLE


def run(*args, check_code=None):
    proc = subprocess.run(
        [sys.executable, "-m", "agentdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if check_code is not None:
        assert proc.returncode == check_code, proc.stderr
    return proc


def assert_user_error(proc, *words):
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for w in words:
        assert w in proc.stderr


def test_demo_then_search_and_check(tmp_path):
    db = tmp_path / "d.sqlite"
    out = run(
        "demo",
        "--db",
        db,
        "--customers",
        200,
        "--seed",
        5,
        "--now",
        "2026-11-20T14:00:00Z",
        check_code=0,
    )
    assert "200 customers" in out.stdout
    assert (db.stat().st_mode & 0o777) == 0o600
    name = (
        sqlite3.connect(db)
        .execute("SELECT name FROM customers WHERE locale = 'vi' LIMIT 1")
        .fetchone()[0]
    )
    from agentdesk.core.text import fold

    hits = json.loads(run("search", "--db", db, fold(name), "--json", check_code=0).stdout)
    assert hits[0]["kind"] == "customer" and hits[0]["title"] == name
    assert set(hits[0]) >= {"kind", "id", "title", "snippet"}
    report = json.loads(run("check", "--db", db, "--json", check_code=0).stdout)
    assert report["ok"] and report["schema_version"] == LATEST


def test_import_export_round_trip_and_idempotence(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert "13 written" in run("import", "--db", db, src, check_code=0).stdout
    assert "0 written" in run("import", "--db", db, src, check_code=0).stdout
    out = tmp_path / "out.jsonl"
    run("export", "--db", db, out, check_code=0)
    db2 = tmp_path / "c2.sqlite"
    run("import", "--db", db2, out, check_code=0)
    out2 = tmp_path / "out2.jsonl"
    run("export", "--db", db2, out2, check_code=0)
    assert out.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 13


def test_malformed_import_names_the_line_and_leaves_the_cache_untouched(tmp_path):
    db = tmp_path / "c.sqlite"
    good = tmp_path / "good.jsonl"
    good.write_text(SAMPLE, encoding="utf-8")
    run("import", "--db", db, good, check_code=0)
    before = db.read_bytes()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(SAMPLE.replace("Mette", "Other") + '{"type":"customer",\n', encoding="utf-8")
    assert_user_error(run("import", "--db", db, bad), "Line 14")
    count = sqlite3.connect(db).execute("SELECT count(*) FROM customers WHERE name LIKE 'Other%'")
    assert count.fetchone()[0] == 0
    assert run("check", "--db", db).returncode == 0
    assert len(before) > 0


def test_bad_input_is_one_sentence_and_exit_2(tmp_path):
    missing = tmp_path / "missing.sqlite"
    assert_user_error(run("search", "--db", missing, "x"), "no cache")
    assert not missing.exists()
    text = tmp_path / "text.sqlite"
    text.write_text("just some text, certainly not SQLite" * 5)
    assert_user_error(run("search", "--db", text, "x"), "not an SQLite database")
    assert_user_error(run("export", "--db", text, tmp_path / "o.jsonl"), "not an SQLite")
    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    assert_user_error(run("search", "--db", newer, "x"), "newer AgentDesk")
    assert sqlite3.connect(newer).execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
    assert_user_error(
        run("import", "--db", tmp_path / "c.sqlite", tmp_path / "nofile.jsonl"), "does not exist"
    )
    assert_user_error(
        run("screenshot", "--db", text, "--view", "nowhere", "--out", tmp_path / "x.png"), "nowhere"
    )
    assert_user_error(run("demo", "--db", tmp_path / "d.sqlite", "--customers", "lots"), "lots")
    assert_user_error(run("demo", "--db", tmp_path / "d.sqlite", "--customers", "0"))
    assert_user_error(run("search", "--db", text, "x", "--limit", "-3"))
    assert_user_error(run("gui", "--lang", "klingon"), "klingon")
    assert_user_error(run("frobnicate"))


def test_check_reports_damage_in_plain_words(tmp_path):
    db = tmp_path / "d.sqlite"
    run("demo", "--db", db, "--customers", 150, "--now", "2026-11-20T14:00:00Z", check_code=0)
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 7):
        data[offset + 100 : offset + 400] = os.urandom(300)
    db.write_bytes(bytes(data))
    proc = run("check", "--db", db)
    assert proc.returncode == 1
    assert "damaged" in proc.stderr and "Traceback" not in proc.stderr
    truncated = tmp_path / "t.sqlite"
    truncated.write_bytes(bytes(data[:50]))
    proc = run("check", "--db", truncated)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "view",
    ["inbox", "customer", "ticket", "dashboard", "proactive", "journey", "plans", "training"],
)
def test_screenshot_of_every_view(demo_db, tmp_path, view):
    out = tmp_path / f"{view}.png"
    run(
        "screenshot",
        "--db",
        demo_db,
        "--view",
        view,
        "--out",
        out,
        "--size",
        "1280x800",
        check_code=0,
    )
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 800)
    assert len(data) > 15_000  # a real screen, not a blank image


def test_kpi_prints_exactly_the_designed_keys_and_refuses_bad_input(tmp_path):
    from agentdesk.core.kpi import KPI_KEYS

    db, src = tmp_path / "k.sqlite", tmp_path / "s.jsonl"
    src.write_text(SAMPLE, encoding="utf-8")
    run("import", "--db", db, src, check_code=0)
    out = run(
        "kpi",
        "--db",
        db,
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--tz",
        "Europe/Copenhagen",
        "--json",
        check_code=0,
    )
    data = json.loads(out.stdout)
    assert list(data) == list(KPI_KEYS)
    assert data["tickets_created"] == 1 and data["first_response_median_s"] == 600
    assert data["csat_pct"] == 100.0 and data["nps"] == 100.0
    assert data["busiest_hours"][4][10] == 1  # Friday 6 Feb, 09:00 UTC is 10:00 in Copenhagen
    filtered = json.loads(
        run(
            "kpi",
            "--db",
            db,
            "--from",
            "2026-02-01",
            "--to",
            "2026-02-28",
            "--agent",
            "a1",
            "--channel",
            "email",
            "--json",
            check_code=0,
        ).stdout
    )
    assert filtered["nps_responses"] == 0  # the NPS survey has no ticket: it drops out
    for bad, word in (
        (["--from", "2026-02-30", "--to", "2026-03-01"], "date"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "before it starts"),
        (["--from", "2026-02-01", "--to", "2026-02-28", "--tz", "Mars/Base"], "time zone"),
        (["--from", "2026-02-01", "--to", "2026-02-28", "--agent", "ghost"], "ghost"),
        (["--from", "2026-02-01", "--to", "2026-02-28", "--channel", "fax"], "fax"),
    ):
        assert_user_error(run("kpi", "--db", db, *bad, "--json"), word)


def test_train_list_and_score_good_above_bad_in_every_language(tmp_path):
    from tests.training.test_lexicon import BAD, GOOD

    listed = json.loads(run("train", "list", "--json", check_code=0).stdout)
    ids = {s["id"] for s in listed}
    assert len(listed) >= 12 and "lost-parcel" in ids
    assert all(set(s["languages"]) == {"en", "da", "ar", "id", "vi"} for s in listed)
    for language in ("en", "da", "ar", "id", "vi"):
        totals = {}
        for kind, answer in (("good", GOOD[language]), ("bad", BAD[language])):
            path = tmp_path / f"{language}-{kind}.json"
            path.write_text(
                json.dumps(
                    {
                        "scenario": "lost-parcel",
                        "language": language,
                        "turns": [
                            {"role": "customer", "text": "…"},
                            {"role": "agent", "text": answer},
                        ],
                    }
                ),
                encoding="utf-8",
            )
            out = json.loads(
                run(
                    "train",
                    "score",
                    "--scenario",
                    "lost-parcel",
                    "--transcript",
                    path,
                    "--json",
                    check_code=0,
                ).stdout
            )
            assert set(out) >= {"total", "criteria", "turns"}
            assert out["turns"][0]["criteria"][0]["feedback"]
            totals[kind] = out["total"]
        assert totals["good"] >= 80 > 30 >= totals["bad"], (language, totals)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert_user_error(
        run("train", "score", "--scenario", "lost-parcel", "--transcript", broken),
        "not a JSON transcript",
    )
    assert_user_error(
        run("train", "score", "--scenario", "no-such", "--transcript", broken), "no scenario"
    )
