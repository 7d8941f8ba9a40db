// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// The limber-charts module: the Journal page's charts over time, with the value of the nearest point
// shown on hover.
#include "app/chart.h"

#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

using limber::app::ChartAxis;
using limber::app::ChartData;
using limber::app::ChartSeries;

constexpr std::int64_t msPerDay = 24LL * 60 * 60 * 1000;

// A step of 1, 2 or 5 times a power of ten that divides the axis into at most five parts, so the grid lines
// fall on round numbers and their labels have room.
double niceStep(double top)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 5)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (top / (factor * magnitude) <= 5)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QValueAxis* valueAxis(const ChartAxis& spec)
{
    auto* axis = new QValueAxis;
    const double top = std::max(1.0, spec.max);
    const double step = std::max(1.0, niceStep(top));
    const double parts = std::ceil(top / step - 1e-9);
    axis->setRange(0, parts * step);
    axis->setTickCount(static_cast<int>(parts) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(spec.title);
    return axis;
}

class QtChart final : public limber::app::Chart {
public:
    explicit QtChart(QWidget* parent) : m_view(new QChartView(parent))
    {
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMouseTracking(true);
    }

    QWidget* widget() override { return m_view; }

    void show(const ChartData& data) override
    {
        m_data = data;
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        auto* xAxis = new QDateTimeAxis;
        const bool long_ = data.to - data.from > 200 * msPerDay;
        xAxis->setFormat(long_ ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(data.from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(data.to, Qt::UTC));
        chart->addAxis(xAxis, Qt::AlignBottom);
        QValueAxis* left = valueAxis(data.left);
        chart->addAxis(left, Qt::AlignLeft);
        QValueAxis* right = data.right ? valueAxis(*data.right) : nullptr;
        if (right)
            chart->addAxis(right, Qt::AlignRight);

        for (std::size_t i = 0; i < data.series.size(); ++i) {
            const ChartSeries& spec = data.series[i];
            QXYSeries* series = nullptr;
            if (spec.style == ChartSeries::Style::Dots) {
                auto* dots = new QScatterSeries;
                dots->setMarkerSize(7);
                dots->setColor(spec.color);
                dots->setBorderColor(spec.color);
                series = dots;
            } else {
                series = new QLineSeries;
                series->setPen(QPen(spec.color, spec.style == ChartSeries::Style::Line ? 3 : 2));
                series->setPointsVisible(spec.style == ChartSeries::Style::LineWithDots);
            }
            series->setName(spec.name);
            for (const auto& [ms, value] : spec.points)
                series->append(static_cast<qreal>(ms), value);
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(spec.rightAxis && right ? right : left);
            QObject::connect(series, &QXYSeries::hovered, m_view, [this, i](const QPointF& point, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), limber::app::hoverText(m_data.series[i], point.x()), m_view);
                else
                    QToolTip::hideText();
            });
        }
        QChart* old = m_view->chart();
        m_view->setChart(chart);
        delete old;
    }

private:
    QChartView* m_view;
    ChartData m_data;
};

} // namespace

extern "C" Q_DECL_EXPORT limber::app::Chart* limberCreateChart(QWidget* parent)
{
    return new QtChart(parent);
}
