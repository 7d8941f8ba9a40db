// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/commands.h"
#include "cli/loading.h"

#include "core/session/session_engine.h"

#include <CLI/CLI.hpp>

#include <poll.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <iostream>
#include <thread>

namespace limber::cli {
namespace {

using namespace std::chrono_literals;

std::atomic<bool> interrupted{false};

// Keys arrive one at a time, unechoed, while the player runs; the terminal is put back on every way out.
class RawTerminal {
public:
    RawTerminal()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));
        raw.c_cc[VMIN] = 0;
        raw.c_cc[VTIME] = 0;
        m_active = tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    RawTerminal(const RawTerminal&) = delete;
    RawTerminal& operator=(const RawTerminal&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

struct PlayOptions {
    std::string plan;
    double speed = 1;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    bool resume = false;
};

// A line from the terminal in its normal mode; empty when there is none.
std::string askLine(std::ostream& out, const std::string& question)
{
    out << question << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer;
}

std::optional<int> askScore(std::ostream& out, const std::string& question)
{
    while (true) {
        const std::string answer = askLine(out, question + " 0 (none) to 10 (worst imaginable), Enter to skip: ");
        if (answer.empty() || !std::cin)
            return std::nullopt;
        if (const auto score = parsePainScore(answer))
            return score;
        out << "Please type a whole number from 0 to 10.\n";
    }
}

std::string phaseWords(const Plan& plan, const Phase& phase)
{
    const Exercise& exercise = plan.items[phase.item].exercise;
    std::string side = phase.side == Side::None ? "" : ", " + std::string{toString(phase.side)} + " side";
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return "Get ready: " + exercise.name + side + " (" + std::string{positionPhrase(exercise.position)} + ")";
    case PhaseKind::SwitchSide:
        return "Switch to the right side";
    case PhaseKind::Rest:
        return "Rest";
    case PhaseKind::Work:
        break;
    }
    std::string text = exercise.name + side + ", set " + std::to_string(phase.set) + " of " + std::to_string(exercise.dose.sets);
    if (phase.hold > 0)
        text += ", hold " + std::to_string(phase.hold) + " of " + std::to_string(exercise.dose.reps);
    return text;
}

// The next exercise after the current phase's, for "what's next".
std::string nextUp(const SessionEngine& engine)
{
    const std::size_t item = engine.currentPhase().item;
    return item + 1 < engine.plan().items.size() ? engine.plan().items[item + 1].exercise.name : "the end";
}

Duration timeLeft(const SessionEngine& engine, SteadyTime now)
{
    Duration left = engine.remaining(now);
    const auto& phases = engine.timeline().phases;
    for (std::size_t i = engine.phaseIndex() + 1; i < phases.size(); ++i)
        left += phases[i].duration;
    return left;
}

class Player {
public:
    Player(Context& context, Journal& journal, SessionEngine& engine, std::int64_t sessionId, double speed, bool interactive)
        : m_context(context), m_journal(journal), m_engine(engine), m_sessionId(sessionId), m_speed(speed),
          m_interactive(interactive), m_fancy(interactive && isatty(STDOUT_FILENO))
    {
    }

    void run(std::size_t startItem)
    {
        m_realStart = std::chrono::steady_clock::now();
        handle(m_engine.start(sessionNow(), startItem));
        SteadyTime lastMark = sessionNow();
        while (!m_engine.isOver()) {
            const SteadyTime now = sessionNow();
            if (interrupted)
                handle(m_engine.stop(now));
            handle(m_engine.advance(now));
            if (m_engine.isOver())
                break;
            if (m_interactive) {
                render(now);
                readKeys(waitFor(now));
            } else {
                // Unattended, a self-paced set is counted at its planned pace.
                if (m_engine.currentPhase().selfPaced && now - lastMark >= 3s) {
                    handle(m_engine.markRep(now));
                    lastMark = now;
                } else if (!m_engine.currentPhase().selfPaced) {
                    lastMark = now;
                }
                std::this_thread::sleep_for(waitFor(now));
            }
        }
        if (m_fancy)
            m_context.out << "\r\033[K";
    }

private:
    SteadyTime sessionNow() const
    {
        const auto real = std::chrono::steady_clock::now() - m_realStart;
        return SteadyTime{} + std::chrono::duration_cast<Duration>(real * m_speed);
    }

