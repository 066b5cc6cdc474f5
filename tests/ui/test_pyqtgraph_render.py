"""Guards the PySide6 pin: 6.12.0 on Python 3.11 crashes in pyqtgraph's first paint."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage


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
