// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/message.h"

#include <nlohmann/json.hpp>

namespace limber {

std::string render(const Message& message, Translator translate)
{
    if (message.scope.empty())
        return message.text;
    const std::string pattern = translate ? translate(message.scope.c_str(), message.text.c_str()) : message.text;
    std::string text;
    text.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool marker = pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9';
        const std::size_t arg = marker ? static_cast<std::size_t>(pattern[i + 1] - '1') : 0;
        if (marker && arg < message.args.size()) {
            text += render(message.args[arg], translate);
            ++i;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

nlohmann::json toJson(const Message& message)
{
    nlohmann::json json = nlohmann::json::object();
    if (!message.scope.empty())
        json["scope"] = message.scope;
    json["text"] = message.text;
    if (!message.args.empty()) {
        nlohmann::json& args = json["args"] = nlohmann::json::array();
        for (const Message& arg : message.args)
            args.push_back(toJson(arg));
    }
    return json;
}

namespace {

// Deeper than any message the core makes; it keeps a tampered journal from exhausting the stack.
constexpr int maxNesting = 16;

std::optional<Message> readMessage(const nlohmann::json& json, int depth)
{
    if (depth > maxNesting || !json.is_object() || !json.contains("text") || !json["text"].is_string())
        return std::nullopt;
    Message message;
    message.text = json["text"].get<std::string>();
    if (const auto scope = json.find("scope"); scope != json.end()) {
        if (!scope->is_string())
            return std::nullopt;
        message.scope = scope->get<std::string>();
    }
    if (const auto args = json.find("args"); args != json.end()) {
        if (!args->is_array())
            return std::nullopt;
        for (const nlohmann::json& arg : *args) {
            auto read = readMessage(arg, depth + 1);
            if (!read)
                return std::nullopt;
            message.args.push_back(std::move(*read));
        }
    }
    return message;
}

} // namespace

std::optional<Message> messageFromJson(const nlohmann::json& json)
{
    return readMessage(json, 0);
}

} // namespace limber
