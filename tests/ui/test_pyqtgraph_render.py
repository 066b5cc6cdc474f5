"""Guards the PySide6 pin: 6.12.0 on Python 3.11 crashes in pyqtgraph's first paint."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage


def test_plots_render_many_times(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    curve = widget.plot(pen=pg.mkPen("#2f6fde", width=2))
    bars = pg.BarGraphItem(x=np.arange(8), height=np.arange(8) + 1, width=0.6, brush="#c0342b")
    widget.addItem(bars)
    for i in range(60):
        curve.setData(np.sin(np.linspace(0, 6, 200) + i / 5) * (i + 1))
        image = widget.grab().toImage()
        assert not image.isNull()
    assert image.format() != QImage.Format.Format_Invalid
    colours = {image.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 300, 7)}
    assert len(colours) > 3


def _ink_width(axis_class, qtbot) -> int:
    """How wide the one date label of a bottom axis is drawn, in Arabic, in pixels."""
    from datetime import date

    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("ar"))
    try:
        axis = axis_class(orientation="bottom")
        axis.first, axis.spans = date(2026, 11, 28), [(0, 1)]
        widget = pg.PlotWidget(axisItems={"bottom": axis})
        qtbot.addWidget(widget)
        widget.resize(300, 120)
        widget.setXRange(-1, 1, padding=0)
        axis.setTicks([[(0, "")]])  # a single tick at the label's place
        axis.setTicks(None)
        widget.show()
        image = widget.grab().toImage()
    finally:
        QLocale.setDefault(QLocale("en"))
    box = axis.sceneBoundingRect().toRect()
    inked = [
        x
        for x in range(max(0, box.left()), min(image.width(), box.right()))
        if any(
            QColor(image.pixel(x, y)).lightness() < 128
            for y in range(box.top() + 12, min(image.height(), box.bottom()))
        )
    ]
    return max(inked) - min(inked) if inked else 0


def test_arabic_dates_on_chart_axes_keep_their_space(qtbot):
    """pyqtgraph records axes into a QPicture, whose playback drops the spaces of
    right-to-left text ("٢٨نوفمبر"); the dashboard's date axis draws directly."""
    from agentdesk.ui.views.dashboard import DateAxis

    class Recorded(DateAxis):
        paint = pg.AxisItem.paint

    ours, recorded = _ink_width(DateAxis, qtbot), _ink_width(Recorded, qtbot)
    assert recorded > 20  # the label was drawn at all
    assert ours >= recorded + 2  # the space between the day and the month is there
