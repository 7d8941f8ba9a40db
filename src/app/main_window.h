// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace limber::app {

class LibraryPage;

// The window: a navigation column on the left and the current page beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    // Shows the page with this name ("library"); false when there is no such page.
    bool showPage(const QString& name);
    static QStringList pageNames();

    LibraryPage* libraryPage() const { return m_library; }

private:
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    LibraryPage* m_library = nullptr;
};

} // namespace limber::app
