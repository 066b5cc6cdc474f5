"""The lead's dashboard on a real demo cache: figures equal `agentdesk kpi`, filters move the
charts, every figure drills down to its tickets, exports hold the same numbers, it is live."""

import csv
import json
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from agentdesk.core import kpi as K
from agentdesk.settings import Settings
from agentdesk.store import kpi as S
from tests.conftest import DEMO_NOW

ZONE = "Europe/Copenhagen"
LAST = DEMO_NOW.date()
FIRST = LAST - timedelta(days=29)


@pytest.fixture
def dashboard(qtbot, demo_db, tmp_path):
    from PySide6.QtWidgets import QApplication

    from agentdesk.ui import theme
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    install_language(QApplication.instance(), "en")
    theme.apply(QApplication.instance())
    settings = Settings(tmp_path / "settings.json")
    settings.set("kpi.time_zone", ZONE)
    settings.set("agent.current_id", "agent-9")  # a lead: the per-agent table is theirs
    w = MainWindow(demo_db, "en", settings, remember_layout=False, listen=False)
    qtbot.addWidget(w)
    w.resize(1440, 1000)
    w.show()
    w.show_view("dashboard")
    w.dashboard.set_period(FIRST, LAST)
    assert w.tasks.wait_idle()
    yield w, w.dashboard
    w.tasks.close()


def direct(window, **filters):
    return S.compute(window.conn, K.period(FIRST, LAST, ZONE), S.Filters(**filters))


def test_tiles_show_the_kpis_with_their_formula(dashboard):
    window, view = dashboard
    out = direct(window)
    assert view.tiles["tickets_created"].value.text() == f"{out['tickets_created']:,}"
    assert view.tiles["csat_pct"].value.text() == f"{out['csat_pct']:.1f}%"
    n, good = out["csat_responses"], round(out["csat_pct"] * out["csat_responses"] / 100)
    assert view.tiles["csat_pct"].toolTip() == (
        f"CSAT {out['csat_pct']:.1f}% = {good} of {n} ratings of 4-5.\n"
        "Asked: “How satisfied are you with the help you got?”"
    )
    assert "vs previous period" in view.tiles["tickets_solved"].change.text()
    assert view.snap.result == out


def test_filters_change_every_chart(dashboard, qtbot):
    window, view = dashboard
    everything = view.snap.result
    view.channel.setCurrentIndex(view.channel.findData("chat"))
    assert window.tasks.wait_idle()
    chat = direct(window, channel="chat")
    assert view.snap.result == chat != everything
    heights = sorted(n for _c, n in chat["top_categories"][:8])
    bars = [i for i in view.cats.plotItem.items if hasattr(i, "opts") and "width" in i.opts]
    assert sorted(bars[0].opts["width"]) == heights
    assert view.heat_image.image.sum() == sum(map(sum, chat["busiest_hours"]))
    agent = view.agent.itemData(2)
    view.agent.setCurrentIndex(2)
    assert window.tasks.wait_idle()
    assert view.snap.result == direct(window, channel="chat", agent_id=agent)
    rows = {view.agents.item(r, 0).text() for r in range(view.agents.rowCount())}
    assert rows == {view.agent.itemText(2)}


def test_a_tile_drills_down_to_its_tickets_and_one_opens_in_the_console(dashboard, qtbot):
    window, view = dashboard
    tile = view.tiles["tickets_solved"]
    tile.setFocus()
    qtbot.waitActive(window)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.tasks.wait_idle()
    drill = view.drill
    assert drill.isVisible() and drill.heading.text() == "Tickets solved"
    solved = view.snap.result["tickets_solved"]
    assert drill.count.text() == f"{solved} tickets"
    assert drill.table.rowCount() == solved
    ticket = drill.ids[0]
    status = window.conn.execute("SELECT status FROM tickets WHERE id = ?", [ticket]).fetchone()
    assert status[0] in ("solved", "closed")
    drill.table.cellDoubleClicked.emit(0, 0)
    assert window.tasks.wait_idle()
    assert window.current_view() == "inbox"
    assert window.inbox.current_ticket["id"] == ticket


def test_a_category_bar_and_a_heat_map_cell_list_their_tickets(dashboard):
    window, view = dashboard
    category, n = view.snap.result["top_categories"][0]
    view.category_bar(category)
    assert window.tasks.wait_idle()
    cells = [view.drill.table.item(r, 1).text() for r in range(view.drill.table.rowCount())]
    assert len(cells) == n
    ids = view.drill.ids
    marks = ",".join("?" * len(ids))
    cats = {
        c
        for (c,) in window.conn.execute(f"SELECT category FROM tickets WHERE id IN ({marks})", ids)
    }
    assert cats == {category}
    grid = view.snap.result["busiest_hours"]
    weekday, hour = max(
        ((d, h) for d in range(7) for h in range(24)), key=lambda dh: grid[dh[0]][dh[1]]
    )
    view.heat_cell(weekday, hour)
    assert window.tasks.wait_idle()
    assert 0 < view.drill.table.rowCount() <= grid[weekday][hour]
    assert "at " in view.drill.heading.text()


