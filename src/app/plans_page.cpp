// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/plans_page.h"

#include "app/documents.h"
#include "app/labels.h"
#include "app/plan_editor.h"
#include "app/qt_dates.h"
#include "app/problem_dialog.h"
#include "core/common/private_file.h"
#include "core/common/text_file.h"
#include "core/journal/adherence.h"
#include "core/session/timeline.h"

#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

#include <chrono>

namespace limber::app {
namespace {

QString minutesText(std::chrono::nanoseconds duration)
{
    const auto minutes = std::chrono::round<std::chrono::minutes>(duration).count();
    return PlansPage::tr("about %1 min").arg(std::max<std::int64_t>(1, minutes));
}

// Everything a person needs to decide whether to follow a plan, as one block of rich text.
QString planHtml(const Plan& plan)
{
    QString text = QStringLiteral("<h2>%1</h2>").arg(html(plan.title));
    QStringList facts;
    if (!plan.assignedBy.empty())
        facts << PlansPage::tr("From %1").arg(html(plan.assignedBy));
    facts << (plan.schedule ? scheduleLabel(*plan.schedule) : PlansPage::tr("A routine: whenever you like"));
    facts << minutesText(buildTimeline(plan).total);
    text += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!plan.summary.empty())
        text += QStringLiteral("<p>%1</p>").arg(html(plan.summary));
    if (plan.progression) {
        const ProgressionStep& step = plan.progression->step;
        QStringList adds;
        if (step.reps)
            adds << PlansPage::tr("%n rep(s)", nullptr, step.reps);
        if (step.holdSeconds)
            adds << PlansPage::tr("%1 s of hold").arg(step.holdSeconds);
        if (step.sets)
            adds << PlansPage::tr("%n set(s)", nullptr, step.sets);
        if (step.timedSeconds)
            adds << PlansPage::tr("%1 s").arg(step.timedSeconds);
        text += QStringLiteral("<p>%1</p>")
                    .arg(PlansPage::tr("Progresses while pain allows: after every %n session(s) at a dose, Limber may "
                                       "suggest adding %1.",
                                       nullptr, plan.progression->everySessions)
                             .arg(adds.join(PlansPage::tr(" and "))));
    }
    if (!plan.notes.empty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(html(plan.notes));
    text += QStringLiteral("<ol>");
    for (const PlanItem& item : plan.items) {
        text += QStringLiteral("<li><b>%1</b> — %2").arg(html(item.exercise.name), doseLabel(item.exercise).toHtmlEscaped());
        if (!item.note.empty())
            text += QStringLiteral("<br><i>%1</i>").arg(html(item.note));
        text += QStringLiteral("</li>");
    }
    return text + QStringLiteral("</ol>");
}

} // namespace

PlansPage::PlansPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("plansPage"));
    setAcceptDrops(true);
    chooseImportPath = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import a plan"), QString{}, tr("Limber plans (*.json)"));
    };
    chooseExportPath = [this](const QString& name) {
        return QFileDialog::getSaveFileName(this, tr("Export the plan"), name, tr("Limber plans (*.json)"));
    };
    chooseHandoutPath = [this](const QString& name) {
        return QFileDialog::getSaveFileName(this, tr("Save the handout"), name, tr("PDF (*.pdf)"));
    };
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Limber"), question) == QMessageBox::Yes;
    };

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 28, 36, 24);
    layout->setSpacing(12);
    auto* heading = new QLabel(tr("Plans"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* import = new QPushButton(tr("Import a plan file…"), this);
    import->setObjectName(QStringLiteral("importPlanButton"));
    import->setToolTip(tr("A plan from your physio (a .json file). You can also drop the file on this page."));
    auto* create = new QPushButton(tr("New plan…"), this);
    create->setObjectName(QStringLiteral("newPlanButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(heading, 1);
    header->addWidget(create);
    header->addWidget(import);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setFixedWidth(300);
    m_list->setSpacing(3);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_following = new QLabel(this);
    m_following->setObjectName(QStringLiteral("followingLabel"));
    m_following->setProperty("role", QStringLiteral("stat"));
    m_following->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(0, 0, 12, 0);

    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("planStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("First day of the plan"));
    m_follow = new QPushButton(tr("Follow this plan"), this);
    m_follow->setObjectName(QStringLiteral("followPlanButton"));
    m_follow->setProperty("role", QStringLiteral("primary"));
    m_stop = new QPushButton(tr("Stop following"), this);
    m_stop->setObjectName(QStringLiteral("stopFollowingButton"));
    m_play = new QPushButton(tr("Play now"), this);
    m_play->setObjectName(QStringLiteral("playPlanButton"));
    auto* followRow = new QHBoxLayout;
    m_startLabel = new QLabel(tr("Starting"), this);
    followRow->addWidget(m_startLabel);
    followRow->addWidget(m_start);
    followRow->addWidget(m_follow);
    followRow->addWidget(m_stop);
    followRow->addStretch(1);
    followRow->addWidget(m_play);

    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPlanButton"));
    m_copy = new QPushButton(tr("Edit a copy…"), this);
    m_copy->setObjectName(QStringLiteral("copyPlanButton"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportPlanButton"));
    m_handout = new QPushButton(tr("Handout (PDF)…"), this);
    m_handout->setObjectName(QStringLiteral("handoutButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deletePlanButton"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_edit, m_copy, m_export, m_handout})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    // The plan scrolls on its own, so its buttons stay in reach however long the physio's notes are.
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("planDetailsScroll"));
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto* detail = new QVBoxLayout;
    detail->addWidget(m_following);
    detail->addWidget(detailScroll, 1);
    detail->addLayout(followRow);
    detail->addLayout(actions);
    auto* body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_list);
    body->addLayout(detail, 1);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(content);

    connect(m_list, &QListWidget::currentRowChanged, this, &PlansPage::showSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseImportPath(); !path.isEmpty())
            importFile(path);
    });
    connect(create, &QPushButton::clicked, this, [this] {
        if (!m_catalog)
            return;
        Plan blank;
        blank.title = tr("My plan").toStdString();
        auto* editor = new PlanEditorDialog(blank, m_catalog, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(editor, &PlanEditorDialog::saveRequested, this, &PlansPage::savePlan);
        editor->open();
    });
    connect(m_follow, &QPushButton::clicked, this, [this] {
        const PlanSource* source = selected();
        if (!source || !source->plan.ok())
            return;
        const Plan& plan = *source->plan.value;
        if (m_active && m_active->planId != plan.id
            && !confirm(tr("You are following \"%1\". Follow \"%2\" instead? Your record of the first is kept.")
                            .arg(QString::fromStdString(m_active->planTitle), QString::fromStdString(plan.title))))
            return;
        Q_EMIT followRequested(QString::fromStdString(plan.id), fromQDate(m_start->date()));
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_active && confirm(tr("Stop following \"%1\"? Your record of it is kept.").arg(QString::fromStdString(m_active->planTitle))))
            Q_EMIT stopFollowingRequested();
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (const PlanSource* source = selected(); source && source->plan.ok())
            Q_EMIT playRequested(QString::fromStdString(source->plan.value->id));
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(false); });
    connect(m_copy, &QPushButton::clicked, this, [this] { editSelected(true); });
    connect(m_export, &QPushButton::clicked, this, &PlansPage::exportSelected);
    connect(m_handout, &QPushButton::clicked, this, &PlansPage::printSelected);
    connect(m_delete, &QPushButton::clicked, this, &PlansPage::deleteSelected);
    showSelected();
}

void PlansPage::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = std::move(catalog);
    if (!m_directory.empty())
        reload();
}

void PlansPage::setPlansDirectory(const std::filesystem::path& directory)
{
    m_directory = directory;
    reload();
}

void PlansPage::setActivePlan(const std::optional<PlanEnrollment>& active, LocalDate today)
{
    m_active = active;
    m_today = today;
    const PlanSource* current = selected();
    // Only the marks change: the files are not read again.
    showList(current && current->plan.ok() ? QString::fromStdString(current->plan.value->id) : QString{});
}

bool PlansPage::shadowed(const PlanSource& source) const
{
    if (!source.builtin || !source.plan.ok())
        return false;
    return std::any_of(m_sources.begin(), m_sources.end(), [&](const PlanSource& other) {
        return !other.builtin && other.plan.ok() && other.plan.value->id == source.plan.value->id;
    });
}

std::vector<Plan> PlansPage::plans() const
{
    std::vector<Plan> plans;
    for (const PlanSource& source : m_sources) {
        if (source.plan.ok() && !shadowed(source))
            plans.push_back(*source.plan.value);
    }
    return plans;
}

std::vector<Issue> PlansPage::problems() const
{
    std::vector<Issue> issues;
    for (const PlanSource& source : m_sources)
        issues.insert(issues.end(), source.plan.issues.begin(), source.plan.issues.end());
    return issues;
}

std::filesystem::path PlansPage::fileFor(const std::string& planId) const
{
    for (const PlanSource& source : m_sources) {
        if (!source.builtin && source.plan.ok() && source.plan.value->id == planId)
            return source.label;
    }
    return m_directory / (planId + ".json");
}

bool PlansPage::importFile(const QString& path)
{
    if (!m_catalog)
        return false;
    const std::filesystem::path file = path.toStdString();
    const auto loaded = loadPlanFile(file, *m_catalog);
    if (!loaded.ok()) {
        auto* dialog = new FileProblemsDialog(tr("%1 is not a plan Limber can use, so nothing was imported.")
                                                  .arg(QString::fromStdString(file.filename().string())),
                                              loaded.issues, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    const Plan& plan = *loaded.value;
    // A plan with the id of a built-in one is the physio's version of it, and takes its place.
    for (const PlanSource& source : m_sources) {
        if (source.builtin || !source.plan.ok() || source.plan.value->id != plan.id)
            continue;
        if (!confirm(tr("You already have a plan \"%1\". Replace it with the one in %2?")
                         .arg(QString::fromStdString(source.plan.value->title), path)))
            return false;
    }
    // The physio's file is kept as written, layout and all: it has just been checked.
    const auto text = readTextFile(file);
    std::string failure;
    std::error_code ignored;
    std::filesystem::create_directories(m_directory, ignored);
    if (!text.ok() || !writeFileAtomically(fileFor(plan.id), *text.value, failure)) {
        Q_EMIT problem(tr("Could not save the plan in %1: %2")
                           .arg(QString::fromStdString(m_directory.string()), QString::fromStdString(failure)));
        return false;
    }
    reload(QString::fromStdString(plan.id));
    Q_EMIT plansChanged();
    return true;
}

bool PlansPage::savePlan(const Plan& plan)
{
    if (!m_catalog || m_directory.empty())
        return false;
    QString failure;
    std::error_code ignored;
    std::filesystem::create_directories(m_directory, ignored);
    if (!writePlanFile(QString::fromStdString(fileFor(plan.id).string()), plan, *m_catalog, failure)) {
        Q_EMIT problem(failure);
        return false;
    }
    reload(QString::fromStdString(plan.id));
    Q_EMIT plansChanged();
    return true;
}

bool PlansPage::selectPlan(const QString& planId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == planId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

const PlanSource* PlansPage::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0)
        return nullptr;
    const auto index = m_list->item(row)->data(Qt::UserRole + 1).toInt();
    return index >= 0 && static_cast<std::size_t>(index) < m_sources.size() ? &m_sources[static_cast<std::size_t>(index)] : nullptr;
}

void PlansPage::reload(const QString& select)
{
    if (m_catalog && !m_directory.empty())
        m_sources = findPlans(*m_catalog, m_directory);
    showList(select);
}

void PlansPage::showList(const QString& select)
{
    m_list->clear();
    // The person's own plans first: those are the ones a physio gave them.
    for (bool builtin : {false, true}) {
        auto* heading = new QListWidgetItem(builtin ? tr("Come with Limber") : tr("Your plans"), m_list);
        heading->setFlags(Qt::NoItemFlags);
        heading->setData(Qt::UserRole + 1, -1);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        int shown = 0;
        for (std::size_t i = 0; i < m_sources.size(); ++i) {
            const PlanSource& source = m_sources[i];
            if (source.builtin != builtin || shadowed(source))
                continue;
            ++shown;
            QString text;
            if (source.plan.ok()) {
                const Plan& plan = *source.plan.value;
                text = QString::fromStdString(plan.title) + QLatin1Char('\n') +
                       (plan.schedule ? scheduleLabel(*plan.schedule) : tr("Routine, %1").arg(minutesText(buildTimeline(plan).total)));
            } else {
                text = tr("%1\nhas problems").arg(QString::fromStdString(std::filesystem::path{source.label}.filename().string()));
            }
            const bool followed = m_active && source.plan.ok() && source.plan.value->id == m_active->planId;
            if (followed)
                text += tr(" · following");
            auto* item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, source.plan.ok() ? QString::fromStdString(source.plan.value->id) : QString{});
            item->setData(Qt::UserRole + 1, static_cast<int>(i));
            item->setToolTip(builtin ? tr("Comes with Limber") : QString::fromStdString(source.label));
        }
        if (shown == 0 && !builtin) {
            auto* none = new QListWidgetItem(tr("None yet: import your physio's file\nor make one with New plan"), m_list);
            none->setFlags(Qt::NoItemFlags);
            none->setData(Qt::UserRole + 1, -1);
        }
    }
    if (select.isEmpty() || !selectPlan(select)) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    }
    showSelected();
}

