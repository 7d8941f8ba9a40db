// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/plan_editor.h"

#include "app/labels.h"

#include "app/documents.h"
#include "app/qt_dates.h"
#include "core/common/identifiers.h"
#include "core/plan/plan_loader.h"
#include "core/plan/plan_writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace limber::app {
namespace {

// Consecutive edits of one field merge into one undo step, so undo takes back a whole word, not a letter.
enum MergeKey { Title = 1, AssignedBy, Summary, Notes, Weeks, EverySessions, StepReps, StepHold, StepSets, ItemDose = 100,
                ItemNote = 200 };

class PlanChange final : public QUndoCommand {
public:
    PlanChange(std::function<void(const Plan&)> apply, Plan before, Plan after, const QString& text, int mergeKey)
        : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(mergeKey)
    {
    }

    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const PlanChange*>(other)->m_after;
        return true;
    }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    std::function<void(const Plan&)> m_apply;
    Plan m_before;
    Plan m_after;
    int m_mergeKey;
};

QSpinBox* spin(const char* name, int minimum, int maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// Text the person is typing is left alone; text put there by undo, redo or opening starts at its beginning.
void setTextKeepingCursor(QLineEdit* edit, const std::string& text)
{
    const QString wanted = QString::fromStdString(text);
    if (edit->text() != wanted) {
        edit->setText(wanted);
        edit->setCursorPosition(0);
    }
}

} // namespace

