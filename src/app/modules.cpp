// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/modules.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QStringList>

namespace limber::app {

void* moduleSymbol(const char* name, const char* symbol)
{
    QStringList places{QCoreApplication::applicationDirPath(),
                       QCoreApplication::applicationDirPath() + QStringLiteral("/../" LIMBER_INSTALL_LIBDIR "/limber")};
#ifdef LIMBER_MODULE_BUILD_DIR
    places << QStringLiteral(LIMBER_MODULE_BUILD_DIR);
#endif
    for (const QString& place : places) {
        QLibrary module(place + QLatin1Char('/') + QString::fromLatin1(name));
        if (QFunctionPointer found = module.resolve(symbol))
            return reinterpret_cast<void*>(found);
    }
    qWarning("limber: the %s module was not found; that part of the app is off", name);
    return nullptr;
}

} // namespace limber::app