void PlansPage::showSelected()
{
    const PlanSource* source = selected();
    const bool valid = source && source->plan.ok();
    const Plan* plan = valid ? &*source->plan.value : nullptr;
    const bool scheduled = plan && plan->schedule;
    const bool followed = plan && m_active && m_active->planId == plan->id;
    if (!source) {
        m_details->setText(tr("No plans yet. Import the file your physio gave you, or make one with New plan."));
    } else if (!valid) {
        QStringList lines;
        for (const Issue& issue : source->plan.issues)
            lines << issueText(issue).toHtmlEscaped();
        m_details->setText(tr("<p>This file has problems and cannot be used until they are fixed:</p><p>%1</p>")
                               .arg(lines.join(QStringLiteral("<br>"))));
    } else {
        m_details->setText(planHtml(*plan));
    }
    m_following->setVisible(m_active.has_value());
    if (m_active) {
        const PlanStanding standing = planStanding(*m_active, {}, m_today);
        QString where = standing.week == 0 ? tr("it starts on %1").arg(QLocale().toString(toQDate(m_active->start), QLocale::LongFormat))
                        : standing.week > m_active->weeks ? tr("its weeks are over")
                                                          : tr("week %1 of %2").arg(standing.week).arg(m_active->weeks);
        m_following->setText(tr("You are following <b>%1</b>: %2.").arg(html(m_active->planTitle), where));
    }
    if (scheduled)
        m_start->setDate(toQDate(plan->schedule->start.value_or(m_today.ok() ? m_today : fromQDate(QDate::currentDate()))));
    m_start->setVisible(scheduled && !followed);
    m_startLabel->setVisible(scheduled && !followed);
    m_follow->setVisible(scheduled && !followed);
    m_stop->setVisible(followed);
    m_play->setEnabled(valid);
    m_edit->setVisible(source && !source->builtin);
    m_edit->setEnabled(valid);
    m_copy->setVisible(valid && source->builtin);
    m_export->setEnabled(valid);
    m_handout->setEnabled(valid);
    m_delete->setVisible(source && !source->builtin);
}

