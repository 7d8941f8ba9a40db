// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/main_window.h"

#include "app/library_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace limber::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Limber"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/limber.svg")));
    resize(1180, 760);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* sidebar = new QWidget(central);
    sidebar->setFixedWidth(190);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    auto* brand = new QLabel(tr("Limber"), sidebar);
    brand->setObjectName(QStringLiteral("brandLabel"));
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    sidebarLayout->addWidget(brand);
    sidebarLayout->addWidget(m_navigation, 1);

    m_pages = new QStackedWidget(central);
    m_library = new LibraryPage(m_pages);
    m_pages->addWidget(m_library);
    auto* libraryItem = new QListWidgetItem(tr("Library"), m_navigation);
    libraryItem->setData(Qt::UserRole, QStringLiteral("library"));

    layout->addWidget(sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
}

void MainWindow::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_library->setCatalog(std::move(catalog));
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("library")};
}

bool MainWindow::showPage(const QString& name)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace limber::app
