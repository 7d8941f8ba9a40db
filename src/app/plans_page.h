// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan_loader.h"

#include <QWidget>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace limber::app {

// The plans: the built-in routines and plans, and the person's own (imported from a physio's file,
// or made in the editor), kept as plan files in their plans folder. One scheduled plan can be followed at a
// time; a plan can be exported as a file or printed as a handout.
class PlansPage : public QWidget {
    Q_OBJECT

public:
    explicit PlansPage(QWidget* parent = nullptr);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    // Reads the built-in plans and every plan file of `directory` (made when the first plan is saved).
    void setPlansDirectory(const std::filesystem::path& directory);
    // The plan the person follows, to mark it and offer to stop.
    void setActivePlan(const std::optional<PlanEnrollment>& active, LocalDate today);

    // Every plan that loaded; the problems of the files that did not.
    std::vector<Plan> plans() const;
    std::vector<Issue> problems() const;

    // Checks the plan file at `path` and, when it is valid, adds it to the plans folder. An invalid file
    // opens a dialog listing every problem and nothing is imported. Returns whether it was imported.
    bool importFile(const QString& path);
    // Saves `plan` (new or edited) into the plans folder; false with a problem signalled when that fails.
    bool savePlan(const Plan& plan);
    // Selects the plan with this id in the list.
    bool selectPlan(const QString& planId);

    // Questions and file choosers, replaced by tests. An empty path cancels.
    std::function<QString()> chooseImportPath;
    std::function<QString(const QString& suggestedName)> chooseExportPath;
    std::function<QString(const QString& suggestedName)> chooseHandoutPath;
    std::function<bool(const QString& question)> confirm;

Q_SIGNALS:
    void plansChanged();
    void followRequested(const QString& planId, LocalDate start);
    void stopFollowingRequested();
    void playRequested(const QString& planId);
    void problem(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    const PlanSource* selected() const;
    // A built-in plan the person has their own version of (same id) is hidden behind it.
    bool shadowed(const PlanSource& source) const;
    // Reads the plans again, then shows them.
    void reload(const QString& select = {});
    void showList(const QString& select);
    void showSelected();
    void editSelected(bool asCopy);
    void exportSelected();
    void printSelected();
    void deleteSelected();
    std::filesystem::path fileFor(const std::string& planId) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::filesystem::path m_directory;
    std::vector<PlanSource> m_sources;
    std::optional<PlanEnrollment> m_active;
    LocalDate m_today{};
    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_following = nullptr;
    QLabel* m_startLabel = nullptr;
    QDateEdit* m_start = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_handout = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace limber::app