def _click_at(plot, x, y):
    scene = plot.getViewBox().mapViewToScene(QPointF(x, y))

    class Click:
        def scenePos(self):
            return scene

    return Click()


def test_clicking_a_bar_or_a_heat_map_cell_with_the_mouse(dashboard):
    from agentdesk.ui import labels

    window, view = dashboard
    top = view.snap.result["top_categories"][:8]
    category, n = top[0]  # the longest bar, drawn at the top
    view._cats_clicked(_click_at(view.cats, n / 2, len(top) - 1))
    assert window.tasks.wait_idle()
    assert view.drill.heading.text() == labels.category(category)
    assert view.drill.table.rowCount() == n
    view._heat_clicked(_click_at(view.heat, 10.5, 6))  # the top row is Monday
    assert window.tasks.wait_idle()
    assert view.drill.heading.text() == "Customers writing on Monday at 10:00"


def test_exports_hold_the_same_numbers_as_agentdesk_kpi(dashboard, tmp_path, demo_db):
    _window, view = dashboard
    path = tmp_path / "view.csv"
    view.export("csv", path)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    kpis = {name: value for section, name, value in rows if section == "kpi"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "kpi",
            "--db",
            str(demo_db),
            "--from",
            str(FIRST),
            "--to",
            str(LAST),
            "--tz",
            ZONE,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    cli = json.loads(proc.stdout)
    for key, value in cli.items():
        if key in ("busiest_hours", "top_categories"):
            continue
        assert kpis[key] == ("" if value is None else str(value)), key
    cats = [[name, int(v)] for s, name, v in rows if s == "top_categories"]
    assert cats == cli["top_categories"]
    hours = [list(map(int, v.split())) for s, _n, v in rows if s == "busiest_hours"]
    assert hours == cli["busiest_hours"]
    png, pdf = tmp_path / "charts.png", tmp_path / "report.pdf"
    view.export("png", png)
    view.export("pdf", pdf)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000


def test_the_dashboard_follows_a_new_ticket_within_a_second(dashboard, qtbot):
    window, view = dashboard
    # a period that reaches today, where the new ticket is written
    view.set_period(LAST - timedelta(days=6), LAST + timedelta(days=400))
    assert window.tasks.wait_idle()
    before = view.snap.result["tickets_created"]
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def write(conn):
        conn.execute(
            "INSERT INTO tickets(id, customer_id, channel, category, subject, status, created_at) "
            "VALUES ('live-1', 'cus-1', 'chat', 'refund', 'Live', 'open', ?)",
            [stamp],
        )
        from agentdesk.core.types import Changes

        return Changes(tickets=frozenset({"live-1"}))

    window.tasks.change(write)
    qtbot.waitUntil(lambda: view.snap.result["tickets_created"] == before + 1, timeout=1500)
    assert view.tiles["tickets_created"].value.text() == f"{before + 1:,}"


def test_in_arabic_the_charts_mirror_as_a_whole(qtbot, demo_db, tmp_path):
    """Time runs right to left, the value axis and its labels sit on the right inside the
    chart, and a click still lands on the bar under the pointer."""
    from PySide6.QtWidgets import QApplication

    from agentdesk.ui import labels
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    install_language(app, "ar")
    try:
        settings = Settings(tmp_path / "settings.json")
        settings.set("kpi.time_zone", ZONE)
        w = MainWindow(demo_db, "ar", settings, remember_layout=False, listen=False)
        qtbot.addWidget(w)
        w.resize(1440, 1000)
        w.show()
        w.show_view("dashboard")
        view = w.dashboard
        view.set_period(FIRST, LAST)
        assert w.tasks.wait_idle()
        for plot in (view.trend, view.frt, view.heat, view.cats, view.dist):
            item = plot.getPlotItem()
            assert item.getAxis("right").isVisible() and not item.getAxis("left").isVisible()
            vb = plot.getViewBox()
            (x0, _), _ = vb.viewRange()
            left = vb.mapViewToScene(QPointF(x0, 0)).x()
            assert left > vb.sceneBoundingRect().center().x()  # the first day is on the right
            axis = item.getAxis("right").geometry()  # both in the chart's layout
            assert axis.left() >= vb.geometry().right() - 1
            assert axis.right() <= item.geometry().width() + 1
        top = view.snap.result["top_categories"][:8]
        category, n = top[0]
        view._cats_clicked(_click_at(view.cats, n / 2, len(top) - 1))
        assert w.tasks.wait_idle()
        assert view.drill.heading.text() == labels.category(category)
        w.tasks.close()
    finally:
        install_language(app, "en")