    // How long to sleep in real time: until the phase ends, but short enough to keep the display fresh.
    std::chrono::milliseconds waitFor(SteadyTime now) const
    {
        const Duration remaining = m_engine.currentPhase().selfPaced ? Duration{3s} : m_engine.remaining(now);
        const auto real = std::chrono::duration_cast<std::chrono::milliseconds>(remaining / m_speed);
        return std::clamp(real, std::chrono::milliseconds{1}, std::chrono::milliseconds{100});
    }

    void handle(const std::vector<SessionEvent>& events)
    {
        for (const SessionEvent& event : events) {
            switch (event.kind) {
            case EventKind::PhaseStarted:
                announce(event);
                break;
            case EventKind::Countdown:
                if (m_fancy)
                    m_context.out << '\a' << std::flush;
                break;
            case EventKind::ExerciseDone:
                checkpoint(event.item);
                break;
            default:
                break;
            }
        }
    }

    void announce(const SessionEvent& event)
    {
        const Phase& phase = m_engine.timeline().phases[static_cast<std::size_t>(event.value)];
        const std::string line = clockText(m_engine.activeTime(event.at)) + "  " + phaseWords(m_engine.plan(), phase);
        if (m_fancy)
            m_context.out << "\r\033[K" << line << '\n';
        else
            m_context.out << line << '\n' << std::flush;
    }

    void checkpoint(std::size_t item)
    {
        if (!m_engine.tallies()[item].reached)
            return;
        const auto saved = m_journal.checkpoint(m_sessionId, m_engine.resultOf(item));
        if (!saved.ok())
            reportJournalError(m_context, saved.error());
    }

    void render(SteadyTime now)
    {
        if (!m_fancy)
            return;
        const Phase& phase = m_engine.currentPhase();
        const std::size_t items = m_engine.plan().items.size();
        std::string status = "[" + std::to_string(phase.item + 1) + "/" + std::to_string(items) + "] ";
        if (phase.kind == PhaseKind::Work && phase.reps > 0)
            status += "rep " + std::to_string(m_engine.repsInPhase(now)) + "/" + std::to_string(phase.reps);
        else
            status += clockText(m_engine.remaining(now) + 999ms) + " left";
        if (m_engine.state() == SessionEngine::State::Paused)
            status += "  PAUSED";
        status += "  · next: " + nextUp(m_engine) + "  · session " + clockText(timeLeft(m_engine, now)) + " left";
        status += "   [space] pause  [n] next  [b] back  [enter] rep  [+] 10 s  [q] stop";
        m_context.out << "\r\033[K" << status << std::flush;
    }

    void readKeys(std::chrono::milliseconds wait)
    {
        pollfd input{STDIN_FILENO, POLLIN, 0};
        if (poll(&input, 1, static_cast<int>(wait.count())) <= 0)
            return;
        char key = 0;
        while (::read(STDIN_FILENO, &key, 1) == 1) {
            const SteadyTime now = sessionNow();
            switch (key) {
            case ' ':
                handle(m_engine.state() == SessionEngine::State::Paused ? m_engine.resume(now) : m_engine.pause(now));
                break;
            case 'n':
                handle(m_engine.skipPhase(now));
                break;
            case 's':
                handle(m_engine.skipExercise(now));
                break;
            case 'b':
                handle(m_engine.back(now));
                break;
            case '\n':
            case '\r':
                handle(m_engine.markRep(now));
                break;
            case '+':
                handle(m_engine.extendHold(now));
                break;
            case 'q':
                handle(m_engine.stop(now));
                break;
            default:
                break;
            }
        }
    }

    Context& m_context;
    Journal& m_journal;
    SessionEngine& m_engine;
    std::int64_t m_sessionId;
    double m_speed;
    bool m_interactive;
    bool m_fancy;
    std::chrono::steady_clock::time_point m_realStart{};
};

int play(Context& context, const PlayOptions& options)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    const auto plan = findPlan(context, *catalog, options.plan, exitCode);
    if (!plan)
        return exitCode;
    auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const bool interactive = isatty(STDIN_FILENO) != 0;

