// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/text_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace limber {
namespace {

Message hexByte(unsigned char byte)
{
    static constexpr char digits[] = "0123456789abcdef";
    return fileProblem(QT_TRANSLATE_NOOP("FileProblem", "byte 0x%1"), std::string{digits[byte >> 4], digits[byte & 0xF]});
}

// Length of the UTF-8 sequence starting at `text[i]`, or 0 when it is malformed (overlong forms,
// surrogates and code points past U+10FFFF included, as RFC 3629 requires).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

std::optional<Issue> checkUtf8(std::string_view text, std::string_view fileLabel)
{
    std::size_t i = 0;
    while (i < text.size()) {
        // ASCII dominates real files: skip it eight bytes at a time.
        if (i + 8 <= text.size()) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            const auto [line, column] = lineAndColumn(text, i);
            return Issue{IssueCode::InvalidUtf8, std::string{fileLabel}, {}, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "the file is not valid UTF-8 text")),
                         hexByte(static_cast<unsigned char>(text[i])), line, column};
        }
        i += length;
    }
    return std::nullopt;
}

Loaded<std::string> readTextFile(const std::filesystem::path& path, Utf8Check checkEncoding, std::size_t maxBytes)
{
    Loaded<std::string> result;
    const std::string label = path.string();
    const auto fail = [&](IssueCode code, Message message, Message found = {}) {
        result.issues.push_back(Issue{code, label, {}, std::move(message), std::move(found)});
        return result;
    };

    const auto tooLarge = [&] {
        return fail(IssueCode::TooLarge,
                    fileProblem(QT_TRANSLATE_NOOP("FileProblem", "the file is too large (at most %1 MiB)"), maxBytes / (1024 * 1024)),
                    fileProblem(QT_TRANSLATE_NOOP("FileProblem", "more than %1 bytes"), maxBytes));
    };

    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return fail(IssueCode::Unreadable, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "cannot read: this is a folder, not a file")));

    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file{std::fopen(path.c_str(), "rb"), &std::fclose};
    if (!file)
        return fail(IssueCode::Unreadable, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "cannot open the file: %1"), std::strerror(errno)));

    // Read in one go into a buffer of the file's size: a 10,000-exercise catalog is 14 MB, and growing a
    // string chunk by chunk would copy it several times over.
    std::string text;
    if (std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(file.get());
        if (size > static_cast<long>(maxBytes))
            return tooLarge();
        text.reserve(static_cast<std::size_t>(size) + textPaddingBytes);
        if (size > 0)
            text.resize(static_cast<std::size_t>(size));
        std::rewind(file.get());
    }
    std::size_t length = std::fread(text.data(), 1, text.size(), file.get());
    // The size can change under us, and pipes have none: read whatever else there is.
    char buffer[64 * 1024];
    while (length == text.size() && !std::ferror(file.get())) {
        const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
        if (got == 0)
            break;
        if (length + got > maxBytes)
            return tooLarge();
        text.append(buffer, got);
        length += got;
    }
    if (std::ferror(file.get()))
        return fail(IssueCode::Unreadable, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "cannot read the file: %1"), std::strerror(errno)));
    text.resize(length);

    if (text.starts_with("\xEF\xBB\xBF"))
        text.erase(0, 3);
    text.reserve(text.size() + textPaddingBytes);
    if (checkEncoding == Utf8Check::Check) {
        if (auto issue = checkUtf8(text, label)) {
            result.issues.push_back(std::move(*issue));
            return result;
        }
    }
    result.value = std::move(text);
    return result;
}

} // namespace limber
