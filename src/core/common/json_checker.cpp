// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/json_checker.h"

#include "core/common/text_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace limber {
namespace {

constexpr std::size_t maxShownValueLength = 60;

// Containers are described, not printed: a hostile file could make the text of one enormous.
Message abbreviate(JsonValue value)
{
    if (value.is_array()) {
        const std::size_t size = asArray(value).size();
        return size == 1 ? fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an array of 1 item"))
                         : fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an array of %1 items"), size);
    }
    if (value.is_object()) {
        const std::size_t size = asObject(value).size();
        return size == 1 ? fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an object of 1 item"))
                         : fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an object of %1 items"), size);
    }
    std::string shown = simdjson::to_string(value);
    if (shown.size() > maxShownValueLength) {
        shown.resize(maxShownValueLength);
        // Never cut a UTF-8 sequence in half.
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80)
            shown.pop_back();
        if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0)
            shown.pop_back();
        shown += "…";
    }
    return verbatim(std::move(shown));
}

// Characters (code points) in valid UTF-8, as JSON Schema's maxLength counts them.
std::size_t utf8Length(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

void appendEscaped(std::string& out, std::string_view token)
{
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
}

std::string joined(std::initializer_list<std::string_view> names)
{
    std::string list;
    for (std::string_view name : names) {
        if (!list.empty())
            list += ", ";
        list += name;
    }
    return list;
}

// The parsers' own explanation is technical English, shown as it is.
Message notValidJson(std::string explanation)
{
    return fileProblem(QT_TRANSLATE_NOOP("FileProblem", "not valid JSON: %1"), std::move(explanation));
}

// The slow path, taken only for a document that failed to parse: nlohmann's parser says where and why.
Issue syntaxIssue(std::string_view text, std::string_view fileLabel, simdjson::error_code error)
{
    Issue issue{IssueCode::SyntaxError, std::string{fileLabel}, {}, {}, {}, 0, 0};
    if (std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
        issue.message = fileProblem(QT_TRANSLATE_NOOP("FileProblem", "the file is empty; expected a JSON document"));
        return issue;
    }
    if (error == simdjson::DEPTH_ERROR) {
        issue.message = fileProblem(QT_TRANSLATE_NOOP("FileProblem", "the document nests arrays or objects deeper than %1 levels"),
                                    simdjson::DEFAULT_MAX_DEPTH);
        return issue;
    }
    try {
        const nlohmann::json parsed = nlohmann::json::parse(text);
        static_cast<void>(parsed);
        issue.message = notValidJson(simdjson::error_message(error));
    } catch (const nlohmann::json::parse_error& parseError) {
        // nlohmann counts the byte after the last one it read, from 1.
        const auto [line, column] = lineAndColumn(text, parseError.byte > 0 ? parseError.byte - 1 : 0);
        issue.line = line;
        issue.column = column;
        std::string what = parseError.what();
        // Keep nlohmann's explanation ("unexpected end of input; expected ...") without its error-id prefix.
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what.erase(0, colon + 2);
        issue.message = notValidJson(std::move(what));
    } catch (const nlohmann::json::exception&) {
        // Valid syntax that no parser can hold, such as a number past the range of a double.
        issue.message = notValidJson(simdjson::error_message(error));
    }
    return issue;
}

} // namespace

Message expectedOneOf(std::string names)
{
    return fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected one of: %1"), std::move(names));
}

std::string JsonPath::str() const
{
    if (!m_parent)
        return {};
    std::string out = m_parent->str();
    out += '/';
    if (m_isIndex)
        out += std::to_string(m_index);
    else
        appendEscaped(out, m_key);
    return out;
}

namespace {

std::optional<JsonValue> parseJsonBuffer(simdjson::dom::parser& parser, std::string_view text, bool padded,
                                         std::string_view fileLabel, std::vector<Issue>& issues)
{
    JsonValue root;
    const auto error = parser.parse(text.data(), text.size(), !padded).get(root);
    if (!error)
        return root;
    if (error == simdjson::UTF8_ERROR) {
        if (auto issue = checkUtf8(text, fileLabel)) {
            issues.push_back(std::move(*issue));
            return std::nullopt;
        }
    }
    issues.push_back(syntaxIssue(text, fileLabel, error));
    return std::nullopt;
}

} // namespace

simdjson::dom::parser& threadJsonParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

std::optional<JsonValue> parseJson(simdjson::dom::parser& parser, std::string_view text, std::string_view fileLabel,
                                   std::vector<Issue>& issues)
{
    return parseJsonBuffer(parser, text, false, fileLabel, issues);
}