    std::optional<std::int64_t> sessionId;
    std::size_t startItem = 0;
    const auto unfinished = journal->unfinishedSession();
    if (!unfinished.ok()) {
        return reportJournalError(context, unfinished.error());
    }
    if (const auto& open = unfinished.value(); open && open->planId == plan->id) {
        bool resume = options.resume;
        if (!resume && interactive) {
            const std::string answer = askLine(context.out, "You did not finish \"" + open->planTitle + "\" on "
                                                                + formatDate(open->started.date) + ". Carry on where you left off? [Y/n] ");
            resume = answer.empty() || answer[0] == 'y' || answer[0] == 'Y';
        }
        if (resume) {
            sessionId = open->id;
            startItem = firstUnfinishedItem(*open);
        } else {
            static_cast<void>(journal->finishSession(open->id, SessionStatus::Stopped, currentInstant(), {}));
        }
    }

    if (!sessionId) {
        const auto painBefore = options.painBefore ? options.painBefore
                                                   : (interactive ? askScore(context.out, "Pain right now?") : std::nullopt);
        const auto started = journal->startSession(plan->id, plan->title, localMoment(currentInstant()), painBefore);
        if (!started.ok())
            return reportJournalError(context, started.error());
        sessionId = started.value();
    } else {
        context.out << "Carrying on from exercise " << startItem + 1 << " of " << plan->items.size() << ".\n";
    }

    SessionEngine engine{*plan};
    if (startItem < plan->items.size()) {
        context.out << plan->title << ": " << plan->items.size() << " exercises, "
                    << clockText(buildTimeline(*plan).total) << ".\n";
        struct sigaction onInterrupt {};
        onInterrupt.sa_handler = [](int) { interrupted = true; };
        sigaction(SIGINT, &onInterrupt, nullptr);
        sigaction(SIGTERM, &onInterrupt, nullptr);
        std::optional<RawTerminal> raw;
        if (interactive)
            raw.emplace();
        Player player{context, *journal, engine, *sessionId, options.speed, interactive};
        player.run(startItem);
    }

    const bool completed = engine.state() == SessionEngine::State::Finished || startItem >= plan->items.size();
    const auto painAfter = options.painAfter ? options.painAfter
                                             : (interactive ? askScore(context.out, "Pain now, after the session?") : std::nullopt);
    const auto finished = journal->finishSession(*sessionId, completed ? SessionStatus::Completed : SessionStatus::Stopped,
                                                 currentInstant(), painAfter);
    if (!finished.ok()) {
        return reportJournalError(context, finished.error());
    }
    Duration worked{};
    for (const ExerciseTally& tally : engine.tallies())
        worked += tally.worked;
    context.out << (completed ? "Session complete" : "Session stopped") << " after " << clockText(engine.activeTime(SteadyTime{}))
                << ", " << clockText(worked) << " of it exercise. Saved to the journal (session " << *sessionId << ").\n";
    return ExitOk;
}

} // namespace

void addPlayCommand(CLI::App& app, Context& context, Action& action)
{
    auto options = std::make_shared<PlayOptions>();
    CLI::App* command = app.add_subcommand("play", "Play a routine or plan in the terminal and record it in the journal");
    command->add_option("PLAN", options->plan, "A plan file or a plan id")->required();
    command->add_option("--speed", options->speed, "Run the clock this many times faster (for demos and tests)")
        ->check(CLI::Range(0.1, 10000.0));
    command->add_option("--pain-before", options->painBefore, "Pain before the session, 0 to 10")->check(CLI::Range(0, 10));
    command->add_option("--pain-after", options->painAfter, "Pain after the session, 0 to 10")->check(CLI::Range(0, 10));
    command->add_flag("--resume", options->resume, "Carry on an unfinished session of this plan without asking");
    command->callback([&context, &action, options] { action = [&context, options] { return play(context, *options); }; });
}

} // namespace limber::cli
