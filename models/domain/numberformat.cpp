#include "numberformat.h"

#include <QCoreApplication>
#include <cmath>

namespace pegboard {

namespace {
const QChar minusSign(0x2212);

// The locale's money pattern around a number already formatted: "$%1" or "%1 $".
QString moneyPattern(const QLocale &locale)
{
    QString pattern = locale.toCurrencyString(1.0, QStringLiteral("$"), 0);
    pattern.replace(locale.toString(1), QStringLiteral("%1"));
    return pattern.contains(QLatin1String("%1")) ? pattern : QStringLiteral("$%1");
}

struct Scale
{
    double divisor;
    const char *unit; // translated: "%1M" / "%1 Mio."
};

Scale scaleFor(double magnitude)
{
    if (magnitude >= 1e9)
        return {1e9, QT_TRANSLATE_NOOP("pegboard::NumberFormat", "%1B")};
    if (magnitude >= 1e6)
        return {1e6, QT_TRANSLATE_NOOP("pegboard::NumberFormat", "%1M")};
    if (magnitude >= 1e3)
        return {1e3, QT_TRANSLATE_NOOP("pegboard::NumberFormat", "%1k")};
    return {1, nullptr};
}

QString scaled(const Scale &scale, const QString &number)
{
    return scale.unit ? QCoreApplication::translate("pegboard::NumberFormat", scale.unit).arg(number)
                      : number;
}
} // namespace

QString NumberFormat::withMinusSign(QString text, const QLocale &locale)
{
    // Locales that write a hyphen for minus get the true sign; others keep theirs.
    const QString hyphen = locale.negativeSign();
    if (hyphen == QLatin1String("-") && text.startsWith(hyphen))
        text.replace(0, 1, minusSign);
    return text;
}

QString NumberFormat::money(double usd, const QLocale &locale)
{
    if (!std::isfinite(usd))
        return QStringLiteral("—");
    return locale.toCurrencyString(std::round(usd), QStringLiteral("$"), 0);
}

QString NumberFormat::compactMoney(double usd, const QLocale &locale)
{
    if (!std::isfinite(usd))
        return QStringLiteral("—");
    const double magnitude = std::abs(usd);
    const Scale scale = scaleFor(magnitude);
    const double value = magnitude / scale.divisor;
    // Three significant digits at most: "$1.2M", "$12M", "$120M".
    const int decimals = scale.unit == nullptr || value >= 10 ? 0 : 1;
    QString number = locale.toString(value, 'f', decimals);
    if (decimals > 0 && number.endsWith(locale.decimalPoint() + QLatin1Char('0')))
        number.chop(1 + locale.decimalPoint().size());
    const QString text = moneyPattern(locale).arg(scaled(scale, number));
    return usd < 0 && std::round(value * 10) != 0 ? minusSign + text : text;
}

QString NumberFormat::decimal(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return locale.toString(value, 'f', decimals);
}

QString NumberFormat::price(double usd, const QLocale &locale)
{
    return decimal(usd, PriceDecimals, locale);
}

QString NumberFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString NumberFormat::ratio(double value, int decimals, const QLocale &locale)
{
    return decimal(value, decimals, locale) + QChar(0x00D7);
}

QString NumberFormat::percent(double share, int decimals, const QLocale &locale)
{
    if (!std::isfinite(share))
        return QStringLiteral("—");
    // German writes a space before the sign ("12 %"), English none.
    const QString number = locale.toString(share * 100.0, 'f', decimals);
    return locale.language() == QLocale::German ? number + QChar(0x00A0) + locale.percent()
                                                : number + locale.percent();
}

QString NumberFormat::bps(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return withMinusSign(locale.toString(value, 'f', decimals), locale) +
           QCoreApplication::translate("pegboard::NumberFormat", " bps");
}

double NumberFormat::niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / power;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}

NumberFormat::Ticks NumberFormat::niceTicks(double low, double high, int maxTicks)
{
    Ticks t;
    if (!std::isfinite(low) || !std::isfinite(high))
        return t;
    if (low > high)
        std::swap(low, high);
    if (high - low <= 0) {
        // A flat line still gets an axis around it.
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    maxTicks = std::max(2, maxTicks);
    // Whole steps around the data; k × step can land a rounding error inside it
    // (−3.2990000000000004 < −3.299), which one more step covers.
    const auto fit = [&](double step) {
        t.step = step;
        t.min = std::floor(low / step) * step;
        if (t.min > low)
            t.min -= step;
        t.max = std::ceil(high / step) * step;
        if (t.max < high)
            t.max += step;
        return int(std::round((t.max - t.min) / step)) + 1;
    };
    t.count = fit(niceStep((high - low) / double(maxTicks - 1)));
    // Widening to whole steps can add ticks; coarser steps keep the count within maxTicks.
    while (t.count > maxTicks)
        t.count = fit(niceStep(t.step * 1.5));
    t.decimals = std::max(0, int(-std::floor(std::log10(t.step) + 1e-9)));
    return t;
}

} // namespace pegboard
