// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/desktop_idle.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QGuiApplication>
#include <QLibrary>

namespace limber::app {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr int dbusTimeoutMilliseconds = 300;
// Locked means away; how long does not matter past the longest break anyone sets.
constexpr seconds lockedIdle{24 * 60 * 60};

std::optional<seconds> fromMilliseconds(qint64 value)
{
    if (value < 0)
        return std::nullopt;
    return std::chrono::duration_cast<seconds>(milliseconds{value});
}

bool screenLocked()
{
    QDBusInterface saver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                         QStringLiteral("org.freedesktop.ScreenSaver"), QDBusConnection::sessionBus());
    saver.setTimeout(dbusTimeoutMilliseconds);
    const QDBusReply<bool> active = saver.call(QStringLiteral("GetActive"));
    return active.isValid() && active.value();
}

std::optional<seconds> screenSaverIdle()
{
    QDBusInterface saver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                         QStringLiteral("org.freedesktop.ScreenSaver"), QDBusConnection::sessionBus());
    if (!saver.isValid())
        return std::nullopt;
    saver.setTimeout(dbusTimeoutMilliseconds);
    const QDBusReply<uint> idle = saver.call(QStringLiteral("GetSessionIdleTime"));
    return idle.isValid() ? fromMilliseconds(idle.value()) : std::nullopt;
}

std::optional<seconds> mutterIdle()
{
    QDBusInterface monitor(QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
                           QStringLiteral("org.gnome.Mutter.IdleMonitor"), QDBusConnection::sessionBus());
    if (!monitor.isValid())
        return std::nullopt;
    monitor.setTimeout(dbusTimeoutMilliseconds);
    const QDBusReply<qulonglong> idle = monitor.call(QStringLiteral("GetIdletime"));
    return idle.isValid() ? fromMilliseconds(static_cast<qint64>(idle.value())) : std::nullopt;
}

// The X11 screensaver extension, through libXss loaded at run time: most desktops never need it, and the
// app does not link X11 libraries of its own.
struct XScreenSaverInfo {
    unsigned long window;
    int state;
    int kind;
    unsigned long tilOrSince;
    unsigned long idle;
    unsigned long eventMask;
};

std::optional<seconds> x11Idle()
{
    auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !x11->display())
        return std::nullopt;
    static QLibrary xss(QStringLiteral("Xss"), 1);
    using Alloc = XScreenSaverInfo* (*)();
    using Query = int (*)(void*, unsigned long, XScreenSaverInfo*);
    using Free = int (*)(void*);
    auto alloc = reinterpret_cast<Alloc>(xss.resolve("XScreenSaverAllocInfo"));
    auto query = reinterpret_cast<Query>(xss.resolve("XScreenSaverQueryInfo"));
    static QLibrary xlib(QStringLiteral("X11"), 6);
    auto free = reinterpret_cast<Free>(xlib.resolve("XFree"));
    using Root = unsigned long (*)(void*);
    auto root = reinterpret_cast<Root>(xlib.resolve("XDefaultRootWindow"));
    if (!alloc || !query || !free || !root)
        return std::nullopt;
    XScreenSaverInfo* info = alloc();
    if (!info)
        return std::nullopt;
    std::optional<seconds> idle;
    if (query(x11->display(), root(x11->display()), info) != 0)
        idle = std::chrono::duration_cast<seconds>(milliseconds{static_cast<qint64>(info->idle)});
    free(info);
    return idle;
}

} // namespace

std::optional<std::chrono::seconds> DesktopIdle::idleTime()
{
    if (source)
        return source();
    if (m_source == Source::None)
        return std::nullopt;
    if (m_source != Source::X11 && screenLocked())
        return lockedIdle;
    const std::pair<Source, std::optional<seconds> (*)()> sources[] = {
        {Source::ScreenSaver, screenSaverIdle}, {Source::Mutter, mutterIdle}, {Source::X11, x11Idle}};
    for (const auto& [kind, read] : sources) {
        if (m_source != Source::Unknown && m_source != kind)
            continue;
        if (const auto idle = read()) {
            m_source = kind;
            return idle;
        }
    }
    if (m_source == Source::Unknown)
        m_source = Source::None;
    return std::nullopt;
}

} // namespace limber::app
