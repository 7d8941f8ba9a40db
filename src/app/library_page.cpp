// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/library_page.h"

#include "app/exercise_delegate.h"
#include "app/exercise_detail_view.h"
#include "app/exercise_filter_model.h"
#include "app/exercise_list_model.h"
#include "app/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace limber::app {
namespace {

// Sentinel item data in the equipment filter.
constexpr int anyEquipment = -1;
constexpr int noEquipment = -2;

template <typename Enum>
void fillCombo(QComboBox* combo, const QString& allLabel)
{
    combo->addItem(allLabel, -1);
    for (Enum value : allEnumValues<Enum>())
        combo->addItem(label(value), static_cast<int>(value));
}

template <typename Enum>
std::optional<Enum> comboValue(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional{static_cast<Enum>(value)};
}

} // namespace

LibraryPage::LibraryPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryPage"));
    m_exercises = new ExerciseListModel(this);
    m_filter = new ExerciseFilterModel(this);
    m_filter->setExerciseModel(m_exercises);

    auto* listPane = new QWidget(this);
    listPane->setObjectName(QStringLiteral("libraryListPane"));
    listPane->setAttribute(Qt::WA_StyledBackground);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(16, 18, 12, 12);
    listLayout->setSpacing(8);

    auto* heading = new QLabel(tr("Library"), listPane);
    heading->setObjectName(QStringLiteral("pageHeading"));

    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search exercises, e.g. “neck” or “cat”"));
    m_search->setClearButtonEnabled(true);

    m_category = new QComboBox(listPane);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    fillCombo<Category>(m_category, tr("All categories"));
    m_area = new QComboBox(listPane);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    fillCombo<BodyArea>(m_area, tr("All body areas"));
    m_equipment = new QComboBox(listPane);
    m_equipment->setObjectName(QStringLiteral("equipmentCombo"));
    m_equipment->addItem(tr("Any equipment"), anyEquipment);
    m_equipment->addItem(tr("No equipment"), noEquipment);
    for (Equipment item : allEnumValues<Equipment>())
        m_equipment->addItem(label(item), static_cast<int>(item));
    m_desk = new QCheckBox(tr("At the desk"), listPane);
    m_desk->setObjectName(QStringLiteral("deskCheck"));
    m_desk->setToolTip(tr("Only exercises you can do seated or standing at a desk, with nothing but a chair or a wall"));

    auto* filterRow1 = new QHBoxLayout;
    filterRow1->addWidget(m_category, 1);
    filterRow1->addWidget(m_area, 1);
    auto* filterRow2 = new QHBoxLayout;
    filterRow2->addWidget(m_equipment, 1);
    filterRow2->addWidget(m_desk);

    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("resultCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto* reset = new QPushButton(tr("Clear filters"), listPane);
    reset->setObjectName(QStringLiteral("clearFiltersButton"));
    reset->setFlat(true);
    reset->setCursor(Qt::PointingHandCursor);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(reset);

    m_list = new QListView(listPane);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ExerciseDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_noMatches = new QLabel(tr("No exercise matches these filters.\nTry fewer words or clear a filter."), listPane);
    m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->hide();

    listLayout->addWidget(heading);
    listLayout->addWidget(m_search);
    listLayout->addLayout(filterRow1);
    listLayout->addLayout(filterRow2);
    listLayout->addLayout(countRow);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_noMatches, 1);

    m_detail = new ExerciseDetailView(this);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 620});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::applyFilters);
    for (QComboBox* combo : {m_category, m_area, m_equipment})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilters);
    connect(m_desk, &QCheckBox::toggled, this, &LibraryPage::applyFilters);
    connect(reset, &QPushButton::clicked, this, &LibraryPage::clearFilters);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPage::showSelected);
    connect(m_detail, &ExerciseDetailView::exerciseRequested, this, &LibraryPage::selectExercise);
    updateCount();
}

void LibraryPage::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_exercises->setCatalog(std::move(catalog));
    updateCount();
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    showSelected();
}

void LibraryPage::applyFilters()
{
    const QString selectedId = selectedExercise() ? QString::fromStdString(selectedExercise()->id) : QString{};
    ExerciseQuery query;
    query.text = m_search->text().toStdString();
    query.category = comboValue<Category>(m_category);
    query.area = comboValue<BodyArea>(m_area);
    const int equipment = m_equipment->currentData().toInt();
    query.withoutEquipment = equipment == noEquipment;
    if (equipment >= 0)
        query.uses = static_cast<Equipment>(equipment);
    query.deskFriendlyOnly = m_desk->isChecked();
    m_filter->setQuery(std::move(query));
    updateCount();

    // Keep the chosen exercise if it still matches; otherwise move to the first one that does.
    const int sourceRow = m_exercises->rowOf(selectedId);
    const QModelIndex kept = sourceRow < 0 ? QModelIndex{} : m_filter->mapFromSource(m_exercises->index(sourceRow));
    m_list->setCurrentIndex(kept.isValid() ? kept : m_filter->index(0, 0));
    showSelected();
}

bool LibraryPage::selectExercise(const QString& id)
{
    const int sourceRow = m_exercises->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_exercises->index(sourceRow));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_exercises->index(sourceRow));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

const Exercise* LibraryPage::selectedExercise() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_exercises->exerciseAt(m_filter->mapToSource(current).row()) : nullptr;
}

void LibraryPage::clearFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_category), QSignalBlocker(m_area),
                                       QSignalBlocker(m_equipment), QSignalBlocker(m_desk)};
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_area->setCurrentIndex(0);
    m_equipment->setCurrentIndex(0);
    m_desk->setChecked(false);
    applyFilters();
}

void LibraryPage::showSelected()
{
    m_detail->showExercise(selectedExercise(), m_exercises->catalog());
}

void LibraryPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_exercises->rowCount();
    m_count->setText(shown == total ? tr("%1 exercises").arg(total) : tr("%1 of %2 exercises").arg(shown).arg(total));
    m_list->setVisible(shown > 0);
    m_noMatches->setVisible(shown == 0 && total > 0);
}

} // namespace limber::app
