// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <utility>

namespace limber::app {
namespace {

constexpr int answerMilliseconds = 1500;
constexpr std::size_t longestMessage = 8192;

class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool addressFor(const std::string& path, sockaddr_un& address)
{
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return true;
}

bool waitFor(int fd, short events)
{
    pollfd watched{fd, events, 0};
    return ::poll(&watched, 1, answerMilliseconds) == 1 && (watched.revents & events) != 0;
}

// One line, up to its newline or the end of what the peer sends within the time limit.
std::string readLine(int fd)
{
    std::string line;
    char chunk[512];
    while (line.size() < longestMessage && line.find('\n') == std::string::npos && waitFor(fd, POLLIN)) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got <= 0)
            break;
        line.append(chunk, static_cast<std::size_t>(got));
    }
    return line.substr(0, line.find('\n'));
}

bool writeAll(int fd, const std::string& text)
{
    std::size_t sent = 0;
    while (sent < text.size() && waitFor(fd, POLLOUT)) {
        const ssize_t wrote = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
        if (wrote <= 0)
            return false;
        sent += static_cast<std::size_t>(wrote);
    }
    return sent == text.size();
}

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent) : QObject(parent)
{
    // The runtime folder is the user's own (0700); a socket path must be short, so the key is hashed.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_path = QStringLiteral("%1/limber-%2-%3.socket").arg(folder).arg(::getuid()).arg(QString::fromLatin1(hash)).toStdString();
}

SingleInstance::~SingleInstance()
{
    if (m_listening >= 0) {
        ::close(m_listening);
        ::unlink(m_path.c_str());
    }
}

bool SingleInstance::sendToRunning(const QString& message) const
{
    sockaddr_un address{};
    if (!addressFor(m_path, address))
        return false;
    Descriptor socket{::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)};
    if (socket.get() < 0 || ::connect(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return false;
    // The running instance answers once it has the message, so this start can quit knowing it arrived.
    return writeAll(socket.get(), message.toStdString() + '\n') && readLine(socket.get()) == "ok";
}

bool SingleInstance::listen()
{
    sockaddr_un address{};
    if (!addressFor(m_path, address))
        return false;
    Descriptor socket{::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)};
    if (socket.get() < 0)
        return false;
    // A socket left by an instance that crashed answers nobody: it is removed and taken over.
    ::unlink(m_path.c_str());
    const mode_t previous = ::umask(0077);
    const bool bound = ::bind(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::umask(previous);
    if (!bound || ::listen(socket.get(), 8) != 0)
        return false;
    m_listening = socket.release();
    m_notifier = new QSocketNotifier(m_listening, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer()
{
    Descriptor peer{::accept4(m_listening, nullptr, nullptr, SOCK_CLOEXEC)};
    if (peer.get() < 0)
        return;
    const std::string message = readLine(peer.get());
    if (message.empty())
        return;
    writeAll(peer.get(), "ok\n");
    Q_EMIT messageReceived(QString::fromStdString(message));
}

} // namespace limber::app