PlanEditorDialog::PlanEditorDialog(Plan plan, std::shared_ptr<const Catalog> catalog, QWidget* parent)
    : QDialog(parent), m_plan(std::move(plan)), m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("planEditor"));
    setWindowTitle(m_plan.id.empty() ? tr("New plan") : tr("Edit plan"));
    setMinimumSize(920, 640);
    chooseExportPath = [this](const QString& name) {
        return QFileDialog::getSaveFileName(this, tr("Export the plan"), name, tr("Limber plans (*.json)"));
    };
    m_undo = new QUndoStack(this);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitleEdit"));
    m_assignedBy = new QLineEdit(this);
    m_assignedBy->setObjectName(QStringLiteral("planAssignedByEdit"));
    m_assignedBy->setPlaceholderText(tr("Your physio's name (optional)"));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("planSummaryEdit"));
    m_summary->setPlaceholderText(tr("One line on what the plan is for (optional)"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("planNotesEdit"));
    m_notes->setPlaceholderText(tr("Advice for every session (optional)"));
    m_notes->setMaximumHeight(80);

    m_schedule = new QGroupBox(tr("On a schedule"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleGroup"));
    m_schedule->setCheckable(true);
    auto* days = new QHBoxLayout;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const auto day = static_cast<Weekday>(i);
        m_days[i] = new QCheckBox(QLocale().dayName(static_cast<int>(i) + 1, QLocale::ShortFormat), m_schedule);
        m_days[i]->setObjectName(QStringLiteral("day-") + QString::fromUtf8(toString(day).data()));
        days->addWidget(m_days[i]);
    }
    m_weeks = spin("weeksSpin", 1, 52, tr(" weeks"), m_schedule);
    m_fixedStart = new QCheckBox(tr("Starts on"), m_schedule);
    m_fixedStart->setObjectName(QStringLiteral("fixedStartCheck"));
    m_start = new QDateEdit(QDate::currentDate(), m_schedule);
    m_start->setObjectName(QStringLiteral("scheduleStartEdit"));
    m_start->setCalendarPopup(true);
    auto* scheduleLayout = new QFormLayout(m_schedule);
    scheduleLayout->addRow(tr("Days"), days);
    scheduleLayout->addRow(tr("For"), m_weeks);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_fixedStart);
    startRow->addWidget(m_start, 1);
    scheduleLayout->addRow(tr("Start"), startRow);

    m_progression = new QGroupBox(tr("Progress while pain allows"), this);
    m_progression->setObjectName(QStringLiteral("progressionGroup"));
    m_progression->setCheckable(true);
    m_everySessions = spin("everySessionsSpin", 1, 20, tr(" sessions"), m_progression);
    m_stepReps = spin("stepRepsSpin", 0, 20, tr(" reps"), m_progression);
    m_stepHold = spin("stepHoldSpin", 0, 60, tr(" s hold"), m_progression);
    m_stepSets = spin("stepSetsSpin", 0, 3, tr(" sets"), m_progression);
    for (QSpinBox* box : {m_stepReps, m_stepHold, m_stepSets})
        box->setPrefix(QStringLiteral("+"));
    auto* progressionLayout = new QFormLayout(m_progression);
    progressionLayout->addRow(tr("After every"), m_everySessions);
    auto* step = new QHBoxLayout;
    for (QSpinBox* box : {m_stepReps, m_stepHold, m_stepSets})
        step->addWidget(box);
    progressionLayout->addRow(tr("Add up to"), step);

    auto* about = new QFormLayout;
    about->addRow(tr("Title"), m_title);
    about->addRow(tr("Assigned by"), m_assignedBy);
    about->addRow(tr("Summary"), m_summary);
    about->addRow(tr("Notes"), m_notes);
    auto* left = new QVBoxLayout;
    left->addLayout(about);
    left->addWidget(m_schedule);
    left->addWidget(m_progression);
    left->addStretch(1);

    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("itemList"));
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setToolTip(tr("Drag an exercise to change the order"));
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("exercisePicker"));
    m_picker->setAccessibleName(tr("Exercise to add"));
    if (m_catalog) {
        std::vector<const Exercise*> sorted;
        for (const Exercise& exercise : m_catalog->exercises())
            sorted.push_back(&exercise);
        std::sort(sorted.begin(), sorted.end(), [](const Exercise* a, const Exercise* b) { return a->name < b->name; });
        for (const Exercise* exercise : sorted)
            m_picker->addItem(QString::fromStdString(exercise->name), QString::fromStdString(exercise->id));
    }
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addExerciseButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeItemButton"));
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(add);
    pickRow->addWidget(remove);

    m_itemMode = new QLabel(this);
    m_itemMode->setObjectName(QStringLiteral("itemModeLabel"));
    m_sets = spin("setsSpin", 1, 10, {}, this);
    m_sets->setPrefix(tr("Sets: "));
    m_reps = spin("repsSpin", 1, 100, {}, this);
    m_reps->setPrefix(tr("Reps: "));
    m_hold = spin("holdSpin", 1, 900, tr(" s"), this);
    m_hold->setPrefix(tr("Hold: "));
    m_rest = spin("restSpin", 0, 600, tr(" s"), this);
    m_rest->setPrefix(tr("Rest: "));
    m_minutes = new QDoubleSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(0.5, 240);
    m_minutes->setSingleStep(0.5);
    m_minutes->setDecimals(1);
    m_minutes->setPrefix(tr("Time: "));
    m_minutes->setSuffix(tr(" min"));
    m_perSide = new QCheckBox(tr("Each side"), this);
    m_perSide->setObjectName(QStringLiteral("perSideCheck"));
    m_perSide->setToolTip(tr("Every set on the left, then on the right"));
    m_itemNote = new QLineEdit(this);
    m_itemNote->setObjectName(QStringLiteral("itemNoteEdit"));
    m_itemNote->setPlaceholderText(tr("A note for this exercise (optional)"));
    auto* dose = new QHBoxLayout;
    for (QWidget* box : std::initializer_list<QWidget*>{m_sets, m_reps, m_hold, m_rest, m_minutes, m_perSide})
        dose->addWidget(box);
    auto* right = new QVBoxLayout;
    auto* exercisesLabel = new QLabel(tr("Exercises, in order"), this);
    exercisesLabel->setProperty("role", QStringLiteral("section"));
    right->addWidget(exercisesLabel);
    right->addWidget(m_items, 1);
    right->addLayout(pickRow);
    right->addWidget(m_itemMode);
    right->addLayout(dose);
    right->addWidget(m_itemNote);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("editorProblems"));
    m_problems->setProperty("role", QStringLiteral("caution"));
    m_problems->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    auto* redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    redo->setObjectName(QStringLiteral("redoButton"));
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportEditedPlanButton"));
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePlanButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    auto* undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    const auto edited = [this](auto field, const QString& what, int key) {
        return [this, field, what, key](const auto& value) {
            if (m_showing)
                return;
            Plan after = m_plan;
            field(after, value);
            change(std::move(after), what, key);
        };
    };
    connect(m_title, &QLineEdit::textEdited, this,
            edited([](Plan& p, const QString& text) { p.title = text.toStdString(); }, tr("title"), Title));
    connect(m_assignedBy, &QLineEdit::textEdited, this,
            edited([](Plan& p, const QString& text) { p.assignedBy = text.trimmed().toStdString(); }, tr("assigned by"), AssignedBy));
    connect(m_summary, &QLineEdit::textEdited, this,
            edited([](Plan& p, const QString& text) { p.summary = text.trimmed().toStdString(); }, tr("summary"), Summary));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        Plan after = m_plan;
        after.notes = m_notes->toPlainText().trimmed().toStdString();
        change(std::move(after), tr("notes"), Notes);
    });
    connect(m_schedule, &QGroupBox::toggled, this, edited([](Plan& p, bool on) {
        if (on)
            p.schedule = Schedule{{Weekday::Mon, Weekday::Wed, Weekday::Fri}, 4, std::nullopt};
        else
            p.schedule.reset();
    }, tr("schedule"), -1));
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        connect(m_days[i], &QCheckBox::toggled, this, edited([i](Plan& p, bool on) {
            if (!p.schedule)
                return;
            auto& list = p.schedule->days;
            const auto day = static_cast<Weekday>(i);
            list.erase(std::remove(list.begin(), list.end(), day), list.end());
            if (on)
                list.push_back(day);
            std::sort(list.begin(), list.end());
        }, tr("days"), -1));
    }
    connect(m_weeks, &QSpinBox::valueChanged, this, edited([](Plan& p, int weeks) {
        if (p.schedule)
            p.schedule->weeks = weeks;
    }, tr("weeks"), Weeks));
    connect(m_fixedStart, &QCheckBox::toggled, this, edited([this](Plan& p, bool on) {
        if (p.schedule)
            p.schedule->start = on ? std::optional{fromQDate(m_start->date())} : std::nullopt;
    }, tr("start"), -1));
    connect(m_start, &QDateEdit::dateChanged, this, edited([](Plan& p, QDate date) {
        if (p.schedule && p.schedule->start)
            p.schedule->start = fromQDate(date);
    }, tr("start"), -1));
    connect(m_progression, &QGroupBox::toggled, this, edited([](Plan& p, bool on) {
        if (on)
            p.progression = Progression{"pain-monitoring", 3, ProgressionStep{.reps = 2}};
        else
            p.progression.reset();
    }, tr("progression"), -1));
    const auto stepField = [&](QSpinBox* box, int ProgressionStep::*member, const QString& what, int key) {
        connect(box, &QSpinBox::valueChanged, this, edited([member](Plan& p, int value) {
            if (p.progression)
                p.progression->step.*member = value;
        }, what, key));
    };
    stepField(m_stepReps, &ProgressionStep::reps, tr("progression step"), StepReps);
    stepField(m_stepHold, &ProgressionStep::holdSeconds, tr("progression step"), StepHold);
    stepField(m_stepSets, &ProgressionStep::sets, tr("progression step"), StepSets);
    connect(m_everySessions, &QSpinBox::valueChanged, this, edited([](Plan& p, int value) {
        if (p.progression)
            p.progression->everySessions = value;
    }, tr("progression"), EverySessions));

    const auto doseField = [&](QSpinBox* box, int Dose::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, member](int value) {
            const int row = m_items->currentRow();
            if (m_showing || row < 0)
                return;
            Plan after = m_plan;
            after.items[static_cast<std::size_t>(row)].exercise.dose.*member = value;
            change(std::move(after), tr("dose"), ItemDose + row);
        });
    };
    doseField(m_sets, &Dose::sets);
    doseField(m_reps, &Dose::reps);
    doseField(m_hold, &Dose::holdSeconds);
    doseField(m_rest, &Dose::restSeconds);
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, [this](double minutes) {
        const int row = m_items->currentRow();
        if (m_showing || row < 0)
            return;
        Plan after = m_plan;
        after.items[static_cast<std::size_t>(row)].exercise.dose.timedSeconds = static_cast<int>(std::lround(minutes * 60));
        change(std::move(after), tr("dose"), ItemDose + row);
    });
    connect(m_perSide, &QCheckBox::toggled, this, [this](bool perSide) {
        const int row = m_items->currentRow();
        if (m_showing || row < 0)
            return;
        Plan after = m_plan;
        after.items[static_cast<std::size_t>(row)].exercise.perSide = perSide;
        change(std::move(after), tr("sides"));
    });
    connect(m_itemNote, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = m_items->currentRow();
        if (m_showing || row < 0)
            return;
        Plan after = m_plan;
        after.items[static_cast<std::size_t>(row)].note = text.trimmed().toStdString();
        change(std::move(after), tr("note"), ItemNote + row);
    });
    connect(m_items, &QListWidget::currentRowChanged, this, &PlanEditorDialog::showItem);
    connect(m_items->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int start, int, const QModelIndex&, int destination) {
                if (!m_showing)
                    moveItem(start, destination > start ? destination - 1 : destination);
            });
    connect(add, &QPushButton::clicked, this, [this] { addExercise(m_picker->currentData().toString().toStdString()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeItem(m_items->currentRow()); });
    connect(exportButton, &QPushButton::clicked, this, &PlanEditorDialog::exportPlan);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!problems().empty())
            return;
        Plan saved = m_plan;
        if (saved.id.empty())
            saved.id = idFromTitle(saved.title, "my-plan");
        Q_EMIT saveRequested(saved);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showPlan();
    if (m_items->count() > 0)
        m_items->setCurrentRow(0);
}

