// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace limber::sql {

// An open SQLite connection; closes it on destruction. Move-only.
class Connection {
public:
    Connection() = default;
    explicit Connection(sqlite3* handle) : m_handle(handle) {}
    Connection(Connection&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
    Connection& operator=(Connection&& other) noexcept;
    ~Connection();

    sqlite3* get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

    // Runs SQL that has no parameters and no results (DDL, pragmas, BEGIN/COMMIT); returns the SQLite result
    // code. Never give it text that came from the user: that goes through Statement::bind.
    int exec(const char* sql);
    std::string lastError() const;

private:
    sqlite3* m_handle = nullptr;
};

// One prepared statement. Parameters are bound by 1-based index; rows are read with step() and column*().
class Statement {
public:
    Statement(const Connection& connection, const char* sql);
    Statement(Statement&& other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    // The result code of preparing; SQLITE_OK when the statement is usable.
    int prepareResult() const { return m_prepareResult; }

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view{text}); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view{text}); }
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::string text(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_prepareResult = 0;
};

} // namespace limber::sql
