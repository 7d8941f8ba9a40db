// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace limber::app {

// How long the person has been away from the keyboard and mouse, as the desktop tells it: the
// freedesktop ScreenSaver service (KDE and others), GNOME's Mutter idle monitor, or the X11 screensaver
// extension (libXss, loaded only if needed). A locked screen counts as away. None where no source answers:
// then break reminders run on plain time. The first source that answers is kept.
class DesktopIdle {
public:
    std::optional<std::chrono::seconds> idleTime();

    // Tests replace the desktop with their own answer.
    std::function<std::optional<std::chrono::seconds>()> source;

private:
    enum class Source { Unknown, ScreenSaver, Mutter, X11, None };
    Source m_source = Source::Unknown;
};

} // namespace limber::app