PlanEditorDialog::~PlanEditorDialog() = default;

std::vector<Issue> PlanEditorDialog::problems() const
{
    if (!m_catalog)
        return {};
    Plan candidate = m_plan;
    if (candidate.id.empty())
        candidate.id = idFromTitle(candidate.title, "my-plan");
    auto issues = parsePlan(toJson(candidate, *m_catalog).dump(), "plan", *m_catalog).issues;
    return issues;
}

void PlanEditorDialog::change(Plan after, const QString& what, int mergeKey)
{
    if (after == m_plan)
        return;
    m_undo->push(new PlanChange([this](const Plan& plan) { setPlan(plan); }, m_plan, std::move(after),
                                tr("Change %1").arg(what), mergeKey));
}

void PlanEditorDialog::setPlan(const Plan& plan)
{
    m_plan = plan;
    showPlan();
}

void PlanEditorDialog::addExercise(const std::string& exerciseId)
{
    const Exercise* exercise = m_catalog ? m_catalog->find(exerciseId) : nullptr;
    if (!exercise)
        return;
    Plan after = m_plan;
    after.items.push_back(PlanItem{*exercise, false, {}});
    change(std::move(after), tr("exercises"));
    m_items->setCurrentRow(m_items->count() - 1);
}

void PlanEditorDialog::removeItem(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_plan.items.size())
        return;
    Plan after = m_plan;
    after.items.erase(after.items.begin() + row);
    change(std::move(after), tr("exercises"));
}

