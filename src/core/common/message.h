// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/translatable.h"

#include <nlohmann/json_fwd.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace limber {

// Looks up the translation of text the core marks for translators (QT_TRANSLATE_NOOP: a scope and the
// English text); the app passes Qt's, the CLI none.
using Translator = std::string (*)(const char* scope, const char* english);

// Words for people that the core puts together but leaves each front end to word: an English template
// marked for translators with QT_TRANSLATE_NOOP(scope, text), and the arguments for its %1…%9, which are
// messages too. A message with no scope is shown as it is: a number, a name from a file, a found value.
// Keeping the template and the arguments apart lets the app show the sentence in the person's language
// and the CLI in English, and lets the journal keep a sentence that is worded again when it is read.
struct Message {
    std::string scope;
    std::string text;
    std::vector<Message> args;

    bool empty() const { return text.empty(); }
    bool operator==(const Message&) const = default;
};

// Text shown as it is, never looked up.
inline Message verbatim(std::string text)
{
    return Message{{}, std::move(text), {}};
}

namespace detail {
inline Message asArgument(Message message) { return message; }
inline Message asArgument(std::string text) { return verbatim(std::move(text)); }
inline Message asArgument(const char* text) { return verbatim(text); }
inline Message asArgument(std::integral auto number) { return verbatim(std::to_string(number)); }
} // namespace detail

// The template `text` of `scope` (pass the QT_TRANSLATE_NOOP-marked literal, so lupdate finds it) with
// `args` for %1, %2, …: messages, strings and integers.
template <typename... Args>
Message message(const char* scope, const char* text, Args&&... args)
{
    return Message{scope, text, {detail::asArgument(std::forward<Args>(args))...}};
}

// The message in words: its template in the person's language when `translate` is given (English
// otherwise), with each %N replaced by argument N worded the same way. Replacement is one pass, so an
// argument that contains "%1" stays as it is; a %N with no argument stays too.
std::string render(const Message& message, Translator translate = nullptr);

// A message as JSON, to keep it (the journal does), and back: {"scope", "text", "args"} with only the fields
// that are set. fromJson gives nothing for JSON of another shape.
nlohmann::json toJson(const Message& message);
std::optional<Message> messageFromJson(const nlohmann::json& json);

} // namespace limber