void PlansPage::editSelected(bool asCopy)
{
    const PlanSource* source = selected();
    if (!source || !source->plan.ok() || !m_catalog)
        return;
    Plan plan = *source->plan.value;
    if (asCopy) {
        plan.id += "-mine";
        plan.title = tr("%1 (my copy)").arg(QString::fromStdString(plan.title)).toStdString();
    }
    auto* editor = new PlanEditorDialog(plan, m_catalog, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PlanEditorDialog::saveRequested, this, &PlansPage::savePlan);
    editor->open();
}

void PlansPage::exportSelected()
{
    const PlanSource* source = selected();
    if (!source || !source->plan.ok() || !m_catalog)
        return;
    const Plan& plan = *source->plan.value;
    const QString path = chooseExportPath(QString::fromStdString(plan.id + ".json"));
    if (path.isEmpty())
        return;
    QString failure;
    if (!writePlanFile(path, plan, *m_catalog, failure))
        Q_EMIT problem(failure);
}

void PlansPage::printSelected()
{
    const PlanSource* source = selected();
    if (!source || !source->plan.ok())
        return;
    const Plan& plan = *source->plan.value;
    const QString path = chooseHandoutPath(QString::fromStdString(plan.id + ".pdf"));
    if (path.isEmpty())
        return;
    QString failure;
    if (!writePlanHandout(path, plan, failure))
        Q_EMIT problem(failure);
}

void PlansPage::deleteSelected()
{
    const PlanSource* source = selected();
    if (!source || source->builtin)
        return;
    const QString name = source->plan.ok() ? QString::fromStdString(source->plan.value->title) : QString::fromStdString(source->label);
    if (!confirm(tr("Delete the plan \"%1\"? Your journal keeps the sessions you did with it.").arg(name)))
        return;
    std::error_code failure;
    std::filesystem::remove(source->label, failure);
    if (failure) {
        Q_EMIT problem(tr("Could not delete %1: %2").arg(QString::fromStdString(source->label), QString::fromStdString(failure.message())));
        return;
    }
    reload();
    Q_EMIT plansChanged();
}

void PlansPage::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void PlansPage::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace limber::app