void PlanEditorDialog::moveItem(int from, int to)
{
    const auto count = static_cast<int>(m_plan.items.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to) {
        showPlan(); // a drop that changes nothing still redraws the list the drag disturbed
        return;
    }
    Plan after = m_plan;
    PlanItem moved = after.items[static_cast<std::size_t>(from)];
    after.items.erase(after.items.begin() + from);
    after.items.insert(after.items.begin() + to, std::move(moved));
    change(std::move(after), tr("order"));
    m_items->setCurrentRow(to);
}

void PlanEditorDialog::showPlan()
{
    m_showing = true;
    setTextKeepingCursor(m_title, m_plan.title);
    setTextKeepingCursor(m_assignedBy, m_plan.assignedBy);
    setTextKeepingCursor(m_summary, m_plan.summary);
    if (m_notes->toPlainText().trimmed().toStdString() != m_plan.notes)
        m_notes->setPlainText(QString::fromStdString(m_plan.notes));
    m_schedule->setChecked(m_plan.schedule.has_value());
    if (m_plan.schedule) {
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            const auto& days = m_plan.schedule->days;
            m_days[i]->setChecked(std::find(days.begin(), days.end(), static_cast<Weekday>(i)) != days.end());
        }
        m_weeks->setValue(m_plan.schedule->weeks);
        m_fixedStart->setChecked(m_plan.schedule->start.has_value());
        m_start->setEnabled(m_plan.schedule->start.has_value());
        if (m_plan.schedule->start)
            m_start->setDate(toQDate(*m_plan.schedule->start));
    }
    m_progression->setChecked(m_plan.progression.has_value());
    if (m_plan.progression) {
        m_everySessions->setValue(m_plan.progression->everySessions);
        m_stepReps->setValue(m_plan.progression->step.reps);
        m_stepHold->setValue(m_plan.progression->step.holdSeconds);
        m_stepSets->setValue(m_plan.progression->step.sets);
    }
    const int row = m_items->currentRow();
    m_items->clear();
    for (std::size_t i = 0; i < m_plan.items.size(); ++i) {
        const PlanItem& item = m_plan.items[i];
        m_items->addItem(QStringLiteral("%1. %2 — %3")
                             .arg(i + 1)
                             .arg(QString::fromStdString(item.exercise.name), doseLabel(item.exercise)));
    }
    m_items->setCurrentRow(std::min(row, m_items->count() - 1));
    const auto issues = problems();
    QStringList lines;
    for (const Issue& issue : issues)
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(issue.pointer), coreText(issue.message));
    m_problems->setText(tr("Before this plan can be saved: %1").arg(lines.join(QStringLiteral("; "))));
    m_problems->setVisible(!issues.empty());
    m_save->setEnabled(issues.empty());
    m_showing = false;
    showItem();
}

