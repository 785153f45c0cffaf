#pragma once

#include <utility>
#include <variant>

namespace pegboard {

// C++20 has no std::expected; this is the small subset we use so errors cross layers as values.
template<typename E> class Unexpected
{
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    {}
    E &error() & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(Unexpected<E> error)
        : m_data(std::in_place_index<1>, std::move(error).error())
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    // Safe on success too (an empty error), because test macros and log lines evaluate messages
    // eagerly: QVERIFY2(r, qPrintable(r.error().message)).
    const E &error() const
    {
        static const E none{};
        return hasValue() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, E> m_data;
};

template<typename E> class Expected<void, E>
{
public:
    Expected() = default;
    Expected(Unexpected<E> error)
        : m_error(std::move(error).error())
        , m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace pegboard