std::optional<JsonValue> parseJson(simdjson::dom::parser& parser, const std::string& text, std::string_view fileLabel,
                                   std::vector<Issue>& issues)
{
    return parseJsonBuffer(parser, text, text.capacity() >= text.size() + simdjson::SIMDJSON_PADDING, fileLabel, issues);
}

void JsonChecker::report(IssueCode code, const JsonPath& path, Message message, std::optional<JsonValue> found)
{
    m_issues.push_back(
        Issue{code, std::string{m_file}, path.str(), std::move(message), found ? abbreviate(*found) : Message{}});
}

void JsonChecker::report(IssueCode code, const JsonPath& path, Message message, std::string found)
{
    m_issues.push_back(Issue{code, std::string{m_file}, path.str(), std::move(message), verbatim(std::move(found))});
}

bool JsonChecker::expectFormat(JsonValue document, std::string_view format, int version, Message what)
{
    const JsonPath root;
    const JsonFields header = fields(document, root, {"format", "version"}, OtherKeys::Ignore);
    const auto formatValue = member(header, root, "format", Presence::Required);
    if (!formatValue)
        return false;
    std::string_view name;
    if (formatValue->get_string().get(name) || name != format) {
        report(IssueCode::WrongFormat, root / "format",
               fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected \"%1\": this is not %2"), std::string{format}, std::move(what)),
               formatValue);
        return false;
    }
    const auto versionValue = member(header, root, "version", Presence::Required);
    if (!versionValue)
        return false;
    double number = 0;
    if (versionValue->get_double().get(number) || number != version) {
        const bool newer = versionValue->is_number() && number > version;
        report(newer ? IssueCode::UnsupportedVersion : IssueCode::WrongType, root / "version",
               newer ? fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected version %1: this file needs a newer Limber"), version)
                     : fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected the integer %1"), version),
               versionValue);
        return false;
    }
    return true;
}

std::optional<int> JsonChecker::minutesAsSeconds(const JsonFields& object, const JsonPath& path, std::string_view key,
                                                 double max, Presence presence)
{
    const auto minutes = number(object, path, key, 0, max, presence);
    if (!minutes)
        return std::nullopt;
    const double seconds = *minutes * 60;
    if (std::abs(seconds - std::round(seconds)) > 1e-6) {
        report(IssueCode::OutOfRange, path / key, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected a whole number of seconds (1.5 is fine, 0.01 is not)")),
               member(object, path, key, Presence::Optional));
        return std::nullopt;
    }
    return static_cast<int>(std::lround(seconds));
}

bool JsonChecker::expectObject(JsonValue value, const JsonPath& path)
{
    if (value.is_object())
        return true;
    report(IssueCode::WrongType, path, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected an object")), value);
    return false;
}

bool JsonChecker::expectArray(JsonValue value, const JsonPath& path)
{
    if (value.is_array())
        return true;
    report(IssueCode::WrongType, path, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected an array")), value);
    return false;
}

JsonFields JsonChecker::fields(JsonValue object, const JsonPath& path, std::initializer_list<std::string_view> allowed,
                               OtherKeys otherKeys)
{
    JsonFields result;
    result.m_count = std::min(allowed.size(), JsonFields::maxNames);
    for (std::size_t i = 0; i < result.m_count; ++i)
        result.m_names[i].item = allowed.begin()[i];
    const auto allowedName = [&allowed](std::size_t index) { return allowed.begin()[index]; };
    std::size_t nextName = 0;
    for (const auto field : asObject(object)) {
        const std::size_t index = findNameFrom(allowedName, allowed.size(), field.key, nextName);
        if (index == allowed.size()) {
            if (otherKeys == OtherKeys::Ignore)
                continue;
            report(IssueCode::UnknownField, path / field.key, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "unknown field (allowed here: %1)"), joined(allowed)),
                   '"' + std::string{field.key} + '"');
            continue;
        }
        nextName = index + 1 == allowed.size() ? 0 : index + 1;
        // A repeated key would silently hide one of its values.
        const std::uint32_t bit = std::uint32_t{1} << index;
        if ((result.m_present & bit) && otherKeys == OtherKeys::Report) {
            report(IssueCode::Duplicate, path / field.key, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "this field appears more than once in the object")),
                   '"' + std::string{field.key} + '"');
        }
        result.m_present |= bit;
        result.m_values[index].item = field.value;
    }
    return result;
}

