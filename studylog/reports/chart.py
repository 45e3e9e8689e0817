"""The participation chart: one bar per session, the whole campaign, and after make-up.

Drawn twice from the same bars: with reportlab graphics for the PDF (vector, in the
embedded font) and with Pillow as a PNG for the Word draft, which cannot hold a
reportlab drawing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from studylog.domain.rates import Rate
from studylog.reports import fonts
from studylog.reports.document import Bar
from studylog.vntext.fmt import format_percent

WIDTH_MM, HEIGHT_MM = 150, 62
BAR_COLOUR = (0.16, 0.33, 0.55)  # a sober blue that prints well in grey too
HIGHLIGHT = (0.55, 0.16, 0.16)  # after make-up: the figure the upper level reads first


def percents(bars: Sequence[Bar]) -> list[float]:
    out = []
    for bar in bars:
        value = Rate(bar.numerator, bar.denominator).percent
        out.append(float(value) if value is not None else 0.0)
    return out


def label(bar: Bar) -> str:
    return format_percent(Rate(bar.numerator, bar.denominator).percent)


def drawing(bars: Sequence[Bar]) -> Drawing:
    fonts.register_fonts()
    width, height = WIDTH_MM * mm, HEIGHT_MM * mm
    d = Drawing(width, height)
    d.hAlign = "CENTER"
    d.initialFontName = fonts.REGULAR  # else the renderer starts in Helvetica, never embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 9 * mm
    chart.width, chart.height = width - 20 * mm, height - 15 * mm
    chart.data = [percents(bars)]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.categoryAxis.categoryNames = [b.label for b in bars]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.dy = -4
    chart.barLabels.fontName = fonts.REGULAR
    chart.barWidth = 10
    chart.groupSpacing = 12
    chart.bars[0].fillColor = colors.Color(*BAR_COLOUR)
    chart.bars[0].strokeColor = None
    for i, bar in enumerate(bars):
        if bar.highlight:
            chart.bars[(0, i)].fillColor = colors.Color(*HIGHLIGHT)
    d.add(chart)
    step = chart.width / max(len(bars), 1)
    for i, (bar, value) in enumerate(zip(bars, percents(bars), strict=True)):
        x = chart.x + step * (i + 0.5)
        y = chart.y + chart.height * value / 100 + 3
        d.add(String(x, y, label(bar), fontName=fonts.BOLD, fontSize=10, textAnchor="middle"))
    return d


def png(bars: Sequence[Bar], *, dpi: int = 200) -> bytes:
    """The same chart as a PNG (Pillow, the bundled font) for the Word draft."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 25.4
    w, h = int(WIDTH_MM * scale), int(HEIGHT_MM * scale)
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    small = ImageFont.truetype(str(fonts.font_path(fonts.REGULAR)), int(3.4 * scale))
    bold = ImageFont.truetype(str(fonts.font_path(fonts.BOLD)), int(3.6 * scale))
    left, right, top, bottom = 14 * scale, w - 6 * scale, 6 * scale, h - 9 * scale

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / 100

    for tick in range(0, 101, 20):
        y = y_of(tick)
        draw.line([(left, y), (right, y)], fill=(217, 217, 217), width=1)
        draw.text((left - 2 * scale, y), f"{tick}%", font=small, fill="black", anchor="rm")
    draw.line([(left, top), (left, bottom), (right, bottom)], fill="black", width=2)
    step = (right - left) / max(len(bars), 1)
    half = 10 / 72 * 25.4 * scale / 2  # the PDF's 10 pt bars
    for i, (bar, value) in enumerate(zip(bars, percents(bars), strict=True)):
        x = left + step * (i + 0.5)
        colour = HIGHLIGHT if bar.highlight else BAR_COLOUR
        fill = tuple(int(c * 255) for c in colour)
        draw.rectangle([(x - half, y_of(value)), (x + half, bottom)], fill=fill)
        draw.text((x, y_of(value) - 1 * scale), label(bar), font=bold, fill="black", anchor="md")
        draw.text((x, bottom + 2 * scale), bar.label, font=small, fill="black", anchor="ma")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
