// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"
#include "core/common/issue.h"
#include "core/common/text_file.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

using JsonValue = simdjson::dom::element;

// A place inside a JSON document, built on the stack while walking it and rendered as a JSON pointer
// only when a message needs it. A child refers to its parent, so it must not outlive it.
class JsonPath {
public:
    JsonPath() = default;

    JsonPath operator/(std::string_view key) const { return JsonPath{this, key, 0, false}; }
    JsonPath operator/(std::size_t index) const { return JsonPath{this, {}, index, true}; }

    std::string str() const;

private:
    JsonPath(const JsonPath* parent, std::string_view key, std::size_t index, bool isIndex)
        : m_parent(parent), m_key(key), m_index(index), m_isIndex(isIndex)
    {
    }

    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

enum class Presence { Required, Optional };

// The container inside a value already known to be one; returned by value so that range-for loops over
// it do not outlive a temporary.
inline simdjson::dom::object asObject(JsonValue value)
{
    return simdjson::dom::object(value.get_object().value_unsafe());
}
inline simdjson::dom::array asArray(JsonValue value)
{
    return simdjson::dom::array(value.get_array().value_unsafe());
}

// Parses UTF-8 JSON text with `parser`, whose storage the returned value borrows: it stays valid until the
// parser parses again or is destroyed. On failure appends one issue (InvalidUtf8 or SyntaxError, with line
// and column) and returns nullopt. Input files are parsed with simdjson because the catalog budget
// (10,000 exercises in 30 ms) is out of reach of a slower parser; see docs/architecture.md.
std::optional<JsonValue> parseJson(simdjson::dom::parser& parser, std::string_view text, std::string_view fileLabel,
                                   std::vector<Issue>& issues);
// The same for text in a string whose capacity leaves simdjson's padding after it (as readTextFile's
// does), which spares copying the whole text into a padded buffer.
std::optional<JsonValue> parseJson(simdjson::dom::parser& parser, const std::string& text, std::string_view fileLabel,
                                   std::vector<Issue>& issues);

// Whether two names are equal, compared in place a word at a time: finding every key of every object is
// a search among names mostly shorter than 24 bytes, for which a call to memcmp costs more than the
// comparison itself. Words may overlap the bytes already compared.
inline bool sameName(std::string_view a, std::string_view b)
{
    const std::size_t size = a.size();
    if (size != b.size())
        return false;
    const auto sameWord = [&]<typename Word>(Word, std::size_t at) {
        Word x;
        Word y;
        std::memcpy(&x, a.data() + at, sizeof x);
        std::memcpy(&y, b.data() + at, sizeof y);
        return x == y;
    };
    if (size < sizeof(std::uint32_t)) {
        for (std::size_t i = 0; i < size; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    if (size < sizeof(std::uint64_t))
        return sameWord(std::uint32_t{}, 0) && sameWord(std::uint32_t{}, size - sizeof(std::uint32_t));
    for (std::size_t at = 0; at + sizeof(std::uint64_t) < size; at += sizeof(std::uint64_t)) {
        if (!sameWord(std::uint64_t{}, at))
            return false;
    }
    return sameWord(std::uint64_t{}, size - sizeof(std::uint64_t));
}

// The index of `name` among the first `count` names, `nameAt(index)`, or `count` when it is not there.
// The search starts at `start` (at most `count`) and wraps round: keys and reads nearly always come in the
// order the names are listed, so starting just after the previous match usually finds the next one at once.
template <typename NameAt>
std::size_t findNameFrom(NameAt nameAt, std::size_t count, std::string_view name, std::size_t start)
{
    for (std::size_t i = start; i < count; ++i) {
        if (sameName(nameAt(i), name))
            return i;
    }
    for (std::size_t i = 0; i < start; ++i) {
        if (sameName(nameAt(i), name))
            return i;
    }
    return count;
}

// The members of one JSON object, gathered in a single pass so that reading a field by name does not
// scan the object again. Holds only the names it was asked for.
class JsonFields {
public:
    static constexpr std::size_t maxNames = 32;

    std::optional<JsonValue> operator[](std::string_view name) const
    {
        const std::size_t i = findNameFrom([this](std::size_t at) { return m_names[at].item; }, m_count, name, m_nextRead);
        if (i == m_count)
            return std::nullopt;
        m_nextRead = i + 1 == m_count ? 0 : i + 1;
        return (m_present >> i) & 1u ? std::optional{m_values[i].item} : std::nullopt;
    }
    bool has(std::string_view name) const { return (*this)[name].has_value(); }
    // The value of the `index`th allowed name, for callers that know the names' order.
    std::optional<JsonValue> at(std::size_t index) const
    {
        return index < m_count && (m_present >> index) & 1u ? std::optional{m_values[index].item} : std::nullopt;
    }

private:
    friend class JsonChecker;
    // Left uninitialised when the fields are made: only the first m_count names, and the values of the names
    // present, are ever written or read, and clearing all of both arrays for every object read cost more
    // than finding its keys.
    template <typename T>
    union Slot {
        Slot() {}
        T item;
    };
    std::array<Slot<std::string_view>, maxNames> m_names;
    std::array<Slot<JsonValue>, maxNames> m_values;
    std::size_t m_count = 0;
    std::uint32_t m_present = 0;
    // Where the next read starts looking: only a hint, which is why a const read may move it.
    mutable std::size_t m_nextRead = 0;
};

// The parser every loader on this thread uses: reusing its buffers saves reallocating (and page-faulting)
// them on every load; one per thread keeps loads on different threads apart.
simdjson::dom::parser& threadJsonParser();

// Parses `text` and hands the document to `read(document, fileLabel, issues)`, which returns the value or
// nullopt; the result holds the value only when there were no issues at all.
template <typename T, typename Read>
Loaded<T> readJsonText(std::string_view text, std::string_view fileLabel, Read&& read)
{
    Loaded<T> result;
    if (const auto document = parseJson(threadJsonParser(), text, fileLabel, result.issues))
        result.value = read(*document, fileLabel, result.issues);
    if (!result.issues.empty())
        result.value.reset();
    return result;
}

// The same for a file: its size, encoding and syntax are checked first. Never writes.
template <typename T, typename Read>
Loaded<T> readJsonFile(const std::filesystem::path& path, Read&& read)
{
    auto text = readTextFile(path, Utf8Check::LeaveToParser);
    if (!text.ok())
        return {std::nullopt, std::move(text.issues)};
    Loaded<T> result;
    const std::string label = path.string();
    if (const auto document = parseJson(threadJsonParser(), *text.value, label, result.issues))
        result.value = read(*document, std::string_view{label}, result.issues);
    if (!result.issues.empty())
        result.value.reset();
    return result;
}

// "expected one of: a, b, c", for a value outside an enumeration.
Message expectedOneOf(std::string names);

// Reads typed fields out of parsed JSON and records every problem it meets in `issues`, so a whole
// document is checked in one pass and the user sees all of its problems at once.
class JsonChecker {
public:
    JsonChecker(std::string_view fileLabel, std::vector<Issue>& issues) : m_file(fileLabel), m_issues(issues) {}

    void report(IssueCode code, const JsonPath& path, Message message, std::optional<JsonValue> found = {});
    void report(IssueCode code, const JsonPath& path, Message message, std::string found);
    std::size_t issueCount() const { return m_issues.size(); }

    // Checks the "format" and "version" every Limber file starts with; `what` names the kind of file for
    // the message ("an exercise catalog"). A foreign file gets one message saying what it is not.
    bool expectFormat(JsonValue document, std::string_view format, int version, Message what);
    // `minutes` (number) at `object[key]` as whole seconds, for the timed fields of doses and steps.
    std::optional<int> minutesAsSeconds(const JsonFields& object, const JsonPath& path, std::string_view key,
                                        double max, Presence presence);

    bool expectObject(JsonValue value, const JsonPath& path);
    bool expectArray(JsonValue value, const JsonPath& path);
    // The fields of `object` (which must be an object) named in `allowed`; reports every other key, and
    // every key that appears twice. The names in `allowed` (not the list) must outlive the result.
    enum class OtherKeys { Report, Ignore };
    JsonFields fields(JsonValue object, const JsonPath& path, std::initializer_list<std::string_view> allowed,
                      OtherKeys otherKeys = OtherKeys::Report);

    // Each accessor reads `object[key]`: absent gives nullopt (and MissingField when Required), a value of
    // the wrong type or out of range gives nullopt and an issue at `path/key`.
    std::optional<JsonValue> member(const JsonFields& object, const JsonPath& path, std::string_view key, Presence presence);
    std::optional<int> integer(const JsonFields& object, const JsonPath& path, std::string_view key, int min, int max,
                               Presence presence);
    std::optional<double> number(const JsonFields& object, const JsonPath& path, std::string_view key, double exclusiveMin,
                                 double max, Presence presence);
    // A number above exclusiveMin and at most max, read from a value already found (an issue at `path`).
    std::optional<double> numberValue(JsonValue value, const JsonPath& path, double exclusiveMin, double max);
    std::optional<bool> boolean(const JsonFields& object, const JsonPath& path, std::string_view key, Presence presence);
    // A non-empty string of at most `maxLength` characters.
    std::optional<std::string> text(const JsonFields& object, const JsonPath& path, std::string_view key,
                                    std::size_t maxLength, Presence presence);
    std::optional<std::string> textValue(JsonValue value, const JsonPath& path, std::size_t maxLength);
    // An array of non-empty strings, each at most `maxLength` characters; `distinct` forbids repeats.
    std::optional<std::vector<std::string>> textList(const JsonFields& object, const JsonPath& path, std::string_view key,
                                                     std::size_t maxLength, bool allowEmpty, bool distinct);

    template <typename Enum>
    std::optional<Enum> enumeration(const JsonFields& object, const JsonPath& path, std::string_view key, Presence presence)
    {
        const auto value = member(object, path, key, presence);
        return value ? enumValue<Enum>(*value, path / key) : std::nullopt;
    }

    template <typename Enum>
    std::optional<std::vector<Enum>> enumList(const JsonFields& object, const JsonPath& path, std::string_view key,
                                              bool allowEmpty)
    {
        const auto value = member(object, path, key, Presence::Required);
        const JsonPath listPath = path / key;
        if (!value || !expectArray(*value, listPath))
            return std::nullopt;
        const simdjson::dom::array array = asArray(*value);
        if (array.size() == 0 && !allowEmpty) {
            report(IssueCode::OutOfRange, listPath,
                   fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected at least one of: %1"), enumNameList<Enum>()), value);
            return std::nullopt;
        }
        std::vector<Enum> result;
        result.reserve(array.size());
        bool ok = true;
        std::size_t index = 0;
        for (JsonValue element : array) {
            const auto item = enumValue<Enum>(element, listPath / index);
            if (!item) {
                ok = false;
            } else if (std::find(result.begin(), result.end(), *item) != result.end()) {
                report(IssueCode::Duplicate, listPath / index, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "each value may appear only once")), element);
                ok = false;
            } else {
                result.push_back(*item);
            }
            ++index;
        }
        return ok ? std::optional{std::move(result)} : std::nullopt;
    }

private:
    template <typename Enum>
    std::optional<Enum> enumValue(JsonValue value, const JsonPath& path)
    {
        std::optional<Enum> result;
        if (value.is_string())
            result = enumFromString<Enum>(value.get_string().value_unsafe());
        if (!result)
            report(IssueCode::NotAllowed, path, expectedOneOf(enumNameList<Enum>()), value);
        return result;
    }

    std::string_view m_file;
    std::vector<Issue>& m_issues;
};

} // namespace limber