std::optional<JsonValue> JsonChecker::member(const JsonFields& object, const JsonPath& path, std::string_view key,
                                             Presence presence)
{
    if (const auto value = object[key])
        return value;
    if (presence == Presence::Required)
        report(IssueCode::MissingField, path, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "missing required field \"%1\""), std::string{key}));
    return std::nullopt;
}

std::optional<int> JsonChecker::integer(const JsonFields& object, const JsonPath& path, std::string_view key, int min,
                                        int max, Presence presence)
{
    const auto value = member(object, path, key, presence);
    if (!value)
        return std::nullopt;
    // JSON has one number type: 5.0 is the integer 5, as JSON Schema's "integer" also holds.
    double number = 0;
    const bool isInteger = !value->get_double().get(number) && std::trunc(number) == number;
    if (isInteger && number >= min && number <= max)
        return static_cast<int>(number);
    report(isInteger ? IssueCode::OutOfRange : IssueCode::WrongType, path / key,
           fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected an integer from %1 to %2"), min, max), value);
    return std::nullopt;
}

std::optional<double> JsonChecker::number(const JsonFields& object, const JsonPath& path, std::string_view key,
                                          double exclusiveMin, double max, Presence presence)
{
    const auto value = member(object, path, key, presence);
    return value ? numberValue(*value, path / key, exclusiveMin, max) : std::nullopt;
}

std::optional<double> JsonChecker::numberValue(JsonValue value, const JsonPath& path, double exclusiveMin, double max)
{
    double number = 0;
    const bool isNumber = !value.get_double().get(number);
    if (isNumber && number > exclusiveMin && number <= max)
        return number;
    const auto bound = [](double x) {
        std::string text = std::to_string(x);
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
        return text;
    };
    report(isNumber ? IssueCode::OutOfRange : IssueCode::WrongType, path,
           fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected a number above %1 and at most %2"), bound(exclusiveMin), bound(max)),
           value);
    return std::nullopt;
}

std::optional<bool> JsonChecker::boolean(const JsonFields& object, const JsonPath& path, std::string_view key,
                                         Presence presence)
{
    const auto value = member(object, path, key, presence);
    if (!value)
        return std::nullopt;
    bool result = false;
    if (value->get_bool().get(result)) {
        report(IssueCode::WrongType, path / key, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected true or false")), value);
        return std::nullopt;
    }
    return result;
}

namespace {

Message nonEmptyString(std::size_t maxLength)
{
    return fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected a non-empty string of at most %1 characters"), maxLength);
}

} // namespace

std::optional<std::string> JsonChecker::textValue(JsonValue value, const JsonPath& path, std::size_t maxLength)
{
    std::string_view text;
    if (value.get_string().get(text)) {
        report(IssueCode::WrongType, path, nonEmptyString(maxLength), value);
        return std::nullopt;
    }
    const bool blank = std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    if (blank || (text.size() > maxLength && utf8Length(text) > maxLength)) {
        report(IssueCode::OutOfRange, path, nonEmptyString(maxLength), value);
        return std::nullopt;
    }
    return std::string{text};
}

std::optional<std::string> JsonChecker::text(const JsonFields& object, const JsonPath& path, std::string_view key,
                                             std::size_t maxLength, Presence presence)
{
    const auto value = member(object, path, key, presence);
    return value ? textValue(*value, path / key, maxLength) : std::nullopt;
}

std::optional<std::vector<std::string>> JsonChecker::textList(const JsonFields& object, const JsonPath& path,
                                                              std::string_view key, std::size_t maxLength,
                                                              bool allowEmpty, bool distinct)
{
    const auto value = member(object, path, key, Presence::Required);
    const JsonPath listPath = path / key;
    if (!value || !expectArray(*value, listPath))
        return std::nullopt;
    const simdjson::dom::array array = asArray(*value);
    if (array.size() == 0 && !allowEmpty) {
        report(IssueCode::OutOfRange, listPath, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected at least one entry")), value);
        return std::nullopt;
    }
    std::vector<std::string> result;
    result.reserve(array.size());
    bool ok = true;
    std::size_t index = 0;
    for (JsonValue element : array) {
        auto item = textValue(element, listPath / index, maxLength);
        if (!item) {
            ok = false;
        } else if (distinct && std::find(result.begin(), result.end(), *item) != result.end()) {
            report(IssueCode::Duplicate, listPath / index, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "each entry may appear only once")), element);
            ok = false;
        } else {
            result.push_back(std::move(*item));
        }
        ++index;
    }
    return ok ? std::optional{std::move(result)} : std::nullopt;
}

} // namespace limber
