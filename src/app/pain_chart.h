// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QColor>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

class QWidget;

namespace limber::app {

// What the pain chart shows: points as (milliseconds since the epoch, value).
struct PainChartData {
    std::vector<std::pair<std::int64_t, double>> daily;
    std::vector<std::pair<std::int64_t, double>> trend;
    std::int64_t from = 0;
    std::int64_t to = 0;
    QString dailyName;
    QString trendName;
    QColor trendColor;
};

// The pain chart, drawn with Qt Charts in the limber-charts module, which is loaded when the Journal page
// is first shown. Only this pure interface crosses the module boundary.
class PainChart {
public:
    virtual ~PainChart() = default;
    virtual QWidget* widget() = 0;
    virtual void show(const PainChartData& data) = 0;
};

} // namespace limber::app

// The module's one exported function: a chart whose widget is a child of `parent`.
extern "C" limber::app::PainChart* limberCreatePainChart(QWidget* parent);