void PlanEditorDialog::showItem()
{
    const int row = m_items->currentRow();
    const bool any = row >= 0 && static_cast<std::size_t>(row) < m_plan.items.size();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_sets, m_reps, m_hold, m_rest, m_minutes, m_perSide, m_itemNote, m_itemMode})
        widget->setVisible(any);
    if (!any)
        return;
    const bool wasShowing = m_showing;
    m_showing = true;
    const Exercise& exercise = m_plan.items[static_cast<std::size_t>(row)].exercise;
    const Dose& dose = exercise.dose;
    m_sets->setVisible(exercise.mode != DoseMode::Timed);
    m_reps->setVisible(exercise.mode != DoseMode::Timed);
    m_rest->setVisible(exercise.mode != DoseMode::Timed);
    m_hold->setVisible(exercise.mode == DoseMode::Hold);
    m_minutes->setVisible(exercise.mode == DoseMode::Timed);
    // The format's limits: at most 50 holds, 100 repetitions.
    m_reps->setMaximum(exercise.mode == DoseMode::Hold ? 50 : 100);
    m_reps->setPrefix(exercise.mode == DoseMode::Hold ? tr("Holds: ") : tr("Reps: "));
    m_sets->setValue(dose.sets);
    m_reps->setValue(std::max(1, dose.reps));
    m_hold->setValue(std::max(1, dose.holdSeconds));
    m_rest->setValue(dose.restSeconds);
    m_minutes->setValue(dose.timedSeconds / 60.0);
    m_perSide->setChecked(exercise.perSide);
    setTextKeepingCursor(m_itemNote, m_plan.items[static_cast<std::size_t>(row)].note);
    const QString mode = exercise.mode == DoseMode::Hold ? tr("Holds") : exercise.mode == DoseMode::Reps ? tr("Repetitions") : tr("Timed");
    m_itemMode->setText(QStringLiteral("<b>%1</b> · %2").arg(QString::fromStdString(exercise.name).toHtmlEscaped(), mode));
    m_showing = wasShowing;
}

void PlanEditorDialog::exportPlan()
{
    if (!m_catalog || !problems().empty())
        return;
    Plan exported = m_plan;
    if (exported.id.empty())
        exported.id = idFromTitle(exported.title, "my-plan");
    const QString path = chooseExportPath(QString::fromStdString(exported.id + ".json"));
    if (path.isEmpty())
        return;
    QString failure;
    if (!writePlanFile(path, exported, *m_catalog, failure)) {
        m_problems->setText(failure);
        m_problems->show();
    }
}

} // namespace limber::app
