// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// The limber-charts module: the Journal page's pain chart, daily means as dots and the 7-day mean as a
// line over 0–10, with the value of a point shown on hover.
#include "app/pain_chart.h"

#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace {

class QtPainChart final : public limber::app::PainChart {
public:
    explicit QtPainChart(QWidget* parent) : m_view(new QChartView(parent))
    {
        m_view->setObjectName(QStringLiteral("painChart"));
        m_view->setRenderHint(QPainter::Antialiasing);
    }

    QWidget* widget() override { return m_view; }

    void show(const limber::app::PainChartData& data) override
    {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        auto* daily = new QScatterSeries;
        daily->setName(data.dailyName);
        daily->setMarkerSize(7);
        daily->setColor(QColor(0x9a, 0xa6, 0xa4));
        for (const auto& [ms, value] : data.daily)
            daily->append(static_cast<qreal>(ms), value);
        auto* trend = new QLineSeries;
        trend->setName(data.trendName);
        trend->setPen(QPen(data.trendColor, 3));
        for (const auto& [ms, value] : data.trend)
            trend->append(static_cast<qreal>(ms), value);
        chart->addSeries(daily);
        chart->addSeries(trend);
        auto* xAxis = new QDateTimeAxis;
        xAxis->setFormat(QStringLiteral("d MMM"));
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(data.from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(data.to, Qt::UTC));
        auto* yAxis = new QValueAxis;
        yAxis->setRange(0, 10);
        yAxis->setTickCount(6);
        yAxis->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*>{daily, trend}) {
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        const auto showValue = [](const QPointF& point, bool state) {
            if (!state)
                return;
            const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()), Qt::UTC).date();
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(QLocale().toString(day, QLocale::ShortFormat),
                                                                             QString::number(point.y(), 'f', 1)));
        };
        QObject::connect(daily, &QScatterSeries::hovered, showValue);
        QObject::connect(trend, &QLineSeries::hovered, showValue);
        QChart* old = m_view->chart();
        m_view->setChart(chart);
        delete old;
    }

private:
    QChartView* m_view;
};

} // namespace

extern "C" Q_DECL_EXPORT limber::app::PainChart* limberCreatePainChart(QWidget* parent)
{
    return new QtPainChart(parent);
}
