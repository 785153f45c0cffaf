#pragma once

#include <QLocale>
#include <QString>

namespace pegboard {

// The one place numbers become text for people: money, decimals, ratios, percentages, basis
// points and chart axes, all in one locale's format (German reads "1.169.512 $", "0,9867" and
// "1,9×" everywhere, never "0.98666" beside "0,9867"). Uses the default QLocale unless given
// one. Machine formats (CSV, JSON, SQL) do not come here: they stay plain ('.' decimal, no
// grouping).
class NumberFormat
{
public:
    // "$1,169,512" / "1.169.512 $" (whole dollars).
    static QString money(double usd, const QLocale &locale = QLocale());
    // Short money for axes and tight cells: "$90M", "$1.5k" / "90 Mio. $".
    static QString compactMoney(double usd, const QLocale &locale = QLocale());
    static QString decimal(double value, int decimals, const QLocale &locale = QLocale());
    // A stablecoin price in USD, to the same PriceDecimals wherever one is shown (the live peg's
    // header, the chart's title and readout): "0.9867" / "0,9867". Four places are a basis point;
    // the bps figure beside a price carries the finer part.
    static constexpr int PriceDecimals = 4;
    static QString price(double usd, const QLocale &locale = QLocale());
    // Counts with the locale's grouping: "123,456" / "123.456".
    static QString count(qint64 value, const QLocale &locale = QLocale());
    // A lift or a multiple: "1.9×" / "1,9×".
    static QString ratio(double value, int decimals = 1, const QLocale &locale = QLocale());
    // share is 0…1: "12%" / "12 %".
    static QString percent(double share, int decimals = 0, const QLocale &locale = QLocale());
    // "−50 bps" (a true minus sign, as on the axes).
    static QString bps(double value, int decimals = 1, const QLocale &locale = QLocale());

    // Round axis ticks: a step of 1, 2 or 5 × 10^k and the range widened to whole steps.
    struct Ticks
    {
        double min = 0;
        double max = 1;
        double step = 1;
        int count = 2;    // ticks including both ends
        int decimals = 0; // enough to tell neighbouring ticks apart
    };
    static Ticks niceTicks(double low, double high, int maxTicks = 6);
    static double niceStep(double roughStep);

private:
    static QString withMinusSign(QString text, const QLocale &locale);
};

} // namespace pegboard
