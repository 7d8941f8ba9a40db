// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

class QWidget;

namespace limber::app {

// One series over time: points as (milliseconds since the epoch, value).
struct ChartSeries {
    enum class Style { Dots, Line, LineWithDots };
    QString name;
    QColor color;
    Style style = Style::Line;
    bool rightAxis = false;
    QString unit; // after the value in the hover text: "", " min", " %"
    std::vector<std::pair<std::int64_t, double>> points;
};

struct ChartAxis {
    double max = 10;
    QString title;
};

// What one of the Journal page's charts shows, from `from` to `to` (milliseconds since the epoch).
struct ChartData {
    std::vector<ChartSeries> series;
    std::int64_t from = 0;
    std::int64_t to = 0;
    ChartAxis left;
    std::optional<ChartAxis> right;
};

// "Tue 17 Nov: 4.5 min", the words shown on hover for the series' point nearest to `x` (ms). Shared by the
// module and the tests, so what the tests check is what the person sees.
inline QString hoverText(const ChartSeries& series, double x)
{
    if (series.points.empty())
        return {};
    const auto nearest = std::min_element(series.points.begin(), series.points.end(), [x](const auto& a, const auto& b) {
        return std::abs(static_cast<double>(a.first) - x) < std::abs(static_cast<double>(b.first) - x);
    });
    const QDate day = QDateTime::fromMSecsSinceEpoch(nearest->first, Qt::UTC).date();
    const bool whole = nearest->second == static_cast<double>(static_cast<std::int64_t>(nearest->second));
    return QStringLiteral("%1 — %2: %3%4")
        .arg(series.name, QLocale().toString(day, QStringLiteral("ddd d MMM yyyy")),
             QString::number(nearest->second, 'f', whole ? 0 : 1), series.unit);
}

// A chart drawn with Qt Charts in the limber-charts module, which is loaded when the Journal page is first
// shown. Only this pure interface crosses the module boundary.
class Chart {
public:
    virtual ~Chart() = default;
    virtual QWidget* widget() = 0;
    virtual void show(const ChartData& data) = 0;
};

} // namespace limber::app

// The module's one exported function: a chart whose widget is a child of `parent`.
extern "C" limber::app::Chart* limberCreateChart(QWidget* parent);
