#include "riskcolors.h"

#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor RiskColors::forLift(double lift)
{
    static const QColor low(0x54, 0x27, 0x88); // PuOr purple
    static const QColor mid(0xF7, 0xF7, 0xF7);
    static const QColor high(0xB3, 0x58, 0x06); // PuOr orange
    if (!(lift > 0))
        return mid;
    const double x = std::clamp(std::log2(lift) / 2.0, -1.0, 1.0); // ±2 doublings = full colour
    return x < 0 ? mix(mid, low, -x) : mix(mid, high, x);
}

QColor RiskColors::forRisk(double risk)
{
    static const QColor low(0x21, 0x66, 0xAC);
    static const QColor mid(0xFE, 0xF0, 0xD9);
    static const QColor high(0xB3, 0x58, 0x06);
    const double x = std::clamp(risk / 10.0, 0.0, 1.0);
    return x < 0.5 ? mix(low, mid, x * 2) : mix(mid, high, (x - 0.5) * 2);
}

QColor RiskColors::textOn(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace pegboard
